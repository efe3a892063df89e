import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

const key = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();

describe('gateway configuration', () => {
  it('has defaults for every limit', () => {
    expect(loadConfig({ LIANBAN_AUTH_PUBLIC_KEY: key })).toMatchObject({
      port: 4000,
      maxQueryDepth: 12,
      maxQueryCost: 20_000,
      maxQueryAliases: 30,
      maxQueryDirectives: 50,
      maxQueryTokens: 2000,
      maxBodyBytes: 1_000_000,
    });
  });

  // regression: wrong configuration stops with one line per variable, naming it
  it('says which variable is wrong, one line each', () => {
    expect(() => loadConfig({ LIANBAN_AUTH_PUBLIC_KEY: key, PORT: '99999', MAX_QUERY_TOKENS: 'many' })).toThrow(
      'PORT must be a port number from 0 to 65535\nMAX_QUERY_TOKENS must be a whole number of 100 or more',
    );
    expect(() => loadConfig({ LIANBAN_AUTH_PUBLIC_KEY: key, SUPERGRAPH_PATH: '/nowhere/supergraph.graphql' })).toThrow(
      'SUPERGRAPH_PATH names no file: run npm run schema, or point it at the composed supergraph',
    );
  });
});
