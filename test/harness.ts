import { generateKeys } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import { openPlatformOrms } from '../scripts/platform-db';
import { type PlatformOptions, startPlatform, type RunningPlatform } from '../scripts/run-platform';
import { DEMO_PASSWORD, type District, generateDistrict } from '../scripts/seed/district';
import { loadDistrict } from '../scripts/seed/load';

export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  data?: TData | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** The day end-to-end tests load the demo district on: pinned, so the district is the same every run. */
export const LOAD_DAY = new Date('2026-11-23T10:00:00+08:00');

/**
 * The whole platform on a database of its own, seeded with a small demo district (the same generator
 * `npm run seed` uses, loaded on LOAD_DAY), gateway and subgraphs on free ports.
 */
export async function startTestPlatform(
  serverUrl: string,
  label: string,
  casesPerYear = 600,
  /** Logs are silent unless a test says otherwise (e.g. `observe` to capture them); a short revocation cache lets a test see a sign-out reach every service without waiting. */
  options: Pick<PlatformOptions, 'observability' | 'observe' | 'revocation' | 'jobs'> = {},
) {
  const db = await createTestDatabase(serverUrl, label);
  const district: District = generateDistrict(11, casesPerYear, LOAD_DAY);
  const setup = await openPlatformOrms(db.url);
  try {
    await setup.migrateAll();
    await loadDistrict(setup.orms, district);
  } finally {
    await setup.close();
  }
  let platform: RunningPlatform;
  const keys = await generateKeys();
  try {
    platform = await startPlatform({
      databaseUrl: db.url,
      gatewayPort: 0,
      randomPorts: true,
      development: false,
      keys,
      observability: { logLevel: 'silent', maxOperationNames: 100 },
      ...options,
    });
  } catch (error) {
    await db.drop();
    throw error;
  }
  const tokens = new Map<string, string>();
  async function send<TData = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> | undefined,
    token: string | null,
  ): Promise<GraphQLResponse<TData>> {
    const response = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  }
  return {
    district,
    platform,
    url: platform.gateway.url,
    /**
     * SQL statements sent by all subgraphs since the last `resetSql`, leaving out the
     * sign-out checks on the caller's token (made once per token and `LIANBAN_REVOCATION_CACHE_MS` by the
     * gateway and by each subgraph, departments included: not work a query asked for).
     */
    sqlCount: () =>
      platform.subgraphs.reduce((sum, s) => sum + s.counter.statements.filter((q) => !/"session"/.test(q)).length, 0),
    resetSql: () => platform.subgraphs.forEach((s) => s.counter.reset(true)),
    keys,
    /** Signs in through the gateway as a demo account (tokens are kept per username). */
    async login(username: string): Promise<string> {
      const known = tokens.get(username);
      if (known) return known;
      const result = await send<{ login: { token: string } }>(
        `mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { token } }`,
        { u: username, p: DEMO_PASSWORD },
        null,
      );
      if (!result.data) throw new Error(`could not sign in as ${username}: ${JSON.stringify(result.errors)}`);
      tokens.set(username, result.data.login.token);
      return result.data.login.token;
    },
    /** Sends an operation through the gateway as `as` (a demo username; the registrar unless said; null: nobody). */
    async query<TData = Record<string, unknown>>(
      query: string,
      variables?: Record<string, unknown>,
      as: string | null = 'registrar',
    ): Promise<GraphQLResponse<TData>> {
      return send<TData>(query, variables, as === null ? null : await this.login(as));
    },
    /** Sends an operation with exactly this bearer token (or none). */
    send,
    async stop() {
      await platform.stop();
      await db.drop();
    },
  };
}

export type TestPlatform = Awaited<ReturnType<typeof startTestPlatform>>;
