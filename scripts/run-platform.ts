import { createGateway, ideTokenRefusal, loadConfig as loadGatewayConfig, type RunningGateway } from '@lianban/gateway';
import {
  type JobsConfig,
  type KeyPair,
  Observability,
  type ObservabilityConfig,
  type RevocationOptions,
  type RunningSubgraph,
  type SubgraphConfig,
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
  /** How sign-outs are checked by the gateway and the subgraphs (tests shorten it). */
  revocation?: RevocationOptions;
  /** Logs, metrics and traces of every service (default: from LIANBAN_LOG_LEVEL and the other variables of the README). */
  observability?: ObservabilityConfig;
  /** Makes a service's observability instead (tests capture log lines with it). */
  observe?: (service: string) => Promise<Observability>;
  /** The durable job queue (notices, clock warnings); without it the subgraphs run no background work. */
  jobs?: JobsConfig;
}

export interface RunningPlatform {
  gateway: RunningGateway;
  subgraphs: RunningSubgraph[];
  /** Stops one subgraph as if its process had died (tests of how the rest degrades). */
  stopSubgraph: (name: string) => Promise<void>;
  /** Starts a stopped subgraph again, on the port it had. */
  startSubgraph: (name: string) => Promise<void>;
  stop: () => Promise<void>;
}

/** Starts the subgraphs (on 127.0.0.1) and the gateway in this process. */
export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const gatewayHost = options.gatewayHost ?? '127.0.0.1';
  const refusal = options.ideToken ? ideTokenRefusal({ host: gatewayHost, development: options.development }) : null;
  if (refusal) throw new Error(`no signed-in IDE: ${refusal}`);
  const subgraphs: RunningSubgraph[] = [];
  const observabilityConfig = options.observability ?? observabilityConfigFrom(parseEnv(observabilityEnvSchema, process.env));
  const observe = options.observe ?? ((service: string) => Observability.create({ service, config: observabilityConfig }));
  const configs = new Map<string, SubgraphConfig>();
  const stopAll = async () => {
    await Promise.allSettled(subgraphs.map((s) => s.stop()));
  };
  try {
    for (const module of subgraphModules) {
      const port = options.randomPorts ? 0 : module.defaultPort;
      const config: SubgraphConfig = {
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
        jobs: options.jobs,
        serviceUrls: Object.fromEntries(
          (module.calls ?? []).map((name) => [name, subgraphs.find((s) => s.name === name)?.url as string]),
        ),
      };
      subgraphs.push(
        await runSubgraph(module, config, await observe(module.name)).then((running) => {
          configs.set(module.name, { ...config, port: running.port });
          return running;
        }).catch((error: NodeJS.ErrnoException) => {
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
    if (options.revocation) gatewayConfig.revocation = options.revocation;
    const gateway = await createGateway(gatewayConfig, await observe('gateway'));
    const stopped = new Set<string>();
    return {
      gateway,
      subgraphs,
      stopSubgraph: async (name) => {
        await subgraphs.find((s) => s.name === name)?.stop();
        stopped.add(name);
      },
      startSubgraph: async (name) => {
        const index = subgraphs.findIndex((s) => s.name === name);
        subgraphs[index] = await runSubgraph(subgraphModules.find((m) => m.name === name)!, configs.get(name)!, await observe(name));
        stopped.delete(name);
      },
      stop: async () => {
        for (const name of stopped) subgraphs.splice(subgraphs.findIndex((s) => s.name === name), 1);
        await gateway.stop();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
