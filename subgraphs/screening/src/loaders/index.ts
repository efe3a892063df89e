import { type Identity, type RequestContext, type SubgraphConfig, forwardedHeaders, groupLoader, mapLoader, marks, plainLoader, selectPlain } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ScreeningReport } from '../entities/screening-report.entity';
import { SensitivePeriod } from '../entities/sensitive-period.entity';
import { Warning } from '../entities/warning.entity';
import { type Directory, HttpDirectory } from '../services/directory';
import { readCadences } from '../services/screening.service';
import type { Cadence, DepartmentKind } from '../types/screening.enums';
import { HttpVisits, type Visits } from '../services/visits';

export interface DayTallyRow {
  period_id: string;
  day: string;
  cutoff_at: Date;
  units: string;
  on_time: string;
  late: string;
}

/** `onlyUnit`: a liaison's unit, to which day tallies are narrowed. */
export function createLoaders(em: EntityManager, onlyUnit?: string) {
  return {
    warning: plainLoader(em, Warning),
    period: plainLoader(em, SensitivePeriod),
    /** The cadence of each kind of unit, under the one key 'all' (one statement per request). */
    cadences: mapLoader(async (keys: readonly string[]) => {
      const cadences = await readCadences(em);
      return new Map(keys.map((key) => [key, cadences]));
    }, new Map<DepartmentKind, Cadence>()),
    /** The report of a unit for a cycle, keyed `unitId/cycleKey` (one statement for every unit asked). */
    reportOfCycle: mapLoader(async (keys: readonly string[]) => {
      const pairs = keys.map((key) => key.split('/'));
      const rows = await selectPlain(em, ScreeningReport, `where (unit_id, cycle_key) in (${pairs.map(() => '(?, ?)').join(', ')})`, pairs.flat());
      return new Map(rows.map((row) => [`${row.unitId}/${row.cycleKey}`, row]));
    }, null as ScreeningReport | null),
    /** The units each period concerns (one statement for every period in the request). */
    unitsByPeriod: groupLoader(
      (ids: readonly string[]) =>
        em
          .getConnection()
          .execute<{ period_id: string; unit_id: string }[]>(
            `select period_id, unit_id from "screening"."sensitive_period_unit" where period_id in (${marks(ids)}) order by unit_id`,
            [...ids],
          ),
      (row) => row.period_id,
    ),
    /** Each day of each period with its units and reports on time and late (one statement for every period in the request). */
    daysByPeriod: groupLoader(
      (ids: readonly string[]) =>
        em.getConnection().execute<DayTallyRow[]>(
          `select p.id as period_id, d::date::text as day,
             (d::date::timestamp + make_interval(mins => p.cutoff_minutes)) at time zone 'Asia/Shanghai' as cutoff_at,
             count(pu.unit_id) as units, count(r.id) filter (where not r.late) as on_time, count(r.id) filter (where r.late) as late
           from "screening"."sensitive_period" p
           cross join generate_series(p.starts_on::timestamp, p.ends_on::timestamp, interval '1 day') d
           join "screening"."sensitive_period_unit" pu on pu.period_id = p.id ${onlyUnit ? 'and pu.unit_id = ?' : ''}
           left join "screening"."daily_report" r on r.period_id = p.id and r.unit_id = pu.unit_id and r.day = d::date
           where p.id in (${marks(ids)})
           group by p.id, d, p.cutoff_minutes
           order by p.id, d`,
          [...(onlyUnit ? [onlyUnit] : []), ...ids],
        ),
      (row) => row.period_id,
    ),
  };
}

export interface ScreeningContext extends RequestContext {
  loaders: ReturnType<typeof createLoaders>;
  /** The unit directory (departments subgraph; a stub in tests). */
  directory: Directory;
  /** Collective and skip-level visits (cases subgraph; a stub in tests). */
  visits: Visits;
  /** The time now (fixed by tests). */
  now: () => Date;
  /** Headers passed on service calls: the caller's token, the request id, the trace. */
  forwarded: () => Record<string, string>;
}

export interface ContextOptions {
  identity: Identity | null;
  directory: Directory;
  visits: Visits;
  authorization?: string;
  now?: () => Date;
}

export function createContext(em: EntityManager, options: ContextOptions): ScreeningContext {
  const context = {
    em,
    identity: options.identity,
    authorization: options.authorization,
    loaders: createLoaders(em, options.identity?.role === 'LIAISON' ? options.identity.unitId : undefined),
    directory: options.directory,
    visits: options.visits,
    now: options.now ?? (() => new Date()),
  } as Omit<ScreeningContext, 'forwarded'> & Partial<Pick<ScreeningContext, 'forwarded'>>;
  // read when a call is made: the request id is set on the context after it is built
  context.forwarded = () => forwardedHeaders(context);
  return context as ScreeningContext;
}

const directories = new Map<string, Directory>();
const visitClients = new Map<string, Visits>();

function unconfigured(variable: string, what: string): never {
  throw new Error(`${variable} is not configured: the screening subgraph cannot ${what}`);
}

/** The departments subgraph at DEPARTMENTS_URL (one client per URL). */
export function directoryFor(config: Pick<SubgraphConfig, 'serviceUrls'>): Directory {
  const url = config.serviceUrls.departments;
  if (!url) {
    return { unitsByIds: () => unconfigured('DEPARTMENTS_URL', 'check units'), activeUnits: () => unconfigured('DEPARTMENTS_URL', 'list units') };
  }
  let client = directories.get(url);
  if (!client) directories.set(url, (client = new HttpDirectory(url)));
  return client;
}

/** The cases subgraph at CASES_URL (one client per URL). */
export function visitsFor(config: Pick<SubgraphConfig, 'serviceUrls'>): Visits {
  const url = config.serviceUrls.cases;
  if (!url) return { visitCandidates: () => unconfigured('CASES_URL', 'find the visits a warning announced') };
  let client = visitClients.get(url);
  if (!client) visitClients.set(url, (client = new HttpVisits(url)));
  return client;
}
