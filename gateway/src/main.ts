/** Runs the gateway alone (a deployment with one process per service). */
import { runMain } from '@lianban/kit';
import { loadConfig } from './config';
import { createGateway } from './server';

await runMain(
  async () => {
    const gateway = await createGateway(loadConfig());
    console.log(`gateway ready at ${gateway.url}`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        gateway.stop().then(() => process.exit(0), () => process.exit(1));
      });
    }
  },
  { listen: { portVariable: 'PORT', hostVariable: 'HOST' } },
);
