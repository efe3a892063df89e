/**
 * `npm run token -- <username>`: prints a sign-in token for a demo account, without its password.
 * Demo mode only: it refuses when DATABASE_URL or a configured signing key points at a real deployment.
 */
import { TokenIssuer } from '@lianban/kit';
import { Account, Session } from '@lianban/departments';
import { resolveDatabase } from './database';
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
  const account = await platform.orms.departments.em.fork().findOne(Account, { username }, { populate: ['person'] });
  if (!account) {
    console.error(`no account ${username} (run npm start once to load the demo district)`);
    process.exitCode = 1;
  } else {
    const keys = await resolveKeys();
    const { token, expiresAt, tokenId } = await new TokenIssuer(keys.privateKeyPem).sign({
      accountId: account.id,
      personId: account.person.id,
      username: account.username,
      role: account.role,
      unitId: account.person.unit.id,
    });
    // the token is a session like any other: logout revokes it
    const em = platform.orms.departments.em.fork();
    em.create(Session, { id: tokenId, account: account.id, issuedAt: new Date(), expiresAt });
    await em.flush();
    console.error(`${account.username} (${account.role}), valid until ${expiresAt.toISOString()}; send it as Authorization: Bearer <token>`);
    console.log(token);
  }
} finally {
  await platform.close();
  await database.stop();
}
