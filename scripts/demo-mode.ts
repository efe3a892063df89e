import { Account, demoPasswordRefusal } from '@lianban/departments';
import type { MikroORM } from '@mikro-orm/postgresql';
import { generateDistrict } from './seed/district';
import { type SeedResult, loadDistrict } from './seed/load';

/**
 * Whether a run is the demo: the embedded default database always is (`npm ci && npm start` on a fresh
 * machine gives the demo district); a database named by DATABASE_URL only when asked with `--demo`.
 */
export function isDemo(argv: readonly string[], env: Record<string, string | undefined>): boolean {
  return !env.DATABASE_URL || argv.includes('--demo');
}

export type Prepared =
  | { demo: true; seeded: SeedResult[] }
  | { demo: false; refusal: string | null; activeAccounts: number };

/**
 * Makes a migrated database ready to serve: the demo gets the demo district (each table only when
 * empty); any other database gets no demo data and is checked for accounts with the demo password.
 */
export async function prepareDatabase(orms: Record<string, MikroORM>, demo: boolean, district = generateDistrict): Promise<Prepared> {
  if (demo) return { demo, seeded: await loadDistrict(orms, district()) };
  const em = orms.departments.em.fork();
  return { demo, refusal: await demoPasswordRefusal(em), activeAccounts: await em.count(Account, { active: true }) };
}

/** What to do on a database without accounts, for the start-up output. */
export const FIRST_ADMIN_HINT =
  'no accounts yet: create the first admin with npm run create-admin -- <username> (it asks for the password, or reads LIANBAN_ADMIN_PASSWORD); the admin then adds units, people and accounts';
