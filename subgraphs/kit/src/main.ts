import type { SubgraphConfig } from './config';
import { type SubgraphModule, openSubgraphOrm, runSubgraph } from './module';
import { checkDatabaseUrl, runMain } from './startup';

/**
 * Runs one subgraph as its own process until SIGINT/SIGTERM (a deployment with one process per service).
 * `config` may be the function that reads it, so a wrong variable stops the process with the one line
 * naming it, as a database it cannot reach or a port in use do. A subgraph whose deployment check refuses
 * the database stops with one line saying why (exit code 1).
 */
export async function serveSubgraphUntilSignal(module: SubgraphModule, config: SubgraphConfig | (() => SubgraphConfig)): Promise<void> {
  let resolved: SubgraphConfig | undefined;
  await runMain(
    async () => {
      resolved = typeof config === 'function' ? config() : config;
      checkDatabaseUrl(resolved.databaseUrl);
      if (module.deploymentCheck) {
        const orm = await openSubgraphOrm(module, resolved);
        const refusal = await module.deploymentCheck(orm).finally(() => orm.close());
        if (refusal) {
          console.error(`${module.name} subgraph not started: ${refusal}`);
          process.exit(1);
        }
      }
      // runSubgraph logs that it is ready and, when stopped, that it stopped
      const running = await runSubgraph(module, resolved);
      for (const signal of ['SIGINT', 'SIGTERM'] as const) {
        process.once(signal, () => {
          running.stop().then(
            () => process.exit(0),
            (error: unknown) => {
              running.observability.logger.fatal({ err: error }, `${module.name} subgraph did not stop cleanly`);
              running.observability.logger.flush();
              process.exit(1);
            },
          );
        });
      }
    },
    () => ({
      database: resolved && { url: resolved.databaseUrl, variable: 'DATABASE_URL' },
      listen: { portVariable: 'PORT', hostVariable: 'HOST' },
    }),
  );
}
