import type { SubgraphModule } from '@lianban/kit';
import { departmentsSubgraph } from '@lianban/departments';

/** Every subgraph of the platform, in the order they are started. */
export const subgraphModules: SubgraphModule[] = [departmentsSubgraph as unknown as SubgraphModule];
