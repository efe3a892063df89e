import { createPrivateKey, createPublicKey } from 'node:crypto';
import { z } from 'zod';
import { type ObservabilityConfig, observabilityConfigFrom, observabilityEnvSchema } from './observability';
import { StartupError } from './startup';
import { type JobsConfig, jobsConfigFrom, jobsEnvSchema } from './jobs';
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
    PORT: portVariable('PORT', defaultPort),
    DATABASE_URL: z
      .string({ message: 'DATABASE_URL must be a postgres:// URL' })
      .regex(/^postgres(ql)?:\/\/[^/?#]+/, { message: 'DATABASE_URL must be a postgres:// URL: postgres://user:password@host:port/database' }),
    LIANBAN_AUTH_PUBLIC_KEY: keyVariable('LIANBAN_AUTH_PUBLIC_KEY', 'public'),
    LIANBAN_DEBUG_SQL: z
      .enum(['true', 'false', '1', '0'])
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
    ...observabilityEnvSchema.shape,
  }).extend(revocationEnvSchema.shape).extend(jobsEnvSchema.shape);
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
  /** Logs, metrics and traces (defaults: info logs, open /metrics, no traces). */
  observability?: ObservabilityConfig;
  /** The durable job queue (pg-boss) for background work; none: the subgraph runs without it. */
  jobs?: JobsConfig;
}

/**
 * A PEM Ed25519 key variable, read as a key at start: a key that is cut short or of another kind stops
 * the start with the variable's name, rather than failing every signed-in request later.
 */
export function keyVariable(name: string, kind: 'public' | 'private') {
  const pem = kind === 'public' ? 'PUBLIC KEY' : 'PRIVATE KEY';
  return z
    .string({ message: `${name} must hold the PEM ${kind} key that sign-in tokens are ${kind === 'public' ? 'verified' : 'signed'} with` })
    .includes(`BEGIN ${pem}`, { message: `${name} must be a PEM ${kind} key (-----BEGIN ${pem}-----)` })
    .refine(
      (value) => {
        try {
          const key = kind === 'public' ? createPublicKey(value) : createPrivateKey(value);
          return key.asymmetricKeyType === 'ed25519';
        } catch {
          return false;
        }
      },
      { message: `${name} is not a readable Ed25519 ${kind} key: check that the whole PEM (${kind === 'public' ? 'SPKI' : 'PKCS8'}) was copied` },
    );
}

/** A port variable: a whole number from 0 to 65535, with a message naming the variable. */
export function portVariable(name: string, defaultPort: number) {
  return z.coerce
    .number({ message: `${name} must be a port number from 0 to 65535` })
    .int({ message: `${name} must be a port number from 0 to 65535` })
    .min(0, { message: `${name} must be a port number from 0 to 65535` })
    .max(65535, { message: `${name} must be a port number from 0 to 65535` })
    .default(defaultPort);
}

/**
 * Parses environment variables with `schema`, failing with one line per wrong variable, each starting
 * with the variable's name (`PORT must be a port number from 0 to 65535`).
 */
export function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
    });
    throw new StartupError(problems.join('\n'));
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
    calls.map((service) => {
      const message = `${service.toUpperCase()}_URL must be the URL of the ${service} subgraph`;
      return [`${service.toUpperCase()}_URL`, z.string({ message }).url({ message })];
    }),
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
    observability: observabilityConfigFrom(parsed),
    jobs: jobsConfigFrom(parsed),
  };
}
