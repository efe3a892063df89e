/**
 * Sessions end everywhere (issue: a signed-out token still worked on the cases and departments subgraphs
 * called directly; a deactivated account's token kept working; admins could not list accounts, deactivate
 * one or end its sessions). The platform runs with a 300 ms revocation cache so a sign-out reaches every
 * service within the test.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_PASSWORD } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

const CACHE_MS = 300;
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'sessions', 100, { revocation: { cacheMs: CACHE_MS, graceMs: 1000 } });
});
afterAll(async () => {
  await platform?.stop();
});

/** One question per service, each answered with data by a token that still works. */
const QUESTIONS = {
  gateway: `{ me { username } }`,
  departments: `{ me { username } }`,
  cases: `{ cases(first: 1) { items { id } } }`,
  meetings: `{ meetings(first: 1) { items { id } } }`,
  assessment: `{ assessmentSchemes { id } }`,
  screening: `{ sensitivePeriods { id } }`,
  notices: `{ unreadNoticeCount }`,
} as const;
type Service = keyof typeof QUESTIONS;
const SERVICES = Object.keys(QUESTIONS) as Service[];

async function ask(service: Service, token: string) {
  const url = service === 'gateway' ? platform.url : platform.platform.subgraphs.find((s) => s.name === service)!.url;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUESTIONS[service] }),
  });
  const body = (await response.json()) as { data?: Record<string, unknown> | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  return { status: response.status, data: body.data ?? null, error: body.errors?.[0] };
}

/** What every service answers `token`: 'ok' or the refusal's status, code and message. */
async function everywhere(token: string) {
  const answers = await Promise.all(SERVICES.map(async (service) => [service, await ask(service, token)] as const));
  return Object.fromEntries(
    answers.map(([service, a]) => [service, a.error ? `${a.status} ${String(a.error.extensions?.code)}: ${a.error.message}` : a.data ? 'ok' : 'no data']),
  );
}
const all = (answer: string) => Object.fromEntries(SERVICES.map((s) => [s, answer]));
const pastCache = () => new Promise((resolve) => setTimeout(resolve, CACHE_MS + 100));

