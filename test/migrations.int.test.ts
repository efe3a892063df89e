/** Every subgraph's checked-in migrations build exactly the schema its entities describe, in its own schema. */
import { migrate, openSubgraphOrm } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import { describe, expect, inject, it } from 'vitest';
import { subgraphModules } from '../scripts/platform';

describe.each(subgraphModules.map((module) => [module.name, module] as const))('%s migrations', (name, module) => {
  it('apply cleanly, leave nothing for the entities to change, and run again as a no-op', async () => {
    // a database of its own: the schema diff looks at every schema in the database
    const db = await createTestDatabase(inject('databaseServerUrl'), `migrations_${name}`);
    const orm = await openSubgraphOrm(module, { databaseUrl: db.url, debugSql: false });
    try {
      expect(await migrate(orm, name)).toEqual(module.migrations.map((m) => m.name));
      expect(await orm.schema.getUpdateSchemaSQL({ wrap: false })).toBe('');
      expect(await migrate(orm, name)).toEqual([]);
      const schemas = await orm.em.getConnection().execute<{ table_schema: string }[]>(
        `select distinct table_schema from information_schema.tables where table_schema not in ('pg_catalog', 'information_schema')`,
      );
      expect(schemas).toEqual([{ table_schema: name }]);
    } finally {
      await orm.close();
      await db.drop();
    }
  });
});
