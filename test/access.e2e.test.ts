/**
 * Who may see what (domain.md §8), through the gateway and directly on the subgraphs: scoping of
 * liaisons, masking of petitioners, the audit log, and what bad tokens and throttled logins get.
 */
import { TokenIssuer } from '@lianban/kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { District } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let district: District;
let caseId: string;
let caseNumber: string;

const unit = (code: string) => district.departments.find((d) => d.code === code)!;
const township = () => district.departments.find((d) => d.code === 'T-003')!;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'access', 200);
  district = platform.district;
  const leader = district.people.find((p) => p.id === district.accounts.find((a) => a.username === 'leader')!.personId)!;
  const registered = await platform.query<{ registerCase: { id: string; number: string; version: number } }>(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }`,
    {
      input: {
        channel: 'VISIT', form: 'INDIVIDUAL', headCount: 1, townshipId: township().id,
        petitioners: [{ name: '张建国', idNumber: '110101199003074477', phone: '13812345678', address: '幸福路1号' }],
        categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '反映安置房逾期未交付',
      },
    },
  );
  caseId = registered.data!.registerCase.id;
  caseNumber = registered.data!.registerCase.number;
  const accepted = await platform.query<{ acceptCase: { version: number } }>(
    `mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`,
    { input: { caseId, version: registered.data!.registerCase.version } },
  );
  const assigned = await platform.query(
    `mutation ($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
    { input: { caseId, version: accepted.data!.acceptCase.version, leadUnitId: unit('D-JSJ').id, leaderId: leader.id, cooperating: [{ unitId: unit('D-RSJ').id }] } },
  );
  expect(assigned.errors).toBeUndefined();
});
afterAll(async () => {
  await platform?.stop();
});

const PETITIONERS = `query ($id: ID!) { case(id: $id) { number petitioners { name idNumber phone address masked } } }`;
const FULL = { name: '张建国', idNumber: '110101199003074477', phone: '13812345678', address: '幸福路1号', masked: false };
const MASKED = { name: '张**', idNumber: '110***********4477', phone: '138****5678', address: '（已隐藏）', masked: true };

async function auditRows(as: string) {
  const result = await platform.query<{ personalDataAccesses: { username: string; role: string; caseId: string; fields: string[] }[] }>(
    `query ($id: ID!) { personalDataAccesses(caseId: $id) { username role caseId fields } }`,
    { id: caseId },
    as,
  );
  return result;
}

