import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseEnv, subgraphEnvSchema } from './config';
import { checkArgumentText, checkId, checkPage, checkText, textProblem } from './validation';

describe('input checks', () => {
  it('accepts pages in range and names the argument that is out of range', () => {
    expect(checkPage(50, 0)).toEqual({ first: 50, offset: 0 });
    expect(() => checkPage(501, 0)).toThrow(/first must be a whole number from 1 to 500, got 501/);
    expect(() => checkPage(10, -1)).toThrow(/offset/);
  });

  it('normalises ids and refuses malformed ones', () => {
    expect(checkId('5B0C6A43-1C2D-5E3F-8A9B-0C1D2E3F4A5B', 'id')).toBe('5b0c6a43-1c2d-5e3f-8a9b-0c1d2e3f4a5b');
    expect(() => checkId("1' or '1'='1", 'filter.townshipId')).toThrow(/filter.townshipId is not a valid ID/);
  });
});

describe('text that cannot be stored', () => {
  // regression: fuzzed inputs answered INTERNAL_SERVER_ERROR for a NUL or a lone surrogate in any text
  it('finds a NUL and half a surrogate pair, and leaves whole characters alone', () => {
    expect(textProblem('信访 ok 𠀀 👍🏽')).toBeUndefined();
    expect(textProblem('a\u0000b')).toMatch(/NUL/);
    expect(textProblem('a\ud800b')).toMatch(/surrogate/);
    expect(textProblem('\udc00')).toMatch(/surrogate/);
    expect(textProblem('𠀀'.slice(0, 1))).toMatch(/surrogate/);
    expect(() => checkText(' a\u0000 ', 'input.summary', 10)).toThrow(/input.summary contains a NUL/);
  });

  it('names the path of the first bad text in an argument', () => {
    const input = { summary: 'fine', petitioners: [{ name: '张三' }, { name: '李\ud800四' }], at: new Date(0) };
    expect(() => checkArgumentText(input, 'input')).toThrow(
      expect.objectContaining({ extensions: { code: 'BAD_USER_INPUT', field: 'input.petitioners[1].name' } }),
    );
    expect(() => checkArgumentText({ ...input, petitioners: [] }, 'input')).not.toThrow();
  });
});

describe('configuration', () => {
  it('applies defaults and reports every wrong variable by name', () => {
    const key = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    expect(parseEnv(subgraphEnvSchema(4002), { DATABASE_URL: 'postgres://db/lianban', LIANBAN_AUTH_PUBLIC_KEY: key })).toEqual({
      HOST: '0.0.0.0',
      PORT: 4002,
      DATABASE_URL: 'postgres://db/lianban',
      LIANBAN_AUTH_PUBLIC_KEY: key,
      LIANBAN_DEBUG_SQL: false,
      LIANBAN_REVOCATION_CACHE_MS: 10_000,
      LIANBAN_REVOCATION_GRACE_MS: 120_000,
      LIANBAN_LOG_LEVEL: 'info',
      LIANBAN_METRICS_MAX_OPERATIONS: 100,
      LIANBAN_JOBS: 'on',
      LIANBAN_JOBS_SCHEMA: 'pgboss',
      LIANBAN_JOBS_POLL_SECONDS: 2,
    });
    expect(() => parseEnv(subgraphEnvSchema(4002), { LIANBAN_REVOCATION_CACHE_MS: '-1', DATABASE_URL: 'postgres://db/lianban', LIANBAN_AUTH_PUBLIC_KEY: key })).toThrow(
      /LIANBAN_REVOCATION_CACHE_MS:/,
    );
    // regression: wrong configuration stops with one line per variable, each naming it once
    expect(() => parseEnv(subgraphEnvSchema(4002), { PORT: 'eighty', LIANBAN_AUTH_PUBLIC_KEY: 'secret' })).toThrow(
      [
        'PORT must be a port number from 0 to 65535',
        'DATABASE_URL must be a postgres:// URL',
        'LIANBAN_AUTH_PUBLIC_KEY must be a PEM public key (-----BEGIN PUBLIC KEY-----)',
      ].join('\n'),
    );
    const cut = key.replace(/\n[A-Za-z0-9+/=]+\n/, '\nMCowBQYDK2VwAyEA\n');
    expect(() => parseEnv(subgraphEnvSchema(4002), { DATABASE_URL: 'postgres://db/lianban', LIANBAN_AUTH_PUBLIC_KEY: cut })).toThrow(
      'LIANBAN_AUTH_PUBLIC_KEY is not a readable Ed25519 public key: check that the whole PEM (SPKI) was copied',
    );
  });
});
