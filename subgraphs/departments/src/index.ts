import {
  type UnitRosterPublisher,
  buildFederatedSchema,
  sendUnitSnapshot,
  startJobQueue,
  stopJobQueue,
  type SubgraphConfig,
  type SubgraphModule,
  TokenIssuer,
  unitRosterPublisher,
} from '@lianban/kit';
import { AccountEvent } from './entities/account-event.entity';
import { DEFAULT_PORT } from './config';
import { Account, Session } from './entities/account.entity';
import { Category } from './entities/category.entity';
import { Department } from './entities/department.entity';
import { Person } from './entities/person.entity';
import { RoutingChange, WorkingGroup } from './entities/routing.entity';
import { createContext, type DepartmentsContext } from './loaders';
import { migrations } from './migrations';
import { AccountAdminResolver } from './resolvers/account-admin.resolver';
import { AccountResolver } from './resolvers/account.resolver';
import { SessionService } from './services/session.service';
import { AdminResolver, RoutingChangeResolver, WorkingGroupResolver } from './resolvers/admin.resolver';
import { CategoryResolver } from './resolvers/category.resolver';
import { DepartmentResolver } from './resolvers/department.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { referenceResolvers } from './resolvers/references';
import { demoPasswordRefusal } from './services/demo-password';
import { rosterRecord } from './services/admin.service';

export { loadConfig } from './config';
export { Account, AccountRole, Session, SessionEnd } from './entities/account.entity';
export { AccountAction, AccountEvent } from './entities/account-event.entity';
export { Category } from './entities/category.entity';
export { RoutingChange, WorkingGroup } from './entities/routing.entity';
export { hashPassword } from './services/password';
export { DEMO_PASSWORD, accountsWithDemoPassword, demoPasswordRefusal } from './services/demo-password';
export { Department } from './entities/department.entity';
export { Person } from './entities/person.entity';
export { DepartmentKind, TERRITORIAL_KINDS } from './types/department-kind.enum';
export { createContext, type DepartmentsContext } from './loaders';

/** What the departments subgraph's background work hands its requests and tests. */
export interface DepartmentsServices {
  /** Unit changes to the other subgraphs' rosters, in the transaction of the change (ADR 0012). */
  roster: UnitRosterPublisher;
  /** Sends every unit again (as at start); the number of jobs sent. */
  sendSnapshot: () => Promise<number>;
}

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
  entities: [Department, Person, Category, Account, Session, AccountEvent, RoutingChange, WorkingGroup],
  migrations,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        DepartmentResolver,
        PersonResolver,
        CategoryResolver,
        AccountResolver,
        AccountAdminResolver,
        AdminResolver,
        RoutingChangeResolver,
        WorkingGroupResolver,
      ],
      referenceResolvers,
      publicFields: ['login', 'tokenRevoked', 'tokenStatus'],
    }),
  // sign-ins are recorded here: the check reads the table itself (remembered like everywhere else, and
  // forgotten at once for the tokens this process ends: sessionsEnded in the context)
  tokenStatus: (orm) => (tokenId) => new SessionService(orm.em.fork()).tokenStatus(tokenId),
  createContext: (em, config, identity, _authorization, revocation, services) =>
    createContext(em, identity, issuerFor(config), revocation, (services as DepartmentsServices | undefined)?.roster),
  // with the job queue: the unit roster for background work elsewhere (ADR 0012), every unit sent once at
  // start (a fresh or out-of-date copy fills) and each change in the transaction that makes it
  background: async (orm, config, observability) => {
    if (!config.jobs) return { stop: async () => undefined };
    const boss = await startJobQueue(config.databaseUrl, config.jobs, observability.logger);
    try {
      const roster = await unitRosterPublisher(boss);
      const sendSnapshot = async () => {
        const units = await orm.em.fork().find(Department, {}, { orderBy: { id: 'asc' } });
        return sendUnitSnapshot(boss, units.map(rosterRecord));
      };
      await sendSnapshot();
      const services: DepartmentsServices = { roster, sendSnapshot };
      return { services, stop: () => stopJobQueue(boss) };
    } catch (error) {
      await stopJobQueue(boss);
      throw error;
    }
  },
  // a deployment never runs with accounts anyone can sign in to from the README
  deploymentCheck: (orm) => demoPasswordRefusal(orm.em),
};
