/**
 * `npm run bench:scale`: how the platform answers at a million cases, printed as figures.
 *
 * On a scratch database (on DATABASE_URL's server when set, else the embedded PostgreSQL; dropped at the
 * end) it migrates every subgraph, loads the demo district and starts the platform in-process. It runs
 * each operation through the gateway over HTTP, as the liaison of a busy lead department and as the
 * registrar, first on the demo district alone, then after generating BENCH_SCALE_CASES cases (default
 * 1,000,000) straight into PostgreSQL: the first and the 200th page of `cases`, the same of a unit's
 * `holdings`, `case(id)` with its timeline, and `caseStatistics` for a year. Every operation is sent
 * once for every caller before any is timed, then each BENCH_RUNS times (default 7): median and min–max
 * milliseconds, and the SQL statements the subgraphs sent for it, beside the same count on the demo
 * district. Goals: pages under 20 ms, a year's statistics under 2 s, statements per operation unchanged
 * from the demo district.
 */
import { cpus, loadavg } from 'node:os';
import { databaseUrl, generateKeys } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import pg from 'pg';
import { resolveDatabase } from '../database';
import { openPlatformOrms } from '../platform-db';
import { startPlatform } from '../run-platform';
import { DEMO_PASSWORD, generateDistrict } from '../seed/district';
import { loadDistrict } from '../seed/load';
import { generateScaleCases } from './scale-cases';

function positiveInteger(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < 1) {
    console.error(`${name} must be a whole number of 1 or more, got ${JSON.stringify(raw)}`);
    process.exit(1);
  }
  return value;
}

const COUNT = positiveInteger('BENCH_SCALE_CASES', 1_000_000);
const RUNS = positiveInteger('BENCH_RUNS', 7);
/** The deep page asked for: the cursor is walked there first, and only that request is timed. */
const DEEP_PAGE = 200;
const PAGE_SIZE = 50;
/** The liaison of 区建设局, the lead department of the most common categories. */
const LIAISON = 'liaison-d-jsj';
const BUSY_UNIT = 'D-JSJ';
const REGISTRAR = 'registrar';
const PAGE_GOAL_MS = 20;
const REPORT_GOAL_MS = 2000;

const number = (n: number) => n.toLocaleString('en-US');
const ms = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

interface GraphQLResult<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

