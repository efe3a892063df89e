import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AgendaItem, AgendaItemCase, Meeting, MeetingKind, MeetingStatus, StaticCaseVisibility, createContext, meetingsSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const caseA = randomUUID();
const caseB = randomUUID();
const caseC = randomUUID();
const meetingId = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'meetings');
  // the registrar may see every case: the stub stands in for the cases subgraph
  subgraph = await startTestSubgraph(meetingsSubgraph, db.url, (em, identity) => createContext(em, { identity, visibility: new StaticCaseVisibility() }));
  const em = subgraph.orm.em.fork();
  const meeting = em.create(Meeting, { id: meetingId, sessionNumber: 29, title: '第二十九次信访联席工作会议', kind: MeetingKind.REGULAR, status: MeetingStatus.HELD, heldOn: '2026-10-19' });
  const first = em.create(AgendaItem, { id: randomUUID(), meeting, position: 1, title: '研究城关街道拆迁安置问题（2件）', decision: '由区建设局牵头，城关街道配合' });
  const second = em.create(AgendaItem, { id: randomUUID(), meeting, position: 2, title: '研究永安镇劳资纠纷问题' });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: first, caseId: caseA });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: first, caseId: caseB });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: second, caseId: caseB });
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('meetings subgraph', () => {
  it('shows a session with its agenda in order and the cases each item is about', async () => {
    const result = await subgraph.execute<{ meeting: { agenda: { cases: { id: string }[] }[] } }>(`query ($id: ID!) { meeting(id: $id) {
      title sessionNumber kind status heldOn agenda { position title decision cases { id } }
    } }`, { id: meetingId });
    expect(result.errors).toBeUndefined();
    expect(result.data?.meeting).toMatchObject({
      title: '第二十九次信访联席工作会议',
      sessionNumber: 29,
      kind: 'REGULAR',
      status: 'HELD',
      heldOn: '2026-10-19',
      agenda: [
        { position: 1, title: '研究城关街道拆迁安置问题（2件）', decision: '由区建设局牵头，城关街道配合' },
        { position: 2, title: '研究永安镇劳资纠纷问题', decision: null, cases: [{ id: caseB }] },
      ],
    });
    expect(result.data?.meeting.agenda[0].cases.map((c) => c.id).sort()).toEqual([caseA, caseB].sort());
  });

  it('adds agenda items to Case references in one statement for any number of cases', async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { agendaItems { position meeting { sessionNumber } } } } }`;
    subgraph.counter.reset();
    await subgraph.execute(query, { reps: [{ __typename: 'Case', id: caseA }] });
    const forOne = subgraph.counter.count;
    subgraph.counter.reset();
    const three = await subgraph.execute<{ _entities: { agendaItems: { position: number }[] }[] }>(query, {
      reps: [caseA, caseB, caseC].map((id) => ({ __typename: 'Case', id })),
    });
    expect(three.data?._entities.map((c) => c.agendaItems.map((i) => i.position).sort())).toEqual([[1], [1, 2], []]);
    // links with their items (1), the other cases of those items (1) and the meetings of those items (1)
    expect(forOne).toBe(3);
    expect(subgraph.counter.count).toBe(forOne);
  });
});
