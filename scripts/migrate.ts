/** `npm run migrate`: applies every subgraph's checked-in migrations to its own schema. */
import { openPlatformOrms } from './platform-db';
import { exitWithOneLine, resolveDatabase } from './database';

exitWithOneLine();

const database = await resolveDatabase();
const platform = await openPlatformOrms(database.url);
try {
  await platform.migrateAll(console.log);
  console.log('migrations are up to date');
} finally {
  await platform.close();
  await database.stop();
}
