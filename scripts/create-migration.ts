/**
 * Writes a migration for the difference between a subgraph's entities and its schema in a scratch
 * database: `npm run migration:create -- <subgraph> [name]`. Review the file, then list it in the
 * subgraph's src/migrations/index.ts.
 */
import { resolve } from 'node:path';
import { createOrm, dropDatabase, migrate } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import { subgraphModules } from './platform';

const [name, label] = process.argv.slice(2);
const module = subgraphModules.find((m) => m.name === name);
const serverUrl = process.env.DATABASE_URL;
if (!module || !serverUrl) {
  console.error(`usage: DATABASE_URL=postgres://... npm run migration:create -- <${subgraphModules.map((m) => m.name).join('|')}> [name]`);
  process.exit(2);
}
const db = await createTestDatabase(serverUrl, `migration_${name}`);
const orm = await createOrm({
  databaseUrl: db.url,
  schema: module.name,
  entities: module.entities,
  migrations: module.migrations,
  migrationsPath: resolve(`subgraphs/${module.name}/src/migrations`),
});
try {
  await migrate(orm, module.name);
  const result = await orm.migrator.create(undefined, false, false, label);
  console.log(result.fileName ? `wrote ${result.fileName}\n${result.diff.up.join('\n')}` : 'no changes');
} finally {
  await orm.close();
  await dropDatabase(serverUrl, db.name);
}
