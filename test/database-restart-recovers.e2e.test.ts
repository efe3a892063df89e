/**
 * A PostgreSQL restart under reads (issue: 266 of 571 reads got HTTP 500 while the embedded PostgreSQL
 * restarted). The platform runs on a PostgreSQL server of its own, which the test stops and starts:
 * reads meanwhile get coded SERVICE_UNAVAILABLE errors, never a 500 or an internal error, and the
 * subgraphs' pools reconnect by themselves once it is back.
 */
import { rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type EmbeddedDatabase, embeddedDataDir, startEmbeddedPostgres } from '@lianban/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, pause, readContinuously, stopReads } from './faults';
import { startTestPlatform, type TestPlatform } from './harness';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = embeddedDataDir(root, `postgres-restart-${process.pid}`);
let server: EmbeddedDatabase;
let platform: TestPlatform;

beforeAll(async () => {
  server = await startEmbeddedPostgres(dataDir);
  platform = await startTestPlatform(server.url, 'restart', 100);
}, 120_000);
afterAll(async () => {
  // a failed assertion leaves reads running: end them before the platform
  await stopReads();
  await platform?.stop().catch(() => undefined);
  await server?.stop();
  await rm(dataDir, { recursive: true, force: true });
  await rm(`${dataDir}.json`, { force: true });
}, 60_000);

interface Answer {
  cases: { items: { number: string; agendaItems: unknown[] | null }[] };
  departments: { name: string }[];
}
const QUERY = `{ cases(first: 3) { items { number agendaItems { title } } } departments(first: 2) { name } }`;

describe('database-restart-gives-coded-errors-then-recovers', () => {
  it('answers reads during a restart with SERVICE_UNAVAILABLE and recovers without restarting a subgraph', async () => {
    const before = await platform.query<Answer>(QUERY);
    expect(before.errors).toBeUndefined();

    const reads = readContinuously<Answer>(platform, QUERY, 'registrar');
    await pause(300);
    await server.stop();
    const down = await eventually(async () => {
      const answer = await platform.query<Answer>(QUERY);
      expect(answer.errors?.length).toBeGreaterThan(0);
      return answer;
    });
    expect(down.status).toBe(200);
    expect(new Set(down.errors!.map((e) => `${String(e.extensions?.code)}: ${e.message}`))).toEqual(
      new Set(['SERVICE_UNAVAILABLE: The database does not answer right now: try again shortly']),
    );
    await pause(1000);

    server = await startEmbeddedPostgres(dataDir);
    const back = await eventually(async () => {
      const answer = await platform.query<Answer>(QUERY);
      expect(answer.errors).toBeUndefined();
      return answer;
    }, 30_000);
    expect(back.data).toEqual(before.data);
    await pause(300);
    const outcomes = await reads.stop();

    expect(outcomes.length).toBeGreaterThan(10);
    expect(outcomes.filter((o) => o.status !== 200)).toEqual([]);
    expect(new Set(outcomes.flatMap((o) => o.codes))).toEqual(new Set(['SERVICE_UNAVAILABLE']));
    // reads after the restart have everything again
    expect(outcomes.at(-1)).toMatchObject({ status: 200, codes: [], data: before.data });
  }, 90_000);
});
