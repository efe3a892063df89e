import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import { createErrorFormatter, NotFoundError } from './errors';
import { type RunningHttp, serveHttp } from './http';
import { Observability, OperationNames, observabilityConfigFrom, observabilityEnvSchema, requestIdFrom } from './observability';

describe('operation names in metrics', () => {
  it('keeps the first names seen up to the limit and groups the rest', () => {
    const names = new OperationNames(2);
    expect(['Cases', 'Units', 'Cases', 'Meetings', 'x'.repeat(101)].map((n) => names.label(n))).toEqual(['Cases', 'Units', 'Cases', 'other', 'other']);
    expect(names.label(null)).toBe('anonymous');
    expect(names.label(undefined)).toBe('unknown');
  });
});

describe('request ids', () => {
  it('takes a short id of plain characters from the caller and makes one otherwise', () => {
    expect(requestIdFrom({ 'x-request-id': 'abc-123_4.5:6' })).toBe('abc-123_4.5:6');
    for (const given of [undefined, '', 'a'.repeat(65), 'a b', 'a\nb', '<script>']) {
      expect(requestIdFrom({ 'x-request-id': given })).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});

describe('observability configuration', () => {
  it('traces nowhere by default and follows the OTLP endpoint conventions when told to', () => {
    expect(observabilityConfigFrom(observabilityEnvSchema.parse({}))).toEqual({ logLevel: 'info', maxOperationNames: 100, metricsToken: undefined, tracesEndpoint: undefined });
    expect(observabilityConfigFrom(observabilityEnvSchema.parse({ OTEL_EXPORTER_OTLP_ENDPOINT: '' })).tracesEndpoint).toBeUndefined();
    expect(observabilityConfigFrom(observabilityEnvSchema.parse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318/' })).tracesEndpoint).toBe(
      'http://collector:4318/v1/traces',
    );
    expect(
      observabilityConfigFrom(
        observabilityEnvSchema.parse({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://a:4318', OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://b:4318/traces' }),
      ).tracesEndpoint,
    ).toBe('http://b:4318/traces');
    expect(() => observabilityEnvSchema.parse({ LIANBAN_LOG_LEVEL: 'verbose' })).toThrow(/LIANBAN_LOG_LEVEL must be one of/);
    expect(() => observabilityEnvSchema.parse({ LIANBAN_METRICS_TOKEN: 'short' })).toThrow(/at least 16/);
  });
});

describe('a served request', () => {
  let running: RunningHttp | undefined;
  afterEach(async () => {
    await running?.stop();
    running = undefined;
  });

  async function serve(config: Partial<Parameters<typeof Observability.create>[0]['config']> = {}) {
    const lines: Record<string, unknown>[] = [];
    let tracingLoads = 0;
    const observability = await Observability.create({
      service: 'probe',
      config: { logLevel: 'info', maxOperationNames: 10, ...config },
      destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
      loadTracing: () => {
        tracingLoads += 1;
        return import('./tracing');
      },
    });
    const schema = buildSchema('type Query { ok: Int, missing: Int, broken: Int }');
    const apollo = new ApolloServer({
      schema,
      rootValue: {
        ok: () => 1,
        missing: () => {
          throw new NotFoundError('Case', 'c-1');
        },
        broken: () => {
          const cause = Object.assign(new Error('duplicate key value violates unique constraint "case_number_unique"'), {
            code: '23505',
            detail: 'Key (number)=(XF2026-000001) already exists.',
          });
          throw new Error('could not register the case', { cause });
        },
      },
      formatError: createErrorFormatter(),
      plugins: [observability.apolloPlugin()],
    });
    await apollo.start();
    running = await serveHttp({ apollo, host: '127.0.0.1', port: 0, maxBodyBytes: 10_000, context: async () => ({}), observability });
    const post = (query: string, headers: Record<string, string> = {}) =>
      fetch(running!.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });
    return { lines, observability, post, url: running.url, tracingLoads: () => tracingLoads };
  }

  it('logs one line per request and unexpected errors with their cause and request id, never row values', async () => {
    const { lines, post } = await serve();
    const ok = await post('query Ok { ok }', { 'x-request-id': 'probe-1' });
    expect(ok.headers.get('x-request-id')).toBe('probe-1');
    const broken = await post('query Broken { broken }', { 'x-request-id': 'probe-2' });
    expect(((await broken.json()) as { errors: { message: string; extensions: { code: string } }[] }).errors[0]).toMatchObject({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    await post('query Missing { missing }', { 'x-request-id': 'probe-3' });
    expect(lines.filter((l) => l.msg === 'request').map((l) => [l.reqId, l.op, l.outcome, l.codes])).toEqual([
      ['probe-1', 'Ok', 'ok', undefined],
      ['probe-2', 'Broken', 'error', ['INTERNAL_SERVER_ERROR']],
      ['probe-3', 'Missing', 'error', ['NOT_FOUND']],
    ]);
    // NOT_FOUND is an answer, not a fault: only the unexpected error is logged as one
    const errors = lines.filter((l) => l.level === 50);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatchObject({
      service: 'probe',
      reqId: 'probe-2',
      op: 'Broken',
      path: 'broken',
      msg: 'unexpected error while resolving a request',
      err: { type: 'Error', message: 'could not register the case', cause: { message: expect.stringContaining('case_number_unique'), code: '23505' } },
    });
    expect(JSON.stringify(lines)).not.toContain('XF2026-000001');
  });

  it('loads no tracing without an endpoint', async () => {
    const { observability, tracingLoads, post } = await serve();
    await post('{ ok }');
    expect(observability.tracing).toBeUndefined();
    expect(tracingLoads()).toBe(0);
  });

  it('serves /metrics only with the metrics token when one is configured', async () => {
    const { url, post } = await serve({ metricsToken: 'a-long-enough-metrics-token' });
    await post('query Ok { ok }');
    const metrics = new URL('/metrics', url);
    expect((await fetch(metrics)).status).toBe(401);
    expect((await fetch(metrics, { headers: { authorization: 'Bearer wrong-token-of-some-length' } })).status).toBe(401);
    const allowed = await fetch(metrics, { headers: { authorization: 'Bearer a-long-enough-metrics-token' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toMatch(/^lianban_requests_total\{operation="Ok",outcome="ok",service="probe"\} 1$/m);
  });
});

describe('a request whose context cannot be made', () => {
  it('is counted with its code, and an unexpected cause is logged with the request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const observability = await Observability.create({
      service: 'probe',
      config: { logLevel: 'info', maxOperationNames: 10 },
      destination: { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) },
    });
    const apollo = new ApolloServer({ schema: buildSchema('type Query { ok: Int }'), formatError: createErrorFormatter(), plugins: [observability.apolloPlugin()] });
    await apollo.start();
    let fail: Error = new NotFoundError('Account', 'a-1');
    const running = await serveHttp({
      apollo,
      host: '127.0.0.1',
      port: 0,
      maxBodyBytes: 10_000,
      context: () => Promise.reject(fail),
      observability,
    });
    try {
      const post = () => fetch(running.url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-request-id': 'ctx-1' }, body: '{"query":"{ ok }"}' });
      await post();
      fail = new Error('the departments subgraph could not say whether a token is signed out');
      const answer = (await (await post()).json()) as { errors: { message: string }[] };
      expect(JSON.stringify(answer)).not.toContain('departments');
      expect(lines.filter((l) => l.msg === 'request').map((l) => l.codes)).toEqual([['NOT_FOUND'], ['INTERNAL_SERVER_ERROR']]);
      const logged = lines.filter((l) => l.level === 50);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toMatchObject({ reqId: 'ctx-1', err: { message: 'the departments subgraph could not say whether a token is signed out' } });
    } finally {
      await running.stop();
    }
  });
});

describe('the Apollo plugin', () => {
  it('works per request only: no execution or per-field hooks', async () => {
    const observability = await Observability.create({ service: 'probe', config: { logLevel: 'silent', maxOperationNames: 10 }, destination: { write: () => undefined } });
    const plugin = observability.apolloPlugin();
    expect(Object.keys(plugin)).toEqual(['requestDidStart']);
    const listener = await plugin.requestDidStart?.({ contextValue: {} } as never);
    expect(Object.keys(listener ?? {}).sort()).toEqual(['didEncounterErrors', 'willSendResponse']);
    await observability.stop();
  });
});
