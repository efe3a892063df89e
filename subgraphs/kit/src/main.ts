import type { SubgraphConfig } from './config';
import { type SubgraphModule, runSubgraph } from './module';

/** Runs one subgraph as its own process until SIGINT/SIGTERM (a deployment with one process per service). */
export async function serveSubgraphUntilSignal(module: SubgraphModule, config: SubgraphConfig): Promise<void> {
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
