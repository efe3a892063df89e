import { fileURLToPath } from 'node:url';
import { type RequestContext, groupLoader, mapLoader } from '@lianban/kit';
import type { FilterQuery } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import { auditLoader } from './audit.loader';
import { caseNumberLoader } from './case-mention.loader';
import { caseScope, caseScopeSql } from '../services/access';
import type { EntityManager } from '@mikro-orm/postgresql';
import { WorkCalendar } from '../clocks/calendar';
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
  // per-unit lists, counts and cards: the caller's scope, so a count is what its list can show
  const cases = new CaseService(em, now, scope, identity ? caseScopeSql(identity) : { sql: 'and false', params: [] });
  const lists = new Map<string, DataLoader<string, { unitId: string; matter: Case }[]>>();
  const counts = new Map<string, DataLoader<string, number>>();
  const byCase = <T extends { case: Case }>(entity: new () => T, orderBy: Record<string, 'asc' | 'desc'>) =>
    groupLoader(
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      (ids: readonly string[]) => em.find(entity, { case: { $in: [...ids] } } as any, { orderBy: orderBy as any }),
      (row: T) => row.case.id,
    );
  return {
    /** Cases by id, as far as the caller may see them (null otherwise). */
    case: new DataLoader<string, Case | null>(async (ids) => {
      const rows = await em.find(Case, { $and: [{ id: { $in: [...ids] } }, scope] } as FilterQuery<Case>);
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** Unmasked personal data reads of this request, written to the audit log in one statement per batch. */
    audit: auditLoader(em, now, identity),
    /** Whether the caller may see the case with a number named in a text. */
    caseNumberVisible: caseNumberLoader(em, scope),
    petitioners: byCase(Petitioner, { position: 'asc' }),
    tasks: byCase(CaseTask, { role: 'asc', assignedAt: 'asc', id: 'asc' }),
    events: byCase(CaseEvent, { at: 'asc', id: 'asc' }),
    supervisions: byCase(Supervision, { at: 'asc', id: 'asc' }),
    extensions: byCase(Extension, { at: 'asc', id: 'asc' }),
    mergedCases: groupLoader(
      (ids: readonly string[]) => em.find(Case, { $and: [{ mergedIntoId: { $in: [...ids] } }, scope] } as FilterQuery<Case>, { orderBy: { registeredAt: 'asc' } }),
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
  /** A case's clocks at this request's time, computed once however many fields ask. */
  clocksOf: (matter: Case) => CaseClock[];
}

const CALENDAR_FILE = fileURLToPath(new URL('../../data/official-calendar.json', import.meta.url));
let shippedCalendar: WorkCalendar | undefined;

/** The official calendar shipped in data/official-calendar.json, read once. */
export function officialCalendar(): WorkCalendar {
  shippedCalendar ??= WorkCalendar.fromFile(CALENDAR_FILE);
  return shippedCalendar;
}

const directories = new Map<string, Directory>();

/** The directory at the departments subgraph's URL from config (one client per URL). */
export function directoryFor(config: Pick<SubgraphConfig, 'serviceUrls'>): Directory {
  const url = config.serviceUrls.departments;
  if (!url) {
    return { lookup: () => Promise.reject(new Error('DEPARTMENTS_URL is not configured: the cases subgraph cannot check units and people')) };
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
    clocksOf: (matter) => {
      let computed = clocks.get(matter);
      if (!computed) clocks.set(matter, (computed = caseClocks(matter, calendar, now())));
      return computed;
    },
  };
}
