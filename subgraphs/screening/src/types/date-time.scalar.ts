import { GraphQLScalarType, Kind } from 'graphql';
import { ValidationError } from '@lianban/kit';

function parse(value: unknown): Date {
  const date = typeof value === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)$/.test(value) ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw new ValidationError(`expected an ISO 8601 date-time with its offset, such as 2026-11-23T10:00:00+08:00, got ${JSON.stringify(value)}`);
  return date;
}

/**
 * An instant as ISO 8601 with an offset (`2026-11-23T10:00:00+08:00` or `…Z`). Named `DateTime` because the
 * `reportingFacts` contract the assessment engine calls is written with it.
 */
export const DateTimeScalar = new GraphQLScalarType({
  name: 'DateTime',
  description: 'An instant, ISO 8601 with an offset (2026-11-23T10:00:00+08:00); answered in UTC',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new ValidationError('expected an ISO 8601 date-time string');
    return parse(ast.value);
  },
});
