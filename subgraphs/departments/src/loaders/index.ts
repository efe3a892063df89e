import { type Identity, NO_UNIT_UPDATES, type RequestContext, type RevocationCheck, type TokenIssuer, type TokenStatus, type UnitRosterPublisher, entityLoader, groupLoader, mapLoader, marks, selectPlain } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Department } from '../entities/department.entity';
import { Person } from '../entities/person.entity';
import { SessionService } from '../services/session.service';

/** Request-scoped loaders of the departments subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    department: entityLoader(em, Department),
    person: entityLoader(em, Person),
    peopleByUnit: groupLoader(
      (unitIds: readonly string[]) => selectPlain(em, Person, `where unit_id in (${marks(unitIds)}) order by name, id`, [...unitIds]),
      (person) => person.unit.id,
    ),
    tokenStatus: mapLoader((tokenIds: readonly string[]) => new SessionService(em).tokenStatuses(tokenIds), 'UNKNOWN' as TokenStatus),
    sessionFigures: mapLoader((accountIds: readonly string[]) => new SessionService(em).figures(accountIds), { lastSignInAt: null, openSessions: 0 }),
  };
}

export interface DepartmentsContext extends RequestContext {
  loaders: ReturnType<typeof createLoaders>;
  /** Signs tokens at login (absent where no private key is configured). */
  issuer?: TokenIssuer;
  /**
   * Tells this process's sign-out check that these tokens just ended (logout, deactivation, ended
   * sign-ins), so it stops honouring its remembered "still signed in" for them at once.
   */
  sessionsEnded: (tokenIds: string[]) => void;
  /** Where unit changes go for the other subgraphs' rosters (ADR 0012); sends nothing without the job queue. */
  roster: UnitRosterPublisher;
}

export function createContext(
  em: EntityManager,
  identity: Identity | null = null,
  issuer?: TokenIssuer,
  revocation?: RevocationCheck,
  roster: UnitRosterPublisher = NO_UNIT_UPDATES,
): DepartmentsContext {
  return { em, identity, issuer, loaders: createLoaders(em), sessionsEnded: (tokenIds) => revocation?.forget(...tokenIds), roster };
}
