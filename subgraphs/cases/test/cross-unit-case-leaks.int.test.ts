/**
 * Regression: `Case.mergedCases` listed another unit's case that the same
 * liaison gets NOT_FOUND for by id, and timeline notes named other units' case numbers ("重复访: repeats
 * XF2026-000603"). Every field that returns or names a case follows the scope of `case(id)`.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Case, CaseEvent, CaseForm, CaseStatus, CaseTask, Channel, Supervision, SupervisionMethod, TaskRole, TaskStatus, VisitLevel, casesSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const ours = randomUUID();
const theirs = randomUUID();
const town = randomUUID();
const liaison = testIdentity('LIAISON', ours);
const registrar = testIdentity('REGISTRAR');
const id = { target: randomUUID(), duplicate: randomUUID(), ownDuplicate: randomUUID(), earlier: randomUUID(), repeat: randomUUID(), mergedAway: randomUUID(), hiddenTarget: randomUUID() };
const HIDDEN = '（无权查看的案件）';

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'cross_unit_case_leaks');
  subgraph = await startTestSubgraph(casesSubgraph, db.url);
  const em = subgraph.orm.em.fork();
  let n = 0;
  const matter = (key: keyof typeof id, lead: string, extra: Record<string, unknown> = {}) =>
    em.create(Case, {
      id: id[key], number: `XF2026-00000${++n}`, channel: Channel.VISIT, form: CaseForm.INDIVIDUAL, headCount: 1, levelVisited: VisitLevel.DISTRICT,
      categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '反映拆迁安置房逾期未交付', townshipId: town, leadDepartmentId: lead,
      status: CaseStatus.IN_PROGRESS, registeredAt: new Date(Date.UTC(2026, 2, n)), ...extra,
    });
  // XF2026-000001, ours, with two duplicates merged in: one of another unit (000002), one of ours (000003)
  const target = matter('target', ours);
  matter('duplicate', theirs, { mergedIntoId: id.target });
  matter('ownDuplicate', ours, { mergedIntoId: id.target });
  // XF2026-000004, theirs, repeated by ours XF2026-000005
  matter('earlier', theirs);
  const repeat = matter('repeat', ours, { repeatOfId: id.earlier, isRepeat: true, summary: '与XF2026-000004、XF2026-000001同一事项' });
  // XF2026-000007, theirs, into which ours XF2026-000006 was merged
  matter('mergedAway', ours, { mergedIntoId: id.hiddenTarget });
  matter('hiddenTarget', theirs);
  em.create(CaseEvent, { case: repeat, at: new Date('2026-03-05T02:00:00Z'), action: 'REGISTERED', note: '重复访: repeats XF2026-000004' });
  em.create(CaseEvent, { case: target, at: new Date('2026-03-05T02:00:00Z'), action: 'MERGED_IN', note: 'XF2026-000002 merged in: 同一群体来信' });
  em.create(CaseEvent, { case: target, at: new Date('2026-03-05T03:00:00Z'), action: 'MERGED_IN', note: 'XF2026-000003 merged in: 同一群体来电' });
  em.create(Supervision, { id: randomUUID(), case: repeat, at: new Date('2026-03-06T02:00:00Z'), supervisorId: randomUUID(), method: SupervisionMethod.PHONE, request: '参照XF2026-000004的处理意见答复', answer: '已按XF2026-000001口径答复' });
  em.create(CaseTask, { id: randomUUID(), case: repeat, unitId: ours, role: TaskRole.LEAD, status: TaskStatus.DONE, assignedAt: new Date('2026-03-05T02:00:00Z'), dueAt: new Date('2026-05-05T02:00:00Z'), result: '已与XF2026-000004一并办结' });
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const CASE = `query ($id: ID!) { case(id: $id) {
  number summary repeatOf { number } mergedInto { number } mergedCases { number }
  timeline { note } supervisions { request answer } tasks { result }
} }`;

describe('cross-unit case leaks: a liaison learns nothing of a case it may not find by id', () => {
  it('gets NOT_FOUND for the other unit\'s cases by id', async () => {
    for (const hidden of [id.duplicate, id.earlier, id.hiddenTarget]) {
      expect((await subgraph.execute(`query ($id: ID!) { case(id: $id) { number } }`, { id: hidden }, liaison)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('sees among the cases merged into its own only those it may see, and no other unit\'s number in the timeline', async () => {
    const result = await subgraph.execute(CASE, { id: id.target }, liaison);
    expect(result.errors).toBeUndefined();
    expect(result.data).toMatchObject({
      case: { number: 'XF2026-000001', mergedCases: [{ number: 'XF2026-000003' }], timeline: [{ note: `${HIDDEN} merged in: 同一群体来信` }, { note: 'XF2026-000003 merged in: 同一群体来电' }] },
    });
  });

  it('does not see which other unit\'s case its case repeats, in the link, the timeline, the summary, supervision or task results', async () => {
    const result = await subgraph.execute(CASE, { id: id.repeat }, liaison);
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      case: {
        number: 'XF2026-000005',
        summary: `与${HIDDEN}、XF2026-000001同一事项`,
        repeatOf: null,
        mergedInto: null,
        mergedCases: [],
        timeline: [{ note: `重复访: repeats ${HIDDEN}` }],
        supervisions: [{ request: `参照${HIDDEN}的处理意见答复`, answer: '已按XF2026-000001口径答复' }],
        tasks: [{ result: `已与${HIDDEN}一并办结` }],
      },
    });
  });

  it('does not see into which other unit\'s case its case was merged', async () => {
    const result = await subgraph.execute(`query ($id: ID!) { case(id: $id) { number mergedInto { number } } }`, { id: id.mergedAway }, liaison);
    expect(result.data).toEqual({ case: { number: 'XF2026-000006', mergedInto: null } });
  });

  it('leaves every link and number to the petition bureau, without looking numbers up', async () => {
    subgraph.counter.reset(true);
    const result = await subgraph.execute(CASE, { id: id.repeat }, registrar);
    expect(result.data).toMatchObject({
      case: { summary: '与XF2026-000004、XF2026-000001同一事项', repeatOf: { number: 'XF2026-000004' }, timeline: [{ note: '重复访: repeats XF2026-000004' }] },
    });
    const merged = await subgraph.execute(CASE, { id: id.target }, registrar);
    expect(merged.data).toMatchObject({ case: { mergedCases: [{ number: 'XF2026-000002' }, { number: 'XF2026-000003' }] } });
    expect(subgraph.counter.statements.filter((q) => /"number" in/.test(q))).toEqual([]);
  });

  it('looks up the numbers named in a list\'s texts in one statement per level, whatever the number of cases', async () => {
    subgraph.counter.reset(true);
    const result = await subgraph.execute(`{ cases { items { number summary timeline { note } supervisions { request answer } tasks { result } } } }`, undefined, liaison);
    expect(result.errors).toBeUndefined();
    expect(JSON.stringify(result.data)).not.toMatch(/XF2026-00000[247]/);
    // one for the cases' own texts, one for the texts of their timelines, supervisions and tasks
    expect(subgraph.counter.statements.filter((q) => /"number" in/.test(q))).toHaveLength(2);
  });
});
