import type { Identity } from '@lianban/kit';
import { createTestDatabase, startTestSubgraph, testIdentity } from '@lianban/kit/testing';
import { DepartmentKind, StaticDirectory, StaticVisits, type UnitFacts, createContext, screeningSubgraph } from '../src';

/** Units of a small district, as the departments subgraph would answer for them. */
export const units = {
  township: { id: '10000000-0000-4000-8000-000000000001', kind: DepartmentKind.TOWNSHIP, active: true, name: '城关镇' },
  street: { id: '10000000-0000-4000-8000-000000000002', kind: DepartmentKind.STREET, active: true, name: '东城街道' },
  department: { id: '10000000-0000-4000-8000-000000000003', kind: DepartmentKind.DEPARTMENT, active: true, name: '区建设局' },
  leadership: { id: '10000000-0000-4000-8000-000000000004', kind: DepartmentKind.LEADERSHIP, active: true, name: '区政府' },
  closed: { id: '10000000-0000-4000-8000-000000000005', kind: DepartmentKind.TOWNSHIP, active: false, name: '已撤并乡' },
} satisfies Record<string, UnitFacts>;

export const registrar = testIdentity('REGISTRAR', '10000000-0000-4000-8000-0000000000ff');
export const evaluator = testIdentity('EVALUATOR', '10000000-0000-4000-8000-0000000000fe');
export const liaisonOf = (unit: UnitFacts): Identity => testIdentity('LIAISON', unit.id);

/**
 * The screening subgraph on a test database of its own, with the departments and cases subgraphs
 * stubbed and the clock in the test's hands (`clock.now`).
 */
export async function startScreening(serverUrl: string, label: string) {
  const db = await createTestDatabase(serverUrl, label);
  const directory = new StaticDirectory(Object.values(units));
  const visits = new StaticVisits();
  const clock = { now: new Date('2026-11-23T09:00:00+08:00') };
  const subgraph = await startTestSubgraph(screeningSubgraph, db.url, (em, identity) =>
    createContext(em, { identity, directory, visits, now: () => clock.now }),
  );
  /** Rows of every screening table, to show a refused write left nothing behind. */
  async function rowCounts() {
    const rows = await subgraph.orm.em.getConnection().execute<{ t: string; n: string }[]>(`
      select 'report' t, count(*) n from screening.screening_report union all
      select 'warning', count(*) from screening.warning union all
      select 'period', count(*) from screening.sensitive_period union all
      select 'period_unit', count(*) from screening.sensitive_period_unit union all
      select 'daily', count(*) from screening.daily_report union all
      select 'cadence', count(*) from screening.screening_cadence`);
    return Object.fromEntries(rows.map((r) => [r.t, Number(r.n)]));
  }
  return {
    subgraph,
    directory,
    visits,
    clock,
    rowCounts,
    async close() {
      await subgraph.close();
      await db.drop();
    },
  };
}

export type Screening = Awaited<ReturnType<typeof startScreening>>;
