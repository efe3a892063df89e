import { type Identity, NO_NOTICES, type NoticePublisher, type RequestContext, type SubgraphConfig, type WorkCalendar, entityLoader, forwardedHeaders, groupLoader, mapLoader, officialCalendar } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaItem, AgendaItemCase } from '../entities/agenda-item.entity';
import { Meeting } from '../entities/meeting.entity';
import { Decision } from '../entities/decision.entity';
import { JointMeeting } from '../entities/joint-meeting.entity';
import { type CaseOutcome, type CaseParticipants, type CaseRecords, HttpCaseRecords } from '../services/case-records';
import { Room } from '../entities/room.entity';
import { solveInWorker } from '../scheduling/worker-client';
import type { CaseParticipants as SchedulingParticipants } from '../services/case-participants';
import { type DirectoryNames, HttpDirectoryNames } from '../services/directory-names';
import type { SchedulingDeps } from '../services/scheduling.service';
import { type CaseVisibility, HttpCaseVisibility } from '../services/case-visibility';
import { type Directory, HttpDirectory } from '../services/directory';

/**
 * Request-scoped loaders of the meetings subgraph. `forwarded`: the headers the visibility call passes on
 * (the caller's token, the request id, the trace), read when the call is made: the request id is set on
 * the context after it is built.
 */
export function createLoaders(
  em: EntityManager,
  visibility: CaseVisibility,
  forwarded: () => Record<string, string> = () => ({}),
  cases: CaseRecords = unconfiguredCases,
) {
  let body: Promise<JointMeeting | null> | undefined;
  return {
    /** Who handles each case (lead, cooperating, 包案 leader, deadline): one `caseParticipants` call per batch; null for a case the caller may not see. */
    participants: mapLoader(async (ids: readonly string[]) => {
      const found = await cases.participants([...ids], forwarded());
      return new Map<string, CaseParticipants | null>(found.map((p) => [p.caseId, p]));
    }, null as CaseParticipants | null),
    /** How each case stands (replied, closed): one `caseOutcomes` call per batch. */
    outcomes: mapLoader(async (ids: readonly string[]) => {
      const found = await cases.outcomes([...ids], forwarded());
      return new Map<string, CaseOutcome | null>(found.map((o) => [o.caseId, o]));
    }, null as CaseOutcome | null),
    decisionsByItem: groupLoader(
      (ids: readonly string[]) => em.find(Decision, { agendaItem: { $in: [...ids] } }, { orderBy: { recordedAt: 'asc', id: 'asc' } }),
      (decision) => decision.agendaItem.id,
    ),
    agendaItem: entityLoader(em, AgendaItem),
    /** The joint-meeting body (there is one), read once per request. */
    body: () => (body ??= em.findOne(JointMeeting, { id: { $ne: null } } as never, { orderBy: { id: 'asc' } })),
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
  /** The cases subgraph's service calls (participants, outcomes, candidates, decisions). */
  cases: CaseRecords;
  /** The unit directory (departments subgraph), for input checks and names. */
  directory: Directory;
  now: () => Date;
  /** The headers a service call passes on (token, request id, trace). */
  forwarded: () => Record<string, string>;
  /** what the scheduler (排会) works with besides the database; `forwarded` is filled per call */
  scheduling: Omit<SchedulingDeps, 'forwarded'>;
  /** Sends meeting notices (会议通知) to the units that must attend, in the transaction of the write. */
  notices: NoticePublisher;
}

const unconfiguredCases: CaseRecords = {
  participants: () => Promise.reject(new Error('CASES_URL is not configured: the meetings subgraph cannot ask who handles a case')),
  outcomes: () => Promise.reject(new Error('CASES_URL is not configured')),
  applyDecision: () => Promise.reject(new Error('CASES_URL is not configured')),
  candidates: () => Promise.reject(new Error('CASES_URL is not configured')),
};
const unconfiguredDirectory: Directory = {
  lookup: () => Promise.reject(new Error('DEPARTMENTS_URL is not configured: the meetings subgraph cannot check units and people')),
};

export interface ContextOptions {
  /** Who may see which case: the cases subgraph (a stub in tests). */
  visibility: CaseVisibility;
  identity: Identity | null;
  /** The caller's Authorization header, forwarded on the visibility call. */
  authorization?: string;
  cases?: CaseRecords;
  directory?: Directory;
  now?: () => Date;
  /** Who must attend for a case: the cases subgraph (a stub in tests). */
  participants?: SchedulingParticipants;
  /** Names of people and units for reasons: the departments subgraph (a stub in tests). */
  names?: DirectoryNames;
  /** The engine; by default in a worker thread. */
  solve?: SchedulingDeps['solve'];
  calendar?: WorkCalendar;
  /** The job queue's notice publisher (none without the job queue). */
  notices?: NoticePublisher;
}

export function createContext(em: EntityManager, options: ContextOptions): MeetingsContext {
  const context: Omit<MeetingsContext, 'loaders'> & Partial<Pick<MeetingsContext, 'loaders'>> = {
    em,
    identity: options.identity,
    authorization: options.authorization,
    cases: options.cases ?? unconfiguredCases,
    directory: options.directory ?? unconfiguredDirectory,
    now: options.now ?? (() => new Date()),
    forwarded: () => forwardedHeaders(context),
    notices: options.notices ?? NO_NOTICES,
    scheduling: {
      // the same `caseParticipants` call the agenda uses, unless a test gives its own
      participants: options.participants ?? { participants: (ids, forwarded) => (options.cases ?? unconfiguredCases).participants(ids, forwarded) },
      names: options.names ?? { names: async () => new Map() },
      solve: options.solve ?? solveInWorker,
      calendar: options.calendar ?? officialCalendar(),
    },
  };
  context.loaders = createLoaders(em, options.visibility, () => forwardedHeaders(context), context.cases);
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

const records = new Map<string, CaseRecords>();
const directories = new Map<string, Directory>();

/** The cases subgraph's service calls at CASES_URL (one client per URL). */
export function caseRecordsFor(config: Pick<SubgraphConfig, 'serviceUrls'>): CaseRecords {
  const url = config.serviceUrls.cases;
  if (!url) return unconfiguredCases;
  let client = records.get(url);
  if (!client) records.set(url, (client = new HttpCaseRecords(url)));
  return client;
}

/** The unit directory at DEPARTMENTS_URL (one client per URL). */
export function directoryFor(config: Pick<SubgraphConfig, 'serviceUrls'>): Directory {
  const url = config.serviceUrls.departments;
  if (!url) return unconfiguredDirectory;
  let client = directories.get(url);
  if (!client) directories.set(url, (client = new HttpDirectory(url)));
  return client;
}

const nameClients = new Map<string, DirectoryNames>();

/** Names of people and units: the departments subgraph at DEPARTMENTS_URL (`peopleByIds`, `departmentsByIds`). */
export function namesFor(config: Pick<SubgraphConfig, 'serviceUrls'>): DirectoryNames | undefined {
  const url = config.serviceUrls.departments;
  if (!url) return undefined;
  let client = nameClients.get(url);
  if (!client) nameClients.set(url, (client = new HttpDirectoryNames(url)));
  return client;
}
