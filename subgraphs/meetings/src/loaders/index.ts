import { type Identity, type RequestContext, entityLoader, groupLoader } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaItem, AgendaItemCase } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';

/** Request-scoped loaders of the meetings subgraph. */
export function createLoaders(em: EntityManager) {
  return {
    meeting: entityLoader(em, Meeting),
    itemsByMeeting: groupLoader(
      (ids: readonly string[]) => em.find(AgendaItem, { meeting: { $in: [...ids] } }, { orderBy: { position: 'asc' } }),
      (item) => item.meeting.id,
    ),
    /** Links of each case to the agenda items that took it up, with the item loaded (one statement). */
    linksByCase: groupLoader(
      (ids: readonly string[]) =>
        em.find(AgendaItemCase, { caseId: { $in: [...ids] } }, { populate: ['agendaItem'], strategy: 'joined', orderBy: { id: 'asc' } }),
      (link) => link.caseId,
    ),
    linksByItem: groupLoader(
      (ids: readonly string[]) => em.find(AgendaItemCase, { agendaItem: { $in: [...ids] } }, { orderBy: { caseId: 'asc' } }),
      (link) => link.agendaItem.id,
    ),
  };
}

export interface MeetingsContext extends RequestContext {
  loaders: ReturnType<typeof createLoaders>;
}

export function createContext(em: EntityManager, identity: Identity | null = null): MeetingsContext {
  return { em, identity, loaders: createLoaders(em) };
}
