import { DEFAULT_OBSERVABILITY, Observability, type ObservabilityConfig, type TracedRequest } from '@lianban/kit';

/** The gateway's logs, metrics and traces (see the kit's `Observability`). */
export function createGatewayObservability(config: ObservabilityConfig = DEFAULT_OBSERVABILITY): Promise<Observability> {
  return Observability.create({ service: 'gateway', config });
}

/**
 * Passes a request's id and trace context on to a subgraph call (RemoteGraphQLDataSource
 * `willSendRequest`), so the subgraph's log lines and spans belong to the same request.
 */
export function passOnRequest(context: object, headers: { set(name: string, value: string): unknown } | undefined) {
  const { requestId, traceparent } = context as TracedRequest;
  if (!headers) return;
  if (requestId) headers.set('x-request-id', requestId);
  if (traceparent) headers.set('traceparent', traceparent);
}
