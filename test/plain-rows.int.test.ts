/**
 * Read-only answers use plain rows (`selectPlain`, `plainLoader`) instead of managed entities: for every
 * entity of every subgraph, on the seeded district, a plain row must hold exactly what hydration holds.
 */
import { plainRow, tableOf } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import { wrap, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlatformOrms } from '../scripts/platform-db';
import { subgraphModules } from '../scripts/platform';
import { generateDistrict } from '../scripts/seed/district';
import { loadDistrict } from '../scripts/seed/load';

let setup: Awaited<ReturnType<typeof openPlatformOrms>>;
let drop: () => Promise<void>;

beforeAll(async () => {
  const db = await createTestDatabase(inject('databaseServerUrl'), 'plain_rows');
  drop = db.drop;
  setup = await openPlatformOrms(db.url);
  await setup.migrateAll();
  await loadDistrict(setup.orms, generateDistrict(5, 300));
});
afterAll(async () => {
  await setup?.close();
  await drop?.();
});

/** What a managed entity holds, with each to-one relation as `{ id }` and collections left out. */
function hydrated(entity: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const meta = wrap(entity, true).__meta;
  for (const prop of Object.values(meta.properties) as EntityProperty[]) {
    if (prop.persist === false || !prop.fieldNames?.length) continue;
    const value = (entity as Record<string, unknown>)[prop.name];
    if (prop.kind === 'm:1' || (prop.kind === '1:1' && prop.owner)) out[prop.name] = value ? { id: (value as { id: unknown }).id } : null;
    else if (prop.kind === 'scalar' || prop.kind === 'embedded') out[prop.name] = value;
  }
  return out;
}

describe('plain rows', () => {
  for (const module of subgraphModules) {
    for (const entity of module.entities as EntityClass<object>[]) {
      it(`${module.name}.${entity.name}: the same values as the managed entity`, async () => {
        const orm = setup.orms[module.name];
        const em = orm.em.fork();
        const meta = orm.getMetadata().get(entity);
        // in the order of the whole primary key (some are composite)
        const managed = await em.find(entity, {}, { limit: 200, orderBy: Object.fromEntries(meta.primaryKeys.map((key) => [key, 'asc'])) as never });
        const columns = meta.primaryKeys.flatMap((key) => (meta.properties as Record<string, EntityProperty>)[key].fieldNames);
        const rows = await em.getConnection().execute<Record<string, unknown>[]>(`select * from ${tableOf(em, entity)} order by ${columns.join(', ')} limit 200`);
        expect(rows.length).toBe(managed.length);
        expect(rows.map((row) => plainRow(em, entity, row))).toEqual(managed.map(hydrated));
      });
    }
  }
  it('holds a sample of every kind of column', async () => {
    const counts = await Promise.all(
      subgraphModules.map((m) => setup.orms[m.name].em.fork().getConnection().execute<{ n: string }[]>(`select count(*) as n from ${tableOf(setup.orms[m.name].em.fork(), m.entities[0] as EntityClass<object>)}`)),
    );
    expect(counts.every((rows) => Number(rows[0].n) > 0)).toBe(true);
  });
});
