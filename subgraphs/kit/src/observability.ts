import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type DestinationStream, type Logger, pino } from 'pino';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { z } from 'zod';

type StandardOutput = ReturnType<typeof pino.destination>;
import { isPublicCode } from './errors';
import type { RequestSpan, Tracing, startTracing } from './tracing';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const emptyAsUnset = (value: unknown) => (value === '' ? undefined : value);

/** Environment variables of logs, metrics and traces, read by the gateway and every subgraph. */
export const observabilityEnvSchema = z.object({
  LIANBAN_LOG_LEVEL: z.enum(LOG_LEVELS, { message: `LIANBAN_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  LIANBAN_METRICS_TOKEN: z.preprocess(emptyAsUnset, z.string().min(16, { message: 'LIANBAN_METRICS_TOKEN must be at least 16 characters' }).optional()),
  LIANBAN_METRICS_MAX_OPERATIONS: z.coerce.number().int().min(1).max(1000).default(100),
  OTEL_EXPORTER_OTLP_ENDPOINT: z.preprocess(emptyAsUnset, z.string().url({ message: 'OTEL_EXPORTER_OTLP_ENDPOINT must be the URL of an OTLP/HTTP collector' }).optional()),
  OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: z.preprocess(
    emptyAsUnset,
    z.string().url({ message: 'OTEL_EXPORTER_OTLP_TRACES_ENDPOINT must be the URL traces are posted to' }).optional(),
  ),
});

/** How a service logs, counts and traces. */
export interface ObservabilityConfig {
  logLevel: LogLevel;
  /** When set, GET /metrics needs `Authorization: Bearer <token>`. */
  metricsToken?: string;
  /** Distinct operation names labelled in metrics; later names are counted as `other`. */
  maxOperationNames: number;
  /** OTLP/HTTP URL spans are posted to; without it nothing is traced, loaded or sent. */
  tracesEndpoint?: string;
}

export const DEFAULT_OBSERVABILITY: ObservabilityConfig = { logLevel: 'info', maxOperationNames: 100 };

/** The observability part of a parsed environment. */
export function observabilityConfigFrom(parsed: z.infer<typeof observabilityEnvSchema>): ObservabilityConfig {
  const base = parsed.OTEL_EXPORTER_OTLP_ENDPOINT;
  return {
    logLevel: parsed.LIANBAN_LOG_LEVEL,
    metricsToken: parsed.LIANBAN_METRICS_TOKEN,
    maxOperationNames: parsed.LIANBAN_METRICS_MAX_OPERATIONS,
    // the OTLP convention: a signal-specific endpoint is used as is, the general one gets /v1/traces
    tracesEndpoint: parsed.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT ?? (base ? `${base.replace(/\/$/, '')}/v1/traces` : undefined),
  };
}

/** What a request context carries for the calls it makes to other services. */
export interface TracedRequest {
  /** This request's id (`x-request-id`), set by the HTTP layer; passed on to every service call. */
  requestId?: string;
  /** W3C trace context of this request's span (only while tracing). */
  traceparent?: string;
}

/** Headers a service call made while answering `context` passes on: the caller's token, the request id, the trace. */
export function forwardedHeaders(context: TracedRequest & { authorization?: string }): Record<string, string> {
  const headers: Record<string, string> = {};
  if (context.authorization) headers.authorization = context.authorization;
  if (context.requestId) headers['x-request-id'] = context.requestId;
  if (context.traceparent) headers.traceparent = context.traceparent;
  return headers;
}

/** Where a request's record sits in its context (a symbol, so no resolver reads it by accident). */
const RECORD = Symbol('lianban.request');

const REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The caller's `x-request-id` when it is short and safe to log, else a new one. */
export function requestIdFrom(headers: IncomingHttpHeaders): string {
  const given = headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
}

/** One GraphQL request being answered: filled in by the HTTP layer and the Apollo plugin, logged and counted at the end. */
export class RequestRecord {
  /** null: an anonymous operation; undefined: the request never got as far as a parsed operation. */
  operationName: string | null | undefined = undefined;
  operationType?: string;
  readonly errorCodes: string[] = [];
  context?: { identity?: { accountId: string; role: string } | null };
  span?: RequestSpan;

  constructor(
    readonly id: string,
    readonly startedAt: number,
  ) {}
}

/**
 * Operation names as metric labels, bounded: the first `max` names seen are kept, later ones count
 * as `other`; anonymous operations are `anonymous`, requests that never parsed `unknown`.
 */
export class OperationNames {
  private readonly known = new Set<string>();

  constructor(private readonly max: number) {}

  label(name: string | null | undefined): string {
    if (name === undefined) return 'unknown';
    if (name === null || name === '') return 'anonymous';
    if (this.known.has(name)) return name;
    if (this.known.size >= this.max || name.length > 100) return 'other';
    this.known.add(name);
    return name;
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Logged fields of an error: its kind, code, message and stack frames; never SQL parameters, row values or details. */
function serializeError(error: unknown, depth = 0): Record<string, unknown> | string {
  if (!(error instanceof Error)) return String(error).slice(0, 500);
  const { code, sqlState, constraint } = error as Error & { code?: unknown; sqlState?: unknown; constraint?: unknown };
  const frames = (error.stack ?? '').split('\n').filter((line) => line.trim().startsWith('at '));
  return {
    type: error.name,
    message: error.message.slice(0, 500),
    ...(code !== undefined ? { code } : {}),
    ...(sqlState !== undefined ? { sqlState } : {}),
    ...(constraint !== undefined ? { constraint } : {}),
    stack: frames.join('\n'),
    ...(error.cause !== undefined && depth < 3 ? { cause: serializeError(error.cause, depth + 1) } : {}),
  };
}

export interface ObservabilityOptions {
  /** The service: `gateway` or the subgraph's name; every log line and metric carries it. */
  service: string;
  config: ObservabilityConfig;
  /** Where log lines go (tests capture them); standard output, written asynchronously, by default. */
  destination?: DestinationStream;
  /** Loads the tracing module when an endpoint is configured (tests count the loads). */
  loadTracing?: () => Promise<{ startTracing: typeof startTracing }>;
}

/**
 * A service's logs, metrics and traces. The HTTP layer calls `begin`/`bind`/`end` once per GraphQL
 * request and the Apollo plugin fills in the operation and its errors: per-request work only, no hook
 * on any field. Tracing is loaded only when an endpoint is configured.
 */
export class Observability {
  readonly registry = new Registry();
  private readonly operations: OperationNames;
  private readonly requests: Counter<'operation' | 'outcome'>;
  private readonly errors: Counter<'operation' | 'code'>;
  private readonly duration: Histogram<'operation'>;
  private readonly durationByOperation = new Map<string, ReturnType<Histogram<'operation'>['labels']>>();
  private stopped = false;
  private readonly requestsByLabels = new Map<string, ReturnType<Counter<'operation' | 'outcome'>['labels']>>();

  private constructor(
    readonly service: string,
    readonly config: ObservabilityConfig,
    readonly logger: Logger,
    readonly tracing: Tracing | undefined,
    private readonly stdout?: StandardOutput,
  ) {
    this.operations = new OperationNames(config.maxOperationNames);
    this.registry.setDefaultLabels({ service });
    collectDefaultMetrics({ register: this.registry });
    this.requests = new Counter({
      name: 'lianban_requests_total',
      help: 'GraphQL requests answered, by operation name and outcome (ok, or error when the answer carries errors)',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.errors = new Counter({
      name: 'lianban_request_errors_total',
      help: 'Errors in GraphQL answers, by operation name and extensions.code',
      labelNames: ['operation', 'code'],
      registers: [this.registry],
    });
    this.duration = new Histogram({
      name: 'lianban_request_duration_seconds',
      help: 'Time to answer a GraphQL request, by operation name',
      labelNames: ['operation'],
      buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
  }

  /** Creates a service's observability; loads and starts tracing only when `config.tracesEndpoint` is set. */
  static async create(options: ObservabilityOptions): Promise<Observability> {
    // standard output, asynchronously and in batches of up to 4 KB, at least every half second: a request
    // never waits for the terminal or a full pipe, and the lines of a busy second cost a few writes
    const stdout = options.destination ? undefined : pino.destination({ dest: 1, sync: false, minLength: 4096, periodicFlush: 500 });
    const logger = pino(
      {
        level: options.config.logLevel,
        base: { service: options.service },
        timestamp: pino.stdTimeFunctions.isoTime,
        serializers: { err: serializeError },
      },
      options.destination ?? (stdout as StandardOutput),
    );
    let tracing: Tracing | undefined;
    if (options.config.tracesEndpoint) {
      const { startTracing } = await (options.loadTracing ?? (() => import('./tracing')))();
      tracing = startTracing(options.service, options.config.tracesEndpoint);
      logger.info({ endpoint: options.config.tracesEndpoint }, 'traces are exported');
    }
    return new Observability(options.service, options.config, logger, tracing, stdout);
  }

  /** Starts observing a GraphQL request: its id (returned in `x-request-id`), its start time and, while tracing, its span. */
  begin(req: IncomingMessage, res: ServerResponse): RequestRecord {
    const record = new RequestRecord(requestIdFrom(req.headers), performance.now());
    res.setHeader('x-request-id', record.id);
    if (this.tracing) record.span = this.tracing.startRequestSpan(req.headers, record.id);
    return record;
  }

  /** Links a request's context to its record and gives the context what its service calls pass on. */
  bind<T extends object>(context: T, record: RequestRecord): T {
    const traced = context as T & TracedRequest;
    traced.requestId = record.id;
    if (record.span) traced.traceparent = record.span.traceparent;
    (traced as { [RECORD]?: RequestRecord })[RECORD] = record;
    record.context = context as RequestRecord['context'];
    return context;
  }

  /** A request that failed before execution (e.g. a bad token while building its context). */
  failed(record: RequestRecord, error: unknown) {
    const code = error instanceof GraphQLError ? error.extensions.code : undefined;
    if (typeof code === 'string' && isPublicCode(code)) {
      record.errorCodes.push(code);
    } else {
      record.errorCodes.push('INTERNAL_SERVER_ERROR');
      this.logger.error({ reqId: record.id, err: error }, 'unexpected error while preparing a request');
    }
  }

  /** Ends a request: one log line, the counters and the histogram, the span. */
  end(record: RequestRecord, status: number) {
    const seconds = (performance.now() - record.startedAt) / 1000;
    const operation = this.operations.label(record.operationName);
    const outcome = record.errorCodes.length || status >= 400 ? 'error' : 'ok';
    const key = `${outcome} ${operation}`;
    let requests = this.requestsByLabels.get(key);
    if (!requests) this.requestsByLabels.set(key, (requests = this.requests.labels({ operation, outcome })));
    requests.inc();
    for (const code of record.errorCodes) this.errors.inc({ operation, code });
    let histogram = this.durationByOperation.get(operation);
    if (!histogram) this.durationByOperation.set(operation, (histogram = this.duration.labels({ operation })));
    histogram.observe(seconds);
    const identity = record.context?.identity;
    this.logger.info(
      {
        reqId: record.id,
        op: record.operationName ?? null,
        ms: Math.round(seconds * 10_000) / 10,
        status,
        outcome,
        ...(record.errorCodes.length ? { codes: record.errorCodes } : {}),
        ...(identity ? { account: identity.accountId, role: identity.role } : {}),
      },
      'request',
    );
    if (record.span) this.tracing?.endRequestSpan(record.span, record, status, outcome === 'error');
  }

  /** Logs an error raised outside any request's answer (e.g. while writing a response). */
  unexpected(error: unknown, record?: RequestRecord) {
    this.logger.error({ reqId: record?.id, err: error }, 'unexpected error while answering a request');
  }

  /**
   * The Apollo plugin: per request, the operation name and type and the codes of the errors answered;
   * unexpected errors (those answered as INTERNAL_SERVER_ERROR) logged with their cause and request id.
   */
  apolloPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
    const logger = this.logger;
    return {
      async requestDidStart({ contextValue }) {
        // Apollo answers with a shallow copy of the context: the record travels as one of its properties
        const record = (contextValue as { [RECORD]?: RequestRecord })[RECORD];
        return {
          async didEncounterErrors({ errors, operationName }) {
            for (const error of errors) {
              const code = error.extensions?.code;
              if (typeof code === 'string' && isPublicCode(code)) continue;
              logger.error(
                {
                  reqId: record?.id,
                  op: operationName ?? null,
                  path: error.path?.join('.'),
                  ...(typeof code === 'string' ? { code } : {}),
                  ...(typeof error.extensions?.serviceName === 'string' ? { subgraph: error.extensions.serviceName } : {}),
                  err: error.originalError ?? error,
                },
                'unexpected error while resolving a request',
              );
            }
          },
          async willSendResponse({ response, operationName, operation }) {
            if (!record) return;
            record.operationName = operationName ?? (operation ? null : undefined);
            record.operationType = operation?.operation;
            if (response.body.kind !== 'single') return;
            for (const error of response.body.singleResult.errors ?? []) {
              const code = error.extensions?.code;
              record.errorCodes.push(typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR');
            }
          },
        };
      },
    };
  }

  /** GET /metrics in the Prometheus text format, off the GraphQL path (see ADR 0007 on who may read it). */
  async serveMetrics(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (this.config.metricsToken && !sameSecret(req.headers.authorization ?? '', `Bearer ${this.config.metricsToken}`)) {
      res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8', 'www-authenticate': 'Bearer' }).end('GET /metrics needs the metrics token\n');
      return;
    }
    const text = await this.registry.metrics();
    res.writeHead(200, { 'content-type': this.registry.contentType });
    res.end(req.method === 'HEAD' ? undefined : text);
  }

  /** Gauges of a database connection pool (a `pg` Pool), read when /metrics is scraped. */
  observePool(pool: { totalCount: number; idleCount: number; waitingCount: number }) {
    const gauge = (name: string, help: string, read: () => number) =>
      new Gauge({
        name,
        help,
        registers: [this.registry],
        collect() {
          this.set(read());
        },
      });
    gauge('lianban_db_pool_connections', 'Connections the database pool holds (busy and idle)', () => pool.totalCount);
    gauge('lianban_db_pool_idle_connections', 'Idle connections in the database pool', () => pool.idleCount);
    gauge('lianban_db_pool_waiting_requests', 'Queries waiting for a connection from the database pool', () => pool.waitingCount);
  }

  /** Writes what is buffered and ends tracing (sending the spans not yet sent). */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    await this.tracing?.shutdown();
    await new Promise<void>((resolve) => this.logger.flush(() => resolve()));
    // stops the periodic flush (standard output itself stays open)
    this.stdout?.end();
  }
}
