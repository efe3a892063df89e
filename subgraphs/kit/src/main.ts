import type { SubgraphConfig } from './config';
import { type SubgraphModule, openSubgraphOrm, runSubgraph } from './module';

/**
 * Runs one subgraph as its own process until SIGINT/SIGTERM (a deployment with one process per service).
 * A subgraph whose deployment check refuses the database stops with one line saying why (exit code 1).
 */
export async function serveSubgraphUntilSignal(module: SubgraphModule, config: SubgraphConfig): Promise<void> {
  if (module.deploymentCheck) {
    const orm = await openSubgraphOrm(module, config);
    const refusal = await module.deploymentCheck(orm).finally(() => orm.close());
    if (refusal) {
      console.error(`${module.name} subgraph not started: ${refusal}`);
      process.exit(1);
    }
  }
  const running = await runSubgraph(module, config);
  console.log(`${module.name} subgraph ready at ${running.url}`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      running.stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
