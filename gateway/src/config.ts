import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type ObservabilityConfig, keyVariable, observabilityConfigFrom, observabilityEnvSchema, parseEnv, portVariable, type RevocationOptions, revocationEnvSchema, revocationOptions } from '@lianban/kit';
import { z } from 'zod';

const SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** A limit: a whole number of at least `min`, with a message naming the variable. */
function limit(name: string, min: number, defaultValue: number) {
  const message = `${name} must be a whole number of ${min} or more`;
  return z.coerce.number({ message }).int({ message }).min(min, { message }).default(defaultValue);
}

const SUBGRAPH_TIMEOUT = 'SUBGRAPH_TIMEOUT_MS must be a whole number of milliseconds from 100 to 600000';

/** Environment variables the gateway reads, with their defaults. */
export const gatewayEnvSchema = z.object({
  HOST: z.string().default('0.0.0.0'),
  PORT: portVariable('PORT', 4000),
  /** `development` turns on introspection and the local IDE at /ide */
  LIANBAN_ENV: z.enum(['development', 'production']).default('production'),
  SUPERGRAPH_PATH: z
    .string()
    .default(SUPERGRAPH)
    .refine((path) => existsSync(path), { message: 'SUPERGRAPH_PATH names no file: run npm run schema, or point it at the composed supergraph' }),
  DEPARTMENTS_URL: z.string().url().optional(),
  CASES_URL: z.string().url().optional(),
  MEETINGS_URL: z.string().url().optional(),
  ASSESSMENT_URL: z.string().url().optional(),
  SCREENING_URL: z.string().url().optional(),
  NOTICES_URL: z.string().url().optional(),
  LIANBAN_AUTH_PUBLIC_KEY: keyVariable('LIANBAN_AUTH_PUBLIC_KEY', 'public'),
  MAX_QUERY_DEPTH: limit('MAX_QUERY_DEPTH', 2, 12),
  MAX_QUERY_COST: limit('MAX_QUERY_COST', 10, 20_000),
  MAX_QUERY_ALIASES: limit('MAX_QUERY_ALIASES', 0, 30),
  MAX_QUERY_DIRECTIVES: limit('MAX_QUERY_DIRECTIVES', 0, 50),
  MAX_QUERY_TOKENS: limit('MAX_QUERY_TOKENS', 100, 2000),
  MAX_BODY_BYTES: limit('MAX_BODY_BYTES', 1024, 1_000_000),
  /** the import mutations (补录) carry a workbook in base64: they alone may send this much */
  MAX_IMPORT_BODY_BYTES: limit('MAX_IMPORT_BODY_BYTES', 1024, 12_000_000),
  /** a subgraph that has not answered within this time counts as down (SERVICE_UNAVAILABLE for its fields) */
  SUBGRAPH_TIMEOUT_MS: z.coerce
    .number({ message: SUBGRAPH_TIMEOUT })
    .int({ message: SUBGRAPH_TIMEOUT })
    .min(100, { message: SUBGRAPH_TIMEOUT })
    .max(600_000, { message: SUBGRAPH_TIMEOUT })
    .default(30_000),
  ...observabilityEnvSchema.shape,
}).extend(revocationEnvSchema.shape);

export interface GatewayConfig {
  host: string;
  port: number;
  development: boolean;
  supergraphPath: string;
  /** Subgraph URLs by subgraph name; a subgraph not named here is called at the URL in the supergraph. */
  subgraphUrls: Record<string, string>;
  maxQueryDepth: number;
  /** Largest estimated cost (fields times the list sizes asked for) of an operation. */
  maxQueryCost: number;
  /** Most aliased fields in one operation. */
  maxQueryAliases: number;
  /** Most directives in one operation. */
  maxQueryDirectives: number;
  /** Most tokens in a request's document (counted before it is parsed). */
  maxQueryTokens: number;
  maxBodyBytes: number;
  /** Largest body of an operation that asks only for the import mutations (`importCases`, `importCasesDryRun`). */
  maxImportBodyBytes: number;
  /** How long a subgraph may take to answer before its fields are given up (ms). */
  subgraphTimeoutMs: number;
  authPublicKey: string;
  /** How long a token's sign-out status is remembered, and honoured while the departments subgraph does not answer. */
  revocation: RevocationOptions;
  /** A token the development IDE sends by default (set by `npm start` on the demo; never from the environment). */
  ideToken?: string;
  /** Logs, metrics and traces (defaults: info logs, open /metrics, no traces). */
  observability?: ObservabilityConfig;
}

/** The only place the gateway reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = parseEnv(gatewayEnvSchema, env);
  const subgraphUrls: Record<string, string> = {};
  for (const name of ['departments', 'cases', 'meetings', 'assessment', 'screening', 'notices'] as const) {
    const url = parsed[`${name.toUpperCase()}_URL` as 'CASES_URL'];
    if (url) subgraphUrls[name] = url;
  }
  return {
    host: parsed.HOST,
    port: parsed.PORT,
    development: parsed.LIANBAN_ENV === 'development',
    supergraphPath: parsed.SUPERGRAPH_PATH,
    subgraphUrls,
    maxQueryDepth: parsed.MAX_QUERY_DEPTH,
    maxQueryCost: parsed.MAX_QUERY_COST,
    maxQueryAliases: parsed.MAX_QUERY_ALIASES,
    maxQueryDirectives: parsed.MAX_QUERY_DIRECTIVES,
    maxQueryTokens: parsed.MAX_QUERY_TOKENS,
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    maxImportBodyBytes: parsed.MAX_IMPORT_BODY_BYTES,
    subgraphTimeoutMs: parsed.SUBGRAPH_TIMEOUT_MS,
    authPublicKey: parsed.LIANBAN_AUTH_PUBLIC_KEY,
    revocation: revocationOptions(parsed),
    observability: observabilityConfigFrom(parsed),
  };
}
