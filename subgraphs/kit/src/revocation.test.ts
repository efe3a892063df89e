import { describe, expect, it } from 'vitest';
import { RevocationCheck, type TokenStatus } from './revocation';
import { testIdentity } from './testing';

const identity = testIdentity('LIAISON');

/** A lookup whose answer and availability a test sets, counting the calls. */
function fakeDepartments(initial: TokenStatus) {
  const state = { status: initial, down: false, calls: 0 };
  const lookup = async () => {
    state.calls += 1;
    if (state.down) throw new Error('connect ECONNREFUSED 127.0.0.1:4001');
    return state.status;
  };
  return { state, lookup };
}

async function refusal(check: RevocationCheck) {
  return check.check(identity).then(
    () => null,
    (error: { message: string; extensions: Record<string, unknown> }) => ({ message: error.message, code: error.extensions.code, http: error.extensions.http }),
  );
}

describe('RevocationCheck', () => {
  it('remembers an answer for cacheMs, then asks again and refuses a token signed out meanwhile', async () => {
    let now = 0;
    const departments = fakeDepartments('ACTIVE');
    const check = new RevocationCheck(departments.lookup, { cacheMs: 1000, graceMs: 5000, clock: () => now });
    expect(await refusal(check)).toBeNull();
    departments.state.status = 'SIGNED_OUT';
    now = 999;
    expect(await refusal(check)).toBeNull();
    expect(departments.state.calls).toBe(1);
    now = 1000;
    expect(await refusal(check)).toEqual({ message: 'You signed out with this token: sign in again', code: 'UNAUTHENTICATED', http: { status: 401 } });
    // a refusal is final: it is not asked again
    now = 100_000;
    expect((await refusal(check))?.code).toBe('UNAUTHENTICATED');
    expect(departments.state.calls).toBe(2);
  });

  it.each([
    ['ENDED_BY_ADMIN', 'An administrator ended this sign-in: sign in again'],
    ['ACCOUNT_DEACTIVATED', 'This account has been deactivated: ask an administrator'],
    ['UNKNOWN', 'This sign-in is not on record: sign in again'],
  ] as const)('says why a %s token is refused', async (status, message) => {
    const check = new RevocationCheck(fakeDepartments(status).lookup, { cacheMs: 1000, graceMs: 0 });
    expect(await refusal(check)).toMatchObject({ message, code: 'UNAUTHENTICATED' });
  });

  it('asks once for concurrent requests with the same token', async () => {
    const departments = fakeDepartments('ACTIVE');
    const check = new RevocationCheck(departments.lookup, { cacheMs: 1000, graceMs: 0 });
    await Promise.all(Array.from({ length: 20 }, () => check.check(identity)));
    expect(departments.state.calls).toBe(1);
  });

  it('forgets the tokens ended in this process at once, and does not remember a lookup that crossed the forget', async () => {
    const departments = fakeDepartments('ACTIVE');
    const check = new RevocationCheck(departments.lookup, { cacheMs: 60_000, graceMs: 0 });
    expect(await refusal(check)).toBeNull();
    departments.state.status = 'ENDED_BY_ADMIN';
    check.forget('00000000-0000-4000-b000-00000000ffff', identity.tokenId);
    expect((await refusal(check))?.message).toBe('An administrator ended this sign-in: sign in again');
    expect(departments.state.calls).toBe(2);

    // a lookup that read "still signed in" before the sign-out was saved is used once, never remembered
    let answer!: (status: TokenStatus) => void;
    let calls = 0;
    const slow = new RevocationCheck(
      () => {
        calls += 1;
        return calls === 1 ? new Promise<TokenStatus>((resolve) => (answer = resolve)) : Promise.resolve('SIGNED_OUT');
      },
      { cacheMs: 60_000, graceMs: 0 },
    );
    const crossing = refusal(slow);
    await Promise.resolve();
    slow.forget(identity.tokenId);
    answer('ACTIVE');
    expect(await crossing).toBeNull();
    expect((await refusal(slow))?.message).toBe('You signed out with this token: sign in again');
    expect(calls).toBe(2);
  });

  it('departments-down-after-cache-expiry: honours a remembered answer for graceMs, then refuses with SERVICE_UNAVAILABLE (503), and recovers', async () => {
    let now = 0;
    const departments = fakeDepartments('ACTIVE');
    const check = new RevocationCheck(departments.lookup, { cacheMs: 1000, graceMs: 5000, clock: () => now });
    expect(await refusal(check)).toBeNull();
    departments.state.down = true;
    now = 5999;
    expect(await refusal(check)).toBeNull();
    now = 6000;
    expect(await refusal(check)).toEqual({
      message: 'Your sign-in cannot be checked right now (the departments service does not answer): try again shortly',
      code: 'SERVICE_UNAVAILABLE',
      http: { status: 503 },
    });
    // a token never seen before is not let through unchecked
    const other = new RevocationCheck(departments.lookup, { cacheMs: 1000, graceMs: 5000, clock: () => now });
    expect((await refusal(other))?.code).toBe('SERVICE_UNAVAILABLE');
    departments.state.down = false;
    expect(await refusal(check)).toBeNull();
  });
});
