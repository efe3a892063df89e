import { type Day, ValidationError, addDays } from '@lianban/kit';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day YYYY-MM-DD that exists; BAD_USER_INPUT naming `field` otherwise. */
export function checkDay(value: string | undefined | null, field: string): Day {
  if (!value) throw new ValidationError(`${field} is required (YYYY-MM-DD, China time)`, field);
  if (!DAY.test(value) || addDays(value, 0) !== value) throw new ValidationError(`${field} must be a day YYYY-MM-DD, got "${value}"`, field);
  return value;
}

/** A whole number of at least `min`; BAD_USER_INPUT naming `field` otherwise. */
export function checkCount(value: number, field: string, min: number, max = 1_000_000): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new ValidationError(`${field} must be a whole number from ${min} to ${max}, got ${value}`, field);
  return value;
}

/** A time of day HH:MM as minutes after midnight; BAD_USER_INPUT naming `field` otherwise. */
export function checkTimeOfDay(value: string | undefined | null, field: string): number {
  const match = value ? /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value) : null;
  if (!match) throw new ValidationError(`${field} must be a time of day HH:MM (China time), such as 10:00, got "${value ?? ''}"`, field);
  return Number(match[1]) * 60 + Number(match[2]);
}
