import { ValidationError } from './errors';

/** Page size arguments: a positive `first` up to `max`, a non-negative `offset`. */
export function checkPage(first: number, offset: number, max = 500): { first: number; offset: number } {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new ValidationError(`first must be a whole number from 1 to ${max}, got ${first}`, 'first');
  }
  if (!Number.isInteger(offset) || offset < 0) {
    throw new ValidationError(`offset must be a whole number of 0 or more, got ${offset}`, 'offset');
  }
  return { first, offset };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a string is a well-formed ID (a UUID). */
export function isId(value: string): boolean {
  return UUID.test(value);
}

/** Checks that an ID argument is well formed, so a typo is a clear BAD_USER_INPUT rather than a database error. */
export function checkId(id: string, field: string): string {
  if (!UUID.test(id)) throw new ValidationError(`${field} is not a valid ID: ${JSON.stringify(id)}`, field);
  return id.toLowerCase();
}

/** A trimmed text input of at most `max` characters; empty is refused unless `required` is false. */
export function checkText(value: string | undefined | null, field: string, max: number, required: false): string | undefined;
export function checkText(value: string | undefined | null, field: string, max: number, required?: true): string;
export function checkText(value: string | undefined | null, field: string, max: number, required = true): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) {
    if (required) throw new ValidationError(`${field} must not be empty`, field);
    return undefined;
  }
  if ([...trimmed].length > max) throw new ValidationError(`${field} must be at most ${max} characters`, field);
  return trimmed;
}
