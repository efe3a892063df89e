import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { ideRoute } from './ide';

function serve(path: string, token?: string, localAddress = '127.0.0.1') {
  const sent: { status?: number; headers?: Record<string, string>; body?: string } = {};
  const res = {
    writeHead(status: number, headers: Record<string, string>) {
      sent.status = status;
      sent.headers = headers;
    },
    end(body: string | Buffer) {
      sent.body = body.toString();
    },
  } as unknown as ServerResponse;
  const handled = ideRoute(token)({ method: 'GET', socket: { localAddress } } as unknown as IncomingMessage, res, new URL(path, 'http://localhost'));
  return { handled, ...sent };
}

describe('the local IDE', () => {
  it('loads every script and style from the gateway itself, none from the internet', () => {
    const page = serve('/ide');
    expect(page.status).toBe(200);
    const sources = [...(page.body ?? '').matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]);
    expect(sources).toEqual(['/ide/graphiql.min.css', '/ide/react.production.min.js', '/ide/react-dom.production.min.js', '/ide/graphiql.min.js', '/ide/start.js']);
    for (const source of sources) {
      const asset = serve(source);
      expect(asset.status, source).toBe(200);
      expect(asset.body?.length, source).toBeGreaterThan(source.endsWith('start.js') ? 100 : 10_000);
    }
  });

  it('pre-fills the Authorization header with the demo token when given one', () => {
    expect(serve('/ide/start.js', 'abc.def.ghi').body).toContain('Bearer abc.def.ghi');
    expect(serve('/ide/start.js').body).toContain('Bearer <token from the login mutation>');
    expect(serve('/ide/start.js', 'abc.def.ghi', '192.168.1.20').body).not.toContain('abc.def.ghi');
    expect(serve('/ide/nothing.js').status).toBe(404);
    expect(serve('/graphql').handled).toBe(false);
  });
});
