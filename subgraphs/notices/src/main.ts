/** Runs the notices subgraph alone (docker-compose); migrations are applied separately with `npm run migrate`. */
import { type SubgraphModule, serveSubgraphUntilSignal } from '@lianban/kit';
import { loadConfig } from './config';
import { noticesSubgraph } from './index';

await serveSubgraphUntilSignal(noticesSubgraph as unknown as SubgraphModule, loadConfig);
