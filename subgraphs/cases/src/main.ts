/** Runs the cases subgraph alone (docker-compose); migrations are applied separately with `npm run migrate`. */
import { type SubgraphModule, serveSubgraphUntilSignal } from '@lianban/kit';
import { loadConfig } from './config';
import { casesSubgraph } from './index';

await serveSubgraphUntilSignal(casesSubgraph as unknown as SubgraphModule, loadConfig);
