/**
 * Joint meetings through the gateway: the liaison's agenda query that answered `data: null` (a hidden case
 * reference must simply be absent), a session's decision flowing into the case it is about (the case's
 * timeline names the session), the follow-up board, and a unit's calendar feed over HTTP.
 */
import { Meeting, Room } from '@lianban/meetings';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { District } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let district: District;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'meetings_e2e', 200);
  district = platform.district;
});
afterAll(async () => platform?.stop());

const visibleTo = (unitId: string) =>
  new Set(district.cases.filter((c) => c.leadDepartmentId === unitId || c.townshipId === unitId || c.cooperatingUnitIds.includes(unitId)).map((c) => c.id));

/** The township whose liaison sees some agenda cases and not others. */
function partlySeeing() {
  const all = district.agendaItems.flatMap((item) => item.caseIds);
  return district.departments
    .filter((d) => d.code.startsWith('T-'))
    .map((d) => ({ unit: d, seen: all.filter((id) => visibleTo(d.id).has(id)).length }))
    .sort((a, b) => b.seen - a.seen || a.unit.code.localeCompare(b.unit.code))[0].unit;
}

describe('agenda-of-hidden-cases through the gateway', () => {
  it('answers { meetings { agenda { cases { number } } } } to a liaison with data, listing only the cases it may see', async () => {
    const township = partlySeeing();
    const visible = visibleTo(township.id);
    const result = await platform.query<{ meetings: { items: { agenda: { cases: { number: string }[] }[] }[] } }>(
      `{ meetings { items { agenda { cases { number } } } } }`,
      undefined,
      `liaison-${township.code.toLowerCase()}`,
    );
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
    expect(result.data).not.toBeNull();
    const numbers = result.data!.meetings.items.flatMap((m) => m.agenda.flatMap((item) => item.cases.map((c) => c.number)));
    const allowed = new Set(district.cases.filter((c) => visible.has(c.id)).map((c) => c.number));
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.filter((n) => !allowed.has(n))).toEqual([]);
  });

  it('gives a liaison nothing of a session about other units\' cases, through the gateway and _entities on the subgraph', async () => {
    const township = partlySeeing();
    const visible = visibleTo(township.id);
    const hidden = district.meetings.find((m) => {
      const items = district.agendaItems.filter((i) => i.meetingId === m.id);
      return items.length && items.every((i) => i.caseIds.every((id) => !visible.has(id)));
    })!;
    expect(hidden).toBeDefined();
    const token = await platform.login(`liaison-${township.code.toLowerCase()}`);
    const byId = await platform.send(`query ($id: ID!) { meeting(id: $id) { title } }`, { id: hidden.id }, token);
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const meetings = platform.platform.subgraphs.find((s) => s.name === 'meetings')!;
    const response = await fetch(meetings.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Meeting { title } } }`, variables: { r: [{ __typename: 'Meeting', id: hidden.id }] } }),
    });
    expect(((await response.json()) as { data: unknown }).data).toEqual({ _entities: [null] });
  });
});

describe('a decision flowing into a case', () => {
  it('creates a session, takes a case up, holds it and records a decision that hands the lead to another unit: the case timeline names the session', async () => {
    const open = district.cases.find((c) => ['ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS'].includes(c.status) && c.leadDepartmentId)!;
    const newLead = district.departments.find((d) => d.kind === 'DEPARTMENT' && d.id !== open.leadDepartmentId && !open.cooperatingUnitIds.includes(d.id) && d.code !== 'D-QW' && d.code !== 'D-QZF')!;
    const created = await platform.query<{ createMeeting: { id: string; title: string; sessionNumber: number; version: number } }>(
      `mutation { createMeeting(input: { kind: REGULAR, plannedOn: "2026-12-28" }) { id title sessionNumber version } }`, undefined, 'secretariat',
    );
    expect(created.errors).toBeUndefined();
    const session = created.data!.createMeeting;
    // the demo has sessions up to the 31st (planned): the next is the 32nd
    expect(session).toMatchObject({ sessionNumber: 32, title: '第三十二次信访联席工作会议' });
    const item = await platform.query<{ addAgendaItem: { id: string; requiredAttendees: { unitIds: string[] } } }>(
      `mutation ($m: ID!, $c: [ID!]!) { addAgendaItem(meetingId: $m, caseIds: $c) { id requiredAttendees { unitIds } } }`, { m: session.id, c: [open.id] }, 'secretariat',
    );
    expect(item.errors).toBeUndefined();
    expect(item.data!.addAgendaItem.requiredAttendees.unitIds.sort()).toEqual([...new Set([open.leadDepartmentId!, ...open.cooperatingUnitIds])].sort());

    // the scheduler fixes time and room (its own mutations); here written directly, an hour from now
    const orm = platform.platform.subgraphs.find((s) => s.name === 'meetings')!.orm;
    const em = orm.em.fork();
    const room = em.create(Room, { id: crypto.randomUUID(), name: '区委三楼第一会议室', seats: 40, active: true });
    const meeting = await em.findOneOrFail(Meeting, { id: session.id });
    Object.assign(meeting, { startsAt: new Date(Date.now() + 3_600_000), endsAt: new Date(Date.now() + 3 * 3_600_000), roomId: room.id });
    await em.flush();
    const published = await platform.query<{ publishMeetingSchedule: { version: number; status: string } }>(
      `mutation ($id: ID!, $v: Int!) { publishMeetingSchedule(id: $id, version: $v) { version status } }`, { id: session.id, v: meeting.version }, 'secretariat',
    );
    expect(published.data?.publishMeetingSchedule.status).toBe('SCHEDULED');

    // a unit that must attend finds the session in its calendar feed
    const feed = await fetch(platform.platform.subgraphs.find((s) => s.name === 'meetings')!.url.replace('/graphql', `/calendar/${open.leadDepartmentId}.ics`), {
      headers: { authorization: `Bearer ${await platform.login('secretariat')}` },
    });
    expect(feed.status).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain('SUMMARY:第三十二次信访联席工作会议');
    expect(ics).toMatch(/DTSTART;TZID=Asia\/Shanghai:\d{8}T\d{6}\r\n/);
    expect(ics).toContain('LOCATION:区委三楼第一会议室');
    expect((await fetch(feed.url)).status).toBe(401);

    // the session took place
    await orm.em.fork().nativeUpdate(Meeting, { id: session.id }, { startsAt: new Date(Date.now() - 3_600_000) });
    const current = await platform.query<{ meeting: { version: number } }>(`query ($id: ID!) { meeting(id: $id) { version } }`, { id: session.id }, 'secretariat');
    const held = await platform.query<{ recordMeetingHeld: { status: string } }>(
      `mutation ($id: ID!, $v: Int!) { recordMeetingHeld(id: $id, version: $v) { status } }`, { id: session.id, v: current.data!.meeting.version }, 'secretariat',
    );
    expect(held.errors).toBeUndefined();
    expect(held.data?.recordMeetingHeld.status).toBe('HELD');

    const decided = await platform.query<{ recordDecision: { carriedIntoCase: boolean; status: string } }>(
      `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) { carriedIntoCase status } }`,
      { input: { agendaItemId: item.data!.addAgendaItem.id, leadUnitId: newLead.id, cooperatingUnitIds: open.cooperatingUnitIds, handlerName: '王科长', deadline: '2027-01-31' } },
      'secretariat',
    );
    expect(decided.errors).toBeUndefined();
    expect(decided.data!.recordDecision).toEqual({ carriedIntoCase: true, status: 'PENDING' });

    const after = await platform.query<{ case: { leadDepartment: { id: string }; timeline: { action: string; note: string }[] } }>(
      `query ($id: ID!) { case(id: $id) { leadDepartment { id } timeline { action note } } }`, { id: open.id }, 'registrar',
    );
    expect(after.data!.case.leadDepartment.id).toBe(newLead.id);
    expect(after.data!.case.timeline.at(-1)).toEqual({
      action: 'JOINT_MEETING_DECISION',
      note: `依第三十二次信访联席工作会议决定: 牵头单位改为${newLead.name}; 限2027-01-31前落实`,
    });

    const board = await platform.query<{ followUpBoard: { items: { status: string; deadline: string; case: { number: string } }[] } }>(
      `{ followUpBoard(statuses: [PENDING], from: "2027-01-31", to: "2027-02-01") { items { status deadline case { number } } } }`, undefined, 'secretariat',
    );
    expect(board.data!.followUpBoard.items).toEqual([{ status: 'PENDING', deadline: '2027-01-31', case: { number: open.number } }]);
  });

  it('reports the demo\'s follow-up figures over a period, counting as the cases subgraph says', async () => {
    const stats = await platform.query<{ meetingStatistics: { meetingsHeld: number; casesStudied: number; casesCarriedOut: number; rate: number; summary: string } }>(
      `{ meetingStatistics(from: "2025-01-01", to: "2026-11-01") { meetingsHeld casesStudied casesCarriedOut rate summary } }`, undefined, 'secretariat',
    );
    expect(stats.errors).toBeUndefined();
    const held = district.meetings.filter((m) => (m.status === 'HELD' || m.status === 'MINUTES_PUBLISHED') && m.heldOn >= '2025-01-01' && m.heldOn < '2026-11-01');
    const studied = new Set(district.agendaItems.filter((i) => held.some((m) => m.id === i.meetingId)).flatMap((i) => i.caseIds));
    const s = stats.data!.meetingStatistics;
    expect(s.meetingsHeld).toBe(held.length);
    expect(s.casesStudied).toBe(studied.size);
    expect(s.casesCarriedOut).toBeGreaterThan(0);
    expect(s.summary).toBe(`研究案件${studied.size}件, 已落实${s.casesCarriedOut}件, 落实率${s.rate}%`);
  });
});
