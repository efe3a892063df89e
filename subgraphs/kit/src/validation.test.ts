import { describe, expect, it } from 'vitest';
import { parseEnv, subgraphEnvSchema } from './config';
import { checkId, checkPage } from './validation';

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

describe('configuration', () => {
  it('applies defaults and reports every wrong variable by name', () => {
    const key = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA\n-----END PUBLIC KEY-----';
    expect(parseEnv(subgraphEnvSchema(4002), { DATABASE_URL: 'postgres://db/lianban', LIANBAN_AUTH_PUBLIC_KEY: key })).toEqual({
      HOST: '0.0.0.0',
      PORT: 4002,
      DATABASE_URL: 'postgres://db/lianban',
      LIANBAN_AUTH_PUBLIC_KEY: key,
      LIANBAN_DEBUG_SQL: false,
      LIANBAN_LOG_LEVEL: 'info',
      LIANBAN_METRICS_MAX_OPERATIONS: 100,
    });
    expect(() => parseEnv(subgraphEnvSchema(4002), { PORT: 'eighty', LIANBAN_AUTH_PUBLIC_KEY: 'secret' })).toThrow(
      /PORT:[\s\S]*DATABASE_URL:[\s\S]*LIANBAN_AUTH_PUBLIC_KEY: LIANBAN_AUTH_PUBLIC_KEY must be a PEM public key/,
    );
  });
});
