/**
 * Regression: the meetings subgraph answered agenda items and the sessions that took up any
 * case to anyone signed in, also through `_entities` for a case the caller may not see. It now asks the
 * cases subgraph (here a stub of its `visibleCaseIds` call) which cases the caller may see, once per batch.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { AgendaItem, AgendaItemCase, Meeting, MeetingKind, MeetingStatus, StaticCaseVisibility, createContext, meetingsSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const town = randomUUID();
const own = randomUUID();
const foreignA = randomUUID();
const foreignB = randomUUID();
const held = randomUUID();
const earlier = randomUUID();
const items = { mixed: randomUUID(), foreign: randomUUID(), procedural: randomUUID(), ownOnly: randomUUID() };
/** What the cases subgraph answers: the township's liaison sees `own` only; everyone else sees all. */
const forLiaison = new StaticCaseVisibility([own]);
const forOthers = new StaticCaseVisibility();
let casesDown = false;
const liaison = testIdentity('LIAISON', town);

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'agenda_of_hidden_cases');
  subgraph = await startTestSubgraph(meetingsSubgraph, db.url, (em, identity) =>
    createContext(em, {
      identity,
      visibility: casesDown
        ? { visibleCaseIds: () => Promise.reject(new Error('the cases subgraph did not answer')) }
        : identity?.role === 'LIAISON' ? forLiaison : forOthers,
    }),
  );
  const em = subgraph.orm.em.fork();
  const meeting = em.create(Meeting, { id: held, sessionNumber: 29, title: '第二十九次信访联席工作会议', kind: MeetingKind.REGULAR, status: MeetingStatus.HELD, heldOn: '2026-10-19' });
  const before = em.create(Meeting, { id: earlier, sessionNumber: 28, title: '第二十八次信访联席工作会议', kind: MeetingKind.REGULAR, status: MeetingStatus.HELD, heldOn: '2026-09-18' });
  const mixed = em.create(AgendaItem, { id: items.mixed, meeting, position: 1, title: '研究城关街道拆迁安置问题（2件）', decision: '由区建设局牵头' });
  const foreign = em.create(AgendaItem, { id: items.foreign, meeting, position: 2, title: '研究东城街道医患纠纷问题', decision: '由区卫生局牵头' });
  em.create(AgendaItem, { id: items.procedural, meeting, position: 3, title: '通报上次会议决定落实情况' });
  const ownOnly = em.create(AgendaItem, { id: items.ownOnly, meeting: before, position: 1, title: '研究城关街道拖欠工程款问题' });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: mixed, caseId: own });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: mixed, caseId: foreignA });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: foreign, caseId: foreignA });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: foreign, caseId: foreignB });
  em.create(AgendaItemCase, { id: randomUUID(), agendaItem: ownOnly, caseId: own });
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});
beforeEach(() => {
  forLiaison.calls = [];
  forOthers.calls = [];
  casesDown = false;
});

const AGENDA = `query ($id: ID!) { meeting(id: $id) { title agenda { position title decision cases { id } } } }`;
const ENTITIES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { id agendaItems { title meeting { sessionNumber } cases { id } } } } }`;
const reps = (...ids: string[]) => ({ reps: ids.map((id) => ({ __typename: 'Case', id })) });

describe('agenda items of cases the caller may not see', () => {
  it('are not answered through _entities: a hidden case has no agenda items', async () => {
    const result = await subgraph.execute(ENTITIES, reps(foreignA, foreignB), liaison);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ _entities: [{ id: foreignA, agendaItems: [] }, { id: foreignB, agendaItems: [] }] });
  });

  it('leave a visible case its items, each listing only the cases the caller may see', async () => {
    const result = await subgraph.execute<{ _entities: { agendaItems: { title: string }[] }[] }>(ENTITIES, reps(own, foreignA), liaison);
    expect(result.errors).toBeUndefined();
    expect(result.data!._entities[0].agendaItems.sort((a, b) => a.title.localeCompare(b.title))).toEqual([
      { title: '研究城关街道拆迁安置问题（2件）', meeting: { sessionNumber: 29 }, cases: [{ id: own }] },
      { title: '研究城关街道拖欠工程款问题', meeting: { sessionNumber: 28 }, cases: [{ id: own }] },
    ]);
    expect(result.data!._entities[1]).toEqual({ id: foreignA, agendaItems: [] });
    // one call to the cases subgraph for the cases asked about and the other cases of their items
    expect(forLiaison.calls).toHaveLength(1);
    expect(forLiaison.calls[0].sort()).toEqual([own, foreignA, foreignB].sort());
  });

  it('leave out of a meeting\'s agenda the items about none of the caller\'s cases, keeping items about no case', async () => {
    const result = await subgraph.execute(AGENDA, { id: held }, liaison);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      meeting: {
        title: '第二十九次信访联席工作会议',
        agenda: [
          { position: 1, title: '研究城关街道拆迁安置问题（2件）', decision: '由区建设局牵头', cases: [{ id: own }] },
          { position: 3, title: '通报上次会议决定落实情况', decision: null, cases: [] },
        ],
      },
    });
  });

  it('show the whole agenda to those who may see every case', async () => {
    const result = await subgraph.execute<{ meeting: { agenda: { position: number; cases: { id: string }[] }[] } }>(AGENDA, { id: held }, testIdentity('SECRETARIAT'));
    expect(result.data!.meeting.agenda.map((i) => [i.position, i.cases.map((c) => c.id).sort()])).toEqual([
      [1, [own, foreignA].sort()],
      [2, [foreignA, foreignB].sort()],
      [3, []],
    ]);
  });

  it('filter the meetings list with one call to the cases subgraph and the same statements for any number of meetings', async () => {
    const query = `query ($first: Int!) { meetings(first: $first) { items { sessionNumber agenda { title cases { id } } } } }`;
    subgraph.counter.reset();
    await subgraph.execute(query, { first: 1 }, liaison);
    const forOne = subgraph.counter.count;
    forLiaison.calls = [];
    subgraph.counter.reset();
    const result = await subgraph.execute(query, { first: 20 }, liaison);
    expect(result.data).toEqual({
      meetings: {
        items: [
          { sessionNumber: 29, agenda: [{ title: '研究城关街道拆迁安置问题（2件）', cases: [{ id: own }] }, { title: '通报上次会议决定落实情况', cases: [] }] },
          { sessionNumber: 28, agenda: [{ title: '研究城关街道拖欠工程款问题', cases: [{ id: own }] }] },
        ],
      },
    });
    expect(forLiaison.calls).toHaveLength(1);
    expect(forLiaison.calls[0].sort()).toEqual([own, foreignA, foreignB].sort());
    expect(subgraph.counter.count).toBe(forOne);
  });

  it('are withheld, with an error, when the cases subgraph cannot say what the caller may see', async () => {
    casesDown = true;
    const result = await subgraph.execute(AGENDA, { id: held }, liaison);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(JSON.stringify(result.data ?? null)).not.toContain('医患纠纷');
  });
});