describe('what each role sees of the same case', () => {
  it.each([
    ['registrar', 'the petition bureau', [FULL]],
    ['liaison-d-jsj', 'the lead unit', [FULL]],
    ['leader', 'the leader who owns the case', [FULL]],
    ['liaison-d-rsj', 'a cooperating unit', [MASKED]],
    ['liaison-t-003', 'the township of origin', [MASKED]],
    ['secretariat', 'the joint-meeting office', [MASKED]],
    ['evaluator', 'an evaluator', []],
  ])('%s (%s)', async (username, _who, petitioners) => {
    const result = await platform.query(PETITIONERS, { id: caseId }, username);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ case: { number: caseNumber, petitioners } });
  });

  it('writes every unmasked read to the audit log, and only those; admins read the log', async () => {
    const log = await auditRows('admin');
    expect(log.errors).toBeUndefined();
    const rows = log.data!.personalDataAccesses;
    expect(rows.map((r) => r.username).sort()).toEqual(['leader', 'liaison-d-jsj', 'registrar']);
    expect(rows.every((r) => r.caseId === caseId && r.fields.join() === 'address,idNumber,name,phone')).toBe(true);
    expect((await auditRows('registrar')).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('records just the fields asked for', async () => {
    await platform.query(`query ($id: ID!) { case(id: $id) { petitioners { phone } } }`, { id: caseId }, 'liaison-d-jsj');
    const rows = (await auditRows('admin')).data!.personalDataAccesses;
    expect(rows[0]).toMatchObject({ username: 'liaison-d-jsj', fields: ['phone'] });
  });
});

describe('a liaison of another unit', () => {
  const other = 'liaison-d-cgj';

  it('cannot find the case by id, in lists or through _entities, and gets no hint that it exists', async () => {
    const byId = await platform.query(`query ($id: ID!) { case(id: $id) { number } }`, { id: caseId }, other);
    expect(byId.data).toBeNull();
    expect(byId.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const missing = await platform.query(`query ($id: ID!) { case(id: $id) { number } }`, { id: '00000000-0000-4000-8000-000000000000' }, other);
    expect(missing.errors?.[0]?.message.replace(/[0-9a-f-]{36}/, 'ID')).toBe(byId.errors?.[0]?.message.replace(/[0-9a-f-]{36}/, 'ID'));

    const list = await platform.query<{ cases: { items: { id: string }[] } }>(`{ cases(first: 500) { items { id } } }`, undefined, other);
    expect(list.data!.cases.items.map((c) => c.id)).not.toContain(caseId);
    const own = district.cases.filter((c) => c.leadDepartmentId === unit('D-CGJ').id || c.cooperatingUnitIds.includes(unit('D-CGJ').id));
    expect(list.data!.cases.items).toHaveLength(own.length);
  });

  it('gets nothing when it calls the cases subgraph directly', async () => {
    const cases = platform.platform.subgraphs.find((s) => s.name === 'cases')!;
    const call = async (token: string | null, query: string, variables: Record<string, unknown>) => {
      const response = await fetch(cases.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions: { code: string } }[] };
    };
    const entities = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { number } } }`;
    const reps = { reps: [{ __typename: 'Case', id: caseId }] };
    expect(await call(await platform.login(other), entities, reps)).toEqual({ data: { _entities: [null] } });
    expect((await call(await platform.login('liaison-d-rsj'), entities, reps)).data).toEqual({ _entities: [{ number: caseNumber }] });
    const anonymous = await call(null, entities, reps);
    expect(anonymous.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
  });

  it('may not run intake', async () => {
    const result = await platform.query(`mutation { archiveCase(input: { caseId: "${caseId}", version: 1 }) { id } }`, undefined, other);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('tokens and sign-in', () => {
  const ask = (token: string | null) => platform.send(`{ departments(first: 1) { code } }`, undefined, token);

  it('answers no token, a forged, an expired and a malformed token with UNAUTHENTICATED and a clear message', async () => {
    const none = await ask(null);
    expect(none.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(/Sign in first/) });

    const identity = { accountId: district.accounts[0].id, personId: district.accounts[0].personId, username: 'registrar', role: 'REGISTRAR' as const, unitId: unit('D-XFJ').id };
    const { generateKeys } = await import('@lianban/kit');
    const forged = await new TokenIssuer((await generateKeys()).privateKeyPem).sign(identity);
    const expired = await new TokenIssuer(platform.keys.privateKeyPem, 60).sign(identity, new Date(Date.now() - 3_600_000));
    for (const [token, message] of [
      [forged.token, /not genuine/],
      [expired.token, /expired/],
      ['not-a-token', /malformed/],
    ] as const) {
      const result = await ask(token);
      expect(result.status).toBe(401);
      expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'UNAUTHENTICATED' }, message: expect.stringMatching(message) });
    }
  });

  it('throttles repeated failed logins, even with the right password afterwards', async () => {
    const login = (password: string) =>
      platform.send<{ login: { token: string } }>(`mutation ($p: String!) { login(username: "liaison-t-010", password: $p) { token } }`, { p: password }, null);
    for (let i = 0; i < 5; i++) expect((await login('wrong')).errors?.[0]?.message).toBe('Wrong username or password');
    const throttled = await login('lianban-demo');
    expect(throttled.errors?.[0]).toMatchObject({ extensions: { code: 'TOO_MANY_ATTEMPTS' }, message: expect.stringMatching(/try again after/) });
    expect((await login('lianban-demo')).data).toBeFalsy();
  });

  it('stops a token working once its holder signs out', async () => {
    const token = (await platform.send<{ login: { token: string } }>(
      `mutation { login(username: "evaluator", password: "lianban-demo") { token account { role person { name } } } }`, undefined, null,
    )).data!.login.token;
    expect((await ask(token)).data).toEqual({ departments: [{ code: expect.any(String) }] });
    expect((await platform.send(`mutation { logout }`, undefined, token)).data).toEqual({ logout: true });
    const after = await ask(token);
    expect(after.status).toBe(401);
    expect(after.errors?.[0]?.message).toMatch(/signed out/);
  });
});

describe('unaudited personal data: what the response holds unmasked is what the audit log names', () => {
  const rowsFor = async (id: string, username: string) => {
    const log = await platform.query<{ personalDataAccesses: { username: string; fields: string[] }[] }>(
      `query ($id: ID!) { personalDataAccesses(caseId: $id) { username fields } }`, { id }, 'admin',
    );
    return log.data!.personalDataAccesses.filter((r) => r.username === username).map((r) => r.fields);
  };
  const ledByConstruction = () =>
    district.cases.filter((c) => c.leadDepartmentId === unit('D-JSJ').id && c.petitioners.some((p) => p.phone && p.idNumber));

  it('audits a named fragment spread on two cases through the gateway', async () => {
    const other = ledByConstruction()[0];
    const result = await platform.query<{ x: { petitioners: typeof FULL[] }; y: { petitioners: typeof FULL[] } }>(
      `query ($a: ID!, $b: ID!) { x: case(id: $a) { id petitioners { ...P } } y: case(id: $b) { id petitioners { ...P } } }
       fragment P on Petitioner { name idNumber phone address }`,
      { a: caseId, b: other.id },
      'liaison-d-jsj',
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.x.petitioners).toEqual([{ name: FULL.name, idNumber: FULL.idNumber, phone: FULL.phone, address: FULL.address }]);
    expect(result.data!.y.petitioners[0].idNumber).toBe(other.petitioners[0].idNumber);
    expect((await rowsFor(caseId, 'liaison-d-jsj'))[0]).toEqual(['address', 'idNumber', 'name', 'phone']);
    expect(await rowsFor(other.id, 'liaison-d-jsj')).toEqual([['address', 'idNumber', 'name', 'phone'].filter((f) => other.petitioners.some((p) => p[f as keyof typeof p]))]);
  });

  it('audits inline fragments and @include through the gateway, and _entities sent straight to the subgraph', async () => {
    const other = ledByConstruction()[1];
    const through = await platform.query(
      `query ($b: ID!, $no: Boolean!) { case(id: $b) { petitioners { ... on Petitioner { phone idNumber @include(if: $no) } } } }`,
      { b: other.id, no: false },
      'liaison-d-jsj',
    );
    expect(through.data).toEqual({ case: { petitioners: other.petitioners.map((p) => ({ phone: p.phone ?? null })) } });
    expect(await rowsFor(other.id, 'liaison-d-jsj')).toEqual([['phone']]);

    const cases = platform.platform.subgraphs.find((s) => s.name === 'cases')!;
    const response = await fetch(cases.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await platform.login('liaison-d-jsj')}` },
      body: JSON.stringify({
        query: `query ($reps: [_Any!]!) { _entities(representations: $reps) { ...C } } fragment C on Case { petitioners { ...on Petitioner { idNumber } } }`,
        variables: { reps: [{ __typename: 'Case', id: other.id }] },
      }),
    });
    const direct = (await response.json()) as { data: { _entities: { petitioners: { idNumber: string }[] }[] } };
    expect(direct.data._entities[0].petitioners[0].idNumber).toBe(other.petitioners[0].idNumber);
    expect(await rowsFor(other.id, 'liaison-d-jsj')).toEqual([['idNumber'], ['phone']]);
  });
});

