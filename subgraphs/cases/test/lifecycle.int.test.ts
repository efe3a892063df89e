import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { Case, StaticDirectory, casesSubgraph, createContext } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
/** The time the subgraph thinks it is; tests move it. */
let now = new Date('2026-03-02T09:00:00+08:00');

const town = randomUUID();
const construction = randomUUID();
const landBureau = randomUUID();
const leader = randomUUID();
const registrar = randomUUID();
const clerk = randomUUID();
const bureau = randomUUID();
const closedTown = randomUUID();
const directory = new StaticDirectory(
  {
    [town]: { kind: 'STREET', active: true, name: '城关街道' },
    [closedTown]: { kind: 'TOWNSHIP', active: false, name: '撤并乡' },
    [construction]: { kind: 'DEPARTMENT', active: true, name: '区建设局' },
    [landBureau]: { kind: 'DEPARTMENT', active: true, name: '区国土分局' },
    [bureau]: { kind: 'DEPARTMENT', active: true, name: '区信访局' },
  },
  {
    [leader]: { isLeader: true, name: '王副区长' },
    [registrar]: { isLeader: false, name: '李登记' },
    [clerk]: { isLeader: false, name: '赵办事员' },
  },
  ['城乡建设/拆迁安置', '城乡建设/拖欠工程款'],
);

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'lifecycle');
  subgraph = await startTestSubgraph(
    casesSubgraph,
    db.url,
    (em, identity) => createContext(em, { directory, identity, now: () => now }),
    testIdentity('REGISTRAR', bureau, registrar),
  );
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});
beforeEach(async () => {
  await subgraph.clean();
  now = new Date('2026-03-02T09:00:00+08:00');
});

const CASE_FIELDS = `id number status version isRepeat notToBeAcceptedAgain placarded card warning
  repeatOf { number } mergedInto { number } mergedCases { number }
  clocks { clock basis ruleSet dueDay dueDayMovedFrom card warning extensionDays calendarNote }
  tasks { id role status version unit { id } card }`;

interface CaseResult {
  id: string;
  number: string;
  status: string;
  version: number;
  isRepeat: boolean;
  notToBeAcceptedAgain: boolean;
  placarded: boolean;
  card: string | null;
  warning: string | null;
  repeatOf: { number: string } | null;
  clocks: { clock: string; basis: string; dueDay: string; card: string; warning: string; extensionDays: number; calendarNote: string | null }[];
  tasks: { id: string; role: string; status: string; version: number; unit: { id: string }; card: string }[];
}

const petitioner = { name: '张建国', idNumber: '110101199003074477', phone: '13812345678', address: '城关街道幸福里3号' };

function registration(overrides: Record<string, unknown> = {}) {
  return {
    channel: 'VISIT',
    petitioners: [petitioner],
    form: 'INDIVIDUAL',
    headCount: 1,
    townshipId: town,
    categoryMain: '城乡建设',
    categorySub: '拆迁安置',
    summary: '反映拆迁安置房逾期未交付',
    demands: '按协议交付安置房',
    actorId: registrar,
    ...overrides,
  };
}

