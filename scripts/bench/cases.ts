/**
 * `npm run bench:cases`: the two performance targets of the cases subgraph, printed as figures.
 *
 * 1. A liaison's "my unit's open cases with deadlines, cards and cooperating tasks" (`holdings`) for a
 *    unit holding 1,000 open cases: SQL statements for a page of 1 and of 50 (they must be equal), and time.
 * 2. `caseStatistics` over a year of 100,000 cases (and the year before, for the comparison): time.
 *
 * Runs on DATABASE_URL when set (in a scratch database it drops afterwards), else on the embedded PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { dropDatabase, migrate } from '@lianban/kit';
import { createTestDatabase, testIdentity } from '@lianban/kit/testing';
import { Case, CaseTask, Petitioner, StaticDirectory, casesSubgraph, createContext } from '@lianban/cases';
import { openSubgraphOrm, SqlCounter, createSubgraphApollo, type SubgraphModule } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { resolveDatabase } from '../database';
import { generateDistrict } from '../seed/district';
import { caseRows } from '../seed/load';

const YEAR_CASES = Number(process.env.BENCH_CASES ?? 100_000);
const UNIT_OPEN = 1000;
const RUNS = 5;

const database = await resolveDatabase();
const serverUrl = new URL(database.url);
serverUrl.pathname = '/postgres';
const scratch = await createTestDatabase(serverUrl.toString(), 'bench_cases');
const counter = new SqlCounter();
const orm = await openSubgraphOrm(casesSubgraph as unknown as SubgraphModule, { databaseUrl: scratch.url, debugSql: false }, counter);

async function insert(em: EntityManager, entity: typeof Case | typeof CaseTask | typeof Petitioner, rows: object[]) {
  for (let i = 0; i < rows.length; i += 1000) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    await em.insertMany(entity as any, rows.slice(i, i + 1000) as any);
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

try {
  await migrate(orm, 'cases');
  const started = Date.now();
  // the demo's two years of YEAR_CASES each, up to today: the report compares a year with the one before
  const em = orm.em.fork();
  const today = new Date();
  await insert(em, Case, caseRows(generateDistrict(1, YEAR_CASES, today)).cases);
  // one unit holding 1,000 open cases, each with two cooperating units
  const unit = randomUUID();
  const now = today;
  const open = Array.from({ length: UNIT_OPEN }, (_, i) => {
    const acceptedAt = new Date(now.getTime() - (i % 70) * 86_400_000);
    return {
      id: randomUUID(), number: `U-${String(i).padStart(6, '0')}`, channel: 'VISIT', form: 'INDIVIDUAL', headCount: 1,
      levelVisited: 'DISTRICT', categoryMain: '城乡建设', categorySub: '拆迁安置', townshipId: randomUUID(),
      leadDepartmentId: unit, status: 'IN_PROGRESS', summary: '反映拆迁安置问题', registeredAt: acceptedAt, acceptedAt,
      assignedAt: acceptedAt, signedForAt: acceptedAt, runningClock: 'HANDLE',
      dueAt: new Date(acceptedAt.getTime() + 60 * 86_400_000), extensionDays: i % 10 === 0 ? 15 : 0,
    };
  });
  await insert(em, Case, open);
  await insert(em, CaseTask, open.flatMap((c) => [
    { id: randomUUID(), case: c.id, unitId: unit, role: 'LEAD', status: 'SIGNED_FOR', assignedAt: c.assignedAt, dueAt: c.dueAt },
    ...[0, 1].map(() => ({ id: randomUUID(), case: c.id, unitId: randomUUID(), role: 'COOPERATING', status: 'ASSIGNED', assignedAt: c.assignedAt, dueAt: c.dueAt })),
  ]));
  await insert(em, Petitioner, open.map((c) => ({ id: randomUUID(), case: c.id, position: 1, name: '王某', phone: '13800000000' })));
  await orm.em.getConnection().execute('analyze');
  console.log(`loaded ${2 * YEAR_CASES + UNIT_OPEN} cases in ${((Date.now() - started) / 1000).toFixed(1)} s`);

  // the unit's own liaison asks: scoped reads, petitioners in full, and so an audit row per case shown
  const liaison = testIdentity('LIAISON', unit);
  const apollo = createSubgraphApollo(await casesSubgraph.buildSchema());
  await apollo.start();
  const run = async (query: string, variables: Record<string, unknown>, identity = testIdentity('EVALUATOR')) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: createContext(orm.em.fork(), { directory: new StaticDirectory({}), identity }) });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) {
      throw new Error(JSON.stringify(response.body.kind === 'single' ? response.body.singleResult.errors : response.body));
    }
    return response.body.singleResult.data as Record<string, { items?: unknown[] }>;
  };

  const holdings = `query ($unit: ID!, $first: Int!) { holdings(unitId: $unit, first: $first) {
    total overdue items { role assignedAt dueAt card warning
      case { number status card warning petitioners { name phone }
        clocks { clock dueDay card warning basis }
        tasks { role status dueAt card unit { id } } } } } }`;
  const figures: string[] = [];
  for (const first of [1, 50]) {
    const times: number[] = [];
    let statements = 0;
    for (let i = 0; i < RUNS; i++) {
      counter.reset();
      const t = performance.now();
      const data = await run(holdings, { unit, first }, liaison);
      times.push(performance.now() - t);
      statements = counter.count;
      if (data.holdings.items?.length !== first) throw new Error(`expected ${first} holdings`);
    }
    figures.push(`holdings of a unit with ${UNIT_OPEN} open cases, first ${String(first).padStart(2)}: ${statements} SQL statements, median ${median(times).toFixed(1)} ms`);
  }

  const report = `query ($from: DateTimeISO!, $to: DateTimeISO!) { caseStatistics(from: $from, to: $to) {
    matters { value lastYear changeText } persons { value lastYear } visitBatches { value } visitPersons { value }
    byChannel { channel matters { value lastYear } } byForm { form batches { value } persons { value } }
    skipLevel { level batches { value } closed { value } } topCategories { categoryMain shareOfMatters }
    hotline { received { value } closureRate } } }`;
  const times: number[] = [];
  let matters = 0;
  for (let i = 0; i < RUNS; i++) {
    counter.reset();
    const t = performance.now();
    const data = await run(report, { from: new Date(today.getTime() - 365 * 86_400_000).toISOString(), to: today.toISOString() });
    times.push(performance.now() - t);
    matters = (data.caseStatistics as unknown as { matters: { value: number } }).matters.value;
  }
  figures.push(`caseStatistics for a year of ${matters} cases against the year before: ${counter.count} SQL statements, median ${median(times).toFixed(1)} ms (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
  await apollo.stop();
  console.log(figures.join('\n'));
} finally {
  await orm.close();
  await dropDatabase(serverUrl.toString(), scratch.name);
  await database.stop();
}
