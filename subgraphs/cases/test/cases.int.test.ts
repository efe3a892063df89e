import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Case, CaseForm, CaseStatus, Channel, VisitLevel, casesSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const town = randomUUID();
const otherTown = randomUUID();
const bureau = randomUUID();

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'cases');
  subgraph = await startTestSubgraph(casesSubgraph, db.url);
  const em = subgraph.orm.em.fork();
  const base = {
    form: CaseForm.INDIVIDUAL,
    headCount: 1,
    levelVisited: VisitLevel.DISTRICT,
    categoryMain: '城乡建设',
    categorySub: '拆迁安置',
    summary: '反映拆迁安置房逾期未交付',
  };
  em.create(Case, { ...base, id: randomUUID(), number: 'XF2026-000001', channel: Channel.LETTER, townshipId: town, leadDepartmentId: bureau, status: CaseStatus.CLOSED, registeredAt: new Date('2026-03-01T02:00:00Z') });
  em.create(Case, { ...base, id: randomUUID(), number: 'XF2026-000002', channel: Channel.VISIT, form: CaseForm.COLLECTIVE, headCount: 23, levelVisited: VisitLevel.CITY, townshipId: town, leadDepartmentId: bureau, status: CaseStatus.IN_PROGRESS, registeredAt: new Date('2026-04-01T02:00:00Z') });
  em.create(Case, { ...base, id: randomUUID(), number: 'XF2026-000003', channel: Channel.PHONE, townshipId: otherTown, status: CaseStatus.REGISTERED, registeredAt: new Date('2026-05-01T02:00:00Z') });
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('cases subgraph', () => {
  it('pages cases newest first with the total, and filters by township', async () => {
    const result = await subgraph.execute(`query ($town: ID!) {
      all: cases(first: 2) { total items { number } }
      town: cases(filter: { townshipId: $town }) { total items { number isSkipLevel headCount form leadDepartment { id } township { id } } }
    }`, { town });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({
      all: { total: 3, items: [{ number: 'XF2026-000003' }, { number: 'XF2026-000002' }] },
      town: {
        total: 2,
        items: [
          { number: 'XF2026-000002', isSkipLevel: true, headCount: 23, form: 'COLLECTIVE', leadDepartment: { id: bureau }, township: { id: town } },
          { number: 'XF2026-000001', isSkipLevel: false, headCount: 1, form: 'INDIVIDUAL', leadDepartment: { id: bureau }, township: { id: town } },
        ],
      },
    });
  });

  it('refuses a date range in the wrong order and names the field', async () => {
    const result = await subgraph.execute(`{ cases(filter: { registeredFrom: "2026-06-01T00:00:00Z", registeredBefore: "2026-01-01T00:00:00Z" }) { total } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.registeredFrom' });
  });

  it('adds led and originating cases to Department references, one statement per field for any number of units', async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Department {
      casesLedCount openLed: casesLedCount(openOnly: true) casesOriginatingCount casesOriginating(first: 1) { number }
    } } }`;
    subgraph.counter.reset();
    const one = await subgraph.execute(query, { reps: [{ __typename: 'Department', id: town }] });
    const forOne = subgraph.counter.count;
    subgraph.counter.reset();
    const three = await subgraph.execute(query, {
      reps: [town, otherTown, bureau].map((id) => ({ __typename: 'Department', id })),
    });
    expect(one.data).toEqual({ _entities: [{ casesLedCount: 0, openLed: 0, casesOriginatingCount: 2, casesOriginating: [{ number: 'XF2026-000002' }] }] });
    expect(three.data).toEqual({
      _entities: [
        { casesLedCount: 0, openLed: 0, casesOriginatingCount: 2, casesOriginating: [{ number: 'XF2026-000002' }] },
        { casesLedCount: 0, openLed: 0, casesOriginatingCount: 1, casesOriginating: [{ number: 'XF2026-000003' }] },
        { casesLedCount: 2, openLed: 1, casesOriginatingCount: 0, casesOriginating: [] },
      ],
    });
    expect(forOne).toBe(4);
    expect(subgraph.counter.count).toBe(forOne);
  });
});
