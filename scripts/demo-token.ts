import { type KeyPair, TokenIssuer } from '@lianban/kit';
import { Account, Session } from '@lianban/departments';
import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Signs a token for a demo account without its password, recorded as a session like any sign-in (so
 * logout revokes it). For the embedded demo only: `npm run token` and the IDE of `npm start`.
 */
export async function demoToken(departments: MikroORM, keys: KeyPair, username: string) {
  const em = departments.em.fork();
  const account = await em.findOne(Account, { username }, { populate: ['person'] });
  if (!account) return null;
  const signed = await new TokenIssuer(keys.privateKeyPem).sign({
    accountId: account.id,
    personId: account.person.id,
    username: account.username,
    role: account.role,
    unitId: account.person.unit.id,
  });
  em.create(Session, { id: signed.tokenId, account, issuedAt: new Date(), expiresAt: signed.expiresAt });
  await em.flush();
  return { ...signed, account };
}
