/**
 * Regression: `Department.casesOriginatingCount` counted cases the caller may not see (77) while
 * `casesOriginating` listed none of them. Lists, counts, cards and the office report now follow the same
 * scope: a liaison gets, of any unit, the cases it may see itself; the petition bureau gets all of them.
 */
import { randomUUID } from 'node:crypto';
import type { Identity } from '@lianban/kit';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Case, CaseForm, CaseStatus, CaseTask, Channel, ClockKind, TaskRole, TaskStatus, VisitLevel, casesSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const ours = randomUUID();
const theirs = randomUUID();
const town = randomUUID();
const otherTown = randomUUID();
const units = { ours, theirs, town, otherTown };
const soon = new Date(Date.now() + 10 * 86_400_000);
const past = new Date(Date.now() - 86_400_000);

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'counts_follow_scope');
  subgraph = await startTestSubgraph(casesSubgraph, db.url);
  const em = subgraph.orm.em.fork();
  let n = 0;
  const matter = (lead: string, township: string, extra: Record<string, unknown> = {}) =>
    em.create(Case, {
      id: randomUUID(), number: `XF2026-00000${++n}`, channel: Channel.VISIT, form: CaseForm.INDIVIDUAL, headCount: 2, levelVisited: VisitLevel.DISTRICT,
      categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '反映拆迁安置房逾期未交付', townshipId: township, leadDepartmentId: lead,
      status: CaseStatus.IN_PROGRESS, runningClock: ClockKind.HANDLE, dueAt: soon, registeredAt: new Date(Date.UTC(2026, 2, n)), ...extra,
    });
  const task = (of: Case, unitId: string, status = TaskStatus.ASSIGNED) =>
    em.create(CaseTask, { id: randomUUID(), case: of, unitId, role: TaskRole.COOPERATING, status, assignedAt: of.registeredAt, dueAt: soon });
  matter(theirs, town); // 000001: theirs, from the town
  task(matter(theirs, otherTown), ours); // 000002: theirs, ours cooperates
  matter(ours, otherTown, { dueAt: past }); // 000003: ours, overdue
  task(matter(theirs, otherTown), ours, TaskStatus.WITHDRAWN); // 000004: theirs, ours no longer cooperates
  matter(theirs, town, { extensionDays: 15 }); // 000005: theirs, from the town, extended
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const FIELDS = `casesLedCount casesLed(first: 200) { number } casesCooperatingCount casesCooperating(first: 200) { number }
  casesOriginatingCount casesOriginating(first: 200) { number } openCaseCards { green yellow red }`;

interface UnitCases {
  casesLedCount: number;
  casesLed: { number: string }[];
  casesCooperatingCount: number;
  casesCooperating: { number: string }[];
  casesOriginatingCount: number;
  casesOriginating: { number: string }[];
  openCaseCards: { green: number; yellow: number; red: number };
}

async function unitsAs(identity: Identity): Promise<Record<string, UnitCases>> {
  const result = await subgraph.execute<{ _entities: UnitCases[] }>(
    `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Department { ${FIELDS} } } }`,
    { reps: Object.values(units).map((id) => ({ __typename: 'Department', id })) },
    identity,
  );
  expect(result.errors).toBeUndefined();
  return Object.fromEntries(Object.keys(units).map((name, i) => [name, result.data!._entities[i]]));
}

const numbers = (list: { number: string }[]) => list.map((c) => c.number.slice(-1)).sort().join('');

