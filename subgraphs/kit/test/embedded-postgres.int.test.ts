/** Recovery of the embedded PostgreSQL after a run that was killed (regression guard for stale locks). */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { embeddedDataDir, startEmbeddedPostgres } from '../src/postgres';

const root = mkdtempSync(join(tmpdir(), 'lianban-embedded-'));
const dataDir = embeddedDataDir(root, 'pg');
const started: { stop: () => Promise<void> }[] = [];

afterAll(async () => {
  for (const server of started.reverse()) await server.stop().catch(() => undefined);
  rmSync(dataDir, { recursive: true, force: true });
  rmSync(`${dataDir}.json`, { force: true });
  rmSync(root, { recursive: true, force: true });
});

async function answer(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<{ n: number }>('select 41 + 1 as n')).rows[0].n;
  } finally {
    await client.end();
  }
}

describe('embedded PostgreSQL', () => {
  it('starts on a free port other than 5432, reuses a server a killed run left, and recovers a stale lock', async () => {
    const first = await startEmbeddedPostgres(dataDir);
    started.push(first);
    expect(first.port).not.toBe(5432);
    expect(first.adopted).toBe(false);
    expect(await answer(first.url)).toBe(42);

    // the parent that started it is "killed": nobody stopped the server, a new run finds it running
    const second = await startEmbeddedPostgres(dataDir);
    started.push(second);
    expect(second.adopted).toBe(true);
    expect(second.port).toBe(first.port);
    expect(await answer(second.url)).toBe(42);

    // the server itself dies hard: its postmaster.pid now names a dead process
    const { readFileSync } = await import('node:fs');
    const pid = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    process.kill(pid, 'SIGKILL');
    for (let i = 0; i < 50 && isAlive(pid); i++) await new Promise((r) => setTimeout(r, 100));
    await new Promise((r) => setTimeout(r, 500));

    const third = await startEmbeddedPostgres(dataDir);
    started.push(third);
    expect(third.adopted).toBe(false);
    expect(await answer(third.url)).toBe(42);
  });
});

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
