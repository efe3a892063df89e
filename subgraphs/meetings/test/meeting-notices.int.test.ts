/**
 * 会议通知 through the job queue: publishing a session's schedule, and cancelling a scheduled session,
 * puts one notice in the inbox of each unit that must attend (its agenda's lead and cooperating units)
 * and of its leaders, and in no other. The cases and departments subgraphs are stubs of their service
 * calls; the notices subgraph's consumer runs for real on pg-boss.
 */
import { randomUUID } from 'node:crypto';
import { type BackgroundWork, DEFAULT_OBSERVABILITY, type JobsConfig, type NoticeJob, Observability, type SubgraphConfig } from '@lianban/kit';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { createContext as noticesContext, noticesSubgraph, writeNotices } from '@lianban/notices';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type MeetingsServices, Meeting, Room, StaticCaseRecords, StaticCaseVisibility, StaticDirectory, createContext, meetingNotice, meetingsSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let meetings: TestSubgraph;
let notices: TestSubgraph;
let observability: Observability;
let meetingsWork: BackgroundWork | undefined;
let noticesWork: BackgroundWork | undefined;
const now = new Date('2026-12-01T09:00:00+08:00');

const u = { office: randomUUID(), construction: randomUUID(), land: randomUUID(), town: randomUUID(), health: randomUUID() };
const p = { convenor: randomUUID(), viceMayor: randomUUID(), clerk: randomUUID() };
const c = { a: randomUUID(), b: randomUUID() };
const directory = new StaticDirectory(
  {
    [u.office]: { name: '区联席办', active: true },
    [u.construction]: { name: '区建设局', active: true },
    [u.land]: { name: '区国土分局', active: true },
    [u.town]: { name: '城关街道', active: true },
    [u.health]: { name: '区卫生局', active: true },
  },
  { [p.convenor]: { name: '刘区长', isLeader: true }, [p.viceMayor]: { name: '张副区长', isLeader: true }, [p.clerk]: { name: '赵办事员', isLeader: false } },
);
const cases = new StaticCaseRecords({
  [c.a]: { number: 'XF2026-000101', leadUnitId: u.construction, cooperatingUnitIds: [u.town], ownerLeaderId: p.viceMayor, handlingDueAt: null, townshipId: u.town },
  [c.b]: { number: 'XF2026-000102', leadUnitId: u.land, cooperatingUnitIds: [], ownerLeaderId: null, handlingDueAt: null, townshipId: u.town },
});
const secretariat = testIdentity('SECRETARIAT', u.office, p.clerk);

/** No e-mail or SMS: the inbox only. */
const NO_CHANNELS: Parameters<typeof writeNotices>[2] = { retryLimit: 5, retryDelaySeconds: 30 };
const JOBS: JobsConfig = { schema: 'pgboss', pollingIntervalSeconds: 0.5, superviseIntervalSeconds: 1, schedules: false };
function config(name: string): SubgraphConfig & { channels: Parameters<typeof writeNotices>[2] } {
  return { name, dbSchema: name, host: '127.0.0.1', port: 0, databaseUrl: db.url, debugSql: false, serviceUrls: {}, authPublicKey: '', jobs: JOBS, channels: NO_CHANNELS };
}

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'meeting_notices');
  observability = await Observability.create({ service: 'meeting-notices-test', config: { ...DEFAULT_OBSERVABILITY, logLevel: 'warn' } });
  meetings = await startTestSubgraph(
    meetingsSubgraph,
    db.url,
    (em, identity) =>
      createContext(em, { identity, visibility: new StaticCaseVisibility(), cases, directory, now: () => now, notices: (meetingsWork?.services as MeetingsServices | undefined)?.notices }),
    secretariat,
  );
  notices = await startTestSubgraph(noticesSubgraph, db.url, (em, identity) => noticesContext(em, { identity }), secretariat);
});
beforeEach(async () => {
  await meetings.clean();
  await notices.clean();
  meetingsWork = await meetingsSubgraph.background!(meetings.orm, config('meetings'), observability);
  noticesWork = await noticesSubgraph.background!(notices.orm, config('notices'), observability);
  await ok(`mutation ($input: JointMeetingInput!) { setJointMeeting(input: $input) { version } }`, {
    input: { convenorId: p.convenor, officeUnitId: u.office, memberUnitIds: [u.construction, u.land, u.town, u.health], workingGroups: [] },
  });
});
afterEach(async () => {
  await meetingsWork?.stop();
  await noticesWork?.stop();
  meetingsWork = noticesWork = undefined;
});
afterAll(async () => {
  await meetings?.close();
  await notices?.close();
  await observability?.stop();
  await db?.drop();
});

async function ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
  const result = await meetings.execute<T>(query, variables, secretariat);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

