import { loadSubgraphConfig, type SubgraphConfig } from '@lianban/kit';

export const DEFAULT_PORT = 4001;

/** The only place the departments subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): SubgraphConfig {
  return loadSubgraphConfig('departments', DEFAULT_PORT, env);
}
