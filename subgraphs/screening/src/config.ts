import { loadSubgraphConfig, type SubgraphConfig } from '@lianban/kit';

export const DEFAULT_PORT = 4005;

/** The only place the screening subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): SubgraphConfig {
  // the departments subgraph says whether a caller's token was signed out and which units exist; the
  // cases subgraph which collective and skip-level visits were registered (to match warnings)
  return loadSubgraphConfig('screening', DEFAULT_PORT, env, ['departments', 'cases']);
}
