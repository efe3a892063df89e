/**
 * Operations through the gateway: one request id in the log lines of the gateway, the subgraphs it
 * calls and the directory call a subgraph makes; request, error and latency figures at /metrics that
 * move with the requests; no token or personal data in any log line.
 */
import { Observability } from '@lianban/kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness';

interface LogLine {
  service: string;
  level: number;
  msg: string;
  reqId?: string;
  op?: string | null;
  status?: number;
  outcome?: string;
  codes?: string[];
  account?: string;
  role?: string;
  [key: string]: unknown;
}

const lines: LogLine[] = [];
const raw: string[] = [];
let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'observability', 100, {
    observe: (service) =>
      Observability.create({
        service,
        config: { logLevel: 'info', maxOperationNames: 5 },
        destination: {
          write(line: string) {
            raw.push(line);
            lines.push(JSON.parse(line) as LogLine);
          },
        },
      }),
  });
});
afterAll(async () => {
  await platform?.stop();
});

/** Posts an operation to the gateway with a request id of our choosing. */
async function post(body: object, headers: Record<string, string> = {}) {
  const response = await fetch(platform.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] } };
}

const requestLines = (reqId: string) => lines.filter((line) => line.reqId === reqId && line.msg === 'request');

/** The value of one sample in Prometheus text (the sum when several series match the labels given). */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  let sum = 0;
  let found = false;
  for (const line of text.split('\n')) {
    const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const present = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) {
      sum += Number(match[3]);
      found = true;
    }
  }
  return found ? sum : 0;
}

const metricsOf = async (url: string) => {
  const response = await fetch(new URL('/metrics', url));
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
  return response.text();
};