describe('counts follow scope: a count is what its list shows', () => {
  it.each([
    ['the petition bureau', testIdentity('REGISTRAR'), {
      ours: { led: '3', cooperating: '2', originating: '', cards: { green: 0, yellow: 0, red: 1 } },
      theirs: { led: '1245', cooperating: '', originating: '', cards: { green: 3, yellow: 1, red: 0 } },
      town: { led: '', cooperating: '', originating: '15', cards: { green: 0, yellow: 0, red: 0 } },
      otherTown: { led: '', cooperating: '', originating: '234', cards: { green: 0, yellow: 0, red: 0 } },
    }],
    ['the township\'s liaison', testIdentity('LIAISON', town), {
      ours: { led: '', cooperating: '', originating: '', cards: { green: 0, yellow: 0, red: 0 } },
      theirs: { led: '15', cooperating: '', originating: '', cards: { green: 1, yellow: 1, red: 0 } },
      town: { led: '', cooperating: '', originating: '15', cards: { green: 0, yellow: 0, red: 0 } },
      otherTown: { led: '', cooperating: '', originating: '', cards: { green: 0, yellow: 0, red: 0 } },
    }],
    ['a department\'s liaison', testIdentity('LIAISON', ours), {
      ours: { led: '3', cooperating: '2', originating: '', cards: { green: 0, yellow: 0, red: 1 } },
      theirs: { led: '2', cooperating: '', originating: '', cards: { green: 1, yellow: 0, red: 0 } },
      town: { led: '', cooperating: '', originating: '', cards: { green: 0, yellow: 0, red: 0 } },
      otherTown: { led: '', cooperating: '', originating: '23', cards: { green: 0, yellow: 0, red: 0 } },
    }],
  ] as const)('%s', async (_who, identity, expected) => {
    const seen = await unitsAs(identity);
    for (const [name, want] of Object.entries(expected)) {
      const unit = seen[name];
      expect({ unit: name, led: numbers(unit.casesLed), cooperating: numbers(unit.casesCooperating), originating: numbers(unit.casesOriginating), cards: unit.openCaseCards })
        .toEqual({ unit: name, ...want });
      expect([unit.casesLedCount, unit.casesCooperatingCount, unit.casesOriginatingCount]).toEqual([unit.casesLed.length, unit.casesCooperating.length, unit.casesOriginating.length]);
    }
  });

  it.each([
    ['the township\'s liaison', testIdentity('LIAISON', town)],
    ['a department\'s liaison', testIdentity('LIAISON', ours)],
  ] as const)('counts in SQL what case(id) and cases(filter) find for %s (the two forms of the scope agree)', async (_who, identity) => {
    const seen = await unitsAs(identity);
    for (const [name, unitId] of Object.entries(units)) {
      const found = await subgraph.execute<{ led: { total: number }; originating: { total: number } }>(
        `query ($unit: ID!) { led: cases(filter: { leadDepartmentId: $unit }) { total } originating: cases(filter: { townshipId: $unit }) { total } }`,
        { unit: unitId },
        identity,
      );
      expect({ unit: name, led: seen[name].casesLedCount, originating: seen[name].casesOriginatingCount })
        .toEqual({ unit: name, led: found.data!.led.total, originating: found.data!.originating.total });
    }
  });

  it('costs the same statements for a liaison as for the petition bureau', async () => {
    subgraph.counter.reset();
    await unitsAs(testIdentity('REGISTRAR'));
    const forBureau = subgraph.counter.count;
    subgraph.counter.reset();
    await unitsAs(testIdentity('LIAISON', town));
    expect(subgraph.counter.count).toBe(forBureau);
  });

  it('gives a liaison the office report of the cases its unit may see, and the office every case', async () => {
    const report = `{ caseStatistics(from: "2026-01-01T00:00:00Z", to: "2027-01-01T00:00:00Z") { matters { value lastYear } persons { value } visitBatches { value } } }`;
    const bureau = await subgraph.execute(report, undefined, testIdentity('REGISTRAR'));
    expect(bureau.data).toEqual({ caseStatistics: { matters: { value: 5, lastYear: 0 }, persons: { value: 10 }, visitBatches: { value: 5 } } });
    const evaluator = await subgraph.execute(report, undefined, testIdentity('EVALUATOR'));
    expect(evaluator.data).toEqual(bureau.data);
    const township = await subgraph.execute(report, undefined, testIdentity('LIAISON', town));
    expect(township.data).toEqual({ caseStatistics: { matters: { value: 2, lastYear: 0 }, persons: { value: 4 }, visitBatches: { value: 2 } } });
    const department = await subgraph.execute(report, undefined, testIdentity('LIAISON', ours));
    expect(department.data).toEqual({ caseStatistics: { matters: { value: 2, lastYear: 0 }, persons: { value: 4 }, visitBatches: { value: 2 } } });
  });
});
