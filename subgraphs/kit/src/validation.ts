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
    if (value) checkStorableText(value, field);
    if (required) throw new ValidationError(`${field} must not be empty`, field);
    return undefined;
  }
  checkStorableText(trimmed, field);
  if ([...trimmed].length > max) throw new ValidationError(`${field} must be at most ${max} characters`, field);
  return trimmed;
}

/** Half of a UTF-16 surrogate pair with no other half: not a character, and not storable as UTF-8. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Why a text cannot be stored as it was sent, if it cannot: PostgreSQL text holds no NUL character,
 * and a lone UTF-16 surrogate is no character at all (it would be stored as U+FFFD, silently changed).
 */
export function textProblem(value: string): string | undefined {
  if (value.includes('\u0000')) return 'contains a NUL character (\\u0000)';
  if (LONE_SURROGATE.test(value)) return 'contains half of a UTF-16 surrogate pair, which is no character';
  return undefined;
}

/** Refuses a text that cannot be stored as it was sent, naming `field`. */
export function checkStorableText(value: string, field: string): string {
  const problem = textProblem(value);
  if (problem) throw new ValidationError(`${field} ${problem}`, field);
  return value;
}

/**
 * Refuses the first text anywhere in an argument value (input objects, lists) that cannot be stored,
 * naming its path the way inputs are named elsewhere (`input.petitioners[0].name`).
 */
export function checkArgumentText(value: unknown, path: string): void {
  if (typeof value === 'string') {
    checkStorableText(value, path);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkArgumentText(item, `${path}[${i}]`));
  } else if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) checkArgumentText(item, `${path}.${key}`);
  }
}

