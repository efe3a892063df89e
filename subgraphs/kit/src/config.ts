import { z } from 'zod';
import { type ObservabilityConfig, observabilityConfigFrom, observabilityEnvSchema } from './observability';

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
    ...observabilityEnvSchema.shape,
  });
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
  /** Logs, metrics and traces (defaults: info logs, open /metrics, no traces). */
  observability?: ObservabilityConfig;
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
    observability: observabilityConfigFrom(parsed),
  };
}