async function signIn(username: string, password = DEMO_PASSWORD) {
  return platform.send<{ login: { token: string } }>(
    `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
    { u: username, p: password },
    null,
  );
}
async function tokenOf(username: string): Promise<string> {
  const result = await signIn(username);
  if (!result.data) throw new Error(`could not sign in as ${username}: ${JSON.stringify(result.errors)}`);
  return result.data.login.token;
}
const accountId = (username: string) => platform.district.accounts.find((a) => a.username === username)!.id;

describe('signed-out-token-refused-by-every-subgraph', () => {
  it('refuses a signed-out token at the gateway and on each subgraph called directly, saying why', async () => {
    const token = await tokenOf('evaluator');
    // every service has seen (and remembered) the token as signed in
    expect(await everywhere(token)).toEqual(all('ok'));
    expect((await platform.send(`mutation { logout }`, undefined, token)).data).toEqual({ logout: true });
    await pastCache();
    expect(await everywhere(token)).toEqual(all('401 UNAUTHENTICATED: You signed out with this token: sign in again'));
  });
});

describe('departments-remembers-sessions-and-forgets-the-ones-it-ends', () => {
  const departments = () => platform.platform.subgraphs.find((s) => s.name === 'departments')!;
  const sessionReads = () => departments().counter.statements.filter((q) => /"session"/.test(q)).length;

  it('reads a token\'s status once per cache time, and refuses it at once after a sign-out or ended sign-ins there', async () => {
    const token = await tokenOf('evaluator');
    expect(await ask('departments', token)).toMatchObject({ status: 200, data: { me: { username: 'evaluator' } } });
    departments().counter.reset(true);
    const started = Date.now();
    for (let i = 0; i < 10; i += 1) expect((await ask('departments', token)).data).toEqual({ me: { username: 'evaluator' } });
    // at most one read per CACHE_MS that passed, not one per request
    expect(sessionReads()).toBeLessThanOrEqual(Math.ceil((Date.now() - started) / CACHE_MS));
    expect(sessionReads()).toBeLessThan(10);

    expect((await platform.send(`mutation { logout }`, undefined, token)).data).toEqual({ logout: true });
    expect((await ask('departments', token)).error?.message).toBe('You signed out with this token: sign in again');

    const other = await tokenOf('evaluator');
    expect((await ask('departments', other)).data).toEqual({ me: { username: 'evaluator' } });
    const ended = await platform.query(
      `mutation ($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }`,
      { input: { accountId: accountId('evaluator'), reason: '测试' } },
      'admin',
    );
    expect(ended.data).toEqual({ endAccountSessions: 1 });
    expect((await ask('departments', other)).error?.message).toBe('An administrator ended this sign-in: sign in again');
  });
});

describe('deactivated-account-token-refused', () => {
  it('ends every sign-in of a deactivated account at once, refuses its sign-in, and keeps who, when and why', async () => {
    const first = await tokenOf('liaison-t-020');
    const second = await tokenOf('liaison-t-020');
    expect(await everywhere(first)).toEqual(all('ok'));
    const deactivated = await platform.query<{ deactivateAccount: { username: string; active: boolean; openSessions: number } }>(
      `mutation ($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { username active openSessions } }`,
      { input: { accountId: accountId('liaison-t-020'), reason: '调离岗位' } },
      'admin',
    );
    expect(deactivated.errors).toBeUndefined();
    expect(deactivated.data).toEqual({ deactivateAccount: { username: 'liaison-t-020', active: false, openSessions: 0 } });
    await pastCache();
    const refused = all('401 UNAUTHENTICATED: This account has been deactivated: ask an administrator');
    expect(await everywhere(first)).toEqual(refused);
    expect(await everywhere(second)).toEqual(refused);

    const again = await signIn('liaison-t-020');
    expect(again.data).toBeNull();
    expect(again.errors?.[0]).toMatchObject({ message: 'This account has been deactivated: ask an administrator', extensions: { code: 'UNAUTHENTICATED' } });
    // a wrong password learns nothing about the account
    expect((await signIn('liaison-t-020', 'wrong')).errors?.[0]?.message).toBe('Wrong username or password');

    const events = await platform.query<{ accountEvents: { accountId: string; action: string; by: string; reason: string; sessionsEnded: number; at: string }[] }>(
      `query ($id: ID!) { accountEvents(accountId: $id) { accountId action by reason sessionsEnded at } }`,
      { id: accountId('liaison-t-020') },
      'admin',
    );
    expect(events.data?.accountEvents).toEqual([
      { accountId: accountId('liaison-t-020'), action: 'DEACTIVATED', by: 'admin', reason: '调离岗位', sessionsEnded: 2, at: expect.any(String) },
    ]);
    expect(Date.now() - Date.parse(events.data!.accountEvents[0].at)).toBeLessThan(60_000);

    const twice = await platform.query(
      `mutation ($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { active } }`,
      { input: { accountId: accountId('liaison-t-020'), reason: '再次' } },
      'admin',
    );
    expect(twice.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.accountId' }, message: 'input.accountId: liaison-t-020 is already deactivated' });
  });

  it('does not let an admin deactivate the account they are signed in with', async () => {
    const result = await platform.query(
      `mutation ($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { active } }`,
      { input: { accountId: accountId('admin'), reason: '测试' } },
      'admin',
    );
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.accountId' } });
  });
});

describe('admins-list-accounts-and-end-sessions', () => {
  it('lists accounts with role, unit, whether active, last sign-in and open sign-ins', async () => {
    await tokenOf('secretariat');
    await tokenOf('secretariat');
    const unitId = platform.district.people.find((p) => p.id === platform.district.accounts.find((a) => a.username === 'secretariat')!.personId)!.unitId;
    const listed = await platform.query<{ accounts: { username: string; role: string; active: boolean; unit: { id: string }; lastSignInAt: string | null; openSessions: number }[] }>(
      `query ($unit: ID!) { accounts(unitId: $unit) { username role active unit { id } lastSignInAt openSessions } }`,
      { unit: unitId },
      'admin',
    );
    expect(listed.errors).toBeUndefined();
    const secretariat = listed.data!.accounts.find((a) => a.username === 'secretariat');
    expect(secretariat).toEqual({ username: 'secretariat', role: 'SECRETARIAT', active: true, unit: { id: unitId }, lastSignInAt: expect.any(String), openSessions: 2 });
    expect(listed.data!.accounts.every((a) => a.unit.id === unitId)).toBe(true);

    const search = (search: string, role?: string) =>
      platform.query<{ accounts: { username: string; role: string }[] }>(`query ($s: String, $r: AccountRole) { accounts(search: $s, role: $r, first: 500) { username role } }`, { s: search, r: role ?? null }, 'admin');
    expect((await search('RSJ')).data!.accounts.map((a) => a.username)).toEqual(['liaison-d-rsj']);
    // by the holder's name too, and wildcards are plain characters
    const person = platform.district.people.find((p) => p.id === platform.district.accounts.find((a) => a.username === 'secretariat')!.personId)!;
    expect((await search(person.name)).data!.accounts.map((a) => a.username)).toContain('secretariat');
    expect((await search('%')).data!.accounts).toEqual([]);
    expect((await search('liaison', 'ADMIN')).data!.accounts).toEqual([]);
    expect((await search('', 'LEADER')).data!.accounts.every((a) => a.role === 'LEADER')).toBe(true);

    const inactive = await platform.query<{ accounts: { username: string }[] }>(`{ accounts(active: false) { username } }`, undefined, 'admin');
    expect(inactive.data!.accounts.map((a) => a.username)).not.toContain('secretariat');
  });

  it('ends every sign-in of an account; its tokens are refused everywhere and it may sign in again', async () => {
    const token = await tokenOf('leader');
    expect(await everywhere(token)).toEqual(all('ok'));
    const ended = await platform.query<{ endAccountSessions: number }>(
      `mutation ($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }`,
      { input: { accountId: accountId('leader'), reason: '设备遗失' } },
      'admin',
    );
    expect(ended.data).toEqual({ endAccountSessions: 1 });
    await pastCache();
    expect(await everywhere(token)).toEqual(all('401 UNAUTHENTICATED: An administrator ended this sign-in: sign in again'));
    expect(await everywhere(await tokenOf('leader'))).toEqual(all('ok'));
    const events = await platform.query<{ accountEvents: { action: string; reason: string; sessionsEnded: number }[] }>(
      `query ($id: ID!) { accountEvents(accountId: $id) { action reason sessionsEnded } }`,
      { id: accountId('leader') },
      'admin',
    );
    expect(events.data?.accountEvents).toEqual([{ action: 'SESSIONS_ENDED', reason: '设备遗失', sessionsEnded: 1 }]);
  });

  it.each(['registrar', 'liaison-d-jsj'])('refuses %s the account administration', async (username) => {
    for (const query of [
      `{ accounts { username } }`,
      `mutation { endAccountSessions(input: { accountId: "${accountId('leader')}", reason: "x" }) }`,
      `mutation { deactivateAccount(input: { accountId: "${accountId('leader')}", reason: "x" }) { active } }`,
    ]) {
      expect((await platform.query(query, undefined, username)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
  });
});

describe('entity-references-come-from-the-database', () => {
  it('answers a Category representation from the database, and only to a signed-in caller', async () => {
    const departments = platform.platform.subgraphs.find((x) => x.name === 'departments')!.url;
    const category = platform.district.categories[0];
    const stranger = platform.district.departments.find((d) => d.id !== category.leadDepartmentId)!;
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Category { leadDepartment { id } } } }`;
    const variables = { reps: [{ __typename: 'Category', id: category.id, leadDepartment: { id: stranger.id } }] };
    const ask = async (token?: string) => {
      const response = await fetch(departments, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: { _entities: ({ leadDepartment: { id: string } } | null)[] } | null; errors?: { extensions?: { code?: string } }[] };
    };
    const anonymous = await ask();
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(anonymous.data?._entities?.[0] ?? null).toBeNull();
    const signedIn = await ask(await tokenOf('registrar'));
    expect(signedIn.data?._entities).toEqual([{ leadDepartment: { id: category.leadDepartmentId } }]);
  });
});

