/**
 * `npm run seed`: migrates and loads the demo district into the embedded database, or into the database
 * named by DATABASE_URL only when asked with `npm run seed -- --demo`: a real database never gets demo
 * data or demo accounts by accident.
 */
import { openPlatformOrms } from './platform-db';
import { exitWithOneLine, resolveDatabase } from './database';
import { isDemo, prepareDatabase } from './demo-mode';

exitWithOneLine();

if (!isDemo(process.argv.slice(2), process.env)) {
  console.error(
    'npm run seed loads the demo district, with demo accounts whose password is published in the README, and DATABASE_URL names ' +
      'a real database: nothing loaded. Run npm run seed -- --demo to load it there anyway, or npm run migrate to only apply the migrations.',
  );
  process.exit(2);
}
const database = await resolveDatabase();
const platform = await openPlatformOrms(database.url);
try {
  await platform.migrateAll(console.log);
  const prepared = await prepareDatabase(platform.orms, true);
  for (const result of prepared.demo ? prepared.seeded : []) {
    console.log(result.skipped ? `${result.subgraph}: already has data, left as it is` : `${result.subgraph}: ${result.inserted} rows`);
  }
} finally {
  await platform.close();
  await database.stop();
}