describe('request ids', () => {
  it('are taken from the caller, returned, and carried by the gateway and every subgraph a query crosses', async () => {
    const token = await platform.login('registrar');
    const { response, body } = await post(
      { query: 'query TownshipCases { departments(kinds: [STREET], first: 2) { name casesOriginatingCount } }', operationName: 'TownshipCases' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'office-42.trace:1' },
    );
    expect(body.errors).toBeUndefined();
    expect(response.headers.get('x-request-id')).toBe('office-42.trace:1');
    const logged = requestLines('office-42.trace:1');
    expect(logged.map((line) => line.service).sort()).toEqual(['cases', 'departments', 'gateway']);
    const gateway = logged.find((line) => line.service === 'gateway')!;
    expect(gateway).toMatchObject({ op: 'TownshipCases', status: 200, outcome: 'ok', role: 'REGISTRAR', level: 30 });
    expect(gateway.account).toMatch(/^[0-9a-f-]{36}$/);
    expect(typeof gateway.ms).toBe('number');
    // the subgraphs name the gateway's fetches after the operation
    for (const line of logged.filter((l) => l.service !== 'gateway')) {
      expect(line).toMatchObject({ outcome: 'ok', role: 'REGISTRAR', account: gateway.account });
      expect(line.op).toMatch(/^TownshipCases__(departments|cases)__\d+$/);
    }
  });

  it('are made by the gateway when the caller sends none or one that is not short and plain', async () => {
    const token = await platform.login('registrar');
    const ids: string[] = [];
    for (const given of [undefined, 'x'.repeat(65), 'two words', '{"inject":1}']) {
      const { response } = await post({ query: '{ me { username } }' }, { authorization: `Bearer ${token}`, ...(given ? { 'x-request-id': given } : {}) });
      const id = response.headers.get('x-request-id')!;
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(requestLines(id).map((line) => line.service).sort()).toEqual(['departments', 'gateway']);
      ids.push(id);
    }
    expect(new Set(ids).size).toBe(4);
  });

  it('reach the departments subgraph through the cases subgraph\'s directory call', async () => {
    const { district } = platform;
    const unit = (code: string) => district.departments.find((d) => d.code === code)!;
    const registrar = district.people.find((p) => p.position === '信访联络员' && p.unitId === unit('D-XFJ').id)!;
    const town = district.departments.find((d) => d.kind === 'STREET')!;
    const token = await platform.login('registrar');
    const { body } = await post(
      {
        query: 'mutation Register($input: RegisterCaseInput!) { registerCase(input: $input) { id } }',
        variables: {
          input: {
            idempotencyKey: 'observability-0001', channel: 'VISIT', form: 'INDIVIDUAL', headCount: 1,
            petitioners: [{ name: '钱晓燕', idNumber: '110101199003074477', phone: '13912345678' }],
            townshipId: town.id, categoryMain: '城乡建设', categorySub: '拖欠工程款', summary: '反映工程款被拖欠',
            actorId: registrar.id, unitId: unit('D-XFJ').id,
          },
        },
      },
      { authorization: `Bearer ${token}`, 'x-request-id': 'register-0001' },
    );
    expect(body.errors).toBeUndefined();
    const logged = requestLines('register-0001');
    // the gateway, the cases subgraph answering registerCase, the departments subgraph answering the
    // directory lookup, and the departments subgraph resolving the gateway's own entity fetches if any
    expect(logged.find((l) => l.service === 'gateway')).toMatchObject({ op: 'Register', outcome: 'ok' });
    expect(logged.find((l) => l.service === 'cases')).toMatchObject({ op: 'Register__cases__0', outcome: 'ok' });
    const directory = logged.filter((l) => l.service === 'departments');
    expect(directory.length).toBe(1);
    expect(directory[0]).toMatchObject({ op: null, outcome: 'ok', role: 'REGISTRAR' });
  });

  it('reach the cases subgraph through the meetings subgraph\'s visibility call', async () => {
    expect(platform.district.agendaItems.some((item) => item.caseIds.length > 0)).toBe(true);
    const token = await platform.login('registrar');
    const { body } = await post(
      { query: 'query Agenda { meetings(first: 50) { items { title agenda { title } } } }', operationName: 'Agenda' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'agenda-0001' },
    );
    expect(body.errors).toBeUndefined();
    const logged = requestLines('agenda-0001');
    expect(logged.find((l) => l.service === 'gateway')).toMatchObject({ op: 'Agenda', outcome: 'ok' });
    expect(logged.find((l) => l.service === 'meetings')).toMatchObject({ op: 'Agenda__meetings__0', outcome: 'ok' });
    // one visibleCaseIds call for every case the agenda names, under the caller's token and request id
    const visibility = logged.filter((l) => l.service === 'cases');
    expect(visibility.length).toBe(1);
    expect(visibility[0]).toMatchObject({ op: null, outcome: 'ok', role: 'REGISTRAR' });
  });

  it('never log a token, a password or a petitioner', () => {
    const all = raw.join('');
    expect(all).not.toMatch(/Bearer|eyJ[\w-]+\.eyJ/);
    expect(all).not.toContain('lianban-demo');
    expect(all).not.toContain('钱晓燕');
    expect(all).not.toContain('110101199003074477');
    expect(all).not.toContain('13912345678');
  });
});

