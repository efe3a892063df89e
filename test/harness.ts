import { createTestDatabase } from '@lianban/kit/testing';
import { openPlatformOrms } from '../scripts/platform-db';
import { startPlatform, type RunningPlatform } from '../scripts/run-platform';
import { type District, generateDistrict } from '../scripts/seed/district';
import { loadDistrict } from '../scripts/seed/load';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/**
 * The whole platform on a database of its own, seeded with a small demo district (the same generator
 * `npm run seed` uses), gateway and subgraphs on free ports.
 */
export async function startTestPlatform(serverUrl: string, label: string, casesPerYear = 600) {
  const db = await createTestDatabase(serverUrl, label);
  const district: District = generateDistrict(11, casesPerYear);
  const setup = await openPlatformOrms(db.url);
  try {
    await setup.migrateAll();
    await loadDistrict(setup.orms, district);
  } finally {
    await setup.close();
  }
  let platform: RunningPlatform;
  try {
    platform = await startPlatform({ databaseUrl: db.url, gatewayPort: 0, randomPorts: true, development: false });
  } catch (error) {
    await db.drop();
    throw error;
  }
  return {
    district,
    platform,
    url: platform.gateway.url,
    /** SQL statements sent by all subgraphs since the last `resetSql`. */
    sqlCount: () => platform.subgraphs.reduce((sum, s) => sum + s.counter.count, 0),
    resetSql: () => platform.subgraphs.forEach((s) => s.counter.reset()),
    async query<TData = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<TData>> {
      const response = await fetch(platform.gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return { status: response.status, ...((await response.json()) as object) };
    },
    async stop() {
      await platform.stop();
      await db.drop();
    },
  };
}

export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>;
