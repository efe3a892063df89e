import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Screening, liaisonOf, registrar, startScreening, units } from './fixture';

let s: Screening;

beforeAll(async () => {
  s = await startScreening(inject('databaseServerUrl'), 'screening_reports');
});
afterAll(async () => {
  await s?.close();
});
beforeEach(async () => {
  await s.subgraph.clean();
  s.clock.now = new Date('2026-11-23T09:00:00+08:00');
});

const FILE = `mutation ($input: FileScreeningReportInput!) { fileScreeningReport(input: $input) {
  id cadence cycleKey cycleStartsOn cycleEndsOn dueOn nothingFound late version unit { id }
  factors { description riskLevel peopleInvolved place measures responsible }
} }`;
const factor = { description: '某小区业主因物业费纠纷酝酿集体上访', riskLevel: 'MEDIUM', peopleInvolved: 30, place: '城关镇幸福小区', measures: '镇综治办已约谈物业公司', responsible: '李明' };

type Filed = { fileScreeningReport: { id: string; version: number; cycleKey: string; nothingFound: boolean; factors: unknown[] } };

describe('screening reports (排查)', () => {
  it('a township files weekly and a department monthly, "nothing found" (无) included', async () => {
    const township = await s.subgraph.execute<Filed>(FILE, { input: { nothingFound: false, factors: [factor] } }, liaisonOf(units.township));
    expect(township.errors).toBeUndefined();
    expect(township.data?.fileScreeningReport).toMatchObject({
      cadence: 'WEEKLY',
      cycleKey: '2026-W48',
      cycleStartsOn: '2026-11-23',
      cycleEndsOn: '2026-11-29',
      dueOn: '2026-11-27',
      nothingFound: false,
      late: false,
      version: 1,
      unit: { id: units.township.id },
      factors: [factor],
    });
    const department = await s.subgraph.execute<Filed>(FILE, { input: { nothingFound: true } }, liaisonOf(units.department));
    expect(department.data?.fileScreeningReport).toMatchObject({ cadence: 'MONTHLY', cycleKey: '2026-11', dueOn: '2026-11-30', nothingFound: true, factors: [] });
  });

  it('one report per unit and cycle: filing again without the version is refused, with it the report is replaced', async () => {
    const first = await s.subgraph.execute<Filed>(FILE, { input: { nothingFound: true } }, liaisonOf(units.township));
    const again = await s.subgraph.execute(FILE, { input: { nothingFound: false, factors: [factor] } }, liaisonOf(units.township));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(again.errors?.[0]?.message).toContain('version 1');
    const stale = await s.subgraph.execute(FILE, { input: { nothingFound: false, factors: [factor], version: 7 } }, liaisonOf(units.township));
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const replaced = await s.subgraph.execute<Filed>(FILE, { input: { nothingFound: false, factors: [factor], version: 1 } }, liaisonOf(units.township));
    expect(replaced.data?.fileScreeningReport).toMatchObject({ id: first.data?.fileScreeningReport.id, version: 2, nothingFound: false });
    expect((await s.rowCounts()).report).toBe(1);
  });

  it('a report filed after its due day is late; a cycle that has not begun is refused', async () => {
    s.clock.now = new Date('2026-11-28T08:00:00+08:00');
    const late = await s.subgraph.execute<{ fileScreeningReport: { late: boolean } }>(FILE, { input: { nothingFound: true, cycle: '2026-W48' } }, liaisonOf(units.street));
    expect(late.data?.fileScreeningReport.late).toBe(true);
    const future = await s.subgraph.execute(FILE, { input: { nothingFound: true, cycle: '2026-W49' } }, liaisonOf(units.street));
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cycle' });
    const wrongCadence = await s.subgraph.execute(FILE, { input: { nothingFound: true, cycle: '2026-11' } }, liaisonOf(units.street));
    expect(wrongCadence.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.cycle' });
  });

  it('the bureau sees who has not filed for the current cycle, or for a cycle it names', async () => {
    await s.subgraph.execute(FILE, { input: { nothingFound: true } }, liaisonOf(units.township));
    const query = `query ($cycle: String) { missingScreeningReports(cycle: $cycle) { unit { id } unitName unitKind cycle { key dueOn } } }`;
    const current = await s.subgraph.execute<{ missingScreeningReports: unknown[] }>(query, {}, registrar);
    expect(current.errors).toBeUndefined();
    // the inactive township and the district leadership owe nothing
    expect(current.data?.missingScreeningReports).toEqual([
      { unit: { id: units.department.id }, unitName: '区建设局', unitKind: 'DEPARTMENT', cycle: { key: '2026-11', dueOn: '2026-11-30' } },
      { unit: { id: units.street.id }, unitName: '东城街道', unitKind: 'STREET', cycle: { key: '2026-W48', dueOn: '2026-11-27' } },
    ]);
    const lastWeek = await s.subgraph.execute<{ missingScreeningReports: { unitName: string }[] }>(query, { cycle: '2026-W47' }, registrar);
    expect(lastWeek.data?.missingScreeningReports.map((m) => m.unitName)).toEqual(['东城街道', '城关镇']);
    const liaison = await s.subgraph.execute(query, {}, liaisonOf(units.township));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('the bureau may set a kind of unit to screen monthly', async () => {
    const set = await s.subgraph.execute<{ setScreeningCadence: { unitKind: string; cadence: string }[] }>(
      `mutation { setScreeningCadence(unitKind: STREET, cadence: MONTHLY) { unitKind cadence } }`,
      {},
      registrar,
    );
    expect(set.data?.setScreeningCadence).toEqual([
      { unitKind: 'DEPARTMENT', cadence: 'MONTHLY' },
      { unitKind: 'TOWNSHIP', cadence: 'WEEKLY' },
      { unitKind: 'STREET', cadence: 'MONTHLY' },
    ]);
    const filed = await s.subgraph.execute<Filed>(FILE, { input: { nothingFound: true } }, liaisonOf(units.street));
    expect(filed.data?.fileScreeningReport.cycleKey).toBe('2026-11');
    // set again: the one setting of the kind changes
    await s.subgraph.execute(`mutation { setScreeningCadence(unitKind: STREET, cadence: WEEKLY) { unitKind } }`, {}, registrar);
    const cadences = await s.subgraph.execute<{ screeningCadences: { unitKind: string; cadence: string }[] }>(`{ screeningCadences { unitKind cadence } }`, {}, registrar);
    expect(cadences.data?.screeningCadences).toContainEqual({ unitKind: 'STREET', cadence: 'WEEKLY' });
    expect((await s.rowCounts()).cadence).toBe(1);
    const liaison = await s.subgraph.execute(`mutation { setScreeningCadence(unitKind: STREET, cadence: MONTHLY) { unitKind } }`, {}, liaisonOf(units.street));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a liaison files and sees only its own unit\'s reports', async () => {
    const other = await s.subgraph.execute(FILE, { input: { unitId: units.street.id, nothingFound: true } }, liaisonOf(units.township));
    expect(other.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const mine = await s.subgraph.execute<Filed>(FILE, { input: { nothingFound: true } }, liaisonOf(units.township));
    const street = await s.subgraph.execute<Filed>(FILE, { input: { unitId: units.street.id, nothingFound: false, factors: [factor] } }, registrar);
    const list = `query ($unitId: ID) { screeningReports(unitId: $unitId, first: 10) { items { id unit { id } } pageInfo { hasNextPage } } }`;
    const seen = await s.subgraph.execute<{ screeningReports: { items: { id: string }[] } }>(list, {}, liaisonOf(units.township));
    expect(seen.data?.screeningReports.items.map((r) => r.id)).toEqual([mine.data?.fileScreeningReport.id]);
    const asked = await s.subgraph.execute(list, { unitId: units.street.id }, liaisonOf(units.township));
    expect(asked.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const byId = await s.subgraph.execute(`query ($id: ID!) { screeningReport(id: $id) { id } }`, { id: street.data?.fileScreeningReport.id }, liaisonOf(units.township));
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const bureau = await s.subgraph.execute<{ screeningReports: { items: unknown[] } }>(list, {}, registrar);
    expect(bureau.data?.screeningReports.items).toHaveLength(2);
  });

  it('adds each unit\'s current cycle and report to Department, in as many statements for three units as for one', async () => {
    const filed = await s.subgraph.execute<Filed>(FILE, { input: { nothingFound: true } }, liaisonOf(units.township));
    s.clock.now = new Date('2026-12-01T09:00:00+08:00');
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Department { id screeningStatus { cycle { key dueOn } report { id } overdue } } } }`;
    const rep = (unit: { id: string; kind: string }) => ({ __typename: 'Department', id: unit.id, kind: unit.kind });
    s.subgraph.counter.reset();
    await s.subgraph.execute(query, { reps: [rep(units.township)] }, registrar);
    const forOne = s.subgraph.counter.count;
    s.subgraph.counter.reset();
    const four = await s.subgraph.execute<{ _entities: unknown[] }>(query, { reps: [units.township, units.street, units.department, units.leadership].map(rep) }, registrar);
    expect(four.errors).toBeUndefined();
    // cadences (1) and the reports of all the units asked (1)
    expect(forOne).toBe(2);
    expect(s.subgraph.counter.count).toBe(forOne);
    s.clock.now = new Date('2026-11-28T09:00:00+08:00');
    const now = await s.subgraph.execute<{ _entities: unknown[] }>(query, { reps: [units.township, units.street, units.department, units.leadership].map(rep) }, registrar);
    expect(now.data?._entities).toEqual([
      { id: units.township.id, screeningStatus: { cycle: { key: '2026-W48', dueOn: '2026-11-27' }, report: { id: filed.data?.fileScreeningReport.id }, overdue: false } },
      { id: units.street.id, screeningStatus: { cycle: { key: '2026-W48', dueOn: '2026-11-27' }, report: null, overdue: true } },
      { id: units.department.id, screeningStatus: { cycle: { key: '2026-11', dueOn: '2026-11-30' }, report: null, overdue: false } },
      // the district leadership does not screen
      { id: units.leadership.id, screeningStatus: null },
    ]);
    // a liaison learns nothing of another unit's screening
    const other = await s.subgraph.execute<{ _entities: { screeningStatus: unknown }[] }>(query, { reps: [rep(units.street)] }, liaisonOf(units.township));
    expect(other.data?._entities).toEqual([{ id: units.street.id, screeningStatus: null }]);
  });
});
