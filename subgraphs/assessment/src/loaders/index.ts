import { type Identity, type RequestContext, type SubgraphConfig, entityLoader, forwardedHeaders, mapLoader } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AssessmentScheme } from '../entities/assessment-scheme.entity';
import type { RankingEntry } from '../entities/ranking-entry.entity';
import { type CaseFacts, HttpCaseFacts } from '../services/case-facts';
import { RankingService } from '../services/ranking.service';
import { HttpReportingFacts, NoReportingFacts, type ReportingFacts } from '../services/reporting-facts';
import type { FactSources } from '../services/run.service';
import { HttpUnitDirectory, type UnitDirectory } from '../services/unit-directory';

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
  /** Where runs get their facts: the cases, screening and departments subgraphs (fixed sources in tests). */
  sources: FactSources;
  now: () => Date;
}

export interface ContextOptions {
  identity?: Identity | null;
  authorization?: string;
  sources?: Omit<FactSources, 'forwarded'>;
  now?: () => Date;
}

const unconfigured = (what: string) => () => Promise.reject(new Error(`${what} is not configured: the assessment subgraph cannot compute rankings`));

export function createContext(em: EntityManager, options: ContextOptions = {}): AssessmentContext {
  const context = { em, identity: options.identity ?? null, authorization: options.authorization } as AssessmentContext;
  context.loaders = createLoaders(em);
  context.now = options.now ?? (() => new Date());
  const given = options.sources ?? {
    caseFacts: { facts: unconfigured('CASES_URL') },
    reporting: new NoReportingFacts(),
    directory: { units: unconfigured('DEPARTMENTS_URL') },
  };
  context.sources = { ...given, forwarded: () => forwardedHeaders(context) };
  return context;
}

const clients = new Map<string, CaseFacts | ReportingFacts | UnitDirectory>();

function client<T extends CaseFacts | ReportingFacts | UnitDirectory>(key: string, make: () => T): T {
  let found = clients.get(key) as T | undefined;
  if (!found) clients.set(key, (found = make()));
  return found;
}

/** The facts sources at the URLs from config (CASES_URL, DEPARTMENTS_URL, SCREENING_URL), one client per URL. */
export function sourcesFor(config: Pick<SubgraphConfig, 'serviceUrls'>): Omit<FactSources, 'forwarded'> {
  const { cases, departments, screening } = config.serviceUrls;
  return {
    caseFacts: cases ? client(`cases:${cases}`, () => new HttpCaseFacts(cases)) : { facts: unconfigured('CASES_URL') },
    directory: departments ? client(`departments:${departments}`, () => new HttpUnitDirectory(departments)) : { units: unconfigured('DEPARTMENTS_URL') },
    reporting: screening ? client(`screening:${screening}`, () => new HttpReportingFacts(screening)) : new NoReportingFacts(),
  };
}
