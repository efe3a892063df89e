import { NO_NOTICES, type NoticePublisher, type RequestContext, type WorkCalendar, groupLoader, mapLoader, marks, officialCalendar, selectPlain } from '@lianban/kit';
import DataLoader from 'dataloader';
import { auditLoader } from './audit.loader';
import { caseNumberLoader } from './case-mention.loader';
import { caseScope, caseScopeSql, NO_CASE } from '../services/access';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseEvent } from '../entities/case-event.entity';
import { CaseTask } from '../entities/case-task.entity';
import { Case } from '../entities/case.entity';
import { Petitioner } from '../entities/petitioner.entity';
import { Extension, Supervision } from '../entities/supervision.entity';
import { CaseService, type UnitRole } from '../services/case.service';
import { caseClocks } from '../services/clock-view';
import { type Directory, HttpDirectory } from '../services/directory';
import type { CaseClock } from '../types/clock.type';
import type { Identity, SubgraphConfig } from '@lianban/kit';

/** Request-scoped loaders of the cases subgraph. */
export function createLoaders(em: EntityManager, now: () => Date, identity: Identity | null) {
  const scope = identity ? caseScope(identity) : { id: null };
  const scopeSql = identity ? caseScopeSql(identity) : NO_CASE;
  // per-unit lists, counts and cards: the caller's scope, so a count is what its list can show
  const cases = new CaseService(em, now, identity);
  const lists = new Map<string, DataLoader<string, { unitId: string; matter: Case }[]>>();
  const counts = new Map<string, DataLoader<string, number>>();
  // read-only plain rows (see the kit's `Plain`), one statement per batch
  const byCase = <T extends { case: Case }>(entity: new () => T, order: string) =>
    groupLoader(
      (ids: readonly string[]) => selectPlain(em, entity, `where case_id in (${marks(ids)}) order by ${order}`, [...ids]),
      (row: T) => row.case.id,
    );
  return {
    /** Cases by id, as far as the caller may see them (null otherwise; nothing without a caller). */
    case: new DataLoader<string, Case | null>(async (ids) => {
      const rows = await selectPlain(em, Case, `c where c.id in (${marks(ids)}) ${scopeSql.sql}`, [...ids, ...scopeSql.params]);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Unmasked personal data reads of this request, written to the audit log in one statement per batch. */
    audit: auditLoader(em, now, identity),
    /** Whether the caller may see the case with a number named in a text. */
    caseNumberVisible: caseNumberLoader(em, scope),
    petitioners: byCase(Petitioner, 'position'),
    tasks: byCase(CaseTask, 'role, assigned_at, id'),
    events: byCase(CaseEvent, 'at, id'),
    supervisions: byCase(Supervision, 'at, id'),
    extensions: byCase(Extension, 'at, id'),
    mergedCases: groupLoader(
      (ids: readonly string[]) =>
        selectPlain(em, Case, `c where c.merged_into_id in (${marks(ids)}) ${scopeSql.sql} order by c.registered_at, c.id`, [...ids, ...scopeSql.params]),
      (row: Case) => row.mergedIntoId as string,
    ),
    /** The newest cases of each unit; one loader per (role, limit, openOnly) so each batch is one statement. */
    unitCases(role: UnitRole, limit: number, openOnly: boolean) {
      const key = `${role}:${limit}:${openOnly}`;
      let loader = lists.get(key);
      if (!loader) {
        loader = groupLoader(
          (ids: readonly string[]) => cases.newestByUnit(role, ids, limit, openOnly),
          (row) => row.unitId,
        );
        lists.set(key, loader);
      }
      return loader;
    },
    unitCaseCount(role: UnitRole, openOnly: boolean) {
      const key = `${role}:${openOnly}`;
      let loader = counts.get(key);
      if (!loader) {
        loader = mapLoader((ids: readonly string[]) => cases.countByUnit(role, ids, openOnly), 0);
        counts.set(key, loader);
      }
      return loader;
    },
    cardCounts: mapLoader((ids: readonly string[]) => cases.cardCountsByLead(ids), { green: 0, yellow: 0, red: 0 }),
  };
}

export interface CasesContext extends RequestContext {
  loaders: ReturnType<typeof createLoaders>;
  calendar: WorkCalendar;
  now: () => Date;
  /** The unit directory (departments subgraph), for input checks. */
  directory: Directory;
  /** Sends notices in the transaction of the write that causes them. */
  notices: NoticePublisher;
  /** A case's clocks at this request's time, computed once however many fields ask. */
  clocksOf: (matter: Case) => CaseClock[];
}


const directories = new Map<string, Directory>();

/** The directory at the departments subgraph's URL from config (one client per URL). */
export function directoryFor(config: Pick<SubgraphConfig, 'serviceUrls'>): Directory {
  const url = config.serviceUrls.departments;
  if (!url) {
    const unconfigured = () => Promise.reject(new Error('DEPARTMENTS_URL is not configured: the cases subgraph cannot check units and people'));
    return { lookup: unconfigured, catalog: unconfigured };
  }
  let directory = directories.get(url);
  if (!directory) directories.set(url, (directory = new HttpDirectory(url)));
  return directory;
}

export interface ContextOptions {
  directory: Directory;
  identity: Identity | null;
  /** The caller's Authorization header, forwarded on the directory call. */
  authorization?: string;
  now?: () => Date;
  /** Where notices go (交办, 协办任务, 督办): the job queue when the subgraph runs with it, else nowhere. */
  notices?: NoticePublisher;
}

export function createContext(em: EntityManager, options: ContextOptions): CasesContext {
  const now = options.now ?? (() => new Date());
  const calendar = officialCalendar();
  const clocks = new WeakMap<Case, CaseClock[]>();
  return {
    em,
    identity: options.identity,
    authorization: options.authorization,
    loaders: createLoaders(em, now, options.identity),
    calendar,
    now,
    directory: options.directory,
    notices: options.notices ?? NO_NOTICES,
    clocksOf: (matter) => {
      let computed = clocks.get(matter);
      if (!computed) clocks.set(matter, (computed = caseClocks(matter, calendar, now())));
      return computed;
    },
  };
}
