/** `npm run seed`: migrates and loads the demo district into DATABASE_URL (or the embedded database). */
import { generateDistrict } from './seed/district';
import { loadDistrict } from './seed/load';
import { openPlatformOrms } from './platform-db';
import { exitWithOneLine, resolveDatabase } from './database';

exitWithOneLine();

const database = await resolveDatabase();
const platform = await openPlatformOrms(database.url);
try {
  await platform.migrateAll(console.log);
  for (const result of await loadDistrict(platform.orms, generateDistrict())) {
    console.log(result.skipped ? `${result.subgraph}: already has data, left as it is` : `${result.subgraph}: ${result.inserted} rows`);
  }
} finally {
  await platform.close();
  await database.stop();
}
