import { fileURLToPath } from 'node:url';
import { type ObservabilityConfig, observabilityConfigFrom, observabilityEnvSchema, parseEnv } from '@lianban/kit';
import { z } from 'zod';

const SUPERGRAPH = fileURLToPath(new URL('../../schema/supergraph.graphql', import.meta.url));

/** Environment variables the gateway reads, with their defaults. */
export const gatewayEnvSchema = z.object({
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** `development` turns on introspection and the local IDE at /ide */
  LIANBAN_ENV: z.enum(['development', 'production']).default('production'),
  SUPERGRAPH_PATH: z.string().default(SUPERGRAPH),
  DEPARTMENTS_URL: z.string().url().optional(),
  CASES_URL: z.string().url().optional(),
  MEETINGS_URL: z.string().url().optional(),
  ASSESSMENT_URL: z.string().url().optional(),
  LIANBAN_AUTH_PUBLIC_KEY: z
    .string({ message: 'LIANBAN_AUTH_PUBLIC_KEY must hold the PEM public key that sign-in tokens are verified with' })
    .includes('BEGIN PUBLIC KEY', { message: 'LIANBAN_AUTH_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)' }),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
  MAX_QUERY_COST: z.coerce.number().int().min(10).default(20_000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1024).default(1_000_000),
  ...observabilityEnvSchema.shape,
});

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
  maxBodyBytes: number;
  authPublicKey: string;
  /** A token the development IDE sends by default (set by `npm start` on the demo; never from the environment). */
  ideToken?: string;
  /** Logs, metrics and traces (defaults: info logs, open /metrics, no traces). */
  observability?: ObservabilityConfig;
}

/** The only place the gateway reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): GatewayConfig {
  const parsed = parseEnv(gatewayEnvSchema, env);
  const subgraphUrls: Record<string, string> = {};
  for (const name of ['departments', 'cases', 'meetings', 'assessment'] as const) {
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
    maxBodyBytes: parsed.MAX_BODY_BYTES,
    authPublicKey: parsed.LIANBAN_AUTH_PUBLIC_KEY,
    observability: observabilityConfigFrom(parsed),
  };
}
