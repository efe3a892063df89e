import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { type Observability, createErrorFormatter, serveHttp } from '@lianban/kit';
import type { GatewayConfig } from './config';
import { type GatewayContext, GatewayAuth } from './auth';
import { SubgraphDataSource } from './data-source';
import { subgraphFetcher } from './fetcher';
import { ideRoute } from './ide';
import { limitOptions, limitsPlugin } from './limits';
import { createGatewayObservability } from './observability';

export interface RunningGateway {
  url: string;
  port: number;
  /** Where the local GraphQL IDE is served, in development. */
  ideUrl?: string;
  /** Its logger and metrics registry. */
  observability: Observability;
  stop: () => Promise<void>;
}

/**
 * Starts the federation gateway on the checked-in supergraph. Subgraph URLs come from config, so the
 * same supergraph serves a laptop, CI and a deployment.
 */
export async function createGateway(
  config: GatewayConfig,
  /** Its logs, metrics and traces; made from `config.observability` unless given. */
  given?: Observability,
): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(config.supergraphPath, 'utf8');
  const subgraphs = subgraphUrls(supergraphSdl, config.subgraphUrls);
  const observability = given ?? (await createGatewayObservability(config.observability));
  const fetcher = subgraphFetcher({ timeoutMs: config.subgraphTimeoutMs });
  const gateway = new ApolloGateway({
    supergraphSdl,
    // forwards the caller's token; a subgraph that does not answer within SUBGRAPH_TIMEOUT_MS leaves its fields null with SERVICE_UNAVAILABLE
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name] ?? url,
        fetcher: fetcher as unknown as SubgraphDataSource['fetcher'],
      }),
  });
  const auth = new GatewayAuth(config.authPublicKey, subgraphs.departments, config.revocation);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: config.development,
    csrfPrevention: true,
    includeStacktraceInErrorResponses: false,
    formatError: createErrorFormatter(),
    ...limitOptions(config),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      limitsPlugin(config),
      observability.apolloPlugin<GatewayContext>(),
      {
        // a logout through this gateway takes effect at once, not when the remembered status expires
        async requestDidStart() {
          return {
            async willSendResponse({ contextValue, operation }) {
              const loggedOut = operation?.selectionSet.selections.some((s) => s.kind === 'Field' && s.name.value === 'logout');
              if (loggedOut && contextValue.identity) auth.forget(contextValue.identity.tokenId);
            },
          };
        },
      },
    ],
  });
  await apollo.start();
  const http = await serveHttp({
    apollo,
    host: config.host,
    port: config.port,
    maxBodyBytes: config.maxBodyBytes,
    largeBody: { maxBodyBytes: config.maxImportBodyBytes, rootFields: ['importCases', 'importCasesDryRun'] },
    context: (req) => auth.context(req.headers),
    routes: config.development ? [ideRoute(config.ideToken)] : [],
    health: () => checkSubgraphs(subgraphs),
    observability,
  });
  observability.logger.info({ url: http.url, subgraphs }, 'gateway ready');
  return {
    url: http.url,
    port: http.port,
    ideUrl: config.development ? http.url.replace(/\/graphql$/, '/ide') : undefined,
    observability,
    stop: async () => {
      await http.stop();
      fetcher.close();
      observability.logger.info('gateway stopped');
      await observability.stop();
    },
  };
}

/** Subgraph URLs by name: the configured ones, else those written in the supergraph. */
function subgraphUrls(supergraphSdl: string, configured: Record<string, string>): Record<string, string> {
  const urls: Record<string, string> = {};
  for (const match of supergraphSdl.matchAll(/@join__graph\(name: "([^"]+)", url: "([^"]+)"\)/g)) {
    urls[match[1]] = configured[match[1]] ?? match[2];
  }
  return urls;
}

/** The gateway is healthy when every subgraph answers its own /health. */
async function checkSubgraphs(urls: Record<string, string>): Promise<Record<string, unknown>> {
  const results = await Promise.all(
    Object.entries(urls).map(async ([name, url]) => {
      try {
        const response = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(2000) });
        return [name, response.ok ? 'ok' : `HTTP ${response.status}`] as const;
      } catch (error) {
        return [name, error instanceof Error ? error.message : String(error)] as const;
      }
    }),
  );
  const down = results.filter(([, status]) => status !== 'ok');
  if (down.length) throw new Error(`subgraphs not answering: ${down.map(([n, s]) => `${n} (${s})`).join(', ')}`);
  return { subgraphs: Object.fromEntries(results) };
}