/** Every notice written, as `addressee kind title`, sorted. */
async function written(): Promise<string[]> {
  const rows = await notices.orm.em.fork().execute<{ key: string; addressee: string; title: string }[]>(`select key, addressee, title from "notices"."notice" order by addressee, key`);
  return rows.map((r) => `${r.addressee} ${r.key.split(':')[2]} ${r.title}`);
}
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 450 && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** Session 第一次 with the two cases on its agenda, placed 2026-12-18 (Friday) 14:30 in a room; its version. */
async function plannedSession(): Promise<{ id: string; version: number }> {
  const created = (await ok<{ createMeeting: { id: string } }>(`mutation { createMeeting(input: { kind: REGULAR, plannedOn: "2026-12-18" }) { id } }`)).createMeeting;
  await ok(`mutation ($m: ID!, $cases: [ID!]!) { addAgendaItem(meetingId: $m, caseIds: $cases) { id } }`, { m: created.id, cases: [c.a, c.b] });
  const em = meetings.orm.em.fork();
  const room = (await em.findOne(Room, { name: '区委一楼大会议室' })) ?? em.create(Room, { id: randomUUID(), name: '区委一楼大会议室', seats: 30, active: true });
  const meeting = await em.findOneOrFail(Meeting, { id: created.id });
  meeting.startsAt = new Date('2026-12-18T14:30:00+08:00');
  meeting.endsAt = new Date('2026-12-18T16:30:00+08:00');
  meeting.roomId = room.id;
  await em.flush();
  return { id: meeting.id, version: meeting.version };
}

const PUBLISH = `mutation ($id: ID!, $v: Int!) { publishMeetingSchedule(id: $id, version: $v) { title version } }`;

describe('meeting notices (会议通知)', () => {
  it('reach each unit and leader that must attend once when the schedule is published, and none other', async () => {
    const session = await plannedSession();
    const published = (await ok<{ publishMeetingSchedule: { title: string; version: number } }>(PUBLISH, { id: session.id, v: session.version })).publishMeetingSchedule;
    const title = `${published.title}定于12月18日（周五）14:30在区委一楼大会议室召开`;
    const expected = [
      `person:${p.convenor} scheduled ${title}`,
      `person:${p.viceMayor} scheduled ${title}`,
      `unit:${u.construction} scheduled ${title}`,
      `unit:${u.land} scheduled ${title}`,
      `unit:${u.town} scheduled ${title}`,
    ].sort();
    expect(await eventually(written, (rows) => rows.length >= expected.length)).toEqual(expected);
    // the member unit with no case on the agenda, and the office, are not told
    const health = await notices.execute<{ unreadNoticeCount: number }>(`{ unreadNoticeCount }`, {}, testIdentity('LIAISON', u.health));
    expect(health.data?.unreadNoticeCount).toBe(0);
    const land = await notices.execute<{ myNotices: { items: { kind: string; title: string }[] } }>(`{ myNotices(first: 10) { items { kind title } } }`, {}, testIdentity('LIAISON', u.land));
    expect(land.data?.myNotices.items).toEqual([{ kind: 'MEETING_NOTICE', title }]);

    // publishing again is refused and sends nothing; a job delivered twice writes nothing twice
    const again = await meetings.execute(PUBLISH, { id: session.id, v: published.version }, secretariat);
    expect(again.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const meeting = await meetings.orm.em.fork().findOneOrFail(Meeting, { id: session.id });
    const job: NoticeJob = meetingNotice(meeting, { kind: 'scheduled', roomName: '区委一楼大会议室' }, { unitIds: [u.construction, u.land, u.town], leaderIds: [p.convenor, p.viceMayor] }, session.version, now);
    expect(await writeNotices(notices.orm.em.fork(), [job], NO_CHANNELS, null)).toBe(0);
    expect(await written()).toEqual(expected);
  });

  it('tell the same units when a scheduled session is cancelled, with the reason; a session still planned tells nobody', async () => {
    const session = await plannedSession();
    const published = (await ok<{ publishMeetingSchedule: { title: string; version: number } }>(PUBLISH, { id: session.id, v: session.version })).publishMeetingSchedule;
    await ok(`mutation ($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v, reason: "召集人另有公务") { status } }`, { id: session.id, v: published.version });
    const rows = await eventually(written, (r) => r.length >= 10);
    const cancelled = rows.filter((r) => r.includes(' cancelled '));
    expect(cancelled).toEqual(
      [`person:${p.convenor}`, `person:${p.viceMayor}`, `unit:${u.construction}`, `unit:${u.land}`, `unit:${u.town}`]
        .sort()
        .map((a) => `${a} cancelled ${published.title}（原定12月18日（周五）14:30）已取消：召集人另有公务`),
    );

    await notices.clean();
    const planned = await plannedSession();
    await ok(`mutation ($id: ID!, $v: Int!) { cancelMeeting(id: $id, version: $v, reason: "议题不足") { status } }`, { id: planned.id, v: planned.version });
    // a marker job sent after it: once it is written, the cancellation's would have been too
    await notices.orm.em.fork().transactional((em) =>
      (meetingsWork!.services as MeetingsServices).notices.publish(em, [{ key: `marker:${planned.id}`, kind: 'MEETING_NOTICE', unitIds: [u.office], title: 'marker', occurredAt: now.toISOString() }]),
    );
    const after = await eventually(written, (r) => r.length >= 1);
    expect(after).toEqual([`unit:${u.office} undefined marker`]);
  });
});