describe('password-reset-and-change', () => {
  const reset = (username: string, reason = '本人忘记密码，电话核实身份', by = 'admin') =>
    platform.query<{ resetAccountPassword: { temporaryPassword: string; account: { username: string; mustChangePassword: boolean } } }>(
      `mutation ($input: ResetAccountPasswordInput!) { resetAccountPassword(input: $input) { temporaryPassword account { username mustChangePassword } } }`,
      { input: { accountId: accountId(username), reason } },
      by,
    );
  const change = (token: string, currentPassword: string, newPassword: string) =>
    platform.send<{ changeMyPassword: { token: string; account: { mustChangePassword: boolean } } }>(
      `mutation ($input: ChangeMyPasswordInput!) { changeMyPassword(input: $input) { token account { mustChangePassword } } }`,
      { input: { currentPassword, newPassword } },
      token,
    );
  /** Work questions (not `me`) on every service: what a token that must change its password is refused. */
  const WORK = { ...QUESTIONS, gateway: QUESTIONS.cases, departments: `{ departments(first: 1) { id } }` };
  async function workEverywhere(token: string) {
    const answers = await Promise.all(
      SERVICES.map(async (service) => {
        const url = service === 'gateway' ? platform.url : platform.platform.subgraphs.find((s) => s.name === service)!.url;
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: WORK[service] }),
        });
        const body = (await response.json()) as { data?: unknown; errors?: { extensions?: { code?: string } }[] };
        return [service, body.errors?.[0]?.extensions?.code ?? (body.data ? 'ok' : 'no data')] as const;
      }),
    );
    return Object.fromEntries(answers);
  }

  it('an admin resets a forgotten password: old sign-ins end, the temporary password serves only the change, and the holder chooses a new one', async () => {
    const before = await tokenOf('liaison-t-030');
    const result = await reset('liaison-t-030');
    expect(result.errors).toBeUndefined();
    const temporary = result.data!.resetAccountPassword.temporaryPassword;
    expect(temporary).toMatch(/^[A-HJ-NP-Za-km-z2-9]{12}$/);
    expect(result.data!.resetAccountPassword.account).toEqual({ username: 'liaison-t-030', mustChangePassword: true });
    await pastCache();
    expect((await ask('cases', before)).error?.message).toBe('An administrator ended this sign-in: sign in again');
    expect((await signIn('liaison-t-030')).errors?.[0]?.message).toBe('Wrong username or password');

    const limited = (await signIn('liaison-t-030', temporary)).data!.login.token;
    expect(await workEverywhere(limited)).toEqual(all('PASSWORD_CHANGE_REQUIRED'));
    // the meetings subgraph's downloads too: the unit's calendar feed and a session's notice
    const meetingsBase = platform.platform.subgraphs.find((x) => x.name === 'meetings')!.url.replace(/\/graphql$/, '');
    const unitId = platform.district.people.find((p) => p.id === platform.district.accounts.find((a) => a.username === 'liaison-t-030')!.personId)!.unitId;
    const feed = await fetch(`${meetingsBase}/calendar/${unitId}.ics?token=${limited}`);
    expect([feed.status, await feed.text()]).toEqual([403, 'An administrator set this password: change it (changeMyPassword) before anything else']);
    const scheduled = await platform.query<{ meetings: { items: { id: string }[] } }>('{ meetings(first: 1, filter: { statuses: [SCHEDULED, HELD] }) { items { id } } }', {}, 'secretariat');
    const notice = await fetch(`${meetingsBase}/meetings/${scheduled.data!.meetings.items[0].id}/notice.docx`, { headers: { authorization: `Bearer ${limited}` } });
    expect(notice.status).toBe(403);
    expect((await ask('gateway', limited)).data).toEqual({ me: { username: 'liaison-t-030' } });

    // bad changes are refused by field, and change nothing
    for (const [current, next, field, message] of [
      ['not-the-password', 'Xinfang-2026-secure', 'input.currentPassword', 'input.currentPassword is not the current password'],
      [temporary, 'short', 'input.newPassword', 'input.newPassword must be at least 10 characters'],
      [temporary, DEMO_PASSWORD, 'input.newPassword', 'input.newPassword is the published demo password: choose another'],
      [temporary, 'my-liaison-t-030-pass', 'input.newPassword', 'input.newPassword must not contain the username'],
      [temporary, temporary, 'input.newPassword', 'input.newPassword is the current password: choose a new one'],
    ] as const) {
      const refused = await change(limited, current, next);
      expect(refused.errors?.[0], next).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect((await signIn('liaison-t-030', temporary)).data?.login.token).toEqual(expect.any(String));

    const changed = await change(limited, temporary, 'Xinfang-2026-secure');
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.changeMyPassword.account).toEqual({ mustChangePassword: false });
    expect(await workEverywhere(changed.data!.changeMyPassword.token)).toEqual(all('ok'));
    await pastCache();
    expect((await ask('cases', limited)).error?.message).toBe('You signed out with this token: sign in again');
    expect((await signIn('liaison-t-030', temporary)).errors?.[0]?.message).toBe('Wrong username or password');
    expect(await workEverywhere((await signIn('liaison-t-030', 'Xinfang-2026-secure')).data!.login.token)).toEqual(all('ok'));

    const events = await platform.query<{ accountEvents: { action: string; by: string; reason: string; sessionsEnded: number }[] }>(
      `query ($id: ID!) { accountEvents(accountId: $id) { action by reason sessionsEnded } }`,
      { id: accountId('liaison-t-030') },
      'admin',
    );
    expect(events.data?.accountEvents).toEqual([
      // the temporary password's two sign-ins (one refused the changes, one checked it still worked) end with the change
      { action: 'PASSWORD_CHANGED', by: 'liaison-t-030', reason: '本人修改密码', sessionsEnded: 2 },
      { action: 'PASSWORD_RESET', by: 'admin', reason: '本人忘记密码，电话核实身份', sessionsEnded: 1 },
    ]);
  });

  it('lifts a sign-in throttle with the reset', async () => {
    for (let i = 0; i < 5; i += 1) await signIn('liaison-t-031', 'wrong');
    expect((await signIn('liaison-t-031', 'wrong')).errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    const temporary = (await reset('liaison-t-031')).data!.resetAccountPassword.temporaryPassword;
    expect((await signIn('liaison-t-031', temporary)).errors).toBeUndefined();
  });

  it('refuses resets that make no sense, by field, and to anyone but admins', async () => {
    expect((await reset('admin')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.accountId' } });
    expect((await reset('liaison-t-032', '  ')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.reason' } });
    expect((await reset('liaison-t-032', '忘记密码', 'registrar')).errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    await platform.query(`mutation ($input: DeactivateAccountInput!) { deactivateAccount(input: $input) { active } }`, { input: { accountId: accountId('liaison-t-032'), reason: '调离' } }, 'admin');
    expect((await reset('liaison-t-032')).errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.accountId' }, message: expect.stringMatching(/deactivated/) });
    // none of them wrote anything
    const events = await platform.query<{ accountEvents: { action: string }[] }>(`query ($id: ID!) { accountEvents(accountId: $id) { action } }`, { id: accountId('liaison-t-032') }, 'admin');
    expect(events.data?.accountEvents.map((e) => e.action)).toEqual(['DEACTIVATED']);
    expect((await platform.query<{ accounts: { username: string; mustChangePassword: boolean }[] }>(`{ accounts(active: true, first: 500) { username mustChangePassword } }`, undefined, 'admin')).data!.accounts.filter((a) => a.mustChangePassword).map((a) => a.username)).toEqual(['liaison-t-031']);
  });
});
