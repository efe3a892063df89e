import { buildFederatedSchema, type SubgraphModule } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { Category } from './entities/category.entity';
import { Department } from './entities/department.entity';
import { Person } from './entities/person.entity';
import { createContext, type DepartmentsContext } from './loaders';
import { migrations } from './migrations';
import { CategoryResolver } from './resolvers/category.resolver';
import { DepartmentResolver } from './resolvers/department.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { referenceResolvers } from './resolvers/references';

export { loadConfig } from './config';
export { Category } from './entities/category.entity';
export { Department } from './entities/department.entity';
export { Person } from './entities/person.entity';
export { DepartmentKind, TERRITORIAL_KINDS } from './types/department-kind.enum';

/** The departments subgraph: the unit directory (Department, Person). */
export const departmentsSubgraph: SubgraphModule<DepartmentsContext> = {
  name: 'departments',
  defaultPort: DEFAULT_PORT,
  entities: [Department, Person, Category],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({ resolvers: [DepartmentResolver, PersonResolver, CategoryResolver], referenceResolvers }),
  createContext,
};
