/**
 * Regression: wrong configuration printed "Invalid URL", "connect ECONNREFUSED 127.0.0.1:5433" or
 * "listen EADDRINUSE" (with a stack trace) instead of the line naming the variable the README promises.
 * Runs the real commands, as an operator would.
 */
import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { resolve } from 'node:path';
import { generateKeys } from '@lianban/kit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

let busy: Server;
let busyPort: number;
let closedPort: number;
let publicKey: string;

async function listen(port = 0): Promise<Server> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return server;
}

beforeAll(async () => {
  busy = await listen();
  busyPort = (busy.address() as { port: number }).port;
  const probe = await listen();
  closedPort = (probe.address() as { port: number }).port;
  await new Promise<void>((done) => probe.close(() => done()));
  publicKey = (await generateKeys()).publicKeyPem;
});
afterAll(async () => {
  await new Promise<void>((done) => busy?.close(() => done()));
});

/** Runs a command to its end (it is expected to stop); its exit code and what it printed on stderr. */
function run(script: string, cwd: string, env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((done, fail) => {
    const child = spawn(TSX, [script], { cwd, env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      child.kill();
      fail(new Error(`${script} did not stop: ${stderr}`));
    }, 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stderr: stderr.trim() });
    });
  });
}

describe('wrong configuration stops with one line naming the variable', () => {
  it('gateway: a port in use', async () => {
    const result = await run('src/main.ts', resolve(ROOT, 'gateway'), { PORT: String(busyPort), HOST: '127.0.0.1', LIANBAN_AUTH_PUBLIC_KEY: publicKey });
    expect(result).toEqual({ code: 1, stderr: `PORT ${busyPort} is already in use: stop the other program or set PORT` });
  });

  it('a subgraph: a database nobody listens for', async () => {
    const result = await run('src/main.ts', resolve(ROOT, 'subgraphs/cases'), {
      PORT: '0',
      DATABASE_URL: `postgres://postgres@127.0.0.1:${closedPort}/lianban`,
      DEPARTMENTS_URL: 'http://127.0.0.1:4001/graphql',
      LIANBAN_AUTH_PUBLIC_KEY: publicKey,
    });
    expect(result).toEqual({
      code: 1,
      stderr: `DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:${closedPort} (connection refused): is the server running, and on this port?`,
    });
  });

  it('npm run migrate: a DATABASE_URL that is no URL, and one nobody listens at', async () => {
    const [notUrl, closed] = await Promise.all([
      run('scripts/migrate.ts', ROOT, { DATABASE_URL: 'not-a-url' }),
      run('scripts/migrate.ts', ROOT, { DATABASE_URL: `postgres://postgres:secret@127.0.0.1:${closedPort}/lianban` }),
    ]);
    expect(notUrl).toEqual({
      code: 1,
      stderr: 'DATABASE_URL is not a PostgreSQL URL ("not-a-url"): write it as postgres://user:password@host:port/database',
    });
    expect(closed).toEqual({
      code: 1,
      stderr: `DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:${closedPort} (connection refused): is the server running, and on this port?`,
    });
  });
});
