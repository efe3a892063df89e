import { Directive, Field, ObjectType } from 'type-graphql';
import { ValidationError } from './errors';

/**
 * Where a page ends and whether more follow. Lists are keyset (cursor) pages: the next page starts
 * after the last row's sort key, so its cost does not grow with how deep the reader has gone, and rows
 * added meanwhile neither shift nor repeat what follows.
 */
export class PageInfo {
  /** Opaque position of the last item; null on an empty page. */
  endCursor!: string | null;

  hasNextPage!: boolean;
}

// Declared by calling type-graphql's decorators, not with decorator syntax: the kit is also loaded by
// the gateway and by services started from their own folders, whose compilers may not enable
// (legacy) decorators for files outside their project.
Field(() => String, { nullable: true, description: 'Opaque position of the last item; null on an empty page' })(PageInfo.prototype, 'endCursor');
Field(() => Boolean)(PageInfo.prototype, 'hasNextPage');
Directive('@shareable')(PageInfo);
ObjectType('PageInfo', { description: 'Where a page ends; pass endCursor as `after` for the next page' })(PageInfo);

/** The sort key of a row, as the values a cursor carries (dates as ISO strings). */
export type CursorKey = (string | number)[];

/** An opaque cursor for a sort key. */
export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/**
 * The sort key in a cursor this list gave out; BAD_USER_INPUT naming `field` otherwise. `shape` says what
 * each position holds: 'date' (an ISO time), 'id' (a UUID), 'int' (a whole number as text).
 */
export function decodeCursor(cursor: string, shape: ('date' | 'id' | 'int')[], field = 'after'): CursorKey {
  const refuse = () => new ValidationError(`${field} is not a cursor this list gave out: ask for the first page again`, field);
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(key) || key.length !== shape.length) throw refuse();
  shape.forEach((kind, i) => {
    const value = key[i];
    if (typeof value !== 'string') throw refuse();
    if (kind === 'date' && (!/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(value) || Number.isNaN(Date.parse(value)))) throw refuse();
    if (kind === 'id' && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(value)) throw refuse();
    if (kind === 'int' && !/^\d{1,19}$/.test(value)) throw refuse();
  });
  return key as CursorKey;
}

/** A page size: a whole number from 1 to `max`; BAD_USER_INPUT naming `first` otherwise. */
export function checkFirst(first: number, max = 500): number {
  if (!Number.isInteger(first) || first < 1 || first > max) {
    throw new ValidationError(`first must be a whole number from 1 to ${max}, got ${first}`, 'first');
  }
  return first;
}

/**
 * The page of `rows` fetched with one row more than asked (`first + 1`): the extra row only says that
 * another page follows.
 */
export function keysetPage<T>(rows: T[], first: number, keyOf: (row: T) => CursorKey): { items: T[]; pageInfo: PageInfo } {
  const items = rows.slice(0, first);
  const last = items[items.length - 1];
  return { items, pageInfo: { endCursor: last ? encodeCursor(keyOf(last)) : null, hasNextPage: rows.length > first } };
}
