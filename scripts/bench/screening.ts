/**
 * `npm run bench:screening`: what the assessment engine's service call `reportingFacts` costs at city
 * scale, printed as figures: SQL statements for 1 and for all units (they must be equal) and time.
 *
 * Data: BENCH_UNITS units (default 1,000: a city, 10x a district), a year of weekly screening reports of
 * each (a tenth of the cycles missed), six ten-day sensitive periods concerning every unit (5% of the days
 * missed, 5% late) and ten warnings per unit, half matched to a visit. Runs on DATABASE_URL when set (in a
 * scratch database it drops afterwards), else on the embedded PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { addDays, createSubgraphApollo, dayOf, migrate, officialCalendar, openSubgraphOrm, SqlCounter, type SubgraphModule } from '@lianban/kit';
import { createTestDatabase, testIdentity } from '@lianban/kit/testing';
import {
  Cadence,
  DailyReport,
  DepartmentKind,
  ScreeningReport,
  SensitivePeriod,
  SensitivePeriodUnit,
  StaticDirectory,
  StaticVisits,
  Warning,
  createContext,
  cutoffAt,
  cycleOf,
  screeningSubgraph,
} from '@lianban/screening';
import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveDatabase } from '../database';

const UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const RUNS = 5;
const DAY = 86_400_000;

const database = await resolveDatabase();
const serverUrl = new URL(database.url);
serverUrl.pathname = '/postgres';
const scratch = await createTestDatabase(serverUrl.toString(), 'bench_screening');
const counter = new SqlCounter();
const orm = await openSubgraphOrm(screeningSubgraph as unknown as SubgraphModule, { databaseUrl: scratch.url, debugSql: false }, counter);

async function insert(em: EntityManager, entity: object, rows: object[]) {
  for (let i = 0; i < rows.length; i += 2000) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await em.insertMany(entity as any, rows.slice(i, i + 2000) as any);
  }
  return rows.length;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await migrate(orm, 'screening');
  const started = Date.now();
  const em = orm.em.fork();
  const calendar = officialCalendar();
  const to = new Date(`${dayOf(new Date()).slice(0, 7)}-01T00:00:00+08:00`);
  const from = new Date(to.getTime() - 365 * DAY);
  const units = Array.from({ length: UNITS }, (_, i) => ({ id: randomUUID(), kind: DepartmentKind.TOWNSHIP, active: true, name: `乡镇${i + 1}` }));
  const account = randomUUID();
  let rows = 0;

  const reports = [];
  for (let day = dayOf(from); day < dayOf(to); day = addDays(day, 7)) {
    const cycle = cycleOf(Cadence.WEEKLY, day, calendar);
    for (const [i, unit] of units.entries()) {
      if ((i + reports.length) % 10 === 0) continue;
      const filedAt = new Date(`${cycle.dueOn}T15:00:00+08:00`);
      reports.push({ id: randomUUID(), unitId: unit.id, cadence: Cadence.WEEKLY, cycleKey: cycle.key, cycleStartsOn: cycle.startsOn, cycleEndsOn: cycle.endsOn, dueOn: cycle.dueOn, nothingFound: true, factors: [], filedAt, updatedAt: filedAt, filedBy: account, late: false });
    }
  }
  rows += await insert(em, ScreeningReport, reports);

  const periods = Array.from({ length: 6 }, (_, p) => {
    const startsOn = addDays(dayOf(from), 30 + p * 55);
    return { id: randomUUID(), name: `敏感期${p + 1}`, startsOn, endsOn: addDays(startsOn, 9), cutoffMinutes: 600, declaredAt: from, declaredBy: account };
  });
  rows += await insert(em, SensitivePeriod, periods);
  rows += await insert(em, SensitivePeriodUnit, periods.flatMap((p) => units.map((u) => ({ id: randomUUID(), period: p.id, unitId: u.id }))));
  const daily = [];
  for (const period of periods) {
    for (let d = 0; d < 10; d++) {
      const day = addDays(period.startsOn, d);
      for (const [i, unit] of units.entries()) {
        const n = (i * 7 + d) % 20;
        if (n === 0) continue;
        const late = n === 1;
        daily.push({ id: randomUUID(), period: period.id, unitId: unit.id, day, zero: true, content: null, filedAt: new Date(cutoffAt(day, 600).getTime() + (late ? 1 : -1) * 3_600_000), filedBy: account, late });
      }
    }
  }
  rows += await insert(em, DailyReport, daily);
  const warnings = units.flatMap((unit, i) =>
    Array.from({ length: 10 }, (_, w) => {
      const filedAt = new Date(from.getTime() + ((i * 13 + w * 31) % 360) * DAY);
      const matched = w % 2 === 0;
      return {
        id: randomUUID(), unitId: unit.id, townshipId: unit.id, expectedOn: dayOf(new Date(filedAt.getTime() + 2 * DAY)), destinationLevel: 'CITY', expectedHeadCount: 20,
        matter: '拟集体上访', filedAt, filedBy: account, status: matched ? 'MATCHED' : 'OPEN',
        matchedCaseId: matched ? randomUUID() : null, matchedCaseNumber: matched ? 'XF2026-000001' : null,
        visitRegisteredAt: matched ? new Date(filedAt.getTime() + (w % 4 === 0 ? 2 : -1) * DAY) : null,
        matchedAt: matched ? filedAt : null, matchedBy: matched ? account : null,
      };
    }),
  );
  rows += await insert(em, Warning, warnings);
  await orm.em.getConnection().execute('analyze');
  console.log(`loaded ${rows} rows for ${UNITS} units in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const apollo = createSubgraphApollo(await screeningSubgraph.buildSchema());
  await apollo.start();
  const directory = new StaticDirectory(units);
  const query = `query ($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { reportingFacts(unitIds: $ids, from: $from, to: $to) {
    unitId warningsFiled warnedCaseIds dailyReportsMissing dailyReportsLate screeningReportsMissing } }`;
  const ask = async (ids: string[]) => {
    counter.reset();
    const began = performance.now();
    const response = await apollo.executeOperation(
      { query, variables: { ids, from: from.toISOString(), to: to.toISOString() } },
      { contextValue: createContext(orm.em.fork(), { identity: testIdentity('EVALUATOR'), directory, visits: new StaticVisits() }) },
    );
    const ms = performance.now() - began;
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    const facts = (response.body.singleResult.data as { reportingFacts: { dailyReportsMissing: number; warnedCaseIds: string[] }[] }).reportingFacts;
    return { ms, statements: counter.count, facts };
  };
  const one = [];
  const all = [];
  for (let run = 0; run < RUNS; run++) {
    one.push(await ask([units[0].id]));
    all.push(await ask(units.map((u) => u.id)));
  }
  const sample = all[0].facts;
  console.log(
    `reportingFacts over a year, ${RUNS} runs, median:\n` +
      `  1 unit:      ${median(one.map((r) => r.ms)).toFixed(1)} ms, ${one[0].statements} SQL statements\n` +
      `  ${UNITS} units: ${median(all.map((r) => r.ms)).toFixed(1)} ms, ${all[0].statements} SQL statements ` +
      `(${sample.reduce((n, f) => n + f.dailyReportsMissing, 0)} missing daily reports, ${sample.reduce((n, f) => n + f.warnedCaseIds.length, 0)} warned visits)\n` +
      `  yardstick: the same statements for 1 and ${UNITS} units (${one[0].statements === all[0].statements ? 'PASS' : 'MISS'}); ` +
      `a ranking asks once per period, so well under a second is plenty (${median(all.map((r) => r.ms)) < 1000 ? 'PASS' : 'MISS'})`,
  );
  await apollo.stop();
} finally {
  await orm.close();
  await scratch.drop();
}
