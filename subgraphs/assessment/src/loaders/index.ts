import { type Identity, type RequestContext, entityLoader, mapLoader } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentScheme } from '../entities/assessment-scheme.entity';
import type { RankingEntry } from '../entities/ranking-entry.entity';
import { RankingService } from '../services/ranking.service';

/** Request-scoped loaders of the assessment subgraph. */
export function createLoaders(em: EntityManager) {
  const rankings = new RankingService(em);
  return {
    scheme: entityLoader(em, AssessmentScheme),
    latestResult: mapLoader<string, RankingEntry | null>((ids) => rankings.latestByUnit(ids), null),
  };
}

export interface AssessmentContext extends RequestContext {
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(em: EntityManager, identity: Identity | null = null): AssessmentContext {
  return { em, identity, loaders: createLoaders(em) };
}
