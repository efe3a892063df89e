/** Runs the assessment subgraph alone (docker-compose); migrations are applied separately with `npm run migrate`. */
import { type SubgraphModule, serveSubgraphUntilSignal } from '@lianban/kit';
import { loadConfig } from './config';
import { assessmentSubgraph } from './index';

await serveSubgraphUntilSignal(assessmentSubgraph as unknown as SubgraphModule, loadConfig);
