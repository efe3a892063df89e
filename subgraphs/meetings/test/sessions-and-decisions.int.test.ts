/**
 * The joint-meeting office's work on the meetings subgraph alone: the cases and departments subgraphs
 * are stubs of their documented service calls (caseParticipants, caseOutcomes, applyJointMeetingDecision,
 * visibleCaseIds; departmentsByIds, peopleByIds).
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import JSZip from 'jszip';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { AgendaItem, Decision, Meeting, Room, StaticCaseRecords, StaticCaseVisibility, StaticDirectory, createContext, meetingsSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
let now = new Date('2026-12-01T09:00:00+08:00');

const u = { office: randomUUID(), construction: randomUUID(), land: randomUUID(), town: randomUUID(), health: randomUUID() };
const p = { convenor: randomUUID(), viceMayor: randomUUID(), clerk: randomUUID() };
const c = { a: randomUUID(), b: randomUUID(), c: randomUUID(), d: randomUUID() };
const directory = new StaticDirectory(
  {
    [u.office]: { name: '区联席办', active: true },
    [u.construction]: { name: '区建设局', active: true },
    [u.land]: { name: '区国土分局', active: true },
    [u.town]: { name: '城关街道', active: true },
    [u.health]: { name: '区卫生局', active: false },
  },
  { [p.convenor]: { name: '刘区长', isLeader: true }, [p.viceMayor]: { name: '张副区长', isLeader: true }, [p.clerk]: { name: '赵办事员', isLeader: false } },
);
const cases = new StaticCaseRecords({
  [c.a]: { number: 'XF2026-000101', leadUnitId: u.construction, cooperatingUnitIds: [u.town], ownerLeaderId: p.viceMayor, handlingDueAt: '2026-12-20T15:59:59.999Z', townshipId: u.town },
  [c.b]: { number: 'XF2026-000102', leadUnitId: u.land, cooperatingUnitIds: [], ownerLeaderId: null, handlingDueAt: null, townshipId: u.town },
  [c.c]: { number: 'XF2026-000103', leadUnitId: u.construction, cooperatingUnitIds: [], ownerLeaderId: null, handlingDueAt: null, townshipId: u.town },
  [c.d]: { number: 'XF2026-000104', leadUnitId: u.land, cooperatingUnitIds: [], ownerLeaderId: null, handlingDueAt: null, townshipId: u.town },
});
/** The land bureau's liaison sees only the cases it leads. */
const liaisonCases = new Set([c.b, c.d]);
const liaison = testIdentity('LIAISON', u.land);
const secretariat = testIdentity('SECRETARIAT', u.office, p.clerk);

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'sessions_and_decisions');
  subgraph = await startTestSubgraph(
    meetingsSubgraph,
    db.url,
    (em, identity) => {
      const isLiaison = identity?.role === 'LIAISON';
      return createContext(em, {
        identity,
        visibility: new StaticCaseVisibility(isLiaison ? liaisonCases : undefined),
        cases: isLiaison ? Object.assign(Object.create(cases) as StaticCaseRecords, { visible: liaisonCases }) : cases,
        directory,
        now: () => now,
      });
    },
    secretariat,
  );
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});
beforeEach(async () => {
  await subgraph.clean();
  cases.applied = [];
  now = new Date('2026-12-01T09:00:00+08:00');
  await setUpBody();
});

