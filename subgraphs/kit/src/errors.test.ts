import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError, createErrorFormatter, variableOfError } from './errors';

describe('error formatter', () => {
  const logged: unknown[] = [];
  const format = createErrorFormatter((_message, error) => logged.push(error));

  it('passes typed errors through with their code and field, without a stack trace', () => {
    const error = new ValidationError('headCount must be 5 or more for a collective visit', 'input.headCount');
    const formatted = format({ ...error.toJSON(), extensions: { ...error.extensions, stacktrace: ['at x'] } }, error);
    expect(formatted).toEqual({
      message: 'headCount must be 5 or more for a collective visit',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.headCount' },
    });
    expect(new NotFoundError('Case', 'c1').extensions).toEqual({ code: 'NOT_FOUND', id: 'c1' });
    expect(new ConflictError('someone saved first').extensions.code).toBe('CONFLICT');
  });

  it('hides anything unexpected behind INTERNAL_SERVER_ERROR and logs the cause', () => {
    const cause = new Error('duplicate key value violates unique constraint "case_number_unique"');
    const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['case'] });
    const formatted = format({ ...wrapped.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['case'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(JSON.stringify(formatted)).not.toMatch(/unique/);
    expect(logged).toContain(cause);
  });
});

describe('variable errors name their field', () => {
  // regression: fuzzed inputs answered INTERNAL_SERVER_ERROR; a refused variable now names the input at fault
  it('takes the field from the path of a value a variable got, else the variable', () => {
    expect(
      variableOfError('Variable "$input" got invalid value "2026-02-30T00:00:00Z" at "input.receivedAt"; Expected type "DateTimeISO". DateTime cannot represent an invalid date-time-string 2026-02-30T00:00:00Z.'),
    ).toBe('input.receivedAt');
    expect(variableOfError('Variable "$from" got invalid value ""; Expected type "DateTimeISO".')).toBe('from');
    expect(variableOfError('Variable "$input" of required type "RegisterCaseInput!" was not provided.')).toBe('input');
    expect(variableOfError('input.summary must not be empty')).toBeUndefined();
    const formatted = createErrorFormatter()({ message: 'Variable "$to" got invalid value "x"; Expected type "DateTimeISO".', extensions: { code: 'BAD_USER_INPUT' } }, undefined);
    expect(formatted.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
