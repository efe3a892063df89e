import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { Kind, parse } from 'graphql';
import type { Observability, RequestRecord } from './observability';

/** A route served beside GraphQL (health, the local IDE, static assets). Returns false when it does not match. */
export type Route = (req: IncomingMessage, res: ServerResponse, url: URL) => boolean | Promise<boolean>;

export interface HttpOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  context: (req: IncomingMessage) => Promise<TContext>;
  host: string;
  port: number;
  /** Largest request body accepted, in bytes; larger bodies get 413 without being read further. */
  maxBodyBytes: number;
  /**
   * A larger limit for operations that carry a file (a workbook in base64): a body above `maxBodyBytes`
   * is read up to `largeBody.maxBodyBytes` and served only when every root field of its operation is one
   * of `rootFields`; anything else gets the same 413 as before.
   */
  largeBody?: LargeBodyLimit;
  routes?: Route[];
  /** Reported by GET /health; throw to report the service as unhealthy. */
  health?: () => Promise<Record<string, unknown>>;
  /** Request ids, the request log line, metrics (GET /metrics) and traces of this service. */
  observability: Observability;
}

/** See `HttpOptions.largeBody`. */
export interface LargeBodyLimit {
  maxBodyBytes: number;
  rootFields: readonly string[];
}

/** Whether a JSON GraphQL body asks only for `rootFields` (no fragments at the root, no other fields). */
export function asksOnly(body: string, rootFields: readonly string[]): boolean {
  try {
    const { query } = JSON.parse(body) as { query?: unknown };
    if (typeof query !== 'string') return false;
    const document = parse(query, { maxTokens: 10_000 });
    return document.definitions.every(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.selectionSet.selections.every((s) => s.kind === Kind.FIELD && (rootFields.includes(s.name.value) || s.name.value === '__typename')),
    );
  } catch {
    return false;
  }
}

export interface RunningHttp {
  url: string;
  port: number;
  stop: () => Promise<void>;
}

class BodyTooLargeError extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new BodyTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new BodyTooLargeError();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function sendJson(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

/**
 * Serves an Apollo Server on node:http at /graphql, with GET /health and extra routes. Started Apollo
 * servers only; `stop` closes connections and then Apollo.
 */
export async function serveHttp<TContext extends BaseContext>(options: HttpOptions<TContext>): Promise<RunningHttp> {
  const { apollo, observability } = options;
  const server: Server = createServer((req, res) => {
    let record: RequestRecord | undefined;
    handle(req, res, (started) => (record = started))
      .catch((error: unknown) => {
        observability.unexpected(error, record);
        if (!res.headersSent) sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
        else res.end();
      })
      .finally(() => {
        if (record) observability.end(record, res.statusCode);
      });
  });

  async function handle(req: IncomingMessage, res: ServerResponse, observe: (record: RequestRecord) => void) {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/metrics') return observability.serveMetrics(req, res);
    if (url.pathname === '/health') {
      try {
        sendJson(res, 200, { status: 'ok', ...(await options.health?.()) });
      } catch (error) {
        sendJson(res, 503, { status: 'unavailable', reason: error instanceof Error ? error.message : String(error) });
      }
      return;
    }
    for (const route of options.routes ?? []) {
      if (await route(req, res, url)) return;
    }
    if (url.pathname !== '/graphql') {
      sendJson(res, 404, { error: `Nothing at ${url.pathname}; GraphQL is served at /graphql` });
      return;
    }
    const record = observability.begin(req, res);
    observe(record);
    let body: string;
    try {
      const large = options.largeBody && options.largeBody.maxBodyBytes > options.maxBodyBytes ? options.largeBody : undefined;
      body = await readBody(req, large?.maxBodyBytes ?? options.maxBodyBytes);
      if (large && Buffer.byteLength(body) > options.maxBodyBytes && !asksOnly(body, large.rootFields)) throw new BodyTooLargeError();
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        sendJson(res, 413, {
          errors: [{ message: `Request body is larger than ${options.maxBodyBytes} bytes`, extensions: { code: 'BAD_REQUEST' } }],
        });
        req.resume();
        return;
      }
      throw error;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    let parsed: unknown = body;
    if (body && (headers.get('content-type') ?? '').includes('application/json')) {
      try {
        parsed = JSON.parse(body);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON', extensions: { code: 'BAD_REQUEST' } }] });
        return;
      }
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body: parsed },
      context: () =>
        options.context(req).then(
          (context) => observability.bind(context, record),
          (error: unknown) => {
            observability.failed(record, error);
            throw error;
          },
        ),
    });
    for (const [key, value] of result.headers) res.setHeader(key, value);
    res.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      res.end(result.body.string);
    } else {
      for await (const chunk of result.body.asyncIterator) res.write(chunk);
      res.end();
    }
  }

  // callers keep connections open between requests (the gateway's keep-alive fetcher): the server keeps an
  // idle one longer than a caller does (their agents drop idle sockets sooner), so a request is never
  // sent on a connection the server is closing at that moment ("socket hang up")
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  return {
    url: `http://${shownHost}:${port}/graphql`,
    port,
    stop: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await apollo.stop();
    },
  };
}
