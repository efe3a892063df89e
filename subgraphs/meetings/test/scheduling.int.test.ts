import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  AgendaItem,
  AgendaItemCase,
  BusyTime,
  Meeting,
  MeetingKind,
  MeetingPlan,
  MeetingStatus,
  Room,
  StaticCaseParticipants,
  StaticCaseVisibility,
  StaticDirectoryNames,
  createContext,
  meetingsSubgraph,
} from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const secretariat = testIdentity('SECRETARIAT');
const admin = testIdentity('ADMIN');
const liaison = testIdentity('LIAISON');

const zhang = randomUUID(); // 张副区长
const li = randomUUID(); // 李副区长
const jian = randomUUID(); // 区建设局
const min = randomUUID(); // 区民政局
const gong = randomUUID(); // 区公安分局
const town = randomUUID(); // 城关街道
const caseA = randomUUID();
const caseB = randomUUID();
const caseLate = randomUUID();
const participants = new StaticCaseParticipants([
  { caseId: caseA, number: 'XF2026-000101', leadUnitId: jian, cooperatingUnitIds: [min], ownerLeaderId: zhang, handlingDueAt: '2026-12-31T15:59:59Z', townshipId: town },
  { caseId: caseB, number: 'XF2026-000102', leadUnitId: gong, cooperatingUnitIds: [], ownerLeaderId: li, handlingDueAt: null, townshipId: null },
  // falls due 2027-01-06: held by 2027-01-04 with a 2-day margin
  { caseId: caseLate, number: 'XF2026-000123', leadUnitId: jian, cooperatingUnitIds: [], ownerLeaderId: zhang, handlingDueAt: '2027-01-06T15:59:59Z', townshipId: null },
]);
const names = new StaticDirectoryNames({ [zhang]: '张副区长', [li]: '李副区长', [jian]: '区建设局', [min]: '区民政局', [gong]: '区公安分局', [town]: '城关街道' });

async function addMeeting(title: string, heldOn: string, caseIds: string[], extra: Partial<Meeting> = {}): Promise<string> {
  const em = subgraph.orm.em.fork();
  const meeting = em.create(Meeting, { id: randomUUID(), title, kind: MeetingKind.EXTRA, status: MeetingStatus.PLANNED, heldOn, ...extra });
  const item = em.create(AgendaItem, { id: randomUUID(), meeting, position: 1, title: `研究${title}` });
  for (const caseId of caseIds) em.create(AgendaItemCase, { id: randomUUID(), agendaItem: item, caseId });
  await em.flush();
  return meeting.id;
}

const count = <T extends object>(entity: new () => T) => subgraph.orm.em.fork().count(entity, {});

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'meetings_scheduling');
  subgraph = await startTestSubgraph(
    meetingsSubgraph,
    db.url,
    (em, identity) => createContext(em, { identity, visibility: new StaticCaseVisibility(), participants, names }),
    secretariat,
  );
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

type Errors = { extensions?: { code?: string; field?: string } }[] | readonly unknown[] | undefined;
function errorOf(errors: Errors): { code?: string; field?: string; message?: string } {
  const first = (errors as { message: string; extensions?: { code?: string; field?: string } }[] | undefined)?.[0];
  return { code: first?.extensions?.code, field: first?.extensions?.field, message: first?.message };
}

const CREATE_ROOM = `mutation ($input: CreateRoomInput!) { createRoom(input: $input) { id name seats active } }`;
const PLAN = `mutation ($from: String!, $to: String!) { planMeetings(from: $from, to: $to) {
  id engine optimal feasible hard soft solveMs
  sessions { sessionId startsAt endsAt roomId moved kept planned meeting { title } room { name seats } }
  score { constraint kind label violations penalty }
  reasons { constraint sessionIds message }
  conflict { message minimal groups { kind subject message } }
} }`;

let bigRoom: string;
let smallRoom: string;

