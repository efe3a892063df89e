import { buildFederatedSchema, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { AssessmentScheme } from './entities/assessment-scheme.entity';
import { RankingEntry } from './entities/ranking-entry.entity';
import { type AssessmentContext, createContext, sourcesFor } from './loaders';
import { AssessmentRun } from './entities/assessment-run.entity';
import { RunResolver } from './resolvers/run.resolver';
import { SchemeResolver } from './resolvers/scheme.resolver';
import { migrations } from './migrations';
import { DepartmentAssessmentResolver, RankingResolver } from './resolvers/ranking.resolver';
import { referenceResolvers } from './resolvers/references';

export { loadConfig } from './config';
export { AssessmentScheme } from './entities/assessment-scheme.entity';
export { RankingEntry } from './entities/ranking-entry.entity';
export { AssessmentRun, type RunUnit } from './entities/assessment-run.entity';
export { createContext, type AssessmentContext } from './loaders';
export { StaticCaseFacts, HttpCaseFacts, ASSESSMENT_FACTS_QUERY, fromWire, type CaseFacts, type CaseFactsAnswer, type WireFact } from './services/case-facts';
export { StaticReportingFacts, NoReportingFacts, HttpReportingFacts, type ReportingFacts, type UnitReportingFacts } from './services/reporting-facts';
export { StaticUnitDirectory, HttpUnitDirectory, type UnitDirectory, type AssessedUnit } from './services/unit-directory';
export { RunService, type FactSources } from './services/run.service';
export { SchemeService } from './services/scheme.service';
export { prepare, score, monteCarlo, type UnitInput } from './services/engine';
export { parseDefinition, type SchemeDefinition, type Rule } from './services/rules';
export { parsePeriod } from './services/periods';
export * from './types/assessment.enums';

/** The assessment subgraph: schemes, published rankings, and the latest result of each Department. */
export const assessmentSubgraph: SubgraphModule<AssessmentContext> = {
  name: 'assessment',
  defaultPort: DEFAULT_PORT,
  entities: [AssessmentScheme, RankingEntry, AssessmentRun],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [RankingResolver, DepartmentAssessmentResolver, SchemeResolver, RunResolver], referenceResolvers }),
  createContext: (em, config, identity, authorization) => createContext(em, { identity, authorization, sources: sourcesFor(config) }),
  // asks the departments subgraph whether a caller's token was signed out and which units it assesses, the
  // cases subgraph for the facts its rules score and the screening subgraph for warnings and reports (SCREENING_URL; without it those facts count as none)
  calls: ['departments', 'cases', 'screening'],
};
