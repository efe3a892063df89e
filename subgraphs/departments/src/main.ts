/** Runs the departments subgraph alone (docker-compose); migrations are applied separately with `npm run migrate`. */
import { type SubgraphModule, serveSubgraphUntilSignal } from '@lianban/kit';
import { loadConfig } from './config';
import { departmentsSubgraph } from './index';

await serveSubgraphUntilSignal(departmentsSubgraph as unknown as SubgraphModule, loadConfig);
