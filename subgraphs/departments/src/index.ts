import { buildFederatedSchema, type SubgraphConfig, type SubgraphModule, TokenIssuer } from '@lianban/kit';
import { DEFAULT_PORT } from './config';
import { Account, Session } from './entities/account.entity';
import { Category } from './entities/category.entity';
import { Department } from './entities/department.entity';
import { Person } from './entities/person.entity';
import { RoutingChange, WorkingGroup } from './entities/routing.entity';
import { createContext, type DepartmentsContext } from './loaders';
import { migrations } from './migrations';
import { AccountResolver } from './resolvers/account.resolver';
import { AdminResolver, RoutingChangeResolver, WorkingGroupResolver } from './resolvers/admin.resolver';
import { CategoryResolver } from './resolvers/category.resolver';
import { DepartmentResolver } from './resolvers/department.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { referenceResolvers } from './resolvers/references';
import { demoPasswordRefusal } from './services/demo-password';

export { loadConfig } from './config';
export { Account, AccountRole, Session } from './entities/account.entity';
export { Category } from './entities/category.entity';
export { RoutingChange, WorkingGroup } from './entities/routing.entity';
export { hashPassword } from './services/password';
export { DEMO_PASSWORD, accountsWithDemoPassword, demoPasswordRefusal } from './services/demo-password';
export { Department } from './entities/department.entity';
export { Person } from './entities/person.entity';
export { DepartmentKind, TERRITORIAL_KINDS } from './types/department-kind.enum';

const issuers = new Map<string, TokenIssuer>();
/** One token issuer per configured private key. */
function issuerFor(config: SubgraphConfig): TokenIssuer | undefined {
  if (!config.authPrivateKey) return undefined;
  let issuer = issuers.get(config.authPrivateKey);
  if (!issuer) issuers.set(config.authPrivateKey, (issuer = new TokenIssuer(config.authPrivateKey)));
  return issuer;
}

/** The departments subgraph: the unit directory (Department, Person, Category) and sign-in (Account). */
export const departmentsSubgraph: SubgraphModule<DepartmentsContext> = {
  name: 'departments',
  defaultPort: DEFAULT_PORT,
  entities: [Department, Person, Category, Account, Session, RoutingChange, WorkingGroup],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        DepartmentResolver,
        PersonResolver,
        CategoryResolver,
        AccountResolver,
        AdminResolver,
        RoutingChangeResolver,
        WorkingGroupResolver,
      ],
      referenceResolvers,
      publicFields: ['login', 'tokenRevoked'],
    }),
  createContext: (em, config, identity) => createContext(em, identity, issuerFor(config)),
  // a deployment never runs with accounts anyone can sign in to from the README
  deploymentCheck: (orm) => demoPasswordRefusal(orm.em),
};
