/** Runs the meetings subgraph alone (docker-compose); migrations are applied separately with `npm run migrate`. */
import { type SubgraphModule, serveSubgraphUntilSignal } from '@lianban/kit';
import { loadConfig } from './config';
import { meetingsSubgraph } from './index';

await serveSubgraphUntilSignal(meetingsSubgraph as unknown as SubgraphModule, loadConfig);
