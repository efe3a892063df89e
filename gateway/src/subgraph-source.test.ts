import { type RequestListener, type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { SubgraphSource } from './subgraph-source';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

/** A subgraph at a local port that answers with `handler`. */
async function subgraphAt(handler: RequestListener): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

function ask(source: SubgraphSource) {
  return source.process({
    // GraphQLDataSourceRequestKind.HEALTH_CHECK (not exported by @apollo/gateway)
    kind: 'health check',
    request: { query: '{ __typename }' },
    context: { identity: null },
  } as never);
}

describe('SubgraphSource', () => {
  it('subgraph-hangs: answers SERVICE_UNAVAILABLE naming the subgraph once the timeout passes', async () => {
    const url = await subgraphAt(() => undefined);
    const started = Date.now();
    const response = await ask(new SubgraphSource('meetings', url, 300));
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
    const response = await ask(new SubgraphSource('cases', url, 1000));
    expect(response.errors?.map((e) => [e.message, e.extensions])).toEqual([
      ['You signed out with this token: sign in again', { code: 'UNAUTHENTICATED', serviceName: 'cases' }],
    ]);
  });
});