describe('joint meetings as a liaison: agenda items speak only of cases the caller may see', () => {
  const visibleTo = (unitId: string) =>
    new Set(district.cases.filter((c) => c.leadDepartmentId === unitId || c.townshipId === unitId || c.cooperatingUnitIds.includes(unitId)).map((c) => c.id));
  const numberOf = (id: string) => district.cases.find((c) => c.id === id)!.number;
  /** The township whose liaison sees some agenda cases and not others. */
  const partly = () => {
    const all = district.agendaItems.flatMap((item) => item.caseIds);
    return district.departments
      .filter((d) => d.code.startsWith('T-'))
      .map((d) => ({ unit: d, seen: all.filter((id) => visibleTo(d.id).has(id)).length }))
      .sort((a, b) => b.seen - a.seen || a.unit.code.localeCompare(b.unit.code))[0].unit;
  };

  it('lists meetings with only the items and cases the liaison may see, and never answers data: null', async () => {
    const township = partly();
    const visible = visibleTo(township.id);
    const result = await platform.query<{ meetings: { items: { title: string; heldOn: string; agenda: { title: string; cases: { number: string }[] }[] }[] } }>(
      `{ meetings(first: 50) { items { title heldOn agenda { title cases { number } } } } }`,
      undefined,
      `liaison-${township.code.toLowerCase()}`,
    );
    expect(result.errors).toBeUndefined();
    // a liaison sees a session with an item it may see, or with no agenda yet; nothing of the others
    const shownSessions = district.meetings.filter((m) => {
      const items = district.agendaItems.filter((item) => item.meetingId === m.id);
      return !items.length || items.some((item) => !item.caseIds.length || item.caseIds.some((id) => visible.has(id)));
    });
    const expected = Object.fromEntries(
      // special sessions recur under the same title each year: a session is its title and its day
      shownSessions.map((m) => [
        `${m.title} ${m.heldOn}`,
        district.agendaItems
          .filter((item) => item.meetingId === m.id && item.caseIds.some((id) => visible.has(id)))
          .sort((a, b) => a.position - b.position)
          .map((item) => ({ title: item.title, cases: item.caseIds.filter((id) => visible.has(id)).sort().map((id) => ({ number: numberOf(id) })) })),
      ]),
    );
    expect(district.meetings.length).toBeLessThanOrEqual(50);
    expect(shownSessions.length).toBeLessThan(district.meetings.length);
    expect(Object.fromEntries(result.data!.meetings.items.map((m) => [`${m.title} ${m.heldOn}`, m.agenda]))).toEqual(expected);
    const shown = Object.values(expected).flat().length;
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(district.agendaItems.length);
  });

  it('gives a hidden case no agenda items, through the gateway and on the meetings subgraph directly', async () => {
    const township = partly();
    const token = await platform.login(`liaison-${township.code.toLowerCase()}`);
    const hidden = district.agendaItems.flatMap((item) => item.caseIds).find((id) => !visibleTo(township.id).has(id))!;
    const seen = district.agendaItems.flatMap((item) => item.caseIds).find((id) => visibleTo(township.id).has(id))!;
    const meetings = platform.platform.subgraphs.find((s) => s.name === 'meetings')!;
    const response = await fetch(meetings.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({
        query: `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { id agendaItems { title meeting { title } cases { id } } } } }`,
        variables: { reps: [hidden, seen].map((id) => ({ __typename: 'Case', id })) },
      }),
    });
    const direct = (await response.json()) as { data: { _entities: { id: string; agendaItems: { title: string; cases: { id: string }[] }[] }[] } };
    expect(direct.data._entities[0]).toEqual({ id: hidden, agendaItems: [] });
    const items = direct.data._entities[1].agendaItems;
    expect(items.map((i) => i.title).sort()).toEqual(district.agendaItems.filter((i) => i.caseIds.includes(seen)).map((i) => i.title).sort());
    expect(items.flatMap((i) => i.cases.map((c) => c.id)).every((id) => visibleTo(township.id).has(id))).toBe(true);

    const through = await platform.send(`query ($id: ID!) { case(id: $id) { number agendaItems { title cases { number } } } }`, { id: seen }, token);
    expect(through.errors).toBeUndefined();
    expect((through.data as { case: { agendaItems: unknown[] } }).case.agendaItems).toHaveLength(items.length);
  });
});

