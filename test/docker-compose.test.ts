/**
 * Docker cannot run on the build machines, so this reads docker-compose.yml and the Dockerfile and
 * checks them against what the code actually reads: service names, ports, environment variables.
 */
import { readFileSync } from 'node:fs';
import { gatewayEnvSchema, loadConfig as loadGatewayConfig } from '@lianban/gateway';
import { generateKeys, subgraphEnvSchema } from '@lianban/kit';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { subgraphModules } from '../scripts/platform';

interface Service {
  command?: string[];
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
  healthcheck?: { test: string[] };
}

const root = new URL('..', import.meta.url);
const keys = await generateKeys();
/** What docker compose does with `${NAME:?message}`: the deployment's environment fills it in. */
const deploymentEnv: Record<string, string> = { LIANBAN_AUTH_PUBLIC_KEY: keys.publicKeyPem, LIANBAN_AUTH_PRIVATE_KEY: keys.privateKeyPem };
const composeText = readFileSync(new URL('docker-compose.yml', root), 'utf8')
  .replace(/\$\{(\w+):\?[^}]*\}/g, (_, name: string) => {
    if (!deploymentEnv[name]) throw new Error(`docker-compose.yml needs ${name}, which nothing provides`);
    return JSON.stringify(deploymentEnv[name]);
  })
  // `${NAME:-default}`: the default when the deployment's environment does not set NAME
  .replace(/\$\{(\w+):-([^}]*)\}/g, (_, _name: string, fallback: string) => JSON.stringify(fallback));
const compose = parse(composeText, { merge: true }) as { services: Record<string, Service> };
const rootPackage = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { workspaces: string[]; scripts: Record<string, string> };
const services = compose.services;

describe('docker-compose.yml', () => {
  it('runs PostgreSQL, the migrations, the subgraphs and the gateway', () => {
    expect(Object.keys(services).sort()).toEqual(['assessment', 'cases', 'departments', 'gateway', 'meetings', 'migrate', 'notices', 'postgres', 'screening']);
    expect(services.migrate.command).toEqual(['npm', 'run', 'migrate']);
    expect(rootPackage.scripts.migrate).toBeDefined();
  });

  describe.each(subgraphModules.map((m) => [m.name, m] as const))('%s service', (name, module) => {
    const service = services[name];

    it('sets only variables the subgraph reads, and its config accepts them', () => {
      const env = service.environment ?? {};
      const calls = (module.calls ?? []).map((name) => `${name.toUpperCase()}_URL`);
      const signs = name === 'departments' ? ['LIANBAN_AUTH_PRIVATE_KEY'] : [];
      const known = [...Object.keys(subgraphEnvSchema(module.defaultPort).shape), ...calls, ...signs];
      expect(Object.keys(env).filter((key) => !known.includes(key))).toEqual([]);
      expect(env.DATABASE_URL).toBe(services.migrate.environment?.DATABASE_URL);
      const pkg = JSON.parse(readFileSync(new URL(`subgraphs/${name}/package.json`, root), 'utf8'));
      expect(service.command).toEqual(['npm', 'start', '-w', pkg.name]);
      expect(pkg.scripts.start).toBe('tsx src/main.ts');
    });

    it('listens, publishes and health-checks on the subgraph\'s own port, after the migrations', async () => {
      const { loadConfig } = (await import(`../subgraphs/${name}/src/config.ts`)) as {
        loadConfig: (env: Record<string, string>) => unknown;
      };
      const config = loadConfig(service.environment ?? {}) as { port: number; serviceUrls: Record<string, string> };
      const port = config.port;
      expect(port).toBe(module.defaultPort);
      expect(service.ports).toEqual([`${port}:${port}`]);
      expect(service.healthcheck?.test.join(' ')).toContain(`http://localhost:${port}/health`);
      // the subgraphs it calls are reached by service name, and are up before it starts
      const called = subgraphModules.filter((m) => module.calls?.includes(m.name));
      expect(config.serviceUrls).toEqual(Object.fromEntries(called.map((m) => [m.name, `http://${m.name}:${m.defaultPort}/graphql`])));
      expect(service.depends_on).toEqual({
        migrate: { condition: 'service_completed_successfully' },
        ...Object.fromEntries(called.map((m) => [m.name, { condition: 'service_healthy' }])),
      });
    });
  });

  it('points the gateway at each subgraph service by name and port', () => {
    const env = services.gateway.environment ?? {};
    const known = Object.keys(gatewayEnvSchema.shape);
    expect(Object.keys(env).filter((key) => !known.includes(key))).toEqual([]);
    const config = loadGatewayConfig(env);
    expect(config.port).toBe(4000);
    expect(config.development).toBe(false);
    expect(config.subgraphUrls).toEqual(
      Object.fromEntries(subgraphModules.map((m) => [m.name, `http://${m.name}:${m.defaultPort}/graphql`])),
    );
    expect(Object.keys(services.gateway.depends_on ?? {}).sort()).toEqual(subgraphModules.map((m) => m.name).sort());
    expect(services.gateway.ports).toEqual(['4000:4000']);
  });

  it('passes the log level, the metrics token and the trace endpoint to every service, tracing nowhere by default', () => {
    for (const name of ['gateway', ...subgraphModules.map((m) => m.name)]) {
      expect(services[name].environment).toMatchObject({ LIANBAN_LOG_LEVEL: 'info', LIANBAN_METRICS_TOKEN: '', OTEL_EXPORTER_OTLP_ENDPOINT: '' });
    }
    expect(loadGatewayConfig(services.gateway.environment ?? {}).observability).toEqual({ logLevel: 'info', maxOperationNames: 100, metricsToken: undefined, tracesEndpoint: undefined });
  });

  it('builds an image that installs every workspace package', () => {
    const dockerfile = readFileSync(new URL('Dockerfile', root), 'utf8');
    for (const workspace of rootPackage.workspaces) expect(dockerfile).toContain(`COPY ${workspace}/package.json ${workspace}/`);
    expect(dockerfile).toMatch(/RUN npm ci/);
  });
});
