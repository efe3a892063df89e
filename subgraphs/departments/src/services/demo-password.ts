import type { EntityManager } from '@mikro-orm/postgresql';
import { Account } from '../entities/account.entity';
import { verifyPassword } from './password';

/** The password of every account of the demo district: published in the README, so never for real use. */
export const DEMO_PASSWORD = 'lianban-demo';

/**
 * The usernames of active accounts whose password is still the published demo password. Each distinct
 * stored hash is checked once (the demo district's accounts share one), so the check costs one scrypt
 * per account with a password of its own, run in parallel.
 */
export async function accountsWithDemoPassword(em: EntityManager): Promise<string[]> {
  const accounts = await em.fork().find(Account, { active: true }, { fields: ['username', 'passwordHash'], orderBy: { username: 'asc' } });
  const byHash = new Map<string, string[]>();
  for (const account of accounts) byHash.set(account.passwordHash, [...(byHash.get(account.passwordHash) ?? []), account.username]);
  // scrypt runs on libuv's thread pool: the hashes are checked a few at a time, not one after another
  const checked = await Promise.all([...byHash].map(async ([hash, usernames]) => ((await verifyPassword(DEMO_PASSWORD, hash).catch(() => false)) ? usernames : [])));
  return checked.flat().sort();
}

/**
 * Why a deployment must not start on these accounts, or null: one line naming the accounts that still
 * have the demo password, and what to do.
 */
export async function demoPasswordRefusal(em: EntityManager): Promise<string | null> {
  const usernames = await accountsWithDemoPassword(em);
  if (!usernames.length) return null;
  const shown = usernames.length > 8 ? `${usernames.slice(0, 8).join(', ')} and ${usernames.length - 8} more` : usernames.join(', ');
  return (
    `${usernames.length} active account${usernames.length === 1 ? ' has' : 's have'} the published demo password (${shown}): ` +
    'anyone who read the README can sign in as them. Run the platform on a database of its own (npm run migrate, then ' +
    'npm run create-admin -- <username>), or deactivate these accounts; npm start -- --demo runs this database as the demo.'
  );
}
