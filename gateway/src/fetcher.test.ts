import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subgraphFetcher } from './fetcher';

let url: string;
let connections = 0;
const server = createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    if (req.url === '/slow') return; // never answers
    res.writeHead(req.url === '/missing' ? 404 : 200, { 'content-type': 'application/json', 'x-seen': req.headers.authorization ?? '' });
    res.end(JSON.stringify({ data: { echo: JSON.parse(body || 'null') } }));
  });
});
server.on('connection', () => (connections += 1));

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('subgraph fetcher', () => {
  it('posts the body with the headers, answers a fetch Response, and keeps the connection for the next call', async () => {
    const fetcher = subgraphFetcher();
    const before = connections;
    for (let i = 0; i < 5; i += 1) {
      const response = await fetcher(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: 'Bearer t' }, body: JSON.stringify({ n: i }) });
      expect(response.ok).toBe(true);
      expect(response.headers.get('x-seen')).toBe('Bearer t');
      expect(await response.json()).toEqual({ data: { echo: { n: i } } });
    }
    expect(connections - before).toBe(1);
    const missing = await fetcher(`${url}/missing`, { body: '{}' });
    expect(missing.status).toBe(404);
    fetcher.close();
  });

  it('gives up on a subgraph that does not answer in time, saying which', async () => {
    const fetcher = subgraphFetcher({ timeoutMs: 200 });
    await expect(fetcher(`${url}/slow`, { body: '{}' })).rejects.toThrow(/did not answer within 200 ms/);
    fetcher.close();
  });
});
