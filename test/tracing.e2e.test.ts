/**
 * Traces leave a service only for a configured OTLP endpoint: here a local HTTP server started by the
 * test. Without one nothing is loaded, created or sent.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Observability } from '@lianban/kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestPlatform } from './harness';

interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes: { key: string; value: { stringValue?: string; intValue?: number | string } }[];
}
interface OtlpExport {
  resourceSpans: { resource: { attributes: { key: string; value: { stringValue?: string } }[] }; scopeSpans: { spans: OtlpSpan[] }[] }[];
}

let collector: Server;
let endpoint: string;
const exports: { path: string; contentType?: string; body: OtlpExport }[] = [];

beforeAll(async () => {
  collector = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      exports.push({ path: req.url ?? '', contentType: req.headers['content-type'], body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as OtlpExport });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => collector.listen(0, '127.0.0.1', resolve));
  endpoint = `http://127.0.0.1:${(collector.address() as AddressInfo).port}/v1/traces`;
});
afterAll(async () => {
  await new Promise((resolve) => collector.close(resolve));
});

const CROSSING = 'query Crossing { departments(kinds: [STREET], first: 2) { name casesOriginatingCount } }';

/** Every exported span with the service that made it. */
function spans(): (OtlpSpan & { service: string })[] {
  return exports.flatMap(({ body }) =>
    body.resourceSpans.flatMap((resource) => {
      const service = resource.resource.attributes.find((a) => a.key === 'service.name')?.value.stringValue ?? '?';
      return resource.scopeSpans.flatMap((scope) => scope.spans.map((span) => ({ ...span, service })));
    }),
  );
}

describe('traces', () => {
  it('are not loaded, created or sent when no endpoint is configured', async () => {
    let loads = 0;
    const made: Observability[] = [];
    const platform = await startTestPlatform(inject('databaseServerUrl'), 'tracing_off', 50, {
      observe: async (service) => {
        const observability = await Observability.create({
          service,
          config: { logLevel: 'silent', maxOperationNames: 100 },
          loadTracing: () => {
            loads += 1;
            return Promise.reject(new Error('tracing must not be loaded without an endpoint'));
          },
        });
        made.push(observability);
        return observability;
      },
    });
    try {
      const token = await platform.login('registrar');
      const answer = await platform.send(CROSSING, undefined, token);
      expect(answer.errors).toBeUndefined();
    } finally {
      await platform.stop();
    }
    expect(made.map((o) => o.service).sort()).toEqual(['assessment', 'cases', 'departments', 'gateway', 'meetings', 'notices', 'screening']);
    expect(made.map((o) => o.tracing)).toEqual(made.map(() => undefined));
    expect(loads).toBe(0);
    expect(exports).toEqual([]);
  });

  it('of one query crossing two subgraphs arrive at the endpoint under one trace id', async () => {
    const platform = await startTestPlatform(inject('databaseServerUrl'), 'tracing_on', 50, {
      observability: { logLevel: 'silent', maxOperationNames: 100, tracesEndpoint: endpoint },
    });
    const callerTrace = '4bf92f3577b34da6a3ce929d0e0e4736';
    try {
      const token = await platform.login('registrar');
      const answer = await platform.send(CROSSING, undefined, token);
      expect(answer.errors).toBeUndefined();
      // a caller that sends its own trace context gets its trace continued
      const continued = await fetch(platform.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, traceparent: `00-${callerTrace}-00f067aa0ba902b7-01` },
        body: JSON.stringify({ query: 'query Me { me { username } }' }),
      });
      expect(continued.status).toBe(200);
    } finally {
      // stopping sends the spans still batched
      await platform.stop();
    }
    expect(exports.length).toBeGreaterThan(0);
    expect(exports.every((e) => e.path === '/v1/traces' && e.contentType === 'application/json')).toBe(true);
    const all = spans();
    const gateway = all.find((s) => s.service === 'gateway' && s.name === 'query Crossing')!;
    expect(gateway).toBeDefined();
    expect(gateway.kind).toBe(2); // SERVER
    const crossing = all.filter((s) => s.traceId === gateway.traceId);
    expect(crossing.map((s) => `${s.service} ${s.name}`).sort()).toEqual([
      'cases query Crossing__cases__1',
      'departments query Crossing__departments__0',
      'gateway query Crossing',
    ]);
    for (const span of crossing.filter((s) => s.service !== 'gateway')) expect(span.parentSpanId).toBe(gateway.spanId);
    const attributes = Object.fromEntries(gateway.attributes.map((a) => [a.key, a.value.stringValue ?? a.value.intValue]));
    expect(attributes).toMatchObject({ 'graphql.operation.name': 'Crossing', 'graphql.operation.type': 'query' });
    expect(Number(attributes['http.response.status_code'])).toBe(200);
    expect(String(attributes['lianban.request_id'])).toMatch(/^[0-9a-f-]{36}$/);

    const me = all.find((s) => s.service === 'gateway' && s.name === 'query Me')!;
    expect(me.traceId).toBe(callerTrace);
    expect(me.parentSpanId).toBe('00f067aa0ba902b7');
    expect(all.filter((s) => s.traceId === callerTrace).map((s) => s.service).sort()).toEqual(['departments', 'gateway']);
  });
});
