import type { SubgraphConfig } from './config';
import { type SubgraphModule, runSubgraph } from './module';

/** Runs one subgraph as its own process until SIGINT/SIGTERM (a deployment with one process per service). */
export async function serveSubgraphUntilSignal(module: SubgraphModule, config: SubgraphConfig): Promise<void> {
  // runSubgraph logs that it is ready and, when stopped, that it stopped
  const running = await runSubgraph(module, config);
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
}
