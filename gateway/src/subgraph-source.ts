import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { GatewayContext } from './auth';

/** How long the gateway waits for a subgraph's answer (SUBGRAPH_TIMEOUT_MS). */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 30_000;

/** Codes a subgraph's refusal keeps when it comes back as an HTTP error (401 from its own sign-in check, 503). */
const PASSED_ON = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'SERVICE_UNAVAILABLE', 'BAD_USER_INPUT']);

/**
 * Calls one subgraph, forwarding the caller's token. When the subgraph does not answer (stopped,
 * restarting, timing out) the fetch answers with a SERVICE_UNAVAILABLE error naming the service instead
 * of failing: the gateway then leaves that subgraph's fields null (they are nullable where another
 * subgraph contributes them) and returns everything else, HTTP 200. A subgraph that refuses with an HTTP
 * error keeps its own code and message.
 */
export class SubgraphSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly serviceName: string,
    url: string,
    /** A subgraph that has not answered within this time counts as down (ms). */
    timeoutMs = DEFAULT_SUBGRAPH_TIMEOUT_MS,
  ) {
    super({ url });
    // the default fetcher (make-fetch-happen) takes a per-call timeout; without one a hung subgraph holds the request for good
    const fetcher = this.fetcher;
    this.fetcher = (input, init) => fetcher(input, { ...init, timeout: timeoutMs } as typeof init);
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    // subgraphs check the caller's token themselves: pass it on
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await super.process(options);
    } catch (error) {
      return { errors: [this.failure(error)] };
    }
  }

  private failure(error: unknown): GraphQLError {
    const refusal = subgraphRefusal(error);
    if (refusal) return new GraphQLError(refusal.message, { extensions: { code: refusal.code, serviceName: this.serviceName } });
    return new GraphQLError(`The ${this.serviceName} service does not answer right now: its part of this answer is missing; try again shortly`, {
      extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
    });
  }
}

/** The first coded error of a subgraph's HTTP error response (as RemoteGraphQLDataSource reports it), if any. */
function subgraphRefusal(error: unknown): { message: string; code: string } | null {
  if (!(error instanceof GraphQLError)) return null;
  const body = (error.extensions.response as { body?: unknown } | undefined)?.body;
  const first = (body as { errors?: { message?: unknown; extensions?: { code?: unknown } }[] } | undefined)?.errors?.[0];
  const code = first?.extensions?.code;
  if (typeof code !== 'string' || !PASSED_ON.has(code) || typeof first?.message !== 'string') return null;
  return { message: first.message, code };
}
