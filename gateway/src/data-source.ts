import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { passOnRequest } from './observability';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { GatewayContext } from './auth';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** How long the gateway waits for a subgraph's answer (SUBGRAPH_TIMEOUT_MS). */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 30_000;

/** A subgraph refused the request itself (HTTP 4xx, or 503 from its sign-in check): its coded errors, as sent. */
class SubgraphRefusal extends GraphQLError {
  constructor(readonly errors: GraphQLFormattedError[]) {
    super(errors[0]?.message ?? 'The subgraph refused the request');
  }
}

function refusedWith(body: unknown): GraphQLFormattedError[] | undefined {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return undefined;
  const errors = body.errors as unknown[];
  const coded = errors.every((e) => typeof e === 'object' && e !== null && typeof (e as GraphQLFormattedError).message === 'string');
  return coded && errors.length ? (errors as GraphQLFormattedError[]) : undefined;
}

export interface SubgraphDataSourceOptions {
  /** The subgraph's name, given in `extensions.serviceName` of the errors it causes. */
  name: string;
  url: string;
  /** Sends the requests (the gateway's kept-alive fetcher); a hung subgraph must fail within its timeout. */
  fetcher?: RemoteGraphQLDataSource<GatewayContext>['fetcher'];
}

/**
 * Calls one subgraph, forwarding the caller's token.
 *
 * - A subgraph that refuses a request as a whole answers HTTP 400 with coded errors (a variable that is
 *   no valid DateTimeISO, say), or 401/503 from its own sign-in check: the caller gets those errors with
 *   their codes and messages, as a subgraph's errors in a 200 answer reach it, not an
 *   INTERNAL_SERVER_ERROR for "400: Bad Request".
 * - A subgraph that does not answer (stopped, restarting, past the fetcher's timeout) or answers with no
 *   GraphQL refusal (a bare 5xx) costs only its own fields: they are null (nullable where another
 *   subgraph contributes them) with SERVICE_UNAVAILABLE naming the service, and everything else is
 *   returned, HTTP 200.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;

  constructor(options: SubgraphDataSourceOptions) {
    super({ url: options.url, ...(options.fetcher ? { fetcher: options.fetcher } : {}) });
    this.serviceName = options.name;
  }

  override willSendRequest({ request, context }: Parameters<NonNullable<RemoteGraphQLDataSource<GatewayContext>['willSendRequest']>>[0]) {
    // subgraphs check the caller's token themselves: pass it on, with the request id and trace context
    if (context.authorization) request.http?.headers.set('authorization', context.authorization);
    passOnRequest(context, request.http?.headers);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof SubgraphRefusal) {
        return { errors: error.errors.map((e) => ({ ...e, extensions: { ...e.extensions, serviceName: this.serviceName } })) };
      }
      return {
        errors: [
          new GraphQLError(`The ${this.serviceName} service does not answer right now: its part of this answer is missing; try again shortly`, {
            extensions: { code: 'SERVICE_UNAVAILABLE', serviceName: this.serviceName },
          }),
        ],
      };
    }
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if ((response.status >= 400 && response.status < 500) || response.status === 503) {
      const errors = refusedWith(await this.parseBody(response.clone()).catch(() => undefined));
      if (errors) return new SubgraphRefusal(errors);
    }
    return super.errorFromResponse(response);
  }
}