async function register(overrides: Record<string, unknown> = {}): Promise<CaseResult> {
  const result = await subgraph.execute<{ registerCase: CaseResult }>(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${CASE_FIELDS} } }`,
    { input: registration(overrides) },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.registerCase;
}

async function step(mutation: string, input: Record<string, unknown>, inputType = 'CaseChangeInput') {
  return subgraph.execute<Record<string, CaseResult>>(
    `mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) { ${CASE_FIELDS} } }`,
    { input },
  );
}

async function ok(mutation: string, input: Record<string, unknown>, inputType?: string): Promise<CaseResult> {
  const result = await step(mutation, input, inputType);
  expect(result.errors).toBeUndefined();
  return result.data!.result;
}

const countCases = () => subgraph.orm.em.fork().count(Case, {});

describe('intake', () => {
  it.each([
    [{ petitioners: [{ ...petitioner, idNumber: '110101199003074478' }] }, 'input.petitioners[0].idNumber', /check character/],
    [{ petitioners: [{ ...petitioner, phone: '1381234' }] }, 'input.petitioners[0].phone', /mobile number/],
    [{ form: 'COLLECTIVE', headCount: 3 }, 'input.headCount', /5 or more/],
    [{ headCount: 6 }, 'input.form', /collective/],
    [{ ruleSet: 'LOCAL_RULES' }, 'input.ruleSet', /NATIONAL/],
    [{ townshipId: 'chengguan' }, 'input.townshipId', /not a valid ID/],
    [{ channel: 'ASSIGNED_FROM_ABOVE' }, 'input.assigningLevel', /assigned from above/],
    [{ channel: 'LETTER', levelVisited: 'BEIJING' }, 'input.levelVisited', /visits/],
    [{ summary: '   ' }, 'input.summary', /must not be empty/],
    [{ receivedAt: '2026-03-05T00:00:00Z' }, 'input.receivedAt', /future/],
    [{ townshipId: randomUUID() }, 'input.townshipId', /no known unit/],
    [{ townshipId: construction }, 'input.townshipId', /must be a township or street/],
    [{ townshipId: closedTown }, 'input.townshipId', /no longer active/],
    [{ categorySub: '房屋漏水' }, 'input.categorySub', /not a known problem category/],
  ])('refuses %j naming the field, and writes nothing', async (overrides, field, message) => {
    const result = await step('registerCase', registration(overrides), 'RegisterCaseInput');
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toMatch(message);
    expect(await countCases()).toBe(0);
  });

  it('registers once for the same idempotency key, and numbers cases per year', async () => {
    const first = await register({ idempotencyKey: 'intake-2026-03-02-0001' });
    const again = await register({ idempotencyKey: 'intake-2026-03-02-0001' });
    const other = await register({ idempotencyKey: 'intake-2026-03-02-0002' });
    expect(again.id).toBe(first.id);
    expect([first.number, other.number]).toEqual(['XF2026-000001', 'XF2026-000002']);
    expect(await countCases()).toBe(2);
    expect(first).toMatchObject({ status: 'REGISTERED', card: 'GREEN', isRepeat: false });
    expect(first.clocks).toEqual([
      expect.objectContaining({ clock: 'ROUTE', dueDay: '2026-03-17', basis: expect.stringMatching(/第二十二条: 15日内转送、交办/) }),
      expect.objectContaining({ clock: 'ACCEPT', dueDay: '2026-03-17', basis: expect.stringMatching(/15日/) }),
    ]);
  });
});

describe('the whole lifecycle', () => {
  it('goes from registration to termination after re-review, with every step on the timeline', async () => {
    let matter = await register();
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version, actorId: registrar });
    // 60 days end on Labour Day (2026-05-01, off until 05-05): the last day moves to the next working day
    expect(matter.clocks.find((c) => c.clock === 'HANDLE')).toMatchObject({
      dueDay: '2026-05-06', dueDayMovedFrom: '2026-05-01', basis: expect.stringMatching(/60日.*第二百零三条.*末日2026-05-01为法定休假日, 顺延至2026-05-06/),
    });

    matter = await ok('assignCase', {
      caseId: matter.id, version: matter.version, leadUnitId: construction, leaderId: leader,
      cooperating: [{ unitId: landBureau, days: 20 }],
    }, 'AssignCaseInput');
    expect(matter.status).toBe('ASSIGNED');
    expect(matter.tasks.map((t) => [t.role, t.unit.id, t.status])).toEqual([
      ['LEAD', construction, 'ASSIGNED'],
      ['COOPERATING', landBureau, 'ASSIGNED'],
    ]);

    matter = await ok('signForCase', { caseId: matter.id, version: matter.version, unitId: construction });
    const cooperating = matter.tasks.find((t) => t.role === 'COOPERATING')!;
    const signed = await subgraph.execute<{ signForTask: { status: string; version: number } }>(
      `mutation ($input: TaskChangeInput!) { signForTask(input: $input) { status version } }`,
      { input: { taskId: cooperating.id, version: cooperating.version } },
    );
    expect(signed.data?.signForTask.status).toBe('SIGNED_FOR');
    const done = await subgraph.execute<{ completeTask: { status: string; result: string } }>(
      `mutation ($input: TaskChangeInput!) { completeTask(input: $input) { status result } }`,
      { input: { taskId: cooperating.id, version: signed.data!.signForTask.version, result: '已核实安置房源' } },
    );
    expect(done.data?.completeTask).toEqual({ status: 'DONE', result: '已核实安置房源' });

    matter = await ok('startHandlingCase', { caseId: matter.id, version: matter.version });
    matter = await ok('extendCaseDeadline', {
      caseId: matter.id, version: matter.version, days: 10, approverId: leader, reason: '需等待安置房竣工验收',
    }, 'ExtendDeadlineInput');
    expect(matter.card).toBe('YELLOW');
    const tasks = await subgraph.execute<{ case: { tasks: { role: string; dueAt: string; dueBasis: string }[] } }>(
      `query ($id: ID!) { case(id: $id) { tasks { role dueAt dueBasis } } }`,
      { id: matter.id },
    );
    // the lead unit's part moves with the extension; the cooperating unit keeps the 20 days it was given
    // (ending on Sunday 03-22, so its last day is Monday 03-23)
    expect(tasks.data?.case.tasks).toEqual([
      { role: 'LEAD', dueAt: '2026-05-11T15:59:59.999Z', dueBasis: expect.stringMatching(/^同案件办理时限: .*60日.*已延期10日/) },
      { role: 'COOPERATING', dueAt: '2026-03-23T15:59:59.999Z', dueBasis: expect.stringMatching(/^交办时指定: 20日内反馈办理结果 \(不晚于案件办理时限\); 期间最后一日是法定休假日的.*第二百零三条/) },
    ]);
    expect(matter.clocks.find((c) => c.clock === 'HANDLE')).toMatchObject({ dueDay: '2026-05-11', extensionDays: 10, card: 'YELLOW' });

    now = new Date('2026-04-20T10:00:00+08:00');
    matter = await ok('replyCase', { caseId: matter.id, version: matter.version, reply: '安置房将于5月底交付' }, 'ReplyCaseInput');
    matter = await ok('closeCase', { caseId: matter.id, version: matter.version, satisfaction: 'DISSATISFIED' }, 'CloseCaseInput');
    expect(matter.status).toBe('CLOSED');

    now = new Date('2026-05-10T10:00:00+08:00');
    matter = await ok('requestReview', { caseId: matter.id, version: matter.version });
    matter = await ok('decideReview', { caseId: matter.id, version: matter.version, opinion: '维持原答复意见' }, 'DecideInput');
    now = new Date('2026-05-20T10:00:00+08:00');
    matter = await ok('requestReReview', { caseId: matter.id, version: matter.version });
    matter = await ok('decideReReview', { caseId: matter.id, version: matter.version, opinion: '复核维持' }, 'DecideInput');
    expect(matter.status).toBe('TERMINATED');

    const timeline = await subgraph.execute<{ case: { timeline: { action: string; fromStatus: string | null; toStatus: string | null }[] } }>(
      `query ($id: ID!) { case(id: $id) { timeline { action fromStatus toStatus } } }`,
      { id: matter.id },
    );
    expect(timeline.data?.case.timeline.map((e) => e.action)).toEqual([
      'REGISTERED', 'ACCEPTED', 'ASSIGNED', 'SIGNED_FOR', 'TASK_SIGNED_FOR', 'TASK_DONE', 'IN_PROGRESS', 'EXTENDED',
      'REPLIED', 'CLOSED', 'REVIEW_REQUESTED', 'REVIEW_DECIDED', 'RE_REVIEW_REQUESTED', 'TERMINATED',
    ]);
    expect(timeline.data?.case.timeline.at(-1)).toEqual({ action: 'TERMINATED', fromStatus: 'UNDER_RE_REVIEW', toStatus: 'TERMINATED' });
  });

  it('checks the units and people an assignment names against the directory', async () => {
    let matter = await register();
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
    const notLeader = await step('assignCase', { caseId: matter.id, version: matter.version, leadUnitId: construction, leaderId: clerk }, 'AssignCaseInput');
    expect(notLeader.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not a leader/), extensions: { field: 'input.leaderId' } });
    const unknownUnit = await step('assignCase', { caseId: matter.id, version: matter.version, leadUnitId: construction, cooperating: [{ unitId: randomUUID() }] }, 'AssignCaseInput');
    expect(unknownUnit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cooperating[0].unitId' });
    const stored = await subgraph.orm.em.fork().findOneOrFail(Case, { id: matter.id });
    expect([stored.status, stored.version]).toEqual(['ACCEPTED', matter.version]);
  });

  it('refuses an illegal step and says what the case needs', async () => {
    const matter = await register();
    const result = await step('replyCase', { caseId: matter.id, version: matter.version, reply: '已处理' }, 'ReplyCaseInput');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.message).toMatch(/REGISTERED; it needs IN_PROGRESS/);
  });

  it('refuses review after its 30 days', async () => {
    let matter = await register();
    for (const [mutation, input, type] of [
      ['acceptCase', {}, undefined],
      ['assignCase', { leadUnitId: construction }, 'AssignCaseInput'],
      ['signForCase', {}, undefined],
      ['startHandlingCase', {}, undefined],
      ['replyCase', { reply: '已答复' }, 'ReplyCaseInput'],
    ] as const) {
      matter = await ok(mutation, { caseId: matter.id, version: matter.version, ...input }, type);
    }
    now = new Date('2026-04-02T10:00:00+08:00');
    const late = await step('requestReview', { caseId: matter.id, version: matter.version });
    expect(late.errors?.[0]?.message).toMatch(/ended on 2026-04-01/);
  });
});

describe('concurrent edits', () => {
  it('lets one of two saves over the same version through and answers the other CONFLICT', async () => {
    const matter = await register();
    const [a, b] = await Promise.all([
      step('acceptCase', { caseId: matter.id, version: matter.version }),
      step('rejectCase', { caseId: matter.id, version: matter.version, reason: '不属于信访事项', redirectTo: '区法院' }, 'RejectCaseInput'),
    ]);
    const outcomes = [a, b].map((r) => (r.errors ? r.errors[0].extensions?.code : r.data?.result.status)).sort();
    expect(outcomes).toEqual(expect.arrayContaining(['CONFLICT']));
    expect(outcomes.filter((o) => o !== 'CONFLICT')).toHaveLength(1);
    const stored = await subgraph.orm.em.fork().findOneOrFail(Case, { id: matter.id });
    expect(stored.version).toBe(matter.version + 1);
  });

  it('answers a stale version with CONFLICT and changes nothing', async () => {
    const matter = await register();
    await ok('acceptCase', { caseId: matter.id, version: matter.version });
    const stale = await step('rejectCase', { caseId: matter.id, version: matter.version, reason: '重复', redirectTo: '区法院' }, 'RejectCaseInput');
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await subgraph.orm.em.fork().findOneOrFail(Case, { id: matter.id })).status).toBe('ACCEPTED');
  });
});

describe('clocks across holidays', () => {
  it('gives a 12345 case 5 working days over National Day with its make-up Saturday, then turns red', async () => {
    now = new Date('2026-09-30T10:00:00+08:00');
    let matter = await register({ channel: 'PHONE', ruleSet: 'HOTLINE_12345' });
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
    matter = await ok('assignCase', { caseId: matter.id, version: matter.version, leadUnitId: construction }, 'AssignCaseInput');
    expect(matter.clocks.find((c) => c.clock === 'HANDLE')).toMatchObject({
      dueDay: '2026-10-13',
      basis: expect.stringMatching(/5个工作日/),
      calendarNote: null,
    });

    now = new Date('2026-10-12T10:00:00+08:00');
    const warned = await subgraph.execute<{ case: CaseResult }>(`query ($id: ID!) { case(id: $id) { card warning } }`, { id: matter.id });
    expect(warned.data?.case).toEqual({ card: 'GREEN', warning: 'THREE_QUARTERS_USED' });

    now = new Date('2026-10-14T09:00:00+08:00');
    const holdings = await subgraph.execute<{ holdings: { total: number; overdue: number; items: { role: string; card: string; case: { number: string; card: string } }[] } }>(
      `query ($unit: ID!) { holdings(unitId: $unit) { total overdue items { role card case { number card } } } }`,
      { unit: construction },
    );
    expect(holdings.data?.holdings).toEqual({
      total: 1,
      overdue: 1,
      items: [{ role: 'LEAD', card: 'RED', case: { number: matter.number, card: 'RED' } }],
    });
  });

  it('says so when working days run into a year with no published calendar', async () => {
    now = new Date('2027-01-28T10:00:00+08:00');
    let matter = await register({ channel: 'PHONE', ruleSet: 'HOTLINE_12345' });
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
    expect(matter.clocks.find((c) => c.clock === 'HANDLE')).toMatchObject({
      dueDay: '2027-02-04',
      calendarNote: expect.stringMatching(/no official calendar published for 2027/),
    });
  });
});

describe('repeats, merges and supervision', () => {
  it('links a new intake from the same person about the same matter, and flags one that repeats a terminated matter', async () => {
    const earlier = await register();
    const repeat = await register({ channel: 'LETTER', petitioners: [{ name: '张建国', idNumber: '110101199003074477' }] });
    expect(repeat).toMatchObject({ isRepeat: true, repeatOf: { number: earlier.number }, notToBeAcceptedAgain: false });
    const otherMatter = await register({ categorySub: '拖欠工程款' });
    expect(otherMatter.isRepeat).toBe(false);
    const byNameAndPhone = await register({ channel: 'PHONE', petitioners: [{ name: '张建国', phone: '138-1234-5678' }] });
    // the second intake gave no phone: by name and phone, the first is the one repeated
    expect(byNameAndPhone.repeatOf?.number).toBe(earlier.number);

    await subgraph.orm.em.fork().nativeUpdate(Case, { id: earlier.id }, { status: 'TERMINATED' as never });
    await subgraph.orm.em.fork().nativeUpdate(Case, { id: { $ne: earlier.id } }, { mergedIntoId: earlier.id });
    const afterTermination = await register({ channel: 'ONLINE' });
    expect(afterTermination).toMatchObject({ isRepeat: true, repeatOf: { number: earlier.number }, notToBeAcceptedAgain: true });
    const refused = await step('acceptCase', { caseId: afterTermination.id, version: afterTermination.version });
    expect(refused.errors?.[0]?.message).toMatch(new RegExp(`repeats ${earlier.number}.*不再受理`));
  });

  it('merges duplicates from other channels and undoes the merge', async () => {
    const visit = await register();
    const call = await register({ channel: 'PHONE', petitioners: [{ name: '李四', phone: '13900001111' }] });
    const merged = await subgraph.execute<{ mergeCases: { mergedCases: { number: string }[] } }>(
      `mutation ($input: MergeCasesInput!) { mergeCases(input: $input) { mergedCases { number } } }`,
      { input: { intoCaseId: visit.id, caseIds: [call.id], reason: '同一群体来访并来电' } },
    );
    expect(merged.data?.mergeCases.mergedCases).toEqual([{ number: call.number }]);
    const list = await subgraph.execute<{ cases: { total: number } }>(`{ cases { total } }`);
    expect(list.data?.cases.total).toBe(1);
    const work = await step('acceptCase', { caseId: call.id, version: call.version + 1 });
    expect(work.errors?.[0]?.message).toMatch(/merged into another case/);

    const unmerged = await subgraph.execute<{ unmergeCase: { mergedInto: null; number: string } }>(
      `mutation ($id: ID!) { unmergeCase(caseId: $id, reason: "核实为不同事项") { number mergedInto { number } } }`,
      { id: call.id },
    );
    expect(unmerged.errors).toBeUndefined();
    expect(unmerged.data?.unmergeCase).toEqual({ number: call.number, mergedInto: null });
    expect((await subgraph.execute<{ cases: { total: number } }>(`{ cases { total } }`)).data?.cases.total).toBe(2);
  });

  it('records supervision with method and answer, and placards the case', async () => {
    const matter = await register();
    const result = await subgraph.execute<{ superviseCase: { method: string; answer: string } }>(
      `mutation ($input: SuperviseCaseInput!) { superviseCase(input: $input) { method request answer } }`,
      { input: { caseId: matter.id, supervisorId: leader, method: 'ON_SITE', request: '三日内报送进展', answer: '已安排专人对接', placard: true } },
    );
    expect(result.data?.superviseCase).toEqual({ method: 'ON_SITE', request: '三日内报送进展', answer: '已安排专人对接' });
    const seen = await subgraph.execute<{ case: { placarded: boolean; supervisions: { method: string }[]; timeline: { action: string }[] } }>(
      `query ($id: ID!) { case(id: $id) { placarded supervisions { method } timeline { action } } }`,
      { id: matter.id },
    );
    expect(seen.data?.case).toEqual({ placarded: true, supervisions: [{ method: 'ON_SITE' }], timeline: [{ action: 'REGISTERED' }, { action: 'PLACARDED' }] });
  });
});
