import { type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SubgraphDataSource } from './data-source';
import { subgraphFetcher } from './fetcher';

let server: Server | undefined;
const fetchers: ReturnType<typeof subgraphFetcher>[] = [];
afterEach(async () => {
  fetchers.splice(0).forEach((fetcher) => fetcher.close());
  if (server) {
    server.closeAllConnections();
    await new Promise((resolve) => server!.close(resolve));
  }
  server = undefined;
});

/** A subgraph at a local port that answers with `handler`. */
async function subgraphAt(handler: RequestListener): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

/** The gateway's data source for subgraph `name` at `url`, through a kept-alive fetcher that gives up after `timeoutMs`. */
function source(name: string, url: string, timeoutMs: number) {
  const fetcher = subgraphFetcher({ timeoutMs });
  fetchers.push(fetcher);
  return new SubgraphDataSource({ name, url, fetcher: fetcher as unknown as SubgraphDataSource['fetcher'] });
}

function ask(source: SubgraphDataSource) {
  return source.process({
    // GraphQLDataSourceRequestKind.HEALTH_CHECK (not exported by @apollo/gateway)
    kind: 'health check',
    request: { query: '{ __typename }' },
    context: { identity: null },
  } as never);
}

describe('SubgraphDataSource', () => {
  it('subgraph-hangs: answers SERVICE_UNAVAILABLE naming the subgraph once the timeout passes', async () => {
    const url = await subgraphAt(() => undefined);
    const started = Date.now();
    const response = await ask(source('meetings', url, 300));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(response.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['The meetings service does not answer right now: its part of this answer is missing; try again shortly', { code: 'SERVICE_UNAVAILABLE', serviceName: 'meetings' }],
    ]);
  });

  it('keeps the code and message of a subgraph that refuses with an HTTP error', async () => {
    const url = await subgraphAt((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'You signed out with this token: sign in again', extensions: { code: 'UNAUTHENTICATED' } }] }));
    });
    const response = await ask(source('cases', url, 1000));
    expect(response.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['You signed out with this token: sign in again', { code: 'UNAUTHENTICATED', serviceName: 'cases' }],
    ]);
  });

  it('passes on the coded errors of a subgraph that refuses a request as a whole (HTTP 400)', async () => {
    const url = await subgraphAt((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errors: [{ message: 'Variable "$to" got invalid value "x"', extensions: { code: 'BAD_USER_INPUT', field: 'to' } }] }));
    });
    const response = await ask(source('cases', url, 1000));
    expect(response.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['Variable "$to" got invalid value "x"', { code: 'BAD_USER_INPUT', field: 'to', serviceName: 'cases' }],
    ]);
  });

  it('subgraph-down: answers SERVICE_UNAVAILABLE naming a subgraph nobody listens for', async () => {
    // a port that was free a moment ago, and nobody listens on now
    const gone = createServer();
    await new Promise<void>((resolve) => gone.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(gone.address() as AddressInfo).port}/graphql`;
    await new Promise((resolve) => gone.close(resolve));
    const response = await ask(source('assessment', url, 1000));
    expect(response.errors?.map((e) => e.extensions)).toEqual([{ code: 'SERVICE_UNAVAILABLE', serviceName: 'assessment' }]);
  });
});
