import { type GraphQLDataSourceProcessOptions, RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';

type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];

/** A subgraph refused the request itself (HTTP 4xx with GraphQL errors): its coded errors, as sent. */
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

/**
 * Calls a subgraph. A subgraph that refuses a request as a whole answers HTTP 400 with coded errors
 * (a variable that is no valid DateTimeISO, say): the caller gets those errors with their codes, as a
 * subgraph's errors in a 200 answer reach it, not an INTERNAL_SERVER_ERROR for "400: Bad Request".
 * Other failures (5xx, a body that is no GraphQL answer) stay errors of the gateway.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export class SubgraphDataSource<TContext extends Record<string, any>> extends RemoteGraphQLDataSource<TContext> {
  override async process(options: GraphQLDataSourceProcessOptions<TContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (error) {
      if (error instanceof SubgraphRefusal) return { errors: error.errors };
      throw error;
    }
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    if (response.status >= 400 && response.status < 500) {
      const errors = refusedWith(await this.parseBody(response.clone()).catch(() => undefined));
      if (errors) return new SubgraphRefusal(errors);
    }
    return super.errorFromResponse(response);
  }
}
