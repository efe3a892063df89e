/** Runs the gateway alone (a deployment with one process per service); it logs when it is ready and when it stopped. */
import { runMain } from '@lianban/kit';
import { loadConfig } from './config';
import { createGateway } from './server';

await runMain(
  async () => {
    const gateway = await createGateway(loadConfig());
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        gateway.stop().then(
          () => process.exit(0),
          (error: unknown) => {
            gateway.observability.logger.fatal({ err: error }, 'gateway did not stop cleanly');
            gateway.observability.logger.flush();
            process.exit(1);
          },
        );
      });
    }
  },
  { listen: { portVariable: 'PORT', hostVariable: 'HOST' } },
);
