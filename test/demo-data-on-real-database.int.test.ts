/**
 * Regression: `npm start` and `npm run seed` with DATABASE_URL naming an empty database loaded the demo
 * district into it, with 115 accounts whose password is published in the README. A real database gets
 * demo data only with --demo; a deployment refuses to start while an active account has the demo password.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { DEMO_PASSWORD, departmentsSubgraph } from '@lianban/departments';
import { TokenIssuer, generateKeys } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AuthService } from '../subgraphs/departments/src/services/auth.service';
import { CreateAdminError, createAdmin } from '../scripts/admin-account';
import { isDemo, prepareDatabase } from '../scripts/demo-mode';
import { openPlatformOrms } from '../scripts/platform-db';
import { generateDistrict } from '../scripts/seed/district';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let platform: Awaited<ReturnType<typeof openPlatformOrms>>;

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'demo_real_db');
  platform = await openPlatformOrms(db.url);
  await platform.migrateAll();
});
afterAll(async () => {
  await platform?.close();
  await db?.drop();
});

const rows = async (table: string) =>
  Number((await platform.orms.departments.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0].n);
const district = () => generateDistrict(5, 100);

describe('demo data on a real database', () => {
  it('is the demo only on the embedded database or when asked with --demo', () => {
    expect(isDemo([], {})).toBe(true);
    expect(isDemo([], { DATABASE_URL: 'postgres://db.example.gov.cn/lianban' })).toBe(false);
    expect(isDemo(['--demo'], { DATABASE_URL: 'postgres://db.example.gov.cn/lianban' })).toBe(true);
  });

  it('npm run seed on DATABASE_URL without --demo loads nothing and says how to ask for it', async () => {
    const run = promisify(execFile)('npx', ['tsx', 'scripts/seed.ts'], { env: { ...process.env, DATABASE_URL: db.url } });
    const failure = (await run.then(() => null, (error: { code: number; stderr: string }) => error))!;
    expect(failure.code).toBe(2);
    expect(failure.stderr).toContain('nothing loaded. Run npm run seed -- --demo to load it there anyway');
    expect(await rows('departments.account')).toBe(0);
    expect(await rows('cases."case"')).toBe(0);
  });

  it('leaves a real database without demo data or accounts, and says how to create the first admin', async () => {
    expect(await prepareDatabase(platform.orms, false, district)).toEqual({ demo: false, refusal: null, activeAccounts: 0 });
    expect(await rows('departments.account')).toBe(0);
    expect(await rows('departments.department')).toBe(0);
    expect(await rows('cases."case"')).toBe(0);
  });

  it('creates the first admin with a password of its own, never the demo one', async () => {
    const departments = platform.orms.departments;
    await expect(createAdmin(departments, { username: 'root-admin', password: DEMO_PASSWORD })).rejects.toThrow(
      new CreateAdminError('that is the published demo password: choose another'),
    );
    await expect(createAdmin(departments, { username: 'root-admin', password: 'short' })).rejects.toThrow('at least 10 characters');
    const created = await createAdmin(departments, { username: 'root-admin', password: 'a-long-secret-1', name: '王建国' });
    expect(created).toMatchObject({ createdUnit: true, unit: { code: 'D-XFJ', name: '区信访局' }, account: { username: 'root-admin', role: 'ADMIN' } });
    await expect(createAdmin(departments, { username: 'second-admin', password: 'a-long-secret-2' })).rejects.toThrow('--unit <code>');
    const second = await createAdmin(departments, { username: 'second-admin', password: 'a-long-secret-2', unitCode: 'D-XFJ' });
    expect(second.createdUnit).toBe(false);
    const issuer = new TokenIssuer((await generateKeys()).privateKeyPem);
    const signedIn = await new AuthService(departments.em.fork(), issuer).login('root-admin', 'a-long-secret-1');
    expect(signedIn.account.role).toBe('ADMIN');
    expect(await prepareDatabase(platform.orms, false, district)).toEqual({ demo: false, refusal: null, activeAccounts: 2 });
  });

  it('refuses to serve a database with demo accounts unless it runs as the demo, naming them and what to do', async () => {
    // a database that was once run as the demo
    const demoDb = await createTestDatabase(inject('databaseServerUrl'), 'demo_real_db_seeded');
    const demoPlatform = await openPlatformOrms(demoDb.url);
    try {
      await demoPlatform.migrateAll();
      await refusesDemoAccounts(demoPlatform.orms);
      // and the departments subgraph run on its own, as a deployment runs it, stops before it listens
      await demoPlatform.orms.departments.em.getConnection().execute(`update departments.account set active = true where username = 'admin'`);
      const keys = await generateKeys();
      const run = promisify(execFile)('npx', ['tsx', 'subgraphs/departments/src/main.ts'], {
        env: { ...process.env, DATABASE_URL: demoDb.url, HOST: '127.0.0.1', PORT: '0', LIANBAN_AUTH_PUBLIC_KEY: keys.publicKeyPem, LIANBAN_AUTH_PRIVATE_KEY: keys.privateKeyPem },
        timeout: 60_000,
      });
      const failure = (await run.then(() => null, (error: { code: number; stderr: string }) => error))!;
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain('departments subgraph not started: 1 active account has the published demo password (admin): ');
    } finally {
      await demoPlatform.close();
      await demoDb.drop();
    }
  });
});

/** Seeds the demo into `orms` and checks that nothing but the demo may serve it. */
async function refusesDemoAccounts(orms: typeof platform.orms) {
  const rows = async (table: string) =>
    Number((await orms.departments.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from ${table}`))[0].n);
  const seeded = await prepareDatabase(orms, true, district);
  expect(seeded.demo).toBe(true);
  const accounts = generateDistrict(5, 100).accounts;
  expect(accounts).toHaveLength(115);
  expect(await rows('departments.account')).toBe(115);
  const prepared = await prepareDatabase(orms, false, district);
  expect(prepared).toMatchObject({ demo: false, activeAccounts: 115 });
  const refusal = (prepared as { refusal: string }).refusal;
  expect(refusal).toMatch(/^115 active accounts have the published demo password \(admin, evaluator, leader, liaison-d-cgj, liaison-d-czj, liaison-d-fgw, liaison-d-fy, liaison-d-gafj and 107 more\): /);
  expect(refusal).toContain('npm run create-admin -- <username>');
  // a deployment of the departments subgraph (src/main.ts) makes the same check before it listens
  expect(await departmentsSubgraph.deploymentCheck!(orms.departments)).toBe(refusal);
  await orms.departments.em.getConnection().execute(`update departments.account set active = false where username <> 'evaluator'`);
  expect(await prepareDatabase(orms, false, district)).toMatchObject({ refusal: expect.stringMatching(/^1 active account has the published demo password \(evaluator\): /) });
  await orms.departments.em.getConnection().execute(`update departments.account set active = false`);
  expect(await departmentsSubgraph.deploymentCheck!(orms.departments)).toBeNull();
}
