import { createGateway, loadConfig as loadGatewayConfig, type RunningGateway } from '@lianban/gateway';
import { type KeyPair, type RevocationOptions, type RunningSubgraph, runSubgraph } from '@lianban/kit';
import { subgraphModules } from './platform';

export interface PlatformOptions {
  databaseUrl: string;
  /** The key pair sign-in tokens are signed (departments) and verified (everyone) with. */
  keys: KeyPair;
  /** Port of the gateway; 0 picks a free one. Subgraphs listen on their default ports, or free ones with `randomPorts`. */
  gatewayPort: number;
  randomPorts?: boolean;
  development: boolean;
  debugSql?: boolean;
  /** A token the IDE sends by default (the demo only). */
  ideToken?: string;
  /** How sign-outs are checked by the gateway and the subgraphs (tests shorten it). */
  revocation?: RevocationOptions;
}

export interface RunningPlatform {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  stop: () => Promise<void>;
}

/** Starts the four subgraphs (on 127.0.0.1) and the gateway in this process. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const subgraphs: RunningSubgraph[] = [];
  const stopAll = async () => {
    await Promise.allSettled(subgraphs.map((s) => s.stop()));
  };
  try {
    for (const module of subgraphModules) {
      const port = options.randomPorts ? 0 : module.defaultPort;
      subgraphs.push(
        await runSubgraph(module, {
          name: module.name,
          dbSchema: module.name,
          host: '127.0.0.1',
          port,
          databaseUrl: options.databaseUrl,
          debugSql: options.debugSql ?? false,
          // subgraphs start in dependency order: the ones called are already listening
          authPublicKey: options.keys.publicKeyPem,
          authPrivateKey: module.name === 'departments' ? options.keys.privateKeyPem : undefined,
          revocation: options.revocation,
          serviceUrls: Object.fromEntries(
            (module.calls ?? []).map((name) => [name, subgraphs.find((s) => s.name === name)?.url as string]),
          ),
        }).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE') {
            throw new Error(`port ${port} for the ${module.name} subgraph is in use: stop whatever listens there and start again`);
          }
          throw error;
        }),
      );
    }
    const gatewayConfig = loadGatewayConfig({
      PORT: String(options.gatewayPort),
      LIANBAN_ENV: options.development ? 'development' : 'production',
      LIANBAN_AUTH_PUBLIC_KEY: options.keys.publicKeyPem,
    });
    gatewayConfig.subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
    gatewayConfig.ideToken = options.ideToken;
    if (options.revocation) gatewayConfig.revocation = options.revocation;
    const gateway = await createGateway(gatewayConfig);
    return {
      gateway,
      subgraphs,
      stop: async () => {
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
