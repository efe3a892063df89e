import { buildFederatedSchema, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { AssessmentScheme } from './entities/assessment-scheme.entity';
import { RankingEntry } from './entities/ranking-entry.entity';
import { type AssessmentContext, createContext } from './loaders';
import { migrations } from './migrations';
import { DepartmentAssessmentResolver, RankingResolver } from './resolvers/ranking.resolver';
import { referenceResolvers } from './resolvers/references';

export { loadConfig } from './config';
export { AssessmentScheme } from './entities/assessment-scheme.entity';
export { RankingEntry } from './entities/ranking-entry.entity';
export * from './types/assessment.enums';

/** The assessment subgraph: schemes, published rankings, and the latest result of each Department. */
export const assessmentSubgraph: SubgraphModule<AssessmentContext> = {
  name: 'assessment',
  defaultPort: DEFAULT_PORT,
  entities: [AssessmentScheme, RankingEntry],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [RankingResolver, DepartmentAssessmentResolver], referenceResolvers }),
  createContext: (em, _config, identity) => createContext(em, identity),
  // asks the departments subgraph whether a caller's token was signed out
  calls: ['departments'],
};
