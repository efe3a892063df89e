import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type StartupPlace, checkDatabaseUrl, describeStartupError, databaseUrl, embeddedDataDir, ensureDatabase, startEmbeddedPostgres } from '@lianban/kit';

export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATABASE = 'lianban';

export interface ResolvedDatabase {
  url: string;
  /** Where it is, for the start-up banner. */
  description: string;
  stop: () => Promise<void>;
}

/** Where a command's database and gateway port come from, for the line it prints when it cannot use them. */
export function startupPlace(database?: ResolvedDatabase): StartupPlace {
  const configured = process.env.DATABASE_URL;
  const url = configured ?? database?.url;
  return {
    database: url ? { url, variable: configured ? 'DATABASE_URL' : 'the embedded PostgreSQL' } : undefined,
    listen: { portVariable: 'PORT', hostVariable: 'HOST' },
  };
}

/**
 * Makes a command that fails print one line saying what to fix (the variable at fault and what to do)
 * and exit with status 1, instead of a stack trace.
 */
export function exitWithOneLine(): void {
  process.once('uncaughtException', (error) => {
    console.error(describeStartupError(error, startupPlace()));
    process.exit(1);
  });
}

/**
 * The database the platform uses: DATABASE_URL when set; otherwise the `lianban` database on an
 * embedded PostgreSQL whose files stay in the project (.data/postgres) and are reused next time.
 */
export async function resolveDatabase(log: (line: string) => void = console.log): Promise<ResolvedDatabase> {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    checkDatabaseUrl(configured);
    return { url: configured, description: `DATABASE_URL (${new URL(configured).host})`, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres(embeddedDataDir(PROJECT_ROOT, 'postgres'), (line) => {
    if (/FATAL|PANIC/.test(line)) log(line);
  });
  await ensureDatabase(server.url, DATABASE);
  return {
    url: databaseUrl(server.url, DATABASE),
    description: `embedded PostgreSQL on 127.0.0.1:${server.port} (files in ${server.dataDir})`,
    stop: server.stop,
  };
}
