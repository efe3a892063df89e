/**
 * `tokenStatus`, the documented call every service makes before serving a token's holder: it says why a
 * token no longer works, and a request with many aliases costs one statement, not one per alias.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Account, Session, SessionEnd, departmentsSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const admin = testIdentity('ADMIN');
const tokens = { active: randomUUID(), signedOut: randomUUID(), ended: randomUUID(), deactivated: randomUUID() };

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'departments_token_status');
  subgraph = await startTestSubgraph(departmentsSubgraph, db.url, undefined, admin);
  const unit = await subgraph.execute<{ createDepartment: { id: string } }>(`mutation { createDepartment(input: { code: "D-XFJ", name: "区信访局", kind: DEPARTMENT }) { id } }`);
  const accountIds: string[] = [];
  for (const username of ['keeps', 'leaves']) {
    const person = await subgraph.execute<{ createPerson: { id: string } }>(
      `mutation ($unit: ID!, $name: String!) { createPerson(input: { name: $name, position: "登记员", unitId: $unit }) { id } }`,
      { unit: unit.data!.createDepartment.id, name: username },
    );
    const account = await subgraph.execute<{ createAccount: { id: string } }>(
      `mutation ($person: ID!, $u: String!) { createAccount(input: { username: $u, password: "long-enough-password", personId: $person, role: REGISTRAR }) { id } }`,
      { person: person.data!.createPerson.id, u: username },
    );
    accountIds.push(account.data!.createAccount.id);
  }
  const em = subgraph.orm.em.fork();
  const [keeps, leaves] = [em.getReference(Account, accountIds[0]), em.getReference(Account, accountIds[1])];
  const issuedAt = new Date();
  const expiresAt = new Date(Date.now() + 3_600_000);
  em.create(Session, { id: tokens.active, account: keeps, issuedAt, expiresAt });
  em.create(Session, { id: tokens.signedOut, account: keeps, issuedAt, expiresAt, revokedAt: issuedAt });
  em.create(Session, { id: tokens.ended, account: keeps, issuedAt, expiresAt, revokedAt: issuedAt, revokedReason: SessionEnd.ENDED_BY_ADMIN });
  em.create(Session, { id: tokens.deactivated, account: leaves, issuedAt, expiresAt });
  await em.flush();
  await em.nativeUpdate(Account, { id: accountIds[1] }, { active: false });
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('token-status-says-why', () => {
  it('answers every token of a request in one statement, without a token, saying why each no longer works', async () => {
    subgraph.counter.reset();
    const result = await subgraph.execute(
      `query ($a: ID!, $b: ID!, $c: ID!, $d: ID!) {
        a: tokenStatus(tokenId: $a) b: tokenStatus(tokenId: $b) c: tokenStatus(tokenId: $c) d: tokenStatus(tokenId: $d)
        unknown: tokenStatus(tokenId: "00000000-0000-4000-8000-000000000000") malformed: tokenStatus(tokenId: "not-a-token-id")
        revoked: tokenRevoked(tokenId: $b) notRevoked: tokenRevoked(tokenId: $a)
      }`,
      { a: tokens.active, b: tokens.signedOut, c: tokens.ended, d: tokens.deactivated },
      null,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      a: 'ACTIVE',
      b: 'SIGNED_OUT',
      c: 'ENDED_BY_ADMIN',
      d: 'ACCOUNT_DEACTIVATED',
      unknown: 'UNKNOWN',
      malformed: 'UNKNOWN',
      revoked: true,
      notRevoked: false,
    });
    expect(subgraph.counter.count).toBe(1);
  });
});