describe('rooms', () => {
  it('lets the secretariat add rooms, and refuses a duplicate name or no seats, writing nothing', async () => {
    const big = await subgraph.execute<{ createRoom: { id: string } }>(CREATE_ROOM, { input: { name: '区委三楼第一会议室', seats: 40 } });
    expect(big.errors).toBeUndefined();
    bigRoom = big.data!.createRoom.id;
    const small = await subgraph.execute<{ createRoom: { id: string } }>(CREATE_ROOM, { input: { name: '信访局二楼小会议室', seats: 8 } });
    smallRoom = small.data!.createRoom.id;
    const before = await count(Room);
    expect(errorOf((await subgraph.execute(CREATE_ROOM, { input: { name: '区委三楼第一会议室', seats: 30 } })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.name' });
    expect(errorOf((await subgraph.execute(CREATE_ROOM, { input: { name: '空会议室', seats: 0 } })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.seats' });
    expect(await count(Room)).toBe(before);
  });

  it('is for the secretariat to change; an admin may read; a liaison may not', async () => {
    expect(errorOf((await subgraph.execute(CREATE_ROOM, { input: { name: '乡镇会议室', seats: 20 } }, liaison)).errors).code).toBe('FORBIDDEN');
    expect(errorOf((await subgraph.execute(CREATE_ROOM, { input: { name: '乡镇会议室', seats: 20 } }, admin)).errors).code).toBe('FORBIDDEN');
    const read = await subgraph.execute<{ rooms: { name: string }[] }>(`{ rooms { name } }`, {}, admin);
    expect(read.data?.rooms.map((r) => r.name)).toEqual(['区委三楼第一会议室', '信访局二楼小会议室']);
  });

  it('takes a room out of use: plans no longer see it', async () => {
    const extra = await subgraph.execute<{ createRoom: { id: string } }>(CREATE_ROOM, { input: { name: '临时会议室', seats: 100 } });
    const off = await subgraph.execute<{ deactivateRoom: { active: boolean } }>(`mutation ($id: ID!) { deactivateRoom(id: $id) { active } }`, { id: extra.data!.createRoom.id });
    expect(off.data?.deactivateRoom.active).toBe(false);
    const active = await subgraph.execute<{ rooms: { name: string }[] }>(`{ rooms { name } }`);
    expect(active.data?.rooms.map((r) => r.name)).not.toContain('临时会议室');
    const all = await subgraph.execute<{ rooms: { name: string }[] }>(`{ rooms(includeInactive: true) { name } }`);
    expect(all.data?.rooms.map((r) => r.name)).toContain('临时会议室');
  });
});

const CREATE_BUSY = `mutation ($input: CreateBusyTimeInput!) { createBusyTime(input: $input) { id subjectKind subjectId reason weekday startTime endTime startsAt endsAt } }`;

describe('busy times and settings', () => {
  it('records weekly and one-off busy times, and refuses a muddled one naming the field', async () => {
    const weekly = await subgraph.execute<{ createBusyTime: { weekday: number } }>(CREATE_BUSY, {
      input: { subjectKind: 'PERSON', subjectId: zhang, reason: '区委常委会', weekday: 1, startTime: '08:30', endTime: '12:00' },
    });
    expect(weekly.errors).toBeUndefined();
    expect(weekly.data?.createBusyTime.weekday).toBe(1);
    const once = await subgraph.execute(CREATE_BUSY, {
      input: { subjectKind: 'UNIT', subjectId: gong, reason: '安保任务', startsAt: '2026-12-15T00:30:00Z', endsAt: '2026-12-15T09:30:00Z' },
    });
    expect(once.errors).toBeUndefined();
    const before = await count(BusyTime);
    const both = await subgraph.execute(CREATE_BUSY, {
      input: { subjectKind: 'PERSON', subjectId: li, reason: 'x', weekday: 2, startTime: '08:30', endTime: '12:00', startsAt: '2026-12-15T00:30:00Z', endsAt: '2026-12-15T09:30:00Z' },
    });
    expect(errorOf(both.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.startsAt' });
    const backwards = await subgraph.execute(CREATE_BUSY, { input: { subjectKind: 'PERSON', subjectId: li, reason: 'x', weekday: 2, startTime: '12:00', endTime: '08:30' } });
    expect(errorOf(backwards.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.endTime' });
    const badDay = await subgraph.execute(CREATE_BUSY, { input: { subjectKind: 'PERSON', subjectId: li, reason: 'x', weekday: 8, startTime: '08:30', endTime: '12:00' } });
    expect(errorOf(badDay.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.weekday' });
    expect(await count(BusyTime)).toBe(before);
    const list = await subgraph.execute<{ busyTimes: { reason: string }[] }>(`query ($id: ID) { busyTimes(subjectId: $id) { reason } }`, { id: zhang }, admin);
    expect(list.data?.busyTimes.map((b) => b.reason)).toEqual(['区委常委会']);
  });

  it('reads the default settings and changes weights; a bad value names its field and changes nothing', async () => {
    const read = await subgraph.execute<{ schedulingSettings: { grainMinutes: number; weights: { sooner: number } } }>(
      `{ schedulingSettings { officeHours { start end } grainMinutes defaultDurationMinutes deadlineMarginDays personsPerUnit weights { sooner moves } standingAttendees } }`,
    );
    expect(read.data?.schedulingSettings).toMatchObject({ grainMinutes: 30, weights: { sooner: 1 } });
    const UPDATE = `mutation ($input: UpdateSchedulingSettingsInput!) { updateSchedulingSettings(input: $input) { grainMinutes personsPerUnit weights { sooner preferredAttendees } } }`;
    const changed = await subgraph.execute<{ updateSchedulingSettings: { personsPerUnit: number; weights: { sooner: number; preferredAttendees: number } } }>(UPDATE, {
      input: { personsPerUnit: 3, weights: { sooner: 2 } },
    });
    expect(changed.data?.updateSchedulingSettings).toMatchObject({ personsPerUnit: 3, weights: { sooner: 2, preferredAttendees: 10 } });
    expect(errorOf((await subgraph.execute(UPDATE, { input: { grainMinutes: 7, personsPerUnit: 5 } })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.grainMinutes' });
    expect(errorOf((await subgraph.execute(UPDATE, { input: { officeHours: [{ start: '14:30', end: '12:00' }] } })).errors)).toMatchObject({ field: 'input.officeHours.0' });
    expect(errorOf((await subgraph.execute(UPDATE, { input: { weights: { moves: -1 } } })).errors)).toMatchObject({ field: 'input.weights.moves' });
    const after = await subgraph.execute<{ schedulingSettings: { personsPerUnit: number; grainMinutes: number } }>(`{ schedulingSettings { personsPerUnit grainMinutes } }`);
    expect(after.data?.schedulingSettings).toEqual({ personsPerUnit: 3, grainMinutes: 30 });
    // back to two people a unit for the plans below
    await subgraph.execute(UPDATE, { input: { personsPerUnit: 2, weights: { sooner: 1 } } });
  });
});

describe('plans', () => {
  let first: string;
  let second: string;

  it('plans the planned sessions of a horizon with the units and leaders of their cases, around busy times', async () => {
    first = await addMeeting('城关街道拆迁安置专题会议', '2026-12-14', [caseA]);
    second = await addMeeting('劳资纠纷专题会议', '2026-12-14', [caseB]);
    const result = await subgraph.execute<{ planMeetings: { id: string; feasible: boolean; optimal: boolean; engine: string; sessions: { sessionId: string; startsAt: string; room: { name: string } | null; meeting: { title: string }; planned: boolean }[]; score: { constraint: string; kind: string; violations: number }[] } }>(PLAN, {
      from: '2026-12-14',
      to: '2026-12-18',
    });
    expect(result.errors).toBeUndefined();
    const plan = result.data!.planMeetings;
    expect(plan).toMatchObject({ feasible: true, optimal: true, engine: 'EXACT' });
    const byId = new Map(plan.sessions.map((s) => [s.sessionId, s]));
    // 张副区长 sits in 区委常委会 every Monday morning: the first session goes to Monday afternoon
    expect(byId.get(first)).toMatchObject({ startsAt: '2026-12-14T06:30:00.000Z', room: { name: '区委三楼第一会议室' }, meeting: { title: '城关街道拆迁安置专题会议' }, planned: true });
    // 区公安分局 is busy all of Tuesday; nobody of the second is busy on Monday morning
    expect(byId.get(second)!.startsAt).toBe('2026-12-14T00:30:00.000Z');
    expect(plan.score.filter((c) => c.kind === 'HARD').every((c) => c.violations === 0)).toBe(true);
    expect(participants.calls.at(-1)?.sort()).toEqual([caseA, caseB].sort());
  });

  it('applies a plan into its sessions: time, end and room', async () => {
    const planned = await subgraph.execute<{ planMeetings: { id: string } }>(PLAN, { from: '2026-12-14', to: '2026-12-18' });
    const applied = await subgraph.execute<{ applyMeetingPlan: { id: string } }>(`mutation ($id: ID!) { applyMeetingPlan(planId: $id) { id } }`, { id: planned.data!.planMeetings.id });
    expect(applied.errors).toBeUndefined();
    const meeting = await subgraph.execute<{ meeting: { startsAt: string; endsAt: string; heldOn: string; room: { name: string } } }>(
      `query ($id: ID!) { meeting(id: $id) { startsAt endsAt heldOn room { name } } }`,
      { id: first },
    );
    expect(meeting.data?.meeting).toEqual({ startsAt: '2026-12-14T06:30:00.000Z', endsAt: '2026-12-14T08:30:00.000Z', heldOn: '2026-12-14', room: { name: '区委三楼第一会议室' } });
  });

  it('refuses to apply a plan made before a session changed (CONFLICT) and writes nothing', async () => {
    const planned = await subgraph.execute<{ planMeetings: { id: string } }>(PLAN, { from: '2026-12-14', to: '2026-12-18' });
    // the secretariat pins the second session meanwhile
    const pinned = await subgraph.execute(`mutation ($id: ID!, $at: DateTimeISO!) { pinMeeting(meetingId: $id, startsAt: $at) { pinnedTime } }`, { id: second, at: '2026-12-16T01:30:00.000Z' });
    expect(pinned.errors).toBeUndefined();
    const before = await subgraph.orm.em.fork().findOneOrFail(Meeting, { id: first });
    const stale = await subgraph.execute(`mutation ($id: ID!) { applyMeetingPlan(planId: $id) { id } }`, { id: planned.data!.planMeetings.id });
    expect(errorOf(stale.errors).code).toBe('CONFLICT');
    const after = await subgraph.orm.em.fork().findOneOrFail(Meeting, { id: first });
    expect(after.version).toBe(before.version);
    const plan = await subgraph.orm.em.fork().findOneOrFail(MeetingPlan, { id: planned.data!.planMeetings.id });
    expect(plan.appliedAt).toBeNull();
  });

  it('keeps a pinned session where it is and moves nothing else when re-planning', async () => {
    const replan = await subgraph.execute<{ planMeetings: { sessions: { sessionId: string; startsAt: string; moved: boolean; kept: boolean }[] } }>(PLAN, { from: '2026-12-14', to: '2026-12-18' });
    const byId = new Map(replan.data!.planMeetings.sessions.map((s) => [s.sessionId, s]));
    expect(byId.get(second)).toMatchObject({ startsAt: '2026-12-16T01:30:00.000Z', kept: true, moved: false });
    expect(byId.get(first)).toMatchObject({ startsAt: '2026-12-14T06:30:00.000Z', moved: false });
  });

  it('checks a pin: a working day, office hours, a room big enough; nothing written on error', async () => {
    const PIN = `mutation ($id: ID!, $at: DateTimeISO!, $room: ID) { pinMeeting(meetingId: $id, startsAt: $at, roomId: $room) { startsAt pinnedTime pinnedRoom room { name } } }`;
    const before = await subgraph.orm.em.fork().findOneOrFail(Meeting, { id: first });
    const sunday = await subgraph.execute(PIN, { id: first, at: '2026-12-20T01:30:00.000Z' });
    expect(errorOf(sunday.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(errorOf(sunday.errors).message).toContain('12月20日不是工作日');
    const lunch = await subgraph.execute(PIN, { id: first, at: '2026-12-16T03:00:00.000Z' });
    expect(errorOf(lunch.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsAt' });
    expect(errorOf(lunch.errors).message).toContain('不在办公时间内');
    // 2 units x 2 people + 张副区长 = 5 seats... plus nothing: fits 8; make it not fit with 3 people a unit
    await subgraph.execute(`mutation { updateSchedulingSettings(input: { personsPerUnit: 4 }) { personsPerUnit } }`);
    const small = await subgraph.execute(PIN, { id: first, at: '2026-12-16T01:30:00.000Z', room: smallRoom });
    expect(errorOf(small.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roomId' });
    expect(errorOf(small.errors).message).toBe('会议室容量不足：「城关街道拆迁安置专题会议」需要9个座位，信访局二楼小会议室只有8座');
    await subgraph.execute(`mutation { updateSchedulingSettings(input: { personsPerUnit: 2 }) { personsPerUnit } }`);
    const after = await subgraph.orm.em.fork().findOneOrFail(Meeting, { id: first });
    expect(after.version).toBe(before.version);
    expect(after.pinnedTime).toBe(false);
    const ok = await subgraph.execute<{ pinMeeting: unknown }>(PIN, { id: first, at: '2026-12-17T06:30:00.000Z', room: bigRoom });
    expect(ok.data?.pinMeeting).toEqual({ startsAt: '2026-12-17T06:30:00.000Z', pinnedTime: true, pinnedRoom: true, room: { name: '区委三楼第一会议室' } });
    const unpinned = await subgraph.execute<{ unpinMeeting: { pinnedTime: boolean; pinnedRoom: boolean } }>(`mutation ($id: ID!) { unpinMeeting(meetingId: $id) { pinnedTime pinnedRoom } }`, { id: first });
    expect(unpinned.data?.unpinMeeting).toEqual({ pinnedTime: false, pinnedRoom: false });
  });

  it('explains a plan that cannot meet the hard constraints, and will not apply it', async () => {
    // 张副区长 is away from 28 December to 5 January; XF2026-000123 falls due 6 January (held by the 4th)
    await subgraph.execute(CREATE_BUSY, { input: { subjectKind: 'PERSON', subjectId: zhang, reason: '省委党校学习', startsAt: '2026-12-27T16:00:00Z', endsAt: '2027-01-05T16:00:00Z' } });
    const late = await addMeeting('欠薪积案专题会议', '2026-12-28', [caseLate]);
    const result = await subgraph.execute<{ planMeetings: { id: string; feasible: boolean; conflict: { message: string; minimal: boolean; groups: { kind: string; subject: string }[] }; reasons: { constraint: string; sessionIds: string[] }[] } }>(PLAN, {
      from: '2026-12-28',
      to: '2027-01-08',
    });
    expect(result.errors).toBeUndefined();
    const plan = result.data!.planMeetings;
    expect(plan.feasible).toBe(false);
    expect(plan.conflict.groups.map((g) => `${g.kind}:${g.subject}`).sort()).toEqual([`busy:${zhang}`, `deadline:${late}`].sort());
    expect(plan.conflict.message).toBe('张副区长在1月4日（XF2026-000123办理期限1月6日，提前2天）之前的每个半天都有安排，「欠薪积案专题会议」排不进去');
    expect(plan.reasons.some((r) => r.sessionIds.includes(late))).toBe(true);
    const refused = await subgraph.execute(`mutation ($id: ID!) { applyMeetingPlan(planId: $id) { id } }`, { id: plan.id });
    expect(errorOf(refused.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'planId' });
  });

  it('refuses a bad horizon naming the field, storing no plan', async () => {
    const before = await count(MeetingPlan);
    expect(errorOf((await subgraph.execute(PLAN, { from: '2026-12-18', to: '2026-12-14' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf((await subgraph.execute(PLAN, { from: '2026-13-01', to: '2026-12-14' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    expect(errorOf((await subgraph.execute(PLAN, { from: '2026-01-01', to: '2026-12-31' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect(errorOf((await subgraph.execute(PLAN, { from: '2026-12-14', to: '2026-12-18' }, liaison)).errors).code).toBe('FORBIDDEN');
    expect(await count(MeetingPlan)).toBe(before);
  });
});