describe('cross-unit case leaks: a repeat led by another unit does not name the earlier case', () => {
  it('shows the other unit\'s liaison the repeat without the earlier case\'s number, link or merged duplicates', async () => {
    const registered = await platform.query<{ registerCase: { id: string; version: number; repeatOf: { number: string } | null } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version repeatOf { number } } }`,
      {
        input: {
          channel: 'PHONE', form: 'INDIVIDUAL', headCount: 1, townshipId: district.departments.find((d) => d.code === 'T-004')!.id,
          petitioners: [{ name: '张建国', idNumber: '110101199003074477', phone: '13812345678' }],
          categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '再次反映安置房逾期未交付',
        },
      },
    );
    expect(registered.data!.registerCase.repeatOf).toEqual({ number: caseNumber });
    const repeat = registered.data!.registerCase;
    const accepted = await platform.query<{ acceptCase: { version: number } }>(
      `mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`, { input: { caseId: repeat.id, version: repeat.version } },
    );
    const assigned = await platform.query(
      `mutation ($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
      { input: { caseId: repeat.id, version: accepted.data!.acceptCase.version, leadUnitId: unit('D-CGJ').id } },
    );
    expect(assigned.errors).toBeUndefined();

    const query = `query ($id: ID!) { case(id: $id) { isRepeat repeatOf { number } timeline { action note } } }`;
    const seen = await platform.query<{ case: { isRepeat: boolean; repeatOf: unknown; timeline: { action: string; note: string | null }[] } }>(query, { id: repeat.id }, 'liaison-d-cgj');
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.case.isRepeat).toBe(true);
    expect(seen.data!.case.repeatOf).toBeNull();
    expect(JSON.stringify(seen.data)).not.toContain(caseNumber);
    expect(seen.data!.case.timeline.find((e) => e.action === 'REGISTERED')?.note).toBe('重复访: repeats （无权查看的案件）');
    // the petition bureau still sees the link and the number
    const bureau = await platform.query<{ case: { timeline: { action: string; note: string | null }[] } }>(query, { id: repeat.id });
    expect(bureau.data!.case.timeline.find((e) => e.action === 'REGISTERED')?.note).toBe(`重复访: repeats ${caseNumber}`);
  });
});

