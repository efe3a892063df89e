/**
 * `npm run bench:observability`: what logs, metrics and traces cost a subgraph, as CPU time per request.
 *
 * Starts the departments subgraph as separate processes on one seeded scratch database and sends each
 * the same query, `{ departments(first: 50) { id name population } }`, signed in, at a few connections:
 *
 * - `observed`: this tree's subgraph with its defaults (an info line per request on standard output,
 *   metrics, no tracing);
 * - `traced`: the same with an OTLP endpoint (a local sink that answers at once), so every request has a span;
 * - `before`: with BENCH_BASE=<folder holding another checkout> (e.g. one made with
 *   `git archive <commit> | tar -x -C <folder>`), that checkout's subgraph, to compare with the code
 *   before a change. Its node_modules must resolve like this tree's.
 *
 * The machine may be shared and busy, so it compares the CPU time each server process spends
 * (utime + stime from /proc), not wall time, in rounds that alternate the order of the servers.
 * BENCH_REQUESTS (per round and server, default 2000), BENCH_ROUNDS (5), BENCH_CONNECTIONS (8).
 * Runs on DATABASE_URL when set (in a scratch database it drops afterwards), else on the embedded PostgreSQL.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Observability, TokenIssuer, generateKeys } from '@lianban/kit';
import { pino } from 'pino';
import { createTestDatabase } from '@lianban/kit/testing';
import { PROJECT_ROOT, resolveDatabase } from '../database';
import { openPlatformOrms } from '../platform-db';
import { generateDistrict } from '../seed/district';
import { loadDistrict } from '../seed/load';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 2000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 8);
const QUERY = JSON.stringify({ query: '{ departments(first: 50) { id name population } }' });
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

interface Target {
  name: string;
  process: ChildProcess;
  url: string;
}

/** CPU seconds a process has used so far (user + system). */
function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

