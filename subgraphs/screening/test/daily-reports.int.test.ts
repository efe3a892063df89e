import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Screening, liaisonOf, registrar, startScreening, units } from './fixture';

let s: Screening;
let periodId: string;

beforeAll(async () => {
  s = await startScreening(inject('databaseServerUrl'), 'daily_reports');
});
afterAll(async () => {
  await s?.close();
});
beforeEach(async () => {
  await s.subgraph.clean();
  s.clock.now = new Date('2027-03-01T08:00:00+08:00');
  const declared = await s.subgraph.execute<{ declareSensitivePeriod: { id: string } }>(
    `mutation ($input: DeclareSensitivePeriodInput!) { declareSensitivePeriod(input: $input) { id name startsOn endsOn cutoff units { id } } }`,
    { input: { name: '全国两会', startsOn: '2027-03-03', endsOn: '2027-03-12', cutoff: '10:00', unitIds: [units.township.id, units.street.id, units.department.id] } },
    registrar,
  );
  expect(declared.errors).toBeUndefined();
  periodId = declared.data!.declareSensitivePeriod.id;
});

const FILE = `mutation ($input: FileDailyReportInput!) { fileDailyReport(input: $input) { id day zero content late filedAt unit { id } period { name } } }`;
const STATUS = `query ($id: ID!, $day: String!) { dailyReportStatus(periodId: $id, day: $day) {
  day cutoffAt onTime late missing pending entries { unit { id } state report { zero late } }
} }`;
type Status = { dailyReportStatus: { cutoffAt: string; onTime: number; late: number; missing: number; pending: number; entries: { unit: { id: string }; state: string }[] } };