describe('counts follow scope: a liaison\'s counts are what its lists show', () => {
  it('counts of another unit\'s cases cover only the cases the liaison may see, like the lists', async () => {
    const jsj = unit('D-JSJ').id;
    const result = await platform.query<{ departments: { id: string; casesOriginatingCount: number; casesOriginating: { number: string }[] }[] }>(
      `{ departments(kinds: [TOWNSHIP, STREET], first: 100) { id casesOriginatingCount casesOriginating(first: 100) { number } } }`,
      undefined,
      'liaison-d-jsj',
    );
    expect(result.errors).toBeUndefined();
    const towns = result.data!.departments;
    expect(towns.every((t) => t.casesOriginatingCount === t.casesOriginating.length)).toBe(true);
    const seenBy = (townId: string) =>
      district.cases.filter((c) => c.townshipId === townId && (c.leadDepartmentId === jsj || c.cooperatingUnitIds.includes(jsj))).length;
    // the cases registered by these tests (led by the unit) count where they come from
    const added = (townId: string) => (townId === township().id ? 1 : 0);
    expect(Object.fromEntries(towns.map((t) => [t.id, t.casesOriginatingCount]))).toEqual(Object.fromEntries(towns.map((t) => [t.id, seenBy(t.id) + added(t.id)])));
    expect(towns.reduce((n, t) => n + t.casesOriginatingCount, 0)).toBeGreaterThan(0);
  });
});
