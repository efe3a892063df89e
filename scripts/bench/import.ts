/**
 * `npm run bench:import`: the time to bring in a 10,000-row workbook of past cases (补录), beside a
 * yardstick: reading the same workbook alone (exceljs), which every dry run and import must do.
 *
 * Each round, in turn: the yardstick, the dry run (`importCasesDryRun`) and the import (`importCases`,
 * one transaction of bulk statements), the last two through the cases subgraph's GraphQL in-process as
 * the registrar; the imported cases are removed between rounds (not timed). Medians of the rounds are
 * printed, with the SQL statements of one import. `BENCH_IMPORT_ROWS` (default 10,000), `BENCH_ROUNDS`
 * (default 5). Runs on DATABASE_URL when set (a scratch database dropped afterwards), else on the
 * embedded PostgreSQL.
 */
import { randomUUID } from 'node:crypto';
import { createSubgraphApollo, dropDatabase, migrate, openSubgraphOrm, SqlCounter, type SubgraphModule } from '@lianban/kit';
import { createTestDatabase, testIdentity } from '@lianban/kit/testing';
import { type RawRow, StaticDirectory, casesSubgraph, createContext, readCaseWorkbook, writeCaseWorkbook } from '@lianban/cases';
import { resolveDatabase } from '../database';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const townships = Array.from({ length: 40 }, (_, i) => ({ id: randomUUID(), name: `第${i + 1}街道`, code: `T${String(i + 1).padStart(3, '0')}` }));
const departments = Array.from({ length: 12 }, (_, i) => ({ id: randomUUID(), name: `区第${i + 1}局`, code: `D${String(i + 1).padStart(2, '0')}` }));
const bureau = randomUUID();
const registrar = randomUUID();
const categories = ['城乡建设/拆迁安置', '城乡建设/拖欠工程款', '劳动社保/劳资纠纷', '民政事务/低保救助', '国土资源/土地征用'];
const directory = new StaticDirectory(
  Object.fromEntries([
    ...townships.map((t) => [t.id, { kind: 'STREET' as const, active: true, name: t.name, code: t.code }]),
    ...departments.map((d) => [d.id, { kind: 'DEPARTMENT' as const, active: true, name: d.name, code: d.code }]),
    [bureau, { kind: 'DEPARTMENT' as const, active: true, name: '区信访局', code: 'XFJ' }],
  ]),
  { [registrar]: { isLeader: false, name: '李登记' } },
  categories,
);

function residentId(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(body17[i]), 0);
  return body17 + '10X98765432'[sum % 11];
}

const day = (base: Date, plus: number) => new Date(base.getTime() + plus * 86_400_000).toISOString().slice(0, 10);

