import { migrate, openSubgraphOrm } from '@lianban/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import { subgraphModules } from './platform';

/** Opens every subgraph's ORM on `databaseUrl`; `close` closes them all. */
export async function openPlatformOrms(databaseUrl: string) {
  const orms: Record<string, MikroORM> = {};
  for (const module of subgraphModules) orms[module.name] = await openSubgraphOrm(module, { databaseUrl, debugSql: false });
  return {
    orms,
    async migrateAll(log: (line: string) => void = () => undefined) {
      for (const module of subgraphModules) {
        const applied = await migrate(orms[module.name], module.name);
        if (applied.length) log(`${module.name}: applied ${applied.join(', ')}`);
      }
    },
    async close() {
      await Promise.all(Object.values(orms).map((orm) => orm.close()));
    },
  };
}