describe('/metrics', () => {
  it('counts requests, errors by code and latency per operation, and the numbers move', async () => {
    const token = await platform.login('registrar');
    const before = await metricsOf(platform.url);
    for (let i = 0; i < 3; i += 1) {
      const { body } = await post({ query: 'query Units { departments(first: 3) { id } }' }, { authorization: `Bearer ${token}` });
      expect(body.errors).toBeUndefined();
    }
    const missing = await post(
      { query: 'query OneCase($id: ID!) { case(id: $id) { id } }', variables: { id: '00000000-0000-4000-8000-00000000dead' } },
      { authorization: `Bearer ${token}` },
    );
    expect(missing.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const forged = await post({ query: 'query Units { departments(first: 3) { id } }' }, { authorization: 'Bearer not.a.token' });
    expect(forged.response.status).toBe(401);
    const after = await metricsOf(platform.url);

    const delta = (name: string, labels: Record<string, string>) => sample(after, name, labels) - sample(before, name, labels);
    expect(delta('lianban_requests_total', { service: 'gateway', operation: 'Units', outcome: 'ok' })).toBe(3);
    // refused before its operation was read: counted under `unknown`, with its code
    expect(delta('lianban_requests_total', { service: 'gateway', operation: 'unknown', outcome: 'error' })).toBe(1);
    expect(delta('lianban_request_errors_total', { service: 'gateway', operation: 'unknown', code: 'UNAUTHENTICATED' })).toBe(1);
    expect(delta('lianban_requests_total', { operation: 'OneCase', outcome: 'error' })).toBe(1);
    expect(delta('lianban_request_errors_total', { operation: 'OneCase', code: 'NOT_FOUND' })).toBe(1);
    expect(delta('lianban_request_duration_seconds_count', { service: 'gateway', operation: 'Units' })).toBe(3);
    expect(sample(after, 'lianban_request_duration_seconds_sum', { operation: 'Units' })).toBeGreaterThan(0);
    // default process metrics
    expect(sample(after, 'process_cpu_user_seconds_total', { service: 'gateway' })).toBeGreaterThan(0);
    expect(sample(after, 'nodejs_heap_size_used_bytes', { service: 'gateway' })).toBeGreaterThan(0);

    // the subgraph that answered saw the same operations, and reports its connection pool
    const departments = platform.platform.subgraphs.find((s) => s.name === 'departments')!;
    const subgraph = await metricsOf(departments.url);
    expect(sample(subgraph, 'lianban_requests_total', { service: 'departments', operation: 'Units__departments__0', outcome: 'ok' })).toBeGreaterThanOrEqual(3);
    expect(sample(subgraph, 'lianban_db_pool_connections', { service: 'departments' })).toBeGreaterThanOrEqual(1);
    expect(sample(subgraph, 'lianban_db_pool_connections', { service: 'departments' })).toBeLessThanOrEqual(10);
    expect(sample(subgraph, 'lianban_db_pool_idle_connections', { service: 'departments' })).toBeGreaterThanOrEqual(0);
    expect(subgraph).toMatch(/^lianban_db_pool_waiting_requests\{service="departments"\} 0$/m);
  });

  it('labels at most the configured number of operation names; the rest, anonymous and unparsed ones are grouped', async () => {
    const token = await platform.login('registrar');
    for (let i = 0; i < 8; i += 1) await post({ query: `query Many${i} { me { username } }` }, { authorization: `Bearer ${token}` });
    await post({ query: '{ me { username } }' }, { authorization: `Bearer ${token}` });
    await post({ query: '{ me { username ' }, { authorization: `Bearer ${token}` });
    const text = await metricsOf(platform.url);
    const names = new Set([...text.matchAll(/^lianban_requests_total\{[^}]*operation="([^"]+)"/gm)].map((m) => m[1]));
    // five named operations at most (maxOperationNames: 5), plus the groups
    expect([...names].filter((name) => !['other', 'anonymous', 'unknown'].includes(name)).length).toBe(5);
    expect(sample(text, 'lianban_requests_total', { service: 'gateway', operation: 'other' })).toBeGreaterThanOrEqual(3);
    expect(sample(text, 'lianban_requests_total', { service: 'gateway', operation: 'anonymous' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'lianban_request_errors_total', { service: 'gateway', operation: 'unknown', code: 'GRAPHQL_PARSE_FAILED' })).toBe(1);
  });

  it('is served beside GraphQL, not through it', async () => {
    const response = await fetch(new URL('/metrics', platform.url), { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    const graphql = await post({ query: '{ __typename }' }, {});
    expect(graphql.body.data).toEqual({ __typename: 'Query' });
  });
});

describe('a subgraph that does not answer', () => {
  it('shows in the gateway\'s request line and counters with the request id', async () => {
    const startOfTest = lines.length;
    const token = await platform.login('registrar');
    const meetings = platform.platform.subgraphs.find((s) => s.name === 'meetings')!;
    await meetings.stop();
    const { body } = await post(
      // a name labelled earlier (the limit of five names is reached by now)
      { query: 'query TownshipCases { departments(first: 1) { name } meetings(first: 1) { items { title } } }' },
      { authorization: `Bearer ${token}`, 'x-request-id': 'meetings-down-1' },
    );
    const codes = (body.errors ?? []).map((error) => error.extensions?.code);
    expect(codes.length).toBeGreaterThan(0);
    const request = lines.slice(startOfTest).find((line) => line.reqId === 'meetings-down-1' && line.msg === 'request' && line.service === 'gateway')!;
    expect(request).toMatchObject({ op: 'TownshipCases', outcome: 'error', codes });
    const text = await metricsOf(platform.url);
    expect(sample(text, 'lianban_request_errors_total', { service: 'gateway', operation: 'TownshipCases', code: String(codes[0]) })).toBe(
      codes.filter((code) => code === codes[0]).length,
    );
  });
});