/** Past cases of 2024-2025: a third closed with every step, a third replied, a third only accepted. */
function rows(): RawRow[] {
  return Array.from({ length: ROWS }, (_, i) => {
    const registered = new Date(Date.UTC(2024, 0, 2) + (i % 700) * 86_400_000);
    const [main, sub] = categories[i % categories.length].split('/');
    const collective = i % 17 === 0;
    const row: RawRow = {
      legacyNumber: `OLD-${String(i + 1).padStart(7, '0')}`,
      channel: ['来信', '来访', '来电', '网上'][i % 4], name: `信访人${i}`,
      idNumber: i % 3 === 0 ? residentId(`1101051980${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}${String(i % 1000).padStart(3, '0')}`) : undefined,
      phone: i % 2 === 0 ? `138${String(i).padStart(8, '0')}` : undefined,
      form: collective ? '集体访' : '个人访', headCount: collective ? '8' : '1',
      township: townships[i % townships.length].name, categoryMain: main, categorySub: sub, summary: `反映问题第${i}件`,
      registeredAt: day(registered, 0), acceptedAt: day(registered, 2),
    };
    if (i % 3 !== 2) {
      Object.assign(row, {
        assignedAt: day(registered, 3), leadUnit: departments[i % departments.length].name,
        cooperatingUnits: i % 5 === 0 ? departments[(i + 1) % departments.length].code : undefined,
        signedForAt: day(registered, 4), repliedAt: day(registered, 40), reply: '已答复',
      });
    }
    if (i % 3 === 0) Object.assign(row, { closedAt: day(registered, 45), satisfaction: '满意' });
    return row;
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const database = await resolveDatabase();
const serverUrl = new URL(database.url);
serverUrl.pathname = '/postgres';
const scratch = await createTestDatabase(serverUrl.toString(), 'bench_import');
const counter = new SqlCounter();
const orm = await openSubgraphOrm(casesSubgraph as unknown as SubgraphModule, { databaseUrl: scratch.url, debugSql: false }, counter);
try {
  await migrate(orm, 'cases');
  const apollo = createSubgraphApollo(await casesSubgraph.buildSchema());
  await apollo.start();
  const identity = testIdentity('REGISTRAR', bureau, registrar);
  const call = async (query: string, workbook: string) => {
    const response = await apollo.executeOperation({ query, variables: { workbook } }, { contextValue: createContext(orm.em.fork(), { directory, identity }) });
    if (response.body.kind !== 'single' || response.body.singleResult.errors) throw new Error(JSON.stringify(response.body));
    return response.body.singleResult.data as Record<string, { rows: number; imported: number; problems: unknown[] }>;
  };
  const built = Date.now();
  const buffer = await writeCaseWorkbook(rows());
  const workbook = buffer.toString('base64');
  console.log(`workbook: ${ROWS} rows, ${(buffer.length / 1024 / 1024).toFixed(2)} MB (.xlsx), ${(workbook.length / 1024 / 1024).toFixed(2)} MB in base64; written in ${Date.now() - built} ms`);

  const times = { parse: [] as number[], dryRun: [] as number[], import: [] as number[] };
  let statements = 0;
  for (let round = 0; round < ROUNDS; round += 1) {
    let started = performance.now();
    const parsed = await readCaseWorkbook(Buffer.from(workbook, 'base64'), ROWS);
    times.parse.push(performance.now() - started);
    if (parsed.rows.length !== ROWS) throw new Error(`read ${parsed.rows.length} rows`);

    started = performance.now();
    const dry = await call('mutation ($workbook: String!) { importCasesDryRun(workbook: $workbook) { rows imported problems { row column message } } }', workbook);
    times.dryRun.push(performance.now() - started);
    if (dry.importCasesDryRun.problems.length) throw new Error(`dry run found problems: ${JSON.stringify(dry.importCasesDryRun.problems.slice(0, 3))}`);

    counter.reset();
    started = performance.now();
    const done = await call('mutation ($workbook: String!) { importCases(workbook: $workbook) { rows imported problems { row } } }', workbook);
    times.import.push(performance.now() - started);
    statements = counter.count;
    if (done.importCases.imported !== ROWS) throw new Error(`imported ${done.importCases.imported} of ${ROWS}`);
    await orm.em.getConnection().execute('truncate "cases"."case" cascade');
    console.log(`round ${round + 1}: read ${times.parse.at(-1)?.toFixed(0)} ms, dry run ${times.dryRun.at(-1)?.toFixed(0)} ms, import ${times.import.at(-1)?.toFixed(0)} ms`);
  }
  await apollo.stop();
  const parse = median(times.parse);
  const report = (name: string, ms: number) => `${name.padEnd(34)} ${ms.toFixed(0).padStart(6)} ms  ${(ms / parse).toFixed(2)}x the yardstick`;
  console.log(`\nmedians of ${ROUNDS} rounds, ${ROWS} rows:`);
  console.log(report('yardstick: reading the workbook', parse));
  console.log(report('importCasesDryRun', median(times.dryRun)));
  console.log(report('importCases (one transaction)', median(times.import)));
  console.log(`SQL statements of one import: ${statements}`);
} finally {
  await orm.close();
  await dropDatabase(serverUrl.toString(), scratch.name);
}
