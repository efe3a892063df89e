import { DeadlockException, OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ConflictError, NotFoundError, ValidationError, conflictFrom, createErrorFormatter, variableOfError } from './errors';

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

  it('answers a write that lost a race CONFLICT with a message saying so, whatever the database said', () => {
    class CaseTask {}
    const races: [Error, RegExp][] = [
      [OptimisticLockError.lockFailed(new CaseTask()), /someone else saved this case task at the same moment: reload it and try again/],
      [new UniqueConstraintViolationException(new Error('duplicate key value violates unique constraint "category_main_sub_unique"')), /may exist only once/],
      [new DeadlockException(new Error('deadlock detected')), /at the same moment: try again/],
    ];
    for (const [cause, message] of races) {
      const wrapped = new GraphQLError(cause.message, { originalError: cause, path: ['mergeCases'] });
      const formatted = format({ ...wrapped.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR' } }, wrapped);
      expect(formatted).toEqual({ message: expect.stringMatching(message), path: ['mergeCases'], extensions: { code: 'CONFLICT' } });
      expect(JSON.stringify(formatted)).not.toMatch(/unique constraint|deadlock detected|entity/);
    }
    expect(conflictFrom(new Error('connection refused'))).toBeUndefined();
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
