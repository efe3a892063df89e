import { createGateway, ideTokenRefusal, loadConfig as loadGatewayConfig, type RunningGateway } from '@lianban/gateway';
import {
  type KeyPair,
  Observability,
  type ObservabilityConfig,
  type RunningSubgraph,
  observabilityConfigFrom,
  observabilityEnvSchema,
  parseEnv,
  runSubgraph,
} from '@lianban/kit';
import { subgraphModules } from './platform';

export interface PlatformOptions {
  databaseUrl: string;
  /** The key pair sign-in tokens are signed (departments) and verified (everyone) with. */
  keys: KeyPair;
  /** Port of the gateway; 0 picks a free one. Subgraphs listen on their default ports, or free ones with `randomPorts`. */
  gatewayPort: number;
  /** Address the gateway listens on: 127.0.0.1 unless said (subgraphs always listen on 127.0.0.1). */
  gatewayHost?: string;
  randomPorts?: boolean;
  development: boolean;
  debugSql?: boolean;
  /** A token the IDE sends by default (the demo only; refused unless the gateway listens on a loopback address). */
  ideToken?: string;
  /** Logs, metrics and traces of every service (default: from LIANBAN_LOG_LEVEL and the other variables of the README). */
  observability?: ObservabilityConfig;
  /** Makes a service's observability instead (tests capture log lines with it). */
  observe?: (service: string) => Promise<Observability>;
}

export interface RunningPlatform {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  stop: () => Promise<void>;
}

/** Starts the four subgraphs (on 127.0.0.1) and the gateway in this process. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const gatewayHost = options.gatewayHost ?? '127.0.0.1';
  const refusal = options.ideToken ? ideTokenRefusal({ host: gatewayHost, development: options.development }) : null;
  if (refusal) throw new Error(`no signed-in IDE: ${refusal}`);
  const subgraphs: RunningSubgraph[] = [];
  const observabilityConfig = options.observability ?? observabilityConfigFrom(parseEnv(observabilityEnvSchema, process.env));
  const observe = options.observe ?? ((service: string) => Observability.create({ service, config: observabilityConfig }));
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
          serviceUrls: Object.fromEntries(
            (module.calls ?? []).map((name) => [name, subgraphs.find((s) => s.name === name)?.url as string]),
          ),
        }, await observe(module.name)).catch((error: NodeJS.ErrnoException) => {
          if (error.code === 'EADDRINUSE') {
            throw new Error(`port ${port} for the ${module.name} subgraph is in use: stop whatever listens there and start again`);
          }
          throw error;
        }),
      );
    }
    const gatewayConfig = loadGatewayConfig({
      HOST: gatewayHost,
      PORT: String(options.gatewayPort),
      LIANBAN_ENV: options.development ? 'development' : 'production',
      LIANBAN_AUTH_PUBLIC_KEY: options.keys.publicKeyPem,
    });
    gatewayConfig.subgraphUrls = Object.fromEntries(subgraphs.map((s) => [s.name, s.url]));
    gatewayConfig.ideToken = options.ideToken;
    const gateway = await createGateway(gatewayConfig, await observe('gateway'));
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
