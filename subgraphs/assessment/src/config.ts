import { loadSubgraphConfig, type SubgraphConfig } from '@lianban/kit';

export const DEFAULT_PORT = 4004;

/** The only place the assessment subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): SubgraphConfig {
  // the departments subgraph says whether a caller's token was signed out
  return loadSubgraphConfig('assessment', DEFAULT_PORT, env, ['departments']);
}
