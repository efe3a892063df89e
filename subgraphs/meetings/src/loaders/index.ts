import { type Identity, type RequestContext, type SubgraphConfig, type WorkCalendar, entityLoader, forwardedHeaders, groupLoader, mapLoader, officialCalendar } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaItem, AgendaItemCase } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';
import { Room } from '../entities/room.entity';
import { solveInWorker } from '../scheduling/worker-client';
import { type CaseParticipants, HttpCaseParticipants } from '../services/case-participants';
import { type DirectoryNames, HttpDirectoryNames } from '../services/directory-names';
import type { SchedulingDeps } from '../services/scheduling.service';
import { type CaseVisibility, HttpCaseVisibility } from '../services/case-visibility';

/**
 * Request-scoped loaders of the meetings subgraph. `forwarded`: the headers the visibility call passes on
 * (the caller's token, the request id, the trace), read when the call is made: the request id is set on
 * the context after it is built.
 */
export function createLoaders(em: EntityManager, visibility: CaseVisibility, forwarded: () => Record<string, string> = () => ({})) {
  return {
    meeting: entityLoader(em, Meeting),
    room: entityLoader(em, Room),
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
  /** what the scheduler (排会) works with besides the database; `forwarded` is filled per call */
  scheduling: Omit<SchedulingDeps, 'forwarded'>;
}

export interface ContextOptions {
  /** Who may see which case: the cases subgraph (a stub in tests). */
  visibility: CaseVisibility;
  identity: Identity | null;
  /** The caller's Authorization header, forwarded on the visibility call. */
  authorization?: string;
  /** Who must attend for a case: the cases subgraph (a stub in tests). */
  participants?: CaseParticipants;
  /** Names of people and units for reasons: the departments subgraph (a stub in tests). */
  names?: DirectoryNames;
  /** The engine; by default in a worker thread. */
  solve?: SchedulingDeps['solve'];
  calendar?: WorkCalendar;
}

const unavailable = (what: string) => () => Promise.reject(new Error(`${what} is not configured: the meetings subgraph cannot plan sessions`));

export function createContext(em: EntityManager, options: ContextOptions): MeetingsContext {
  const context: Omit<MeetingsContext, 'loaders'> & Partial<Pick<MeetingsContext, 'loaders'>> = {
    em,
    identity: options.identity,
    authorization: options.authorization,
    scheduling: {
      participants: options.participants ?? { participants: unavailable('CASES_URL') },
      names: options.names ?? { names: async () => new Map() },
      solve: options.solve ?? solveInWorker,
      calendar: options.calendar ?? officialCalendar(),
    },
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

const participantClients = new Map<string, CaseParticipants>();
const nameClients = new Map<string, DirectoryNames>();

/** Who attends for a case: the cases subgraph at CASES_URL (`caseParticipants`). */
export function participantsFor(config: Pick<SubgraphConfig, 'serviceUrls'>): CaseParticipants | undefined {
  const url = config.serviceUrls.cases;
  if (!url) return undefined;
  let client = participantClients.get(url);
  if (!client) participantClients.set(url, (client = new HttpCaseParticipants(url)));
  return client;
}

/** Names of people and units: the departments subgraph at DEPARTMENTS_URL (`peopleByIds`, `departmentsByIds`). */
export function namesFor(config: Pick<SubgraphConfig, 'serviceUrls'>): DirectoryNames | undefined {
  const url = config.serviceUrls.departments;
  if (!url) return undefined;
  let client = nameClients.get(url);
  if (!client) nameClients.set(url, (client = new HttpDirectoryNames(url)));
  return client;
}
