import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { GraphQLSchema } from 'graphql';
import { type Identity, TokenVerifier, requireWorkingIdentity } from './auth';
import { createErrorFormatter } from './errors';
import { type LargeBodyLimit, type Route, type RunningHttp, serveHttp } from './http';
import type { RevocationCheck } from './revocation';
import type { Observability, TracedRequest } from './observability';

/** What every subgraph resolver gets: its own EntityManager fork and who is asking. */
export interface RequestContext extends BaseContext, TracedRequest {
  em: EntityManager;
  /** The verified caller; null when the request carries no token (only public fields then answer). */
  identity: Identity | null;
  /** The caller's Authorization header, forwarded on service calls to other subgraphs. */
  authorization?: string;
}

export interface SubgraphOptions<TContext extends RequestContext> {
  name: string;
  schema: GraphQLSchema;
  orm: MikroORM;
  /** Builds the request context (loaders, services) around a fresh `em.fork()`. */
  context: (em: EntityManager, identity: Identity | null, authorization?: string) => TContext;
  /** PEM public key tokens are verified with. */
  authPublicKey: string;
  /**
   * Refuses signed-out tokens, remembering the answers: asked of the departments subgraph, or read from
   * its own table there (one per process, shared with the request contexts that end sign-ins).
   */
  revocation: RevocationCheck;
  host: string;
  port: number;
  maxBodyBytes?: number;
  /** A larger body limit for the operations that carry a file (see `HttpOptions.largeBody`). */
  largeBody?: LargeBodyLimit;
  observability: Observability;
  /** Routes served beside GraphQL (e.g. a calendar feed), given a way to build a signed-in request context. */
  routes?: (contextFor: ContextForRoute<TContext>) => Route[];
}

/**
 * The request context of a route served beside GraphQL, for the token in `authorization` (checked as GraphQL
 * requests are: signature, expiry, sign-out); null identity without a token. Throws UNAUTHENTICATED otherwise,
 * and PASSWORD_CHANGE_REQUIRED for a token signed in with a password an administrator set.
 */
export type ContextForRoute<TContext> = (authorization: string | undefined) => Promise<TContext>;

export interface Subgraph<TContext extends RequestContext> extends RunningHttp {
  name: string;
  apollo: ApolloServer<TContext>;
  /** A fresh request context for `identity`, for calling `apollo.executeOperation` in-process. */
  newContext: (identity: Identity | null) => TContext;
}

/** Creates the Apollo server of a subgraph without listening (for in-process tests). */
export function createSubgraphApollo<TContext extends RequestContext>(schema: GraphQLSchema, observability?: Observability) {
  return new ApolloServer<TContext>({
    schema,
    formatError: createErrorFormatter(),
    includeStacktraceInErrorResponses: false,
    introspection: true,
    // traces go to Apollo's cloud, which a government intranet never reaches; cache hints are unused, and
    // the cache-control plugin would otherwise run a hook on every field of every response
    plugins: [
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ...(observability ? [observability.apolloPlugin<TContext>()] : []),
    ],
  });
}

/** Starts a subgraph on node:http. Nothing starts on import; the caller owns the ORM and closes it. */
export async function startSubgraph<TContext extends RequestContext>(
  options: SubgraphOptions<TContext>,
): Promise<Subgraph<TContext>> {
  const apollo = createSubgraphApollo<TContext>(options.schema, options.observability);
  await apollo.start();
  const verifier = new TokenVerifier(options.authPublicKey);
  const { revocation } = options;
  const newContext = (identity: Identity | null, authorization?: string) => options.context(options.orm.em.fork(), identity, authorization);
  const contextFor: ContextForRoute<TContext> = async (authorization) => {
    const identity = await verifier.fromHeaders({ authorization });
    if (identity) {
      await revocation.check(identity);
      // routes serve downloads, never the password change: a password an administrator set serves none
      requireWorkingIdentity(identity, 'route');
    }
    return newContext(identity, authorization);
  };
  const http = await serveHttp({
    apollo,
    host: options.host,
    port: options.port,
    maxBodyBytes: options.maxBodyBytes ?? 1_000_000,
    largeBody: options.largeBody,
    observability: options.observability,
    routes: options.routes?.(contextFor),
    context: async (req) => {
      const identity = await verifier.fromHeaders(req.headers);
      if (identity) await revocation.check(identity);
      return newContext(identity, req.headers.authorization);
    },
    health: async () => {
      await options.orm.em.getConnection().execute('select 1');
      return { subgraph: options.name };
    },
  });
  return { ...http, name: options.name, apollo, newContext };
}
