import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { embeddedDataDir, startEmbeddedPostgres } from '@lianban/kit';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Admin URL of the PostgreSQL server tests create their databases on. */
    databaseServerUrl: string;
  }
}

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Tests run against `DATABASE_URL` when it is set, otherwise against an embedded PostgreSQL kept in
 * `.data/postgres-test`. Each test file then creates a database of its own on that server.
 */
export default async function setup(project: TestProject) {
  const configured = process.env.DATABASE_URL;
  if (configured) {
    project.provide('databaseServerUrl', configured);
    return;
  }
  const server = await startEmbeddedPostgres(embeddedDataDir(root, 'postgres-test'), (line) => {
    if (/error|fatal/i.test(line)) console.error(line);
  });
  console.log(`tests use the embedded PostgreSQL on port ${server.port}`);
  project.provide('databaseServerUrl', server.url);
  return async () => {
    await server.stop();
  };
}
