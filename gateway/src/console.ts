import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Route } from '@lianban/kit';

/** Where `npm run build -w console` writes the console (联办工作台). */
export const CONSOLE_DIST = fileURLToPath(new URL('../../console/dist', import.meta.url));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** Paths the gateway itself answers; never a console route. */
const RESERVED = /^\/(graphql|ide|health|metrics)(\/|$)/;

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>联办工作台</title>
<body style="font-family:sans-serif;padding:40px"><h1>联办工作台尚未构建</h1>
<p>The console has not been built: run <code>npm run build -w console</code> (npm start builds it by itself), then reload.</p>
<p>GraphQL is served at <a href="/graphql">/graphql</a>.</p></body></html>`;

/**
 * Serves the built console at `/`: its files from `dir`, hashed assets cached for a year, and
 * index.html for every other GET that asks for a page (client routes such as /cases/123), so a
 * reload or a bookmark opens the right page. /graphql, /ide, /health and /metrics stay the gateway's.
 */
export const consoleRoute = (dir: string = CONSOLE_DIST): Route => {
  const root = resolve(dir);
  return (req, res, url) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || RESERVED.test(url.pathname)) return false;
    let path: string;
    try {
      path = normalize(join(root, decodeURIComponent(url.pathname)));
    } catch {
      return false;
    }
    if (path !== root && !path.startsWith(root + sep)) return false;
    const isFile = existsSync(path) && statSync(path).isFile();
    if (isFile && extname(path) !== '.html') {
      const hashed = url.pathname.startsWith('/assets/');
      res.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
        'x-content-type-options': 'nosniff',
      });
      if (req.method === 'HEAD') res.end();
      else createReadStream(path).pipe(res);
      return true;
    }
    // a missing asset is a 404, not the page: a stale tab asking for an old chunk sees it failed
    if (!isFile && (url.pathname.startsWith('/assets/') || extname(url.pathname) !== '')) return false;
    const index = join(root, 'index.html');
    if (!existsSync(index)) {
      res.writeHead(503, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' });
      res.end(NOT_BUILT);
      return true;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'DENY',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(index).pipe(res);
    return true;
  };
};