async function waitForHealth(url: string, child: ChildProcess) {
  for (let i = 0; i < 300; i += 1) {
    if (child.exitCode !== null) throw new Error(`${url} exited with ${child.exitCode}`);
    const ok = await fetch(new URL('/health', url)).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not become healthy`);
}

/**
 * The observability work of one request on its own, in this process: request id, record, context
 * binding, the Apollo plugin's hooks, the log line (to /dev/null), the counters and the histogram.
 */
async function perRequestWork(count: number): Promise<number> {
  const observability = await Observability.create({
    service: 'bench',
    config: { logLevel: 'info', maxOperationNames: 100 },
    destination: pino.destination({ dest: '/dev/null', sync: false, minLength: 4096 }),
  });
  const plugin = observability.apolloPlugin();
  const req = { headers: {} } as IncomingMessage;
  const res = { setHeader: () => res } as unknown as ServerResponse;
  const response = { body: { kind: 'single', singleResult: { data: {} } } };
  const run = async () => {
    const record = observability.begin(req, res);
    const context = observability.bind({ identity: { accountId: '00000000-0000-4000-a000-000000000001', role: 'REGISTRAR' } }, record);
    const listener = await plugin.requestDidStart?.({ contextValue: context } as never);
    await listener?.willSendResponse?.({ response, operationName: 'Units', operation: { operation: 'query' } } as never);
    observability.end(record, 200);
  };
  for (let i = 0; i < 2000; i += 1) await run();
  const before = process.cpuUsage();
  for (let i = 0; i < count; i += 1) await run();
  const used = process.cpuUsage(before);
  await observability.stop();
  return (used.user + used.system) / count;
}

console.log(`observability work per request, in process: ${(await perRequestWork(50_000)).toFixed(1)} µs CPU`);

const database = await resolveDatabase();
const serverUrl = new URL(database.url);
serverUrl.pathname = '/postgres';
const scratch = await createTestDatabase(serverUrl.toString(), 'bench_observability');
const targets: Target[] = [];
const sink = createServer((req, res) => {
  req.resume();
  req.on('end', () => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
});
try {
  const setup = await openPlatformOrms(scratch.url);
  try {
    await setup.migrateAll();
    await loadDistrict(setup.orms, generateDistrict(11, 50));
  } finally {
    await setup.close();
  }
  const keys = await generateKeys();
  const { token } = await new TokenIssuer(keys.privateKeyPem).sign({
    accountId: '00000000-0000-4000-a000-000000000001',
    personId: '00000000-0000-4000-8000-0000000000aa',
    username: 'registrar',
    role: 'REGISTRAR',
    unitId: '00000000-0000-4000-8000-000000000001',
  });
  await new Promise<void>((done) => sink.listen(0, '127.0.0.1', done));
  const sinkUrl = `http://127.0.0.1:${(sink.address() as AddressInfo).port}/v1/traces`;

  const start = async (name: string, root: string, env: Record<string, string>, port: number) => {
    // from the checkout's root, whose tsconfig (decorators) covers the kit and the subgraph
    const child = spawn(process.execPath, ['--import', 'tsx', 'subgraphs/departments/src/main.ts'], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? '',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: scratch.url,
        LIANBAN_AUTH_PUBLIC_KEY: keys.publicKeyPem,
        LIANBAN_AUTH_PRIVATE_KEY: keys.privateKeyPem,
        ...env,
      },
      // log lines go where a deployment's go: out of the process, here to /dev/null
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    await waitForHealth(url, child);
    targets.push({ name, process: child, url });
  };
  if (process.env.BENCH_BASE) await start('before', process.env.BENCH_BASE, {}, 14_101);
  await start('observed', PROJECT_ROOT, { LIANBAN_LOG_LEVEL: 'info' }, 14_102);
  await start('traced', PROJECT_ROOT, { LIANBAN_LOG_LEVEL: 'info', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: sinkUrl }, 14_103);

  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const send = async (url: string, count: number) => {
    let next = 0;
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (next < count) {
          next += 1;
          const response = await fetch(url, { method: 'POST', headers, body: QUERY });
          const body = (await response.json()) as { data?: { departments: unknown[] } };
          if (body.data?.departments.length !== 50) throw new Error(`unexpected answer from ${url}: ${JSON.stringify(body).slice(0, 200)}`);
        }
      }),
    );
  };
  for (const target of targets) await send(target.url, 500); // warm-up: JIT, pools, remembered token

  const perRequest = new Map<string, number[]>(targets.map((t) => [t.name, []]));
  const rounds: Map<string, number>[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    // each server takes each place in the order in turn (the machine's load drifts within a round)
    const order = targets.map((_, i) => targets[(i + round) % targets.length]);
    const line: string[] = [];
    const figures = new Map<string, number>();
    rounds.push(figures);
    for (const target of order) {
      const pid = target.process.pid as number;
      const before = cpuSeconds(pid);
      const started = performance.now();
      await send(target.url, REQUESTS);
      const seconds = (performance.now() - started) / 1000;
      const micros = ((cpuSeconds(pid) - before) / REQUESTS) * 1e6;
      perRequest.get(target.name)?.push(micros);
      figures.set(target.name, micros);
      line.push(`${target.name} ${micros.toFixed(0)} µs CPU/req (${(REQUESTS / seconds).toFixed(0)} req/s)`);
    }
    console.log(`round ${round + 1}: ${line.join(', ')}`);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  console.log(`\nmedian CPU time per request over ${ROUNDS} rounds of ${REQUESTS} requests at ${CONNECTIONS} connections:`);
  const reference = median(perRequest.get('before') ?? perRequest.get('observed') ?? [1]);
  const first = targets[0].name;
  for (const [name, values] of perRequest) {
    // the difference to the first server within each round, whose load both shared
    const paired = name === first ? '' : `, median difference in a round ${median(rounds.map((r) => (r.get(name) ?? 0) - (r.get(first) ?? 0))).toFixed(0)} µs`;
    console.log(`  ${name.padEnd(9)} ${median(values).toFixed(0).padStart(5)} µs  (x${(median(values) / reference).toFixed(2)}${paired})`);
  }
} finally {
  for (const target of targets) target.process.kill('SIGTERM');
  await new Promise((done) => sink.close(done));
  await new Promise((r) => setTimeout(r, 500));
  await scratch.drop();
  await database.stop();
}
