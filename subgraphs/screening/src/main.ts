/** Runs the screening subgraph alone (docker-compose); migrations are applied separately with `npm run migrate`. */
import { type SubgraphModule, serveSubgraphUntilSignal } from '@lianban/kit';
import { loadConfig } from './config';
import { screeningSubgraph } from './index';

await serveSubgraphUntilSignal(screeningSubgraph as unknown as SubgraphModule, loadConfig);
