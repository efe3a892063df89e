import type { EntityClass } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { plainLoader } from './plain';

/**
 * Request-scoped loader of entities by primary key: every `__resolveReference` and relation field in a
 * request goes through one of these, so a list of N parents costs one statement, not N. It answers
 * read-only plain rows (see `Plain`): load a managed entity with `em.findOne` to change it.
 */
export function entityLoader<T extends { id: string }>(em: EntityManager, entity: EntityClass<T>) {
  return plainLoader(em, entity);
}

/** Request-scoped loader of child lists by a parent key (one statement for all parents asked in a tick). */
export function groupLoader<K, T>(fetch: (keys: readonly K[]) => Promise<T[]>, keyOf: (row: T) => K) {
  return new DataLoader<K, T[]>(async (keys) => {
    const groups = new Map<K, T[]>(keys.map((key) => [key, []]));
    for (const row of await fetch(keys)) groups.get(keyOf(row))?.push(row);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Request-scoped loader of one value per key, where `fetch` returns the known values in a map. */
export function mapLoader<K, V>(fetch: (keys: readonly K[]) => Promise<Map<K, V>>, fallback: V) {
  return new DataLoader<K, V>(async (keys) => {
    const values = await fetch(keys);
    return keys.map((key) => (values.has(key) ? (values.get(key) as V) : fallback));
  });
}
