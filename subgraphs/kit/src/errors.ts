import {
  DeadlockException,
  LockWaitTimeoutException,
  OptimisticLockError,
  UniqueConstraintViolationException,
} from '@mikro-orm/core';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** Codes every Lianban error carries in `extensions.code`; clients branch on these, never on messages. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'TOO_MANY_ATTEMPTS'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

/** Base of the typed errors: a GraphQLError whose message is safe to show to the user. */
export abstract class AppError extends GraphQLError {
  protected constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}) {
    super(message, { extensions: { ...extensions, code } });
  }
}

/** Input that is wrong; `field` names the input path at fault (e.g. `input.headCount`). */
export class ValidationError extends AppError {
  constructor(message: string, field?: string) {
    super(message, 'BAD_USER_INPUT', field ? { field } : {});
  }
}

/** The thing asked for does not exist, or the caller may not know it exists. */
export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(`${what} ${id} was not found`, 'NOT_FOUND', { id });
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this') {
    super(message, 'FORBIDDEN');
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in first') {
    super(message, 'UNAUTHENTICATED');
  }
}

/** Someone else saved first (optimistic lock) or the write would duplicate something unique. */
export class ConflictError extends AppError {
  constructor(message: string) {
    super(message, 'CONFLICT');
  }
}

/** Too many failed attempts in a row: wait until `retryAt`. */
export class TooManyAttemptsError extends AppError {
  constructor(message: string, retryAt: Date) {
    super(message, 'TOO_MANY_ATTEMPTS', { retryAt: retryAt.toISOString() });
  }
}

/** Signed in with a password an administrator set: change it (`changeMyPassword`) before anything else. */
export class PasswordChangeRequiredError extends AppError {
  constructor() {
    super('An administrator set this password: change it (changeMyPassword) before anything else', 'PASSWORD_CHANGE_REQUIRED');
  }
}

/**
 * A service this answer needs (the database, another subgraph, the sign-in check) is not reachable
 * right now: try again shortly. Raised while resolving a field, it answers HTTP 200 with the rest of
 * the data; raised before execution (`httpStatus: 503`), it answers 503.
 */
export class ServiceUnavailableError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> & { httpStatus?: number } = {}) {
    const { httpStatus, ...rest } = extensions;
    super(message, 'SERVICE_UNAVAILABLE', httpStatus ? { ...rest, http: { status: httpStatus } } : rest);
  }
}

/** The message a caller gets when the database does not answer. */
export const DATABASE_UNAVAILABLE = 'The database does not answer right now: try again shortly';

/**
 * The one place where a write that lost a race becomes a CONFLICT: an optimistic lock that found the
 * row saved by someone else, a unique value taken at the same moment, a deadlock or serialization
 * failure between two transactions, a lock not granted. Anything else is not a conflict (undefined).
 */
export function conflictFrom(error: unknown): ConflictError | undefined {
  if (error instanceof ConflictError) return error;
  if (error instanceof OptimisticLockError) {
    const name = error.entity ? error.entity.constructor.name.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase() : 'record';
    return new ConflictError(`someone else saved this ${name} at the same moment: reload it and try again`);
  }
  if (error instanceof UniqueConstraintViolationException) {
    return new ConflictError('someone else saved the same thing at the same moment, and it may exist only once: reload and try again');
  }
  if (error instanceof DeadlockException || error instanceof LockWaitTimeoutException) {
    return new ConflictError('another change to the same records was being saved at the same moment: try again');
  }
  return undefined;
}

const PUBLIC_CODES = new Set([
  'TOO_MANY_ATTEMPTS',
  'PASSWORD_CHANGE_REQUIRED',
  'SERVICE_UNAVAILABLE',
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'CONFLICT',
  // raised by graphql-js and Apollo Server themselves for malformed operations
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Whether an error with this `extensions.code` is shown to callers as it is (else it is an unexpected error). */
export function isPublicCode(code: string): boolean {
  return PUBLIC_CODES.has(code);
}

/**
 * Apollo `formatError`: errors with a public code pass through (without stack traces); a write that
 * lost a race answers CONFLICT (`conflictFrom`); anything else is returned as a bare
 * INTERNAL_SERVER_ERROR so SQL and internals never leak. The service's observability plugin logs those
 * with their cause and request id; `log` is for servers without one.
 */
export function createErrorFormatter(log?: (message: string, error: unknown) => void) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const conflict = formatted.extensions?.code === 'CONFLICT' ? undefined : conflictFrom(unwrap(error));
    if (conflict) {
      return { message: conflict.message, locations: formatted.locations, path: formatted.path, extensions: { ...conflict.extensions } };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_CODES.has(code)) {
      const { stacktrace: _stacktrace, cause: _cause, ...extensions } = formatted.extensions ?? {};
      const field = code === 'BAD_USER_INPUT' && extensions.field === undefined ? variableOfError(formatted.message) : undefined;
      return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
    }
    if (isDatabaseUnavailable(error)) {
      // one line: the cause is the server being away, not a fault in the request
      const cause = unwrap(error);
      log?.('the database did not answer', cause instanceof Error ? cause.message : cause);
      return { message: DATABASE_UNAVAILABLE, locations: formatted.locations, path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
    }
    log?.('unexpected error while resolving a request', unwrap(error));
    return {
      message: 'Internal server error',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}

/** Node socket errors and PostgreSQL codes that mean the server is down, restarting or out of connections. */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN',
  // admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, connection exceptions
  '57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08004', '08006',
]);
const UNREACHABLE_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|terminating connection due to administrator command|the database system is (starting up|shutting down|in recovery mode)|Client was closed and is not queryable/i;

/**
 * Whether an error (or any error in its `cause` chain) says the database could not be reached, as
 * opposed to a statement that failed: those become SERVICE_UNAVAILABLE instead of an internal error.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 8; depth += 1) {
    if (current instanceof GraphQLError) {
      current = current.originalError;
      continue;
    }
    if (typeof current !== 'object') return false;
    const { code, message, name, cause } = current as { code?: unknown; message?: unknown; name?: unknown; cause?: unknown };
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (name === 'ConnectionException') return true;
    if (typeof message === 'string' && UNREACHABLE_MESSAGES.test(message)) return true;
    current = cause;
  }
  return false;
}

/**
 * The input a variable coercion error is about (`input.receivedAt` in 'Variable "$input" got invalid
 * value "2026-02-30T00:00:00Z" at "input.receivedAt"; ...'), so these name their field in
 * `extensions.field` as the kit's own ValidationErrors do.
 */
export function variableOfError(message: string): string | undefined {
  const match = /^Variable "\$([_A-Za-z][_0-9A-Za-z]*)" (?:got invalid value [\s\S]*? at "([^"]+)";|)/.exec(message);
  return match ? (match[2] ?? match[1]) : undefined;
}

function unwrap(error: unknown): unknown {
  return error instanceof GraphQLError && error.originalError ? error.originalError : error;
}
