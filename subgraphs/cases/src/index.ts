import { buildFederatedSchema, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { Case } from './entities/case.entity';
import { type CasesContext, createContext } from './loaders';
import { migrations } from './migrations';
import { CaseResolver } from './resolvers/case.resolver';
import { DepartmentCasesResolver } from './resolvers/department.resolver';
import { referenceResolvers } from './resolvers/references';

export { loadConfig } from './config';
export { Case } from './entities/case.entity';
export * from './types/case.enums';

/** The cases subgraph: petition matters (信访事项) and the case fields of Department. */
export const casesSubgraph: SubgraphModule<CasesContext> = {
  name: 'cases',
  defaultPort: DEFAULT_PORT,
  entities: [Case],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [CaseResolver, DepartmentCasesResolver], referenceResolvers }),
  createContext,
};
