/**
 * OpenTelemetry traces, loaded by `Observability.create` only when an OTLP endpoint is configured: a
 * service without one never imports this file, so nothing is loaded, wrapped or sent.
 *
 * Spans are made explicitly, one per GraphQL request a service answers (no monkey-patched modules, no
 * global provider: each service has its own provider named after it, so several services in one
 * process keep their names). The W3C `traceparent` of a request's span is what the gateway passes to
 * each subgraph and a subgraph to the services it calls, so one query is one trace across them.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { type Span, SpanKind, SpanStatusCode, ROOT_CONTEXT, defaultTextMapGetter, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator, parseTraceParent } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BasicTracerProvider, BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';

/** A request's server span and the `traceparent` its service calls carry. */
export interface RequestSpan {
  span: Span;
  traceparent: string;
}

export interface Tracing {
  startRequestSpan(headers: IncomingHttpHeaders, requestId: string): RequestSpan;
  endRequestSpan(
    span: RequestSpan,
    request: { operationName?: string | null; operationType?: string; errorCodes: string[] },
    status: number,
    failed: boolean,
  ): void;
  /** Sends the spans not yet sent and stops. */
  shutdown(): Promise<void>;
}

/** Starts a service's tracer, exporting over OTLP/HTTP (JSON) to `endpoint` in batches. */
export function startTracing(service: string, endpoint: string): Tracing {
  const provider = new BasicTracerProvider({
    resource: new Resource({ 'service.name': service, 'service.namespace': 'lianban' }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url: endpoint }))],
  });
  const tracer = provider.getTracer('lianban');
  const propagator = new W3CTraceContextPropagator();
  return {
    startRequestSpan(headers, requestId) {
      const incoming = headers.traceparent;
      // a caller's trace context is continued when it is well-formed, else the request starts a trace
      const parent =
        typeof incoming === 'string' && parseTraceParent(incoming) ? propagator.extract(ROOT_CONTEXT, headers, defaultTextMapGetter) : ROOT_CONTEXT;
      const span = tracer.startSpan('POST /graphql', { kind: SpanKind.SERVER, attributes: { 'lianban.request_id': requestId } }, parent);
      const carrier: Record<string, string> = {};
      propagator.inject(trace.setSpan(ROOT_CONTEXT, span), carrier, { set: (c, key, value) => ((c as Record<string, string>)[key] = value) });
      return { span, traceparent: carrier.traceparent };
    },
    endRequestSpan({ span }, request, status, failed) {
      if (request.operationName) span.updateName(`${request.operationType ?? 'graphql'} ${request.operationName}`);
      else if (request.operationType) span.updateName(request.operationType);
      span.setAttribute('http.response.status_code', status);
      if (request.operationName) span.setAttribute('graphql.operation.name', request.operationName);
      if (request.operationType) span.setAttribute('graphql.operation.type', request.operationType);
      if (request.errorCodes.length) span.setAttribute('lianban.error_codes', request.errorCodes);
      if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    },
    shutdown: () => provider.shutdown(),
  };
}
