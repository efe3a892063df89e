import { loadSubgraphConfig, type SubgraphConfig } from '@lianban/kit';

export const DEFAULT_PORT = 4003;

/** The only place the meetings subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): SubgraphConfig {
  // the meetings subgraph asks the cases subgraph which cases the caller may see
  return loadSubgraphConfig('meetings', DEFAULT_PORT, env, ['cases']);
}
