import { loadSubgraphConfig, type SubgraphConfig } from '@lianban/kit';

export const DEFAULT_PORT = 4004;

export interface AssessmentConfig extends SubgraphConfig {
  /** The screening subgraph (warnings, daily reports); without it those facts count as none. */
  screeningUrl?: string;
}

/** The only place the assessment subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): AssessmentConfig {
  // the departments subgraph says whether a caller's token was signed out and lists the units assessed;
  // the cases subgraph gives the facts each rule scores
  const config: AssessmentConfig = loadSubgraphConfig('assessment', DEFAULT_PORT, env, ['departments', 'cases']);
  const screening = env.SCREENING_URL?.trim();
  if (screening) {
    try {
      new URL(screening);
    } catch {
      throw new Error('SCREENING_URL must be the URL of the screening subgraph (or unset)');
    }
    config.screeningUrl = screening;
    config.serviceUrls = { ...config.serviceUrls, screening };
  }
  return config;
}
