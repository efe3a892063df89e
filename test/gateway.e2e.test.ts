/** The gateway's protections, as a client on the network meets them. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'gateway', 50);
});
afterAll(async () => {
  await platform?.stop();
});

const base = () => platform.url.replace(/\/graphql$/, '');

describe('gateway protections', () => {
  it('refuses a query nested deeper than the limit before any subgraph is called', async () => {
    let deep = 'id';
    for (let i = 0; i < 14; i++) deep = `parent { ${deep} }`;
    await platform.query(`{ departments(first: 1) { id } }`); // signs in; the token's status is then remembered
    platform.resetSql();
    const result = await platform.query(`{ departments(first: 1) { ${deep} } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toMatch(/exceeds maximum operation depth of 12/);
    expect(platform.sqlCount()).toBe(0);
  });

  it('refuses an operation whose estimated cost is over the limit, before any subgraph is called', async () => {
    await platform.query(`{ departments(first: 1) { id } }`);
    platform.resetSql();
    const result = await platform.query(`{ departments(first: 200) { casesOriginating(first: 100) { tasks { unit { name } } } } }`);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' }, message: expect.stringMatching(/would cost about \d+ \(the limit is 20000\)/) });
    expect(platform.sqlCount()).toBe(0);
    const affordable = await platform.query(`{ departments(first: 5) { casesOriginating(first: 3) { number } } }`);
    expect(affordable.errors).toBeUndefined();
  });

  it('answers an oversized body with 413 without reading it', async () => {
    const response = await fetch(platform.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ departments { id } }`, padding: 'x'.repeat(1_100_000) }),
    });
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'BAD_REQUEST' } }] });
  });

  it('blocks a simple GET that a browser could send cross-site (CSRF)', async () => {
    const response = await fetch(`${platform.url}?query=${encodeURIComponent('{ departments(first: 1) { id } }')}`);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF/);
  });

  it('turns introspection and the IDE off outside development', async () => {
    const result = await platform.query(`{ __schema { queryType { name } } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect((await fetch(`${base()}/ide`)).status).toBe(404);
  });

  it('reports itself healthy only with every subgraph answering', async () => {
    const response = await fetch(`${base()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      status: 'ok',
      subgraphs: { assessment: 'ok', cases: 'ok', departments: 'ok', meetings: 'ok' },
    });
  });

  it('says which subgraph is down when one stops, and the rest still answer', async () => {
    const meetings = platform.platform.subgraphs.find((s) => s.name === 'meetings')!;
    await meetings.stop();
    const health = await fetch(`${base()}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { reason: string }).reason).toMatch(/meetings/);
    const result = await platform.query(`{ departments(kinds: [LEADERSHIP]) { code } }`);
    expect(result.data).toEqual({ departments: [{ code: 'D-QW' }, { code: 'D-QZF' }] });
  });
});
