/**
 * `npm run token -- <username>`: prints a sign-in token for a demo account, without its password.
 * Demo mode only: it refuses when DATABASE_URL or a configured signing key points at a real deployment.
 */
import { resolveDatabase } from './database';
import { demoToken } from './demo-token';
import { resolveKeys } from './keys';
import { openPlatformOrms } from './platform-db';

const username = process.argv[2];
if (!username) {
  console.error('usage: npm run token -- <username>   (demo accounts: registrar, admin, secretariat, evaluator, leader, liaison-d-jsj, liaison-t-001, ...)');
  process.exit(2);
}
if (process.env.DATABASE_URL || process.env.LIANBAN_AUTH_PRIVATE_KEY) {
  console.error('npm run token works on the embedded demo only: unset DATABASE_URL and LIANBAN_AUTH_PRIVATE_KEY, or sign in with the login mutation');
  process.exit(2);
}
const database = await resolveDatabase(() => undefined);
const platform = await openPlatformOrms(database.url);
try {
  await platform.migrateAll();
  const signed = await demoToken(platform.orms.departments, await resolveKeys(), username);
  if (!signed) {
    console.error(`no account ${username} (run npm start once to load the demo district)`);
    process.exitCode = 1;
  } else {
    console.error(`${signed.account.username} (${signed.account.role}), valid until ${signed.expiresAt.toISOString()}; send it as Authorization: Bearer <token>`);
    console.log(signed.token);
  }
} finally {
  await platform.close();
  await database.stop();
}
