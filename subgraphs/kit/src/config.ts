import { z } from 'zod';
import { DEFAULT_REVOCATION, type RevocationOptions } from './revocation';

/** How long a token's sign-out status is remembered, and honoured while it cannot be checked (gateway and subgraphs). */
export const revocationEnvSchema = z.object({
  LIANBAN_REVOCATION_CACHE_MS: z.coerce.number().int().min(0).max(3_600_000).default(DEFAULT_REVOCATION.cacheMs),
  LIANBAN_REVOCATION_GRACE_MS: z.coerce.number().int().min(0).max(3_600_000).default(DEFAULT_REVOCATION.graceMs),
});

/** The revocation settings out of parsed environment variables. */
export function revocationOptions(parsed: z.infer<typeof revocationEnvSchema>): RevocationOptions {
  return { cacheMs: parsed.LIANBAN_REVOCATION_CACHE_MS, graceMs: parsed.LIANBAN_REVOCATION_GRACE_MS };
}

/** Environment variables every subgraph reads, with their defaults. */
export function subgraphEnvSchema(defaultPort: number) {
  return z.object({
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(defaultPort),
    DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgres:// URL' }),
    LIANBAN_AUTH_PUBLIC_KEY: z
      .string({ message: 'LIANBAN_AUTH_PUBLIC_KEY must hold the PEM public key that sign-in tokens are verified with' })
      .includes('BEGIN PUBLIC KEY', { message: 'LIANBAN_AUTH_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)' }),
    LIANBAN_DEBUG_SQL: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
  }).extend(revocationEnvSchema.shape);
}

/** A subgraph's resolved configuration. */
export interface SubgraphConfig {
  name: string;
  /** PostgreSQL schema the subgraph owns. */
  dbSchema: string;
  host: string;
  port: number;
  databaseUrl: string;
  debugSql: boolean;
  /** URLs of the other subgraphs this one calls (documented service calls), by subgraph name. */
  serviceUrls: Record<string, string>;
  /** PEM public key that sign-in tokens are verified with. */
  authPublicKey: string;
  /** PEM private key tokens are signed with (only the subgraph that signs people in). */
  authPrivateKey?: string;
  /** How sign-outs are checked (defaults: DEFAULT_REVOCATION). */
  revocation?: RevocationOptions;
}

/** Parses environment variables with `schema`, failing with one line per wrong variable. */
export function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Reads a subgraph's configuration from the environment. */
export function loadSubgraphConfig(
  name: string,
  defaultPort: number,
  env: Record<string, string | undefined>,
  /** Subgraphs this one calls: each needs `<NAME>_URL`, e.g. DEPARTMENTS_URL. */
  calls: string[] = [],
): SubgraphConfig {
  const services = Object.fromEntries(
    calls.map((service) => [`${service.toUpperCase()}_URL`, z.string().url({ message: `${service.toUpperCase()}_URL must be the URL of the ${service} subgraph` })]),
  );
  const parsed = parseEnv(subgraphEnvSchema(defaultPort).extend(services), env) as z.infer<ReturnType<typeof subgraphEnvSchema>> & Record<string, string>;
  return {
    serviceUrls: Object.fromEntries(calls.map((service) => [service, parsed[`${service.toUpperCase()}_URL`]])),
    name,
    dbSchema: name,
    host: parsed.HOST,
    port: parsed.PORT,
    databaseUrl: parsed.DATABASE_URL,
    debugSql: parsed.LIANBAN_DEBUG_SQL,
    authPublicKey: parsed.LIANBAN_AUTH_PUBLIC_KEY,
    revocation: revocationOptions(parsed),
  };
}
