/**
 * What a service or command prints when it cannot start: one line that names the variable (or port)
 * at fault and what to do, instead of a stack trace or a bare "connect ECONNREFUSED".
 */

/** Where a failing start-up was pointed: the variable its database came from, and the variables it listens by. */
export interface StartupPlace {
  /** The database it used, and the variable that named it (e.g. DATABASE_URL); absent for an embedded one. */
  database?: { url: string; variable?: string };
  /** The variables that chose the address it listens on. */
  listen?: { portVariable: string; hostVariable?: string };
}

/** A start-up failure whose message already says what to fix. */
export class StartupError extends Error {}

interface SystemError {
  code?: string;
  syscall?: string;
  address?: string;
  port?: number;
  hostname?: string;
  message?: string;
  cause?: unknown;
  errors?: unknown[];
}

/** The error itself and the ones it wraps (`cause`, the attempts of an AggregateError), outermost first. */
function chain(error: unknown): SystemError[] {
  const found: SystemError[] = [];
  const queue = [error];
  while (queue.length && found.length < 10) {
    const next = queue.shift();
    if (typeof next !== 'object' || next === null) continue;
    const candidate = next as SystemError;
    found.push(candidate);
    if (candidate.cause) queue.push(candidate.cause);
    if (Array.isArray(candidate.errors)) queue.push(...candidate.errors);
  }
  return found;
}

/** A database URL with its password hidden, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url.replace(/\/\/([^:/@]*):[^@]*@/, '//$1:***@');
  }
}

/** Where a database URL points, as `host:port` (PostgreSQL's default port when none is written). */
function serverOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return undefined;
  }
}

/**
 * Checks that `url` (from `variable`) is a PostgreSQL URL; the message says how one is written.
 * Returns the URL.
 */
export function checkDatabaseUrl(url: string, variable = 'DATABASE_URL'): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    // not a URL at all
  }
  if (!parsed || !/^postgres(ql)?:$/.test(parsed.protocol) || !parsed.hostname) {
    throw new StartupError(
      `${variable} is not a PostgreSQL URL (${JSON.stringify(redactUrl(url))}): write it as postgres://user:password@host:port/database`,
    );
  }
  return url;
}

const CONNECT_FAILURES: Record<string, [reason: string, advice: string]> = {
  ECONNREFUSED: ['connection refused', 'is the server running, and on this port?'],
  ENOTFOUND: ['no such host', 'check the host name'],
  EAI_AGAIN: ['the host name could not be looked up', 'check the host name and DNS'],
  ETIMEDOUT: ['no answer in time', 'check the host, the port and any firewall between'],
  EHOSTUNREACH: ['host unreachable', 'check the host and the network'],
  ENETUNREACH: ['network unreachable', 'check the host and the network'],
  ECONNRESET: ['the connection was closed', 'is it a PostgreSQL server, and does it accept this client (TLS)?'],
};

/** PostgreSQL's own refusals (SQLSTATE), with what to do about each. */
const SERVER_REFUSALS: Record<string, string> = {
  '28P01': 'check the user and password',
  '28000': 'check the user, and that pg_hba.conf lets it connect from here',
  '3D000': 'create the database or name an existing one',
  '53300': 'the server has no connection left: raise max_connections or stop other clients',
  '57P03': 'the server is starting up or shutting down: try again in a moment',
};

/** One line about a failed connection to the database, or undefined when the error is not one. */
export function databaseProblem(error: unknown, url: string, variable = 'DATABASE_URL'): string | undefined {
  const where = serverOf(url);
  for (const link of chain(error)) {
    const failure = link.code && Object.hasOwn(CONNECT_FAILURES, link.code) ? CONNECT_FAILURES[link.code] : undefined;
    if (failure && link.syscall !== 'listen') {
      return `${variable}: cannot connect to PostgreSQL at ${where ?? link.address ?? link.hostname} (${failure[0]}): ${failure[1]}`;
    }
    const advice = link.code && Object.hasOwn(SERVER_REFUSALS, link.code) ? SERVER_REFUSALS[link.code] : undefined;
    if (advice) return `${variable}: PostgreSQL at ${where} refused: ${link.message}: ${advice}`;
  }
  return undefined;
}

/** One line about an address that could not be listened on, or undefined when the error is not one. */
export function listenProblem(error: unknown, portVariable = 'PORT', hostVariable = 'HOST'): string | undefined {
  for (const link of chain(error)) {
    if (link.syscall !== 'listen' && link.code !== 'EADDRINUSE') continue;
    const port = link.port ?? '?';
    switch (link.code) {
      case 'EADDRINUSE':
        return `${portVariable} ${port} is already in use: stop the other program or set ${portVariable}`;
      case 'EACCES':
        return `${portVariable} ${port} needs privileges this process does not have: set ${portVariable} to 1024 or above`;
      case 'EADDRNOTAVAIL':
        return `${hostVariable} ${link.address ?? ''} is not an address of this machine: set ${hostVariable} to one of its addresses, or 0.0.0.0`;
      default:
        if (link.syscall === 'listen') return `cannot listen on ${hostVariable} ${link.address ?? ''} ${portVariable} ${port}: ${link.message}`;
    }
  }
  for (const link of chain(error)) {
    if (link.syscall === 'getaddrinfo' && !link.port) return `${hostVariable} ${link.hostname ?? ''} is not a known host name: set ${hostVariable} to an address of this machine`;
  }
  return undefined;
}

/** The one line to print for an error that stopped a start-up. */
export function describeStartupError(error: unknown, place: StartupPlace = {}): string {
  if (error instanceof StartupError) return error.message;
  if (place.database) {
    const line = databaseProblem(error, place.database.url, place.database.variable ?? 'the embedded PostgreSQL');
    if (line) return line;
  }
  const listening = place.listen ? listenProblem(error, place.listen.portVariable, place.listen.hostVariable) : listenProblem(error);
  if (listening) return listening;
  return error instanceof Error ? error.message : String(error);
}

/**
 * Runs a command or service's start-up: when it fails, prints the one line saying what to fix (no
 * stack trace) and exits with status 1. `place` may be a function, read when the failure happens (the
 * database is known only once the configuration is).
 */
export async function runMain(main: () => Promise<unknown>, place: StartupPlace | (() => StartupPlace) = {}): Promise<void> {
  try {
    await main();
  } catch (error) {
    console.error(describeStartupError(error, typeof place === 'function' ? place() : place));
    process.exit(1);
  }
}
