import { mapLoader } from '@lianban/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Case } from '../entities/case.entity';

/**
 * Whether the caller may see the case with a given number (as named in free text: notes, replies,
 * supervision requests): one statement for every number a request's texts name; none for callers who
 * see every case.
 */
export function caseNumberLoader(em: EntityManager, scope: FilterQuery<Case>) {
  const everything = Object.keys(scope as object).length === 0;
  return mapLoader(async (numbers: readonly string[]) => {
    if (everything) return new Map(numbers.map((number) => [number, true]));
    const rows = await em.find(Case, { $and: [{ number: { $in: [...numbers] } }, scope] } as FilterQuery<Case>);
    return new Map(rows.map((row) => [row.number, true]));
  }, false);
}
