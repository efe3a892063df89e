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
    // regression: the message read "'' exceeds maximum operation depth of 12"
    expect(result.errors?.[0]?.message).toBe('This operation is 15 levels deep; the limit is 12: ask for fewer nested fields');
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

  /** Sends `query` as `as` (null: no token) and expects it refused with `code`, HTTP 400, before any subgraph is called. */
  async function expectRefused(query: string, variables: Record<string, unknown> | undefined, as: string | null, code: string, message: string | RegExp) {
    if (as) await platform.query(`{ departments(first: 1) { id } }`, undefined, as);
    platform.resetSql();
    const result = await platform.query(query, variables, as);
    expect(result.status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(result.errors?.map(() => code));
    expect(result.errors?.map((e) => e.message)).toContainEqual(expect.stringMatching(message));
    expect(platform.sqlCount()).toBe(0);
  }

  // regression: the cost estimate took a list size from a variable's default wrongly
  it('costs a list sized by a variable\'s default as the default asks, like the same literal', async () => {
    const selection = 'items { number tasks { unit { name } } petitioners { name idNumber } }';
    const literal = await platform.query(`{ cases(first: 500) { ${selection} } }`);
    expect(literal.errors?.[0]?.message).toMatch(/would cost about 22001 \(the limit is 20000\)/);
    await expectRefused(`query ($n: Int! = 500) { cases(first: $n) { ${selection} } }`, undefined, 'registrar', 'GRAPHQL_VALIDATION_FAILED', /would cost about 22001 \(the limit is 20000\)/);
    const sent = await platform.query(`query ($n: Int! = 500) { cases(first: $n) { ${selection} } }`, { n: 2 });
    expect(sent.errors).toBeUndefined();
    expect(sent.data).toMatchObject({ cases: { items: [{ number: expect.any(String) }, { number: expect.any(String) }] } });
  });

  // regression: 100 aliases of caseStatistics in one request ran (0.8 s)
  it('refuses 100 aliased office reports by the alias limit, and 20 by their cost', async () => {
    const report = (n: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `r${i}: caseStatistics(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") { matters { value } }`).join(' ')} }`;
    await expectRefused(report(100), undefined, 'registrar', 'GRAPHQL_VALIDATION_FAILED', 'This operation uses 100 aliases; the limit is 30');
    await expectRefused(report(20), undefined, 'registrar', 'GRAPHQL_VALIDATION_FAILED', /would cost about 20060 \(the limit is 20000\)/);
    const two = await platform.query(report(2));
    expect(two.errors).toBeUndefined();
  });

  // regression: 60 aliased login mutations without a token ran 60 scrypt hashes
  it('allows one login per operation, before any password is hashed', async () => {
    const logins = Array.from({ length: 60 }, (_, i) => `l${i}: login(username: "registrar", password: "guess-${i}") { token }`).join(' ');
    await expectRefused(`mutation { ${logins} }`, undefined, null, 'GRAPHQL_VALIDATION_FAILED', /This operation uses 60 aliases; the limit is 30|asks for login 60 times/);
    await expectRefused(
      `mutation { a: login(username: "registrar", password: "x") { token } b: login(username: "registrar", password: "y") { token } }`,
      undefined, null, 'GRAPHQL_VALIDATION_FAILED', 'This operation asks for login 2 times; the limit is once per operation',
    );
  });

  // regression: 3,000 aliased tokenRevoked ran without a token
  it('refuses 3,000 aliased tokenRevoked by the token limit, before parsing', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `t${i}: tokenRevoked(tokenId: "00000000-0000-4000-8000-000000000000")`).join(' ');
    await expectRefused(`{ ${many} }`, undefined, null, 'BAD_REQUEST', 'This operation is 24002 tokens long; the limit is 2000');
    await expectRefused(
      `{ a: tokenRevoked(tokenId: "00000000-0000-4000-8000-000000000000") b: tokenRevoked(tokenId: "00000000-0000-4000-8000-000000000001") }`,
      undefined, null, 'GRAPHQL_VALIDATION_FAILED', 'This operation asks for tokenRevoked 2 times; the limit is once per operation',
    );
    await expectRefused(`query @skip(if: false) ${'@include(if: true) '.repeat(60)}{ me { username } }`, undefined, null, 'GRAPHQL_VALIDATION_FAILED', /uses 61 directives; the limit is 50/);
  });

  // regression: field suggestions ("Did you mean case or cases?") answered callers with no token
  it('suggests no field names outside development, to callers with or without a token', async () => {
    for (const as of [null, 'registrar']) {
      const result = await platform.query(`{ cas(id: "x") { id } }`, undefined, as);
      expect(result.status).toBe(400);
      expect(result.errors?.[0]?.message).toBe('Cannot query field "cas" on type "Query".');
    }
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
      subgraphs: { assessment: 'ok', cases: 'ok', departments: 'ok', meetings: 'ok', notices: 'ok', screening: 'ok' },
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