interface Connection<TItem> {
  items: TItem[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
}

const CASES_PAGE = `query CasesPage($first: Int!, $after: String) {
  cases(first: $first, after: $after) { items { id number status leadDepartment { id } } pageInfo { endCursor hasNextPage } }
}`;
const HOLDINGS_PAGE = `query HoldingsPage($unitId: ID!, $first: Int!, $after: String) {
  holdings(unitId: $unitId, first: $first, after: $after) {
    items { id role status dueAt case { id number status } } pageInfo { endCursor hasNextPage }
  }
}`;
const CASE_WITH_TIMELINE = `query CaseWithTimeline($id: ID!) {
  case(id: $id) { id number status leadDepartment { id } timeline { at action } }
}`;
const STATISTICS = `query Statistics($from: DateTimeISO!, $to: DateTimeISO!) {
  caseStatistics(from: $from, to: $to) {
    matters { value lastYear changeText } persons { value lastYear } visitBatches { value } visitPersons { value }
    byChannel { channel matters { value lastYear } } byForm { form batches { value } persons { value } }
    skipLevel { level batches { value } closed { value } } topCategories { categoryMain shareOfMatters }
    hotline { received { value } closureRate }
  }
}`;
const ARCHIVED_CASE = `query ArchivedCase($unitId: ID!) {
  cases(first: 1, filter: { leadDepartmentId: $unitId, statuses: [ARCHIVED] }) { items { id number } }
}`;

/** What one operation cost: statements per request (all runs) and milliseconds per timed run. */
interface Measured {
  statements: number[];
  times: number[];
  /** Said beside the figures, e.g. that a unit has fewer pages than asked for. */
  note?: string;
}

interface Prepared {
  query: string;
  variables: Record<string, unknown>;
  note?: string;
}

type GoalKind = 'page' | 'report' | 'none';

interface Operation {
  name: string;
  goal: GoalKind;
  /** Builds the request to time (walking cursors and picking ids is neither timed nor counted). */
  prepare: (as: string) => Promise<Prepared>;
}

const database = await resolveDatabase();
const serverUrl = databaseUrl(database.url, 'postgres');
const scratch = await createTestDatabase(serverUrl, 'bench_scale');
const district = generateDistrict();
const busyUnit = district.departments.find((d) => d.code === BUSY_UNIT);
if (!busyUnit) throw new Error(`the demo district has no ${BUSY_UNIT}`);
let stopPlatform = async () => undefined as void;
let stopClient = async () => undefined as void;

try {
  const setup = await openPlatformOrms(scratch.url);
  try {
    await setup.migrateAll();
    await loadDistrict(setup.orms, district);
  } finally {
    await setup.close();
  }
  const platform = await startPlatform({ databaseUrl: scratch.url, gatewayPort: 0, randomPorts: true, development: false, keys: await generateKeys() });
  stopPlatform = platform.stop;

  // statements the subgraphs sent, leaving out the gateway's signed-out check on a token (made once
  // per token every ten seconds, not per operation), as test/harness.ts counts them
  const resetSql = () => platform.subgraphs.forEach((s) => s.counter.reset(true));
  const sqlCount = () => platform.subgraphs.reduce((sum, s) => sum + s.counter.statements.filter((q) => !/"session"/.test(q)).length, 0);

  const tokens = new Map<string, string>();
  const post = async <TData>(query: string, variables: Record<string, unknown>, token?: string): Promise<TData> => {
    const response = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as GraphQLResult<TData>;
    if (!body.data || body.errors?.length) {
      throw new Error(`${query.split('\n')[0].slice(0, 60)}… answered HTTP ${response.status}: ${JSON.stringify(body.errors)}`);
    }
    return body.data;
  };
  const send = async <TData>(as: string, query: string, variables: Record<string, unknown> = {}): Promise<TData> => {
    let token = tokens.get(as);
    if (!token) {
      const signedIn = await post<{ login: { token: string } }>(
        'mutation SignIn($u: String!, $p: String!) { login(username: $u, password: $p) { token } }',
        { u: as, p: DEMO_PASSWORD },
      );
      token = signedIn.login.token;
      tokens.set(as, token);
    }
    return post<TData>(query, variables, token);
  };

  /** The request for page `page` (1-based) of a connection, or of its last page when it has fewer. */
  const pageRequest = async (as: string, field: 'cases' | 'holdings', query: string, variables: Record<string, unknown>, page: number): Promise<Prepared> => {
    let after: string | null = null;
    for (let reached = 1; reached < page; reached++) {
      const data: Record<string, Connection<unknown>> = await send(as, query, { ...variables, first: PAGE_SIZE, after });
      const { pageInfo }: Connection<unknown> = data[field];
      if (!pageInfo.hasNextPage) {
        return { query, variables: { ...variables, first: PAGE_SIZE, after }, note: `${as} has ${reached} pages of ${PAGE_SIZE}: its last page timed` };
      }
      after = pageInfo.endCursor;
    }
    return { query, variables: { ...variables, first: PAGE_SIZE, after } };
  };

  const year = () => {
    const to = new Date();
    const from = new Date(to);
    from.setUTCFullYear(from.getUTCFullYear() - 1);
    return { from: from.toISOString(), to: to.toISOString() };
  };

  const operations: Operation[] = [
    { name: 'cases, first page', goal: 'page', prepare: async () => ({ query: CASES_PAGE, variables: { first: PAGE_SIZE, after: null } }) },
    { name: `cases, page ${DEEP_PAGE}`, goal: 'page', prepare: (as) => pageRequest(as, 'cases', CASES_PAGE, {}, DEEP_PAGE) },
    {
      name: `holdings of ${BUSY_UNIT}, first page`,
      goal: 'page',
      prepare: async () => ({ query: HOLDINGS_PAGE, variables: { unitId: busyUnit.id, first: PAGE_SIZE, after: null } }),
    },
    { name: `holdings of ${BUSY_UNIT}, page ${DEEP_PAGE}`, goal: 'page', prepare: (as) => pageRequest(as, 'holdings', HOLDINGS_PAGE, { unitId: busyUnit.id }, DEEP_PAGE) },
    {
      name: 'case(id) with timeline',
      goal: 'none',
      prepare: async () => {
        // the newest archived case the busy unit led: it has the longest timeline
        const found = await send<{ cases: { items: { id: string; number: string }[] } }>(REGISTRAR, ARCHIVED_CASE, { unitId: busyUnit.id });
        const matter = found.cases.items[0];
        if (!matter) throw new Error(`${BUSY_UNIT} leads no archived case`);
        return { query: CASE_WITH_TIMELINE, variables: { id: matter.id }, note: `case ${matter.number}` };
      },
    },
    {
      name: 'caseStatistics, a year',
      goal: 'report',
      prepare: async () => {
        const variables = year();
        return { query: STATISTICS, variables, note: `${variables.from.slice(0, 10)} to ${variables.to.slice(0, 10)}, against the year before` };
      },
    },
  ];
  const callers = [LIAISON, REGISTRAR];

  const sql = new pg.Client({ connectionString: scratch.url });
  await sql.connect();
  stopClient = () => sql.end();

  /** Every operation for every caller: all prepared and sent once first, so none is timed cold. */
  const measureAll = async () => {
    const requests = new Map<string, { as: string; prepared: Prepared }>();
    for (const operation of operations) {
      for (const as of callers) requests.set(`${operation.name}|${as}`, { as, prepared: await operation.prepare(as) });
    }
    for (const { as, prepared } of requests.values()) await send(as, prepared.query, prepared.variables);
    const results = new Map<string, Measured>();
    for (const [key, { as, prepared }] of requests) {
      const measured: Measured = { statements: [], times: [], note: prepared.note };
      for (let run = 0; run < RUNS; run++) {
        resetSql();
        const started = performance.now();
        await send(as, prepared.query, prepared.variables);
        measured.times.push(performance.now() - started);
        measured.statements.push(sqlCount());
      }
      results.set(key, measured);
    }
    return results;
  };

  const counts = async () => {
    const { rows } = await sql.query<Record<string, string>>(
      `select (select count(*) from "cases"."case") as cases, (select count(*) from "cases"."petitioner") as petitioners,
              (select count(*) from "cases"."case_task") as tasks, (select count(*) from "cases"."case_event") as events,
              (select count(*) from "cases"."case" where status not in ('NOT_ACCEPTED', 'CLOSED', 'ARCHIVED', 'TERMINATED')) as open,
              version() as version`,
    );
    return rows[0];
  };
  const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
  // statistics as autovacuum would have gathered them on a district in use: without them the demo
  // pass times plans made blind
  await sql.query('analyze');
  const before = await counts();
  const smallLoad = load();
  const small = await measureAll();

  const started = Date.now();
  const generated = await generateScaleCases(sql, district, { count: COUNT, now: new Date(), days: 730 });
  const vacuumStarted = performance.now();
  for (const table of ['case', 'petitioner', 'case_task', 'case_event', 'extension']) await sql.query(`vacuum (analyze) "cases"."${table}"`);
  // what the load wrote is flushed now rather than by a checkpoint during the timed requests (superusers only)
  const role = await sql.query<{ rolsuper: boolean }>('select rolsuper from pg_roles where rolname = current_user');
  const checkpointed = Boolean(role.rows[0]?.rolsuper);
  if (checkpointed) await sql.query('checkpoint');
  const vacuumSeconds = (performance.now() - vacuumStarted) / 1000;
  const after = await counts();
  const largeLoad = load();
  const large = await measureAll();
  const totalSeconds = (Date.now() - started) / 1000;

  const scale = await sql.query<{ led: string; held: string }>(
    `select (select count(*) from "cases"."case" where lead_department_id = $1) as led,
            (select count(*) from "cases"."case_task" where unit_id = $1 and status in ('ASSIGNED', 'SIGNED_FOR')) as held`,
    [busyUnit.id],
  );
  console.log(`
bench:scale on ${after.version.split(' ').slice(0, 2).join(' ')} (${database.description}), through the gateway over HTTP
generated ${number(COUNT)} cases over the two years before today in ${generated.seconds.toFixed(1)} s (${generated.steps
    .map((s) => `${s.step} ${s.rows === undefined ? '' : `${number(s.rows)} rows `}${s.seconds.toFixed(1)} s`)
    .join(', ')}${generated.foreignKeyTriggers ? '' : '; foreign-key triggers skipped'}), then VACUUM ANALYZE${checkpointed ? ' and CHECKPOINT' : ''} in ${vacuumSeconds.toFixed(1)} s
demo district: ${number(Number(before.cases))} cases, ${number(Number(before.open))} open; now: ${number(Number(after.cases))} cases, ${number(Number(after.open))} open, ${number(Number(after.petitioners))} petitioners, ${number(Number(after.tasks))} tasks, ${number(Number(after.events))} timeline events
${busyUnit.name} (${BUSY_UNIT}) leads ${number(Number(scale.rows[0].led))} cases and holds ${number(Number(scale.rows[0].held))} open tasks
each operation: prepared and sent once for every caller first, then ${RUNS} timed runs of the whole HTTP request to the gateway; SQL: statements the subgraphs sent per run
machine load average (1, 5, 15 min) on ${cpus().length} cores: ${smallLoad} before the demo pass, ${largeLoad} before the pass at scale
`);
  const rows: string[][] = [['operation', 'as', 'demo SQL', 'demo ms', 'SQL', 'median ms', 'min–max ms', 'goal']];
  const misses: string[] = [];
  let passes = 0;
  const notes = new Set<string>();
  for (const operation of operations) {
    for (const as of callers) {
      const key = `${operation.name}|${as}`;
      const before = small.get(key) as Measured;
      const now = large.get(key) as Measured;
      const statements = (m: Measured) => {
        const low = Math.min(...m.statements);
        const high = Math.max(...m.statements);
        return low === high ? String(low) : `${low}–${high}`;
      };
      const sameSql = statements(before) === statements(now);
      const time = median(now.times);
      const timeGoal = operation.goal === 'page' ? PAGE_GOAL_MS : operation.goal === 'report' ? REPORT_GOAL_MS : undefined;
      const fast = timeGoal === undefined || time < timeGoal;
      const verdict = sameSql && fast ? 'PASS' : 'MISS';
      if (verdict === 'PASS') passes += 1;
      else misses.push(`${operation.name} as ${as}: ${[!fast && `median ${ms(time)} ms, goal < ${timeGoal} ms`, !sameSql && `${statements(now)} SQL statements against ${statements(before)} on the demo district`].filter(Boolean).join('; ')}`);
      rows.push([
        operation.name, as, statements(before), ms(median(before.times)), statements(now), ms(time),
        `${ms(Math.min(...now.times))}–${ms(Math.max(...now.times))}`,
        `${verdict} (${timeGoal === undefined ? 'SQL unchanged' : `< ${number(timeGoal)} ms, SQL unchanged`})`,
      ]);
      for (const [where, m] of [['on the demo district', before], [`at ${number(Number(after.cases))} cases`, now]] as const) {
        if (m.note) notes.add(`${operation.name}, ${where}: ${m.note}`);
      }
    }
  }
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const right = new Set([2, 3, 4, 5, 6]);
  for (const row of rows) console.log(row.map((cell, column) => (right.has(column) ? cell.padStart(widths[column]) : cell.padEnd(widths[column]))).join('  ').trimEnd());
  console.log(`\n${[...notes].join('\n')}`);
  console.log(`\n${passes} of ${rows.length - 1} PASS${misses.length ? `; MISS:\n  ${misses.join('\n  ')}` : ''}`);
  console.log(`(generation, vacuum and both passes took ${totalSeconds.toFixed(0)} s)`);
} finally {
  await stopClient();
  await stopPlatform();
  await scratch.drop();
  await database.stop();
}
