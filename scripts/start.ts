/**
 * `npm start`: the whole platform in one process tree. Without DATABASE_URL it runs an embedded
 * PostgreSQL kept in .data/postgres with the demo district. On a database named by DATABASE_URL it loads
 * no demo data unless started with `--demo`, and refuses to serve accounts that still have the demo
 * password. Ctrl-C stops everything.
 */
import { ideTokenRefusal } from '@lianban/gateway';
import { openPlatformOrms } from './platform-db';
import { resolveDatabase, startupPlace } from './database';
import { describeStartupError, jobsConfigFrom, jobsEnvSchema, parseEnv } from '@lianban/kit';
import { startPlatform } from './run-platform';
import { DEMO_PASSWORD } from './seed/district';
import { resolveKeys } from './keys';
import { demoToken } from './demo-token';
import { FIRST_ADMIN_HINT, isDemo, prepareDatabase } from './demo-mode';

const started = Date.now();
const demo = isDemo(process.argv.slice(2), process.env);
const database = await resolveDatabase().catch((error: unknown) => {
  console.error(describeStartupError(error, startupPlace()));
  process.exit(1);
});
let stopping = false;
try {
  const keys = await resolveKeys();
  // the gateway listens on this machine only unless HOST says otherwise; the IDE is signed in only then
  const gatewayHost = process.env.HOST ?? '127.0.0.1';
  const ideRefusal = ideTokenRefusal({ host: gatewayHost, development: true });
  let ideToken: string | undefined;
  const notes: string[] = [];
  const setup = await openPlatformOrms(database.url);
  try {
    await setup.migrateAll((line) => console.log(`migrate ${line}`));
    const prepared = await prepareDatabase(setup.orms, demo);
    if (prepared.demo) {
      for (const result of prepared.seeded) {
        if (!result.skipped) console.log(`seed ${result.subgraph}: ${result.inserted} rows of the demo district`);
      }
      // with the demo keys, the IDE opens signed in as the registrar, so the example query just runs
      if (keys.demo && !ideRefusal) ideToken = (await demoToken(setup.orms.departments, keys, 'registrar'))?.token;
    } else {
      if (prepared.refusal) throw new Error(`not started: ${prepared.refusal}`);
      notes.push('  data      no demo data (DATABASE_URL names a real database; npm start -- --demo loads the demo district into it)');
      if (prepared.activeAccounts === 0) notes.push(`  accounts  ${FIRST_ADMIN_HINT}`);
    }
  } finally {
    await setup.close();
  }
  const gatewayPort = Number(process.env.PORT ?? 4000);
  // the job queue (notices, clock warnings) runs unless LIANBAN_JOBS=off
  const jobs = jobsConfigFrom(parseEnv(jobsEnvSchema, process.env));
  const platform = await startPlatform({ databaseUrl: database.url, gatewayHost, gatewayPort, development: true, keys, ideToken, jobs });
  const signIn = demo
    ? `  sign in   mutation { login(username: "registrar", password: "${DEMO_PASSWORD}") { token } }, or npm run token -- registrar
            then send the header Authorization: Bearer <token> (demo accounts: see README)`
    : '  sign in   mutation { login(username: "...", password: "...") { token } }, then send Authorization: Bearer <token>';
  console.log(`
联办 Lianban is running (${((Date.now() - started) / 1000).toFixed(1)} s)
  database  ${database.description}${demo ? ' with the demo district' : ''}
${platform.subgraphs.map((s) => `  ${s.name.padEnd(12)}${s.url}`).join('\n')}
  gateway   ${platform.gateway.url}
  IDE       ${platform.gateway.ideUrl}${ideToken ? ' (signed in as registrar)' : demo && keys.demo && ideRefusal ? ` (not signed in: ${ideRefusal})` : ''}
${[...notes, signIn].join('\n')}
Press Ctrl-C to stop.`);
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal}: stopping…`);
    await platform.stop();
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (error) {
  console.error(describeStartupError(error, startupPlace(database)));
  await database.stop();
  process.exit(1);
}
