import { type Identity, type RequestContext, type SubgraphConfig, entityLoader, forwardedHeaders, groupLoader, mapLoader } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaItem, AgendaItemCase } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';
import { type CaseVisibility, HttpCaseVisibility } from '../services/case-visibility';

/**
 * Request-scoped loaders of the meetings subgraph. `forwarded`: the headers the visibility call passes on
 * (the caller's token, the request id, the trace), read when the call is made: the request id is set on
 * the context after it is built.
 */
export function createLoaders(em: EntityManager, visibility: CaseVisibility, forwarded: () => Record<string, string> = () => ({})) {
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
    /** Whether the caller may see a case: one call to the cases subgraph for every case asked in a tick. */
    caseVisible: mapLoader(async (ids: readonly string[]) => {
      const visible = await visibility.visibleCaseIds([...ids], forwarded());
      return new Map(ids.map((id) => [id, visible.has(id)]));
    }, false),
  };
}

export interface MeetingsContext extends RequestContext {
  loaders: ReturnType<typeof createLoaders>;
}

export interface ContextOptions {
  /** Who may see which case: the cases subgraph (a stub in tests). */
  visibility: CaseVisibility;
  identity: Identity | null;
  /** The caller's Authorization header, forwarded on the visibility call. */
  authorization?: string;
}

export function createContext(em: EntityManager, options: ContextOptions): MeetingsContext {
  const context: Omit<MeetingsContext, 'loaders'> & Partial<Pick<MeetingsContext, 'loaders'>> = {
    em,
    identity: options.identity,
    authorization: options.authorization,
  };
  context.loaders = createLoaders(em, options.visibility, () => forwardedHeaders(context));
  return context as MeetingsContext;
}

const clients = new Map<string, CaseVisibility>();

/** The cases subgraph at CASES_URL from config (one client per URL). */
export function visibilityFor(config: Pick<SubgraphConfig, 'serviceUrls'>): CaseVisibility {
  const url = config.serviceUrls.cases;
  if (!url) {
    return { visibleCaseIds: () => Promise.reject(new Error('CASES_URL is not configured: the meetings subgraph cannot tell which cases the caller may see')) };
  }
  let client = clients.get(url);
  if (!client) clients.set(url, (client = new HttpCaseVisibility(url)));
  return client;
}
