import { ConflictError, ForbiddenError, NotFoundError, ServiceUnavailableError, ValidationError } from '@lianban/kit';

/**
 * The error another subgraph answered, as this subgraph's own typed error, so its code and message
 * (already safe to show) reach the caller; anything else stays an internal error.
 */
export function appErrorFrom(error: { message: string; extensions?: { code?: string; field?: string; id?: string } }): Error {
  switch (error.extensions?.code) {
    case 'BAD_USER_INPUT':
      return new ValidationError(error.message, error.extensions.field);
    case 'CONFLICT':
      return new ConflictError(error.message);
    case 'FORBIDDEN':
      return new ForbiddenError(error.message);
    case 'NOT_FOUND': {
      const found = new NotFoundError('Case', error.extensions.id ?? '');
      found.message = error.message;
      return found;
    }
    case 'SERVICE_UNAVAILABLE':
      return new ServiceUnavailableError(error.message);
    default:
      return new Error(`the cases subgraph refused a service call: ${error.message}`);
  }
}