describe('daily and zero reports (日报告/零报告) during a sensitive period', () => {
  it('lists each unit of a day as on time, late or missing at the 10:00 China-time cut-off, and counts them', async () => {
    // 09:59:59 in Beijing is 01:59:59 UTC: on time
    s.clock.now = new Date('2027-03-05T01:59:59Z');
    const onTime = await s.subgraph.execute<{ fileDailyReport: { late: boolean; zero: boolean } }>(FILE, { input: { periodId, zero: true } }, liaisonOf(units.township));
    expect(onTime.errors).toBeUndefined();
    expect(onTime.data?.fileDailyReport).toMatchObject({ day: '2027-03-05', zero: true, late: false, content: null, period: { name: '全国两会' } });

    const before = await s.subgraph.execute<Status>(STATUS, { id: periodId, day: '2027-03-05' }, registrar);
    expect(before.data?.dailyReportStatus).toMatchObject({ cutoffAt: '2027-03-05T02:00:00.000Z', onTime: 1, late: 0, missing: 0, pending: 2 });

    s.clock.now = new Date('2027-03-05T10:00:01+08:00');
    const late = await s.subgraph.execute<{ fileDailyReport: { late: boolean } }>(
      FILE,
      { input: { periodId, zero: false, content: '东城街道有12名群众聚集，已劝返' } },
      liaisonOf(units.street),
    );
    expect(late.data?.fileDailyReport.late).toBe(true);

    const after = await s.subgraph.execute<Status>(STATUS, { id: periodId, day: '2027-03-05' }, registrar);
    expect(after.data?.dailyReportStatus).toMatchObject({ onTime: 1, late: 1, missing: 1, pending: 0 });
    expect(after.data?.dailyReportStatus.entries.map((e) => [e.unit.id, e.state])).toEqual([
      [units.department.id, 'MISSING'],
      [units.street.id, 'LATE'],
      [units.township.id, 'ON_TIME'],
    ]);
    // a day of the period that has passed without anyone reporting: all missing
    const earlier = await s.subgraph.execute<Status>(STATUS, { id: periodId, day: '2027-03-04' }, registrar);
    expect(earlier.data?.dailyReportStatus).toMatchObject({ onTime: 0, late: 0, missing: 3, pending: 0 });
  });

  it('counts each day of the period: on time, late, missing once its cut-off has passed, pending before', async () => {
    s.clock.now = new Date('2027-03-05T09:00:00+08:00');
    await s.subgraph.execute(FILE, { input: { periodId, zero: true } }, liaisonOf(units.township));
    s.clock.now = new Date('2027-03-05T10:30:00+08:00');
    await s.subgraph.execute(FILE, { input: { periodId, zero: true } }, liaisonOf(units.street));
    const query = `query ($id: ID!) { sensitivePeriod(id: $id) { days { day cutoffAt onTime late missing pending } } }`;
    const days = await s.subgraph.execute<{ sensitivePeriod: { days: { day: string; onTime: number; late: number; missing: number; pending: number }[] } }>(query, { id: periodId }, registrar);
    expect(days.errors).toBeUndefined();
    const tally = days.data!.sensitivePeriod.days;
    expect(tally).toHaveLength(10);
    expect(tally.slice(0, 4)).toEqual([
      { day: '2027-03-03', cutoffAt: '2027-03-03T02:00:00.000Z', onTime: 0, late: 0, missing: 3, pending: 0 },
      { day: '2027-03-04', cutoffAt: '2027-03-04T02:00:00.000Z', onTime: 0, late: 0, missing: 3, pending: 0 },
      { day: '2027-03-05', cutoffAt: '2027-03-05T02:00:00.000Z', onTime: 1, late: 1, missing: 1, pending: 0 },
      { day: '2027-03-06', cutoffAt: '2027-03-06T02:00:00.000Z', onTime: 0, late: 0, missing: 0, pending: 3 },
    ]);
    // a liaison counts its own unit only
    const own = await s.subgraph.execute<{ sensitivePeriod: { days: { onTime: number; late: number; missing: number }[] } }>(query, { id: periodId }, liaisonOf(units.street));
    expect(own.data?.sensitivePeriod.days[2]).toMatchObject({ onTime: 0, late: 1, missing: 0 });
    expect(own.data?.sensitivePeriod.days[0]).toMatchObject({ missing: 1 });
  });

  it('a report is filed once; a day outside the period or not yet come, or a unit not concerned, is refused', async () => {
    s.clock.now = new Date('2027-03-05T09:00:00+08:00');
    await s.subgraph.execute(FILE, { input: { periodId, zero: true } }, liaisonOf(units.township));
    const again = await s.subgraph.execute(FILE, { input: { periodId, zero: true } }, liaisonOf(units.township));
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const outside = await s.subgraph.execute(FILE, { input: { periodId, zero: true, day: '2027-03-13' } }, liaisonOf(units.township));
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.day' });
    const tomorrow = await s.subgraph.execute(FILE, { input: { periodId, zero: true, day: '2027-03-06' } }, liaisonOf(units.township));
    expect(tomorrow.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.day' });
    const notConcerned = await s.subgraph.execute(FILE, { input: { periodId, zero: true } }, liaisonOf(units.leadership));
    expect(notConcerned.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
    const zeroWithContent = await s.subgraph.execute(FILE, { input: { periodId, zero: true, content: '有情况' } }, liaisonOf(units.street));
    expect(zeroWithContent.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.content' });
    expect((await s.rowCounts()).daily).toBe(1);
  });

  it('a liaison sees the periods of its unit and only its own line of a day', async () => {
    s.clock.now = new Date('2027-03-05T12:00:00+08:00');
    const status = await s.subgraph.execute<Status>(STATUS, { id: periodId, day: '2027-03-05' }, liaisonOf(units.street));
    expect(status.data?.dailyReportStatus.entries).toEqual([{ unit: { id: units.street.id }, state: 'MISSING', report: null }]);
    const periods = await s.subgraph.execute<{ sensitivePeriods: unknown[] }>(`{ sensitivePeriods { id } }`, {}, liaisonOf(units.leadership));
    expect(periods.data?.sensitivePeriods).toEqual([]);
    const running = await s.subgraph.execute<{ sensitivePeriods: unknown[] }>(`{ sensitivePeriods(activeOn: "2027-03-05") { id } }`, {}, liaisonOf(units.street));
    expect(running.data?.sensitivePeriods).toEqual([{ id: periodId }]);
  });

  it('lists periods with their units in as many statements for three periods as for one', async () => {
    const query = `{ sensitivePeriods { name cutoff units { id } days { day missing } } }`;
    s.subgraph.counter.reset();
    const one = await s.subgraph.execute<{ sensitivePeriods: unknown[] }>(query, {}, registrar);
    const forOne = s.subgraph.counter.count;
    expect(one.data?.sensitivePeriods).toHaveLength(1);
    for (const [name, startsOn] of [['国庆节', '2027-10-01'], ['元旦', '2027-12-31']]) {
      await s.subgraph.execute(
        `mutation ($input: DeclareSensitivePeriodInput!) { declareSensitivePeriod(input: $input) { id } }`,
        { input: { name, startsOn, endsOn: startsOn, cutoff: '09:30', unitIds: [units.township.id] } },
        registrar,
      );
    }
    s.subgraph.counter.reset();
    const three = await s.subgraph.execute<{ sensitivePeriods: { name: string; cutoff: string; units: unknown[] }[] }>(query, {}, registrar);
    expect(three.data?.sensitivePeriods.map((p) => [p.name, p.cutoff, p.units.length])).toEqual([
      ['元旦', '09:30', 1],
      ['国庆节', '09:30', 1],
      ['全国两会', '10:00', 3],
    ]);
    // the periods (1), the units of all of them (1) and the days of all of them (1)
    expect(forOne).toBe(3);
    expect(s.subgraph.counter.count).toBe(forOne);
  });
});
