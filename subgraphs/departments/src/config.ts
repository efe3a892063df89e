import { keyVariable, loadSubgraphConfig, parseEnv, type SubgraphConfig } from '@lianban/kit';
import { z } from 'zod';

export const DEFAULT_PORT = 4001;

/** The only place the departments subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): SubgraphConfig {
  const config = loadSubgraphConfig('departments', DEFAULT_PORT, env);
  // the departments subgraph checks passwords, so it alone signs tokens
  const privateKey = parseEnv(
    z.object({ LIANBAN_AUTH_PRIVATE_KEY: keyVariable('LIANBAN_AUTH_PRIVATE_KEY', 'private') }),
    env,
  );
  return { ...config, authPrivateKey: privateKey.LIANBAN_AUTH_PRIVATE_KEY };
}
