import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Case, CaseForm, CaseStatus, Channel, VisitLevel, casesSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const town = randomUUID();
let serial = 0;

/** [when, channel, form, headCount, level, main category, status] */
type Spec = [string, Channel, CaseForm, number, VisitLevel, string, CaseStatus];
const V = Channel.VISIT;
const P = Channel.PHONE;
const L = Channel.LETTER;
const I = CaseForm.INDIVIDUAL;
const C = CaseForm.COLLECTIVE;
const D = VisitLevel.DISTRICT;
const done = CaseStatus.CLOSED;
const open = CaseStatus.IN_PROGRESS;

const THIS_YEAR: Spec[] = [
  ['2026-01-05', V, C, 12, D, '城乡建设', done],
  ['2026-02-10', V, C, 30, VisitLevel.CITY, '城乡建设', open],
  ['2026-03-01', V, I, 2, D, '劳动社保', done],
  ['2026-03-02', V, I, 1, VisitLevel.BEIJING, '劳动社保', done],
  ['2026-04-01', P, I, 1, D, '城乡建设', done],
  ['2026-04-02', P, I, 1, D, '民政事务', open],
  ['2026-05-20', P, I, 1, D, '劳动社保', done],
  ['2026-06-30', L, I, 1, D, '城乡建设', done],
];
const LAST_YEAR: Spec[] = [
  ['2025-01-05', V, C, 40, D, '城乡建设', done],
  ['2025-02-05', V, C, 8, VisitLevel.CITY, '城乡建设', done],
  ['2025-03-05', V, I, 1, D, '劳动社保', done],
  ['2025-04-05', P, I, 1, D, '城乡建设', done],
  ['2025-06-30', L, I, 1, D, '民政事务', done],
];
const OUTSIDE: Spec[] = [
  ['2026-07-01', V, C, 99, VisitLevel.BEIJING, '城乡建设', open],
  ['2024-12-31', V, C, 99, VisitLevel.BEIJING, '城乡建设', open],
];

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'statistics');
  subgraph = await startTestSubgraph(casesSubgraph, db.url);
  const em = subgraph.orm.em.fork();
  for (const [when, channel, form, headCount, levelVisited, categoryMain, status] of [...THIS_YEAR, ...LAST_YEAR, ...OUTSIDE]) {
    serial += 1;
    em.create(Case, {
      id: randomUUID(), number: `XF0000-${String(serial).padStart(6, '0')}`, channel, form, headCount, levelVisited,
      categoryMain, categorySub: '其他', townshipId: town, status, summary: '统计测试', registeredAt: new Date(`${when}T10:00:00+08:00`),
    });
  }
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const REPORT = `query ($filter: StatisticsFilter) {
  caseStatistics(from: "2025-12-31T16:00:00Z", to: "2026-06-30T16:00:00Z", filter: $filter) {
    matters { value lastYear change changeText }
    persons { value lastYear }
    visitBatches { value lastYear changeText }
    visitPersons { value lastYear change changeText }
    byChannel { channel matters { value lastYear } }
    byForm { form batches { value lastYear } persons { value lastYear } }
    skipLevel { level batches { value lastYear } persons { value } closed { value } }
    topCategories { categoryMain matters { value lastYear } persons { value } shareOfMatters shareOfPersons }
    hotline { received { value lastYear } closed { value lastYear } closureRate closureRateLastYear }
  }
}`;

describe('office report (caseStatistics)', () => {
  it('counts 件次, 批次 and 人次 exactly, with the change against the same period last year, in two statements', async () => {
    subgraph.counter.reset();
    const result = await subgraph.execute<{ caseStatistics: Record<string, unknown> }>(REPORT);
    expect(result.errors).toBeUndefined();
    expect(subgraph.counter.count).toBe(2);
    const report = result.data!.caseStatistics;
    expect(report.matters).toEqual({ value: 8, lastYear: 5, change: 0.6, changeText: '上升60.0%' });
    expect(report.persons).toEqual({ value: 49, lastYear: 51 });
    expect(report.visitBatches).toEqual({ value: 4, lastYear: 3, changeText: '上升33.3%' });
    expect(report.visitPersons).toEqual({ value: 45, lastYear: 49, change: (45 - 49) / 49, changeText: '下降8.2%' });
    expect(report.byChannel).toEqual(expect.arrayContaining([
      { channel: 'VISIT', matters: { value: 4, lastYear: 3 } },
      { channel: 'PHONE', matters: { value: 3, lastYear: 1 } },
      { channel: 'ONLINE', matters: { value: 0, lastYear: 0 } },
    ]));
    expect(report.byForm).toEqual([
      { form: 'INDIVIDUAL', batches: { value: 2, lastYear: 1 }, persons: { value: 3, lastYear: 1 } },
      { form: 'COLLECTIVE', batches: { value: 2, lastYear: 2 }, persons: { value: 42, lastYear: 48 } },
    ]);
    expect(report.skipLevel).toEqual([
      { level: 'BEIJING', batches: { value: 1, lastYear: 0 }, persons: { value: 1 }, closed: { value: 1 } },
      { level: 'PROVINCE', batches: { value: 0, lastYear: 0 }, persons: { value: 0 }, closed: { value: 0 } },
      { level: 'CITY', batches: { value: 1, lastYear: 1 }, persons: { value: 30 }, closed: { value: 0 } },
    ]);
    expect(report.topCategories).toEqual([
      { categoryMain: '城乡建设', matters: { value: 4, lastYear: 3 }, persons: { value: 44 }, shareOfMatters: 4 / 8, shareOfPersons: 44 / 49 },
      { categoryMain: '劳动社保', matters: { value: 3, lastYear: 1 }, persons: { value: 4 }, shareOfMatters: 3 / 8, shareOfPersons: 4 / 49 },
      { categoryMain: '民政事务', matters: { value: 1, lastYear: 1 }, persons: { value: 1 }, shareOfMatters: 1 / 8, shareOfPersons: 1 / 49 },
    ]);
    expect(report.hotline).toEqual({ received: { value: 3, lastYear: 1 }, closed: { value: 2, lastYear: 1 }, closureRate: 2 / 3, closureRateLastYear: 1 });
  });

  it('reports on any filter, e.g. collective visits only', async () => {
    const result = await subgraph.execute<{ caseStatistics: { matters: unknown; topCategories: unknown[] } }>(REPORT, { filter: { form: 'COLLECTIVE' } });
    expect(result.data?.caseStatistics.matters).toEqual({ value: 2, lastYear: 2, change: 0, changeText: '持平' });
    expect(result.data?.caseStatistics.topCategories).toEqual([
      { categoryMain: '城乡建设', matters: { value: 2, lastYear: 2 }, persons: { value: 42 }, shareOfMatters: 1, shareOfPersons: 1 },
    ]);
  });

  it('refuses a period that ends before it starts', async () => {
    const result = await subgraph.execute(`{ caseStatistics(from: "2026-06-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { matters { value } } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
