import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleRoute } from './console';

let dir: string;
let server: Server;
let base: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lianban-console-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), '<div id="app"></div>');
  writeFileSync(join(dir, 'dist', 'assets', 'index-abc123.js'), 'console.log(1)');
  writeFileSync(join(dir, 'secret.txt'), 'outside the build');
  const route = consoleRoute(join(dir, 'dist'));
  const missing = consoleRoute(join(dir, 'not-built'));
  server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const served = url.searchParams.has('unbuilt') ? await missing(req, res, url) : await route(req, res, url);
    if (!served) {
      res.writeHead(404);
      res.end('gateway 404');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the console served by the gateway', () => {
  it('serves hashed assets for a year and index.html, never cached, for client routes', async () => {
    const asset = await fetch(`${base}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    for (const path of ['/', '/cases/4c1d3b1e-0000-4000-8000-000000000000', '/admin/accounts?x=1']) {
      const page = await fetch(`${base}${path}`);
      expect(page.status).toBe(200);
      expect(page.headers.get('cache-control')).toBe('no-cache');
      expect(await page.text()).toBe('<div id="app"></div>');
    }
  });

  it('leaves /graphql, /ide, /health, /metrics, missing assets and other methods to the gateway', async () => {
    for (const path of ['/graphql', '/ide', '/ide/start.js', '/health', '/metrics', '/assets/old-chunk.js', '/favicon.ico']) {
      expect(await (await fetch(`${base}${path}`)).text(), path).toBe('gateway 404');
    }
    expect(await (await fetch(`${base}/cases`, { method: 'POST', body: '{}' })).text()).toBe('gateway 404');
  });

  it('never serves a file outside the build', async () => {
    for (const path of ['/..%2fsecret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await fetch(`${base}${path}`);
      expect(await response.text(), path).not.toContain('outside the build');
    }
  });

  it('says the console is not built yet rather than failing', async () => {
    const response = await fetch(`${base}/?unbuilt`);
    expect(response.status).toBe(503);
    expect(await response.text()).toContain('npm run build -w console');
  });
});
