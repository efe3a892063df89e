import { loadSubgraphConfig, type SubgraphConfig } from '@lianban/kit';

export const DEFAULT_PORT = 4002;

/** The only place the cases subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): SubgraphConfig {
  // the cases subgraph checks units and people against the departments subgraph
  return loadSubgraphConfig('cases', DEFAULT_PORT, env, ['departments']);
}
