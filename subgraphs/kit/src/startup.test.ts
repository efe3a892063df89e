import { createServer } from 'node:net';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { StartupError, checkDatabaseUrl, databaseProblem, describeStartupError, listenProblem, redactUrl } from './startup';

/** A port nothing listens on: bound, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function connectError(url: string): Promise<unknown> {
  const client = new pg.Client({ connectionString: url });
  client.on('error', () => undefined);
  return client.connect().then(
    () => client.end().then(() => undefined),
    (error: unknown) => error,
  );
}

// regression: wrong configuration printed "Invalid URL", "connect ECONNREFUSED 127.0.0.1:5433", "listen EADDRINUSE"
describe('start-up errors name the variable at fault and what to do', () => {
  it('DATABASE_URL that is no PostgreSQL URL', () => {
    expect(() => checkDatabaseUrl('not-a-url')).toThrow(
      new StartupError('DATABASE_URL is not a PostgreSQL URL ("not-a-url"): write it as postgres://user:password@host:port/database'),
    );
    expect(() => checkDatabaseUrl('mysql://root:secret@db/lianban')).toThrow(/^DATABASE_URL is not a PostgreSQL URL \("mysql:\/\/root:\*\*\*@db\/lianban"\)/);
    expect(checkDatabaseUrl('postgresql://lianban@db:5432/lianban')).toBe('postgresql://lianban@db:5432/lianban');
    expect(redactUrl('postgres://u:pa ss@h/db')).toBe('postgres://u:***@h/db');
  });

  it('a closed port: connection refused, is the server running?', async () => {
    const url = `postgres://postgres@127.0.0.1:${await closedPort()}/lianban`;
    const error = await connectError(url);
    expect(databaseProblem(error, url)).toBe(
      `DATABASE_URL: cannot connect to PostgreSQL at 127.0.0.1:${new URL(url).port} (connection refused): is the server running, and on this port?`,
    );
    expect(describeStartupError(error, { database: { url, variable: 'DATABASE_URL' } })).toBe(databaseProblem(error, url));
  });

  it('a database that does not exist, or a user the server refuses', async () => {
    const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const missing = new URL(server);
    missing.pathname = '/lianban_no_such_database';
    expect(databaseProblem(await connectError(missing.toString()), missing.toString())).toBe(
      `DATABASE_URL: PostgreSQL at ${missing.hostname}:${missing.port || 5432} refused: database "lianban_no_such_database" does not exist: create the database or name an existing one`,
    );
    const stranger = new URL(server);
    stranger.username = 'lianban_no_such_user';
    stranger.password = 'x';
    expect(databaseProblem(await connectError(stranger.toString()), stranger.toString())).toMatch(
      /^DATABASE_URL: PostgreSQL at .* refused: .*lianban_no_such_user.*: check the user/,
    );
  });

  it('an unknown host, wrapped the way drivers wrap it', () => {
    const lookup = Object.assign(new Error('getaddrinfo ENOTFOUND db.internal'), { code: 'ENOTFOUND', syscall: 'getaddrinfo', hostname: 'db.internal' });
    const wrapped = new Error('connection failed', { cause: lookup });
    expect(databaseProblem(wrapped, 'postgres://u@db.internal/lianban')).toBe(
      'DATABASE_URL: cannot connect to PostgreSQL at db.internal:5432 (no such host): check the host name',
    );
  });

  it('a port in use, a privileged port, an address not of this machine', () => {
    const listenError = (code: string, port: number, address = '0.0.0.0') =>
      Object.assign(new Error(`listen ${code}: ${address}:${port}`), { code, syscall: 'listen', address, port });
    expect(listenProblem(listenError('EADDRINUSE', 4000))).toBe('PORT 4000 is already in use: stop the other program or set PORT');
    expect(listenProblem(listenError('EACCES', 80))).toBe('PORT 80 needs privileges this process does not have: set PORT to 1024 or above');
    expect(listenProblem(listenError('EADDRNOTAVAIL', 4000, '10.9.9.9'))).toBe(
      'HOST 10.9.9.9 is not an address of this machine: set HOST to one of its addresses, or 0.0.0.0',
    );
    expect(describeStartupError(new Error('something else'))).toBe('something else');
  });
});