async function ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, identity = secretariat): Promise<T> {
  const result = await subgraph.execute<T>(query, variables, identity);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

async function refused(query: string, variables: Record<string, unknown>, identity = secretariat) {
  const result = await subgraph.execute(query, variables, identity);
  expect(result.data ?? null).toBeNull();
  return result.errors![0].extensions as { code: string; field?: string };
}

/** Rows of every table, to show nothing was written. */
async function rows() {
  const em = subgraph.orm.em.fork();
  return { meetings: await em.count(Meeting), items: await em.count(AgendaItem), decisions: await em.count(Decision) };
}

const SET_BODY = `mutation ($input: JointMeetingInput!) { setJointMeeting(input: $input) { name convenorId version workingGroups { name leadUnitId } } }`;
async function setUpBody() {
  await ok(SET_BODY, {
    input: {
      convenorId: p.convenor, officeUnitId: u.office, memberUnitIds: [u.construction, u.land, u.town],
      workingGroups: [{ name: '征地拆迁专项工作小组', leadUnitId: u.construction, memberUnitIds: [u.land, u.town] }],
    },
  });
}

const CREATE = `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id title sessionNumber status version kind subject } }`;
interface Created { id: string; title: string; sessionNumber: number | null; status: string; version: number }
async function create(input: Record<string, unknown> = { kind: 'REGULAR', plannedOn: '2026-12-18' }): Promise<Created> {
  return (await ok<{ createMeeting: Created }>(CREATE, { input })).createMeeting;
}

/** What the scheduler does (not this subgraph's mutations): a time and a room. */
async function placeInTime(id: string, seats = 30, startsAt = '2026-12-18T09:30:00+08:00') {
  const em = subgraph.orm.em.fork();
  const room = em.create(Room, { id: randomUUID(), name: `区委三楼第一会议室${seats}`, seats, active: true });
  const meeting = await em.findOneOrFail(Meeting, { id });
  meeting.startsAt = new Date(startsAt);
  meeting.endsAt = new Date(new Date(startsAt).getTime() + 2 * 3_600_000);
  meeting.roomId = room.id;
  await em.flush();
  return meeting.version;
}

const ADD = `mutation ($m: ID!, $cases: [ID!]!, $title: String) { addAgendaItem(meetingId: $m, caseIds: $cases, title: $title) { id position title } }`;

/** A session with items, scheduled and held; answers its id and items. */
async function heldSession(items: string[][]) {
  const meeting = await create();
  const added = [];
  for (const ids of items) added.push((await ok<{ addAgendaItem: { id: string } }>(ADD, { m: meeting.id, cases: ids })).addAgendaItem.id);
  const version = await placeInTime(meeting.id);
  const scheduled = await ok<{ publishMeetingSchedule: { version: number } }>(`mutation ($id: ID!, $v: Int!) { publishMeetingSchedule(id: $id, version: $v) { version } }`, { id: meeting.id, v: version });
  now = new Date('2026-12-18T12:00:00+08:00');
  await ok(`mutation ($id: ID!, $v: Int!) { recordMeetingHeld(id: $id, version: $v) { status } }`, { id: meeting.id, v: scheduled.publishMeetingSchedule.version });
  return { meeting, items: added };
}

describe('the joint-meeting body', () => {
  it('is checked against the directory: the convenor must be a leader, units known and active, nothing written otherwise', async () => {
    const body = await ok<{ jointMeeting: { convenorId: string; version: number; workingGroups: unknown[] } }>(`{ jointMeeting { convenorId version workingGroups { name leadUnitId memberUnitIds } } }`);
    expect(body.jointMeeting.convenorId).toBe(p.convenor);
    const input = { convenorId: p.clerk, officeUnitId: u.office, memberUnitIds: [u.construction], version: body.jointMeeting.version };
    expect(await refused(SET_BODY, { input })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.convenorId' });
    expect(await refused(SET_BODY, { input: { ...input, convenorId: p.convenor, memberUnitIds: [u.health] } })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.memberUnitIds[0]' });
    expect(await refused(SET_BODY, { input: { ...input, convenorId: p.convenor, version: 99 } })).toMatchObject({ code: 'CONFLICT' });
    expect(await refused(SET_BODY, { input: { ...input, convenorId: p.convenor } }, liaison)).toMatchObject({ code: 'FORBIDDEN' });
    const again = await ok<{ jointMeeting: { convenorId: string } }>(`{ jointMeeting { convenorId } }`);
    expect(again.jointMeeting.convenorId).toBe(p.convenor);
  });
});

describe('sessions', () => {
  it('numbers regular sessions without gaps or doubles when many are created at once', async () => {
    const results = await Promise.all(Array.from({ length: 12 }, () => subgraph.execute<{ createMeeting: Created }>(CREATE, { input: { kind: 'REGULAR', plannedOn: '2026-12-18' } })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const numbers = results.map((r) => r.data!.createMeeting.sessionNumber).sort((a, b) => a! - b!);
    expect(numbers).toEqual(Array.from({ length: 12 }, (_x, i) => i + 1));
    expect(results.map((r) => r.data!.createMeeting.title)).toContain('第十二次信访联席工作会议');
  });

  it('gives a special session its subject and no number', async () => {
    const extra = await create({ kind: 'EXTRA', plannedOn: '2026-12-10', subject: '元旦春节期间信访稳定' });
    expect(extra).toMatchObject({ title: '元旦春节期间信访稳定专题联席会议', sessionNumber: null, status: 'PLANNED' });
    expect((await create()).sessionNumber).toBe(1);
  });

  it.each([
    ['a number already used', { kind: 'REGULAR', plannedOn: '2026-12-18', sessionNumber: 1 }, 'input.sessionNumber'],
    ['a number that leaves a gap', { kind: 'REGULAR', plannedOn: '2026-12-18', sessionNumber: 5 }, 'input.sessionNumber'],
    ['a day in the past', { kind: 'REGULAR', plannedOn: '2026-11-30' }, 'input.plannedOn'],
    ['a day that does not exist', { kind: 'REGULAR', plannedOn: '2026-02-30' }, 'input.plannedOn'],
    ['a special session without subject', { kind: 'EXTRA', plannedOn: '2026-12-18' }, 'input.subject'],
    ['a numbered special session', { kind: 'EXTRA', plannedOn: '2026-12-18', subject: '专题', sessionNumber: 2 }, 'input.sessionNumber'],
  ])('refuses %s, naming the field, with nothing written', async (_what, input, field) => {
    await create();
    const before = await rows();
    expect(await refused(CREATE, { input })).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(await rows()).toEqual(before);
  });

  it('goes planned -> scheduled -> held -> minutes published, refusing each wrong step with nothing changed', async () => {
    const meeting = await create();
    await ok(ADD, { m: meeting.id, cases: [c.a] });
    const PUBLISH = `mutation ($id: ID!, $v: Int!) { publishMeetingSchedule(id: $id, version: $v) { status version heldOn } }`;
    expect(await refused(PUBLISH, { id: meeting.id, v: meeting.version })).toEqual({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    // 区建设局, 城关街道, 张副区长 and the convenor: 4 seats needed
    let version = await placeInTime(meeting.id, 3);
    expect(await refused(PUBLISH, { id: meeting.id, v: version })).toEqual({ code: 'BAD_USER_INPUT', field: 'roomId' });
    version = await placeInTime(meeting.id, 4);
    expect(await refused(PUBLISH, { id: meeting.id, v: version - 1 })).toMatchObject({ code: 'CONFLICT' });
    const HELD = `mutation ($id: ID!, $v: Int!) { recordMeetingHeld(id: $id, version: $v) { status version } }`;
    expect(await refused(HELD, { id: meeting.id, v: version })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const scheduled = (await ok<{ publishMeetingSchedule: { status: string; version: number; heldOn: string } }>(PUBLISH, { id: meeting.id, v: version })).publishMeetingSchedule;
    expect(scheduled).toMatchObject({ status: 'SCHEDULED', heldOn: '2026-12-18' });
    expect(await refused(HELD, { id: meeting.id, v: scheduled.version })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const MINUTES = `mutation ($id: ID!, $v: Int!, $m: String!) { publishMinutes(id: $id, version: $v, minutes: $m) { status minutes } }`;
    expect(await refused(MINUTES, { id: meeting.id, v: scheduled.version, m: '纪要' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    now = new Date('2026-12-18T11:00:00+08:00');
    const held = (await ok<{ recordMeetingHeld: { status: string; version: number } }>(HELD, { id: meeting.id, v: scheduled.version })).recordMeetingHeld;
    expect(await refused(MINUTES, { id: meeting.id, v: held.version, m: '  ' })).toEqual({ code: 'BAD_USER_INPUT', field: 'minutes' });
    const published = await ok<{ publishMinutes: { status: string; minutes: string } }>(MINUTES, { id: meeting.id, v: held.version, m: '会议研究了1件信访案件。' });
    expect(published.publishMinutes).toEqual({ status: 'MINUTES_PUBLISHED', minutes: '会议研究了1件信访案件。' });
    const CANCEL = `mutation ($id: ID!, $v: Int!, $r: String!) { cancelMeeting(id: $id, version: $v, reason: $r) { status cancelReason } }`;
    expect(await refused(CANCEL, { id: meeting.id, v: held.version + 1, r: '改期' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('is cancelled only with a reason', async () => {
    const meeting = await create();
    const CANCEL = `mutation ($id: ID!, $v: Int!, $r: String!) { cancelMeeting(id: $id, version: $v, reason: $r) { status cancelReason } }`;
    expect(await refused(CANCEL, { id: meeting.id, v: meeting.version, r: '' })).toEqual({ code: 'BAD_USER_INPUT', field: 'reason' });
    const cancelled = await ok<{ cancelMeeting: unknown }>(CANCEL, { id: meeting.id, v: meeting.version, r: '与区委常委会冲突，改期召开' });
    expect(cancelled.cancelMeeting).toEqual({ status: 'CANCELLED', cancelReason: '与区委常委会冲突，改期召开' });
  });

  it('lists sessions a keyset page at a time, filtered by status, kind and days', async () => {
    for (const day of ['2026-12-10', '2026-12-18', '2027-01-18']) await create({ kind: 'REGULAR', plannedOn: day });
    await create({ kind: 'EXTRA', plannedOn: '2026-12-25', subject: '元旦前' });
    const LIST = `query ($f: MeetingFilter, $after: String) { meetings(filter: $f, first: 2, after: $after) { items { title heldOn } pageInfo { endCursor hasNextPage } } }`;
    const first = await ok<{ meetings: { items: { heldOn: string }[]; pageInfo: { endCursor: string; hasNextPage: boolean } } }>(LIST, {});
    expect(first.meetings.items.map((m) => m.heldOn)).toEqual(['2027-01-18', '2026-12-25']);
    const second = await ok<{ meetings: { items: { heldOn: string }[]; pageInfo: { hasNextPage: boolean } } }>(LIST, { after: first.meetings.pageInfo.endCursor });
    expect(second.meetings.items.map((m) => m.heldOn)).toEqual(['2026-12-18', '2026-12-10']);
    expect(second.meetings.pageInfo.hasNextPage).toBe(false);
    const filtered = await ok<{ meetings: { items: { title: string }[] } }>(LIST, { f: { kind: 'REGULAR', from: '2026-12-11', to: '2027-01-18', statuses: ['PLANNED'] } });
    expect(filtered.meetings.items.map((m) => m.title)).toEqual(['第二次信访联席工作会议']);
  });
});

describe('agendas', () => {
  it('takes up cases the cases subgraph knows, with the attendees it derives, and refuses unknown or repeated cases with nothing written', async () => {
    const meeting = await create();
    const item = (await ok<{ addAgendaItem: { id: string; position: number; title: string } }>(ADD, { m: meeting.id, cases: [c.a, c.c] })).addAgendaItem;
    expect(item).toMatchObject({ position: 1, title: '研究XF2026-000101等2件案件' });
    const before = await rows();
    expect(await refused(ADD, { m: meeting.id, cases: [c.b, randomUUID()] })).toEqual({ code: 'BAD_USER_INPUT', field: 'caseIds[1]' });
    expect(await refused(ADD, { m: meeting.id, cases: [c.b, c.a] })).toEqual({ code: 'BAD_USER_INPUT', field: 'caseIds[1]' });
    expect(await refused(ADD, { m: meeting.id, cases: [c.b, c.b] })).toEqual({ code: 'BAD_USER_INPUT', field: 'caseIds[1]' });
    expect(await refused(ADD, { m: meeting.id, cases: [c.b] }, liaison)).toMatchObject({ code: 'FORBIDDEN' });
    expect(await rows()).toEqual(before);
    // an item about no case (a report on last session's decisions) needs its title
    expect(await refused(ADD, { m: meeting.id, cases: [] })).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    const report = await ok<{ addAgendaItem: { position: number; title: string } }>(ADD, { m: meeting.id, cases: [], title: '通报上次会议决定落实情况' });
    expect(report.addAgendaItem).toEqual(expect.objectContaining({ position: 2, title: '通报上次会议决定落实情况' }));
    const seen = await ok<{ meeting: { agenda: { requiredAttendees: { unitIds: string[]; leaderIds: string[] } }[]; requiredAttendees: { unitIds: string[] } } }>(
      `query ($id: ID!) { meeting(id: $id) { agenda { requiredAttendees { unitIds leaderIds } } requiredAttendees { unitIds } } }`,
      { id: meeting.id },
    );
    // case a: 区建设局 leads, 城关街道 cooperates, 张副区长 owns it; case c: 区建设局 leads; and the convenor
    expect(seen.meeting.agenda[0].requiredAttendees.unitIds.sort()).toEqual([u.construction, u.town].sort());
    expect(seen.meeting.agenda[0].requiredAttendees.leaderIds.sort()).toEqual([p.viceMayor, p.convenor].sort());
  });

  it('gives items added at the same moment consecutive positions', async () => {
    const meeting = await create();
    const results = await Promise.all([c.a, c.b, c.c, c.d].map((id) => subgraph.execute<{ addAgendaItem: { position: number } }>(ADD, { m: meeting.id, cases: [id] })));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data!.addAgendaItem.position).sort()).toEqual([1, 2, 3, 4]);
  });

  it('reorders and removes items, keeping positions 1..n', async () => {
    const meeting = await create();
    const ids = [];
    for (const id of [c.a, c.b, c.c]) ids.push((await ok<{ addAgendaItem: { id: string } }>(ADD, { m: meeting.id, cases: [id] })).addAgendaItem.id);
    const AGENDA = `query ($id: ID!) { meeting(id: $id) { agenda { id position } } }`;
    await ok(`mutation ($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, agendaItemIds: $ids) { id } }`, { m: meeting.id, ids: [ids[2], ids[0], ids[1]] });
    expect((await ok<{ meeting: { agenda: { id: string; position: number }[] } }>(AGENDA, { id: meeting.id })).meeting.agenda).toEqual([
      { id: ids[2], position: 1 }, { id: ids[0], position: 2 }, { id: ids[1], position: 3 },
    ]);
    expect(await refused(`mutation ($m: ID!, $ids: [ID!]!) { reorderAgenda(meetingId: $m, agendaItemIds: $ids) { id } }`, { m: meeting.id, ids: [ids[0]] })).toEqual({ code: 'BAD_USER_INPUT', field: 'agendaItemIds' });
    await ok(`mutation ($id: ID!) { removeAgendaItem(agendaItemId: $id) { id } }`, { id: ids[2] });
    expect((await ok<{ meeting: { agenda: { id: string; position: number }[] } }>(AGENDA, { id: meeting.id })).meeting.agenda).toEqual([
      { id: ids[0], position: 1 }, { id: ids[1], position: 2 },
    ]);
  });
});

describe('what a liaison sees', () => {
  it('sees sessions with an item about its cases, only those items, and nothing of other sessions, also through _entities', async () => {
    const mine = await create();
    await ok(ADD, { m: mine.id, cases: [c.a] });
    await ok(ADD, { m: mine.id, cases: [c.b, c.c] });
    const others = await create({ kind: 'REGULAR', plannedOn: '2026-12-20' });
    await ok(ADD, { m: others.id, cases: [c.a] });
    const list = await ok<{ meetings: { items: { id: string; agenda: { title: string; cases: { id: string }[]; requiredAttendees: { unitIds: string[] } }[] }[] } }>(
      `{ meetings { items { id agenda { title cases { id } requiredAttendees { unitIds } } } } }`, {}, liaison,
    );
    expect(list.meetings.items).toEqual([{ id: mine.id, agenda: [{ title: '研究XF2026-000102等2件案件', cases: [{ id: c.b }], requiredAttendees: { unitIds: [u.land] } }] }]);
    expect((await subgraph.execute(`query ($id: ID!) { meeting(id: $id) { title } }`, { id: others.id }, liaison)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const entities = await ok<{ _entities: unknown[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Meeting { id title } } }`,
      { reps: [mine.id, others.id].map((id) => ({ __typename: 'Meeting', id })) },
      liaison,
    );
    expect(entities._entities).toEqual([{ id: mine.id, title: '第一次信访联席工作会议' }, null]);
  });
});

describe('decisions and their follow-up', () => {
  const DECIDE = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { id version status carriedIntoCase deadline case { id } } }`;

  it('refuses a deadline before today, an unknown unit and a session not yet held, with nothing written', async () => {
    const meeting = await create();
    const item = (await ok<{ addAgendaItem: { id: string } }>(ADD, { m: meeting.id, cases: [c.a] })).addAgendaItem;
    const input = { agendaItemId: item.id, leadUnitId: u.land, cooperatingUnitIds: [], handlerName: '李科长', deadline: '2027-01-31' };
    expect(await refused(DECIDE, { input })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.agendaItemId' });
    const { items } = await heldSession([[c.b]]);
    const held = { ...input, agendaItemId: items[0] };
    const before = await rows();
    expect(await refused(DECIDE, { input: { ...held, deadline: '2026-12-17' } })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.deadline' });
    expect(await refused(DECIDE, { input: { ...held, leadUnitId: randomUUID() } })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.leadUnitId' });
    expect(await refused(DECIDE, { input: { ...held, ownerLeaderId: p.clerk } })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.ownerLeaderId' });
    expect(await refused(DECIDE, { input: { ...held, caseId: c.a } })).toEqual({ code: 'BAD_USER_INPUT', field: 'input.caseId' });
    expect(await rows()).toEqual(before);
    expect(cases.applied).toEqual([]);
  });

  it('carries a change of lead into the case through the cases subgraph, naming the session, and leaves an unchanged case alone', async () => {
    const { items } = await heldSession([[c.a], [c.b]]);
    const changed = await ok<{ recordDecision: { status: string; carriedIntoCase: boolean } }>(DECIDE, {
      input: { agendaItemId: items[0], leadUnitId: u.land, cooperatingUnitIds: [u.town], ownerLeaderId: p.viceMayor, handlerName: '李科长', deadline: '2027-01-31' },
    });
    expect(changed.recordDecision).toMatchObject({ status: 'PENDING', carriedIntoCase: true });
    expect(cases.applied).toEqual([
      { caseId: c.a, meetingTitle: '第一次信访联席工作会议', leadUnitId: u.land, cooperatingUnitIds: [u.town], ownerLeaderId: p.viceMayor, deadline: '2027-01-31' },
    ]);
    const same = await ok<{ recordDecision: { carriedIntoCase: boolean } }>(DECIDE, {
      input: { agendaItemId: items[1], leadUnitId: u.land, cooperatingUnitIds: [], handlerName: '王科长', deadline: '2027-01-31' },
    });
    expect(same.recordDecision.carriedIntoCase).toBe(false);
    expect(cases.applied).toHaveLength(1);
    expect(await refused(DECIDE, { input: { agendaItemId: items[1], leadUnitId: u.land, cooperatingUnitIds: [], handlerName: '王科长', deadline: '2027-01-31' } })).toMatchObject({ code: 'CONFLICT' });
  });

  it('reports 研究案件N件, 已落实M件, 落实率X% exactly for a hand-built district', async () => {
    const { meeting, items } = await heldSession([[c.a], [c.b], [c.c], [c.d]]);
    const decide = async (item: string, deadline: string) =>
      (await ok<{ recordDecision: { id: string; version: number } }>(DECIDE, { input: { agendaItemId: item, leadUnitId: u.construction, cooperatingUnitIds: [], handlerName: '李科长', deadline } })).recordDecision;
    await decide(items[0], '2026-12-31');
    const b = await decide(items[1], '2026-12-31');
    await decide(items[2], '2026-12-25');
    await decide(items[3], '2027-02-28');
    // a: replied on 12-28, before its deadline; b: the office recorded evidence; c: not replied by 12-25; d: not yet due
    cases.cases[c.a].repliedAt = '2026-12-28T02:00:00.000Z';
    now = new Date('2027-01-05T09:00:00+08:00');
    await ok(`mutation ($id: ID!, $v: Int!, $e: String!) { recordDecisionEvidence(decisionId: $id, version: $v, evidence: $e) { id } }`, { id: b.id, v: b.version, e: '已签订补偿协议' });
    now = new Date('2026-12-31T09:00:00+08:00');
    const stats = await ok<{ meetingStatistics: Record<string, unknown> }>(`{ meetingStatistics(from: "2026-12-01", to: "2027-01-01") {
      meetingsHeld casesStudied decisionsRecorded decisionsCarriedOut decisionsPending decisionsOverdue casesCarriedOut rate summary } }`);
    // b's evidence comes on 01-05, after now (12-31): at 12-31 only a is carried out
    expect(stats.meetingStatistics).toEqual({
      meetingsHeld: 1, casesStudied: 4, decisionsRecorded: 4, decisionsCarriedOut: 1, decisionsPending: 2, decisionsOverdue: 1, casesCarriedOut: 1, rate: 25, summary: '研究案件4件, 已落实1件, 落实率25%',
    });
    now = new Date('2027-01-06T09:00:00+08:00');
    const later = await ok<{ meeting: { followUp: Record<string, unknown> } }>(`query ($id: ID!) { meeting(id: $id) { followUp { casesCarriedOut decisionsOverdue decisionsPending rate summary } } }`, { id: meeting.id });
    // on 01-06: a and b carried out (the office's evidence counts even after the deadline), c overdue, d pending
    expect(later.meeting.followUp).toEqual({ casesCarriedOut: 2, decisionsOverdue: 1, decisionsPending: 1, rate: 50, summary: '研究案件4件, 已落实2件, 落实率50%' });
    const board = await ok<{ followUpBoard: { items: { deadline: string; status: string; handlerName: string }[] } }>(`{ followUpBoard(statuses: [OVERDUE, PENDING]) { items { deadline status handlerName } } }`);
    expect(board.followUpBoard.items).toEqual([
      { deadline: '2026-12-25', status: 'OVERDUE', handlerName: '李科长' },
      { deadline: '2027-02-28', status: 'PENDING', handlerName: '李科长' },
    ]);
  });
});

describe('reads in batches', () => {
  it('answers sessions with agendas, attendees, decisions and figures in the same statements and one call per service call for any number of sessions', async () => {
    for (const day of ['2026-12-18', '2026-12-19', '2026-12-20']) {
      const meeting = await create({ kind: 'REGULAR', plannedOn: day });
      await ok(ADD, { m: meeting.id, cases: [c.a] });
      await ok(ADD, { m: meeting.id, cases: [c.b, c.c] });
    }
    const query = `query ($first: Int!) { meetings(first: $first) { items { title agenda { cases { id } requiredAttendees { unitIds leaderIds } decisions { status } }
      requiredAttendees { unitIds } followUp { summary } } } }`;
    subgraph.counter.reset();
    const callsBefore = cases.calls;
    await ok(query, { first: 1 });
    const forOne = subgraph.counter.count;
    const callsForOne = cases.calls - callsBefore;
    subgraph.counter.reset();
    const callsBeforeThree = cases.calls;
    const three = await ok<{ meetings: { items: { agenda: unknown[] }[] } }>(query, { first: 3 });
    expect(three.meetings.items.map((m) => m.agenda.length)).toEqual([2, 2, 2]);
    expect(subgraph.counter.count).toBe(forOne);
    expect(cases.calls - callsBeforeThree).toBe(callsForOne);
  });
});

describe('notices', () => {
  it('writes an RFC 5545 calendar file in Asia/Shanghai time with the room and the units that must attend', async () => {
    const meeting = await create();
    await ok(ADD, { m: meeting.id, cases: [c.a] });
    await placeInTime(meeting.id, 20);
    const file = await ok<{ meeting: { calendarFile: { fileName: string; base64: string } } }>(`query ($id: ID!) { meeting(id: $id) { calendarFile { fileName mimeType base64 } } }`, { id: meeting.id });
    const ics = Buffer.from(file.meeting.calendarFile.base64, 'base64').toString('utf8');
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai');
    expect(ics).toContain('DTSTART;TZID=Asia/Shanghai:20261218T093000');
    expect(ics).toContain('DTEND;TZID=Asia/Shanghai:20261218T113000');
    expect(ics).toContain('LOCATION:区委三楼第一会议室20');
    // long lines are folded (RFC 5545 3.1): unfold before reading them
    const unfolded = ics.replace(/\r\n[ \t]/g, '');
    expect(unfolded).toMatch(/ATTENDEE;[^\r\n]*ROLE="REQ-PARTICIPANT";CN="区建设局":mailto:unit-/);
    expect(unfolded).toMatch(/ATTENDEE;[^\r\n]*CN="城关街道"/);
    expect(unfolded).toContain('SUMMARY:第一次信访联席工作会议');
    expect(unfolded).toContain(`UID:${meeting.id}@lianban`);
  });

  it('writes the meeting notice as a Word document titled 关于召开第N次信访联席工作会议的通知', async () => {
    const meeting = await create();
    await ok(ADD, { m: meeting.id, cases: [c.a] });
    await placeInTime(meeting.id, 20);
    const file = await ok<{ meeting: { noticeDocument: { fileName: string; base64: string } } }>(`query ($id: ID!) { meeting(id: $id) { noticeDocument { fileName base64 } } }`, { id: meeting.id });
    expect(file.meeting.noticeDocument.fileName).toBe('关于召开第一次信访联席工作会议的通知.docx');
    const zip = await JSZip.loadAsync(Buffer.from(file.meeting.noticeDocument.base64, 'base64'));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('关于召开第一次信访联席工作会议的通知');
    expect(xml).toContain('2026年12月18日（星期五）9:30');
    expect(xml).toContain('区委三楼第一会议室20');
    expect(xml).toContain('研究XF2026-000101案件');
  });
});
