import { checkFirst, checkId, decodeCursor, ForbiddenError, type Identity, keysetPage, marks, NotFoundError, plainRow, selectPlain, ValidationError } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { CaseTask } from '../entities/case-task.entity';
import { PersonalDataAccess } from '../entities/personal-data-access.entity';
import { UNIT_CLOCKS } from './clock-view';
import { Case } from '../entities/case.entity';
import { FINISHED_STATUSES, TaskStatus } from '../types/case.enums';
import type { CaseFilter, CasePage } from '../types/case-page.type';
import { caseScopeSql, EVERY_CASE, NO_CASE, type ScopeSql, unitBranches } from './access';

/** How a unit relates to a case: it leads it, it cooperates on it, or the case comes from it. */
export type UnitRole = 'lead' | 'township' | 'cooperating';

/** The rows of a unit's cases with the unit's id as `unit_key`, for each role. */
const SOURCE: Record<UnitRole, (marks: string) => string> = {
  lead: (marks) => `select c.*, c.lead_department_id as unit_key from "cases"."case" c where c.lead_department_id in (${marks})`,
  township: (marks) => `select c.*, c.township_id as unit_key from "cases"."case" c where c.township_id in (${marks})`,
  cooperating: (marks) =>
    `select c.*, t.unit_id as unit_key from "cases"."case" c join "cases"."case_task" t on t.case_id = c.id
     where t.role = 'COOPERATING' and t.status <> 'WITHDRAWN' and t.unit_id in (${marks})`,
};

/** One unit's cases (the unit is `u.unit_key`), for each role, read inside a lateral join. */
const LATERAL: Record<UnitRole, string> = {
  lead: `"cases"."case" c where c.lead_department_id = u.unit_key`,
  township: `"cases"."case" c where c.township_id = u.unit_key`,
  cooperating: `"cases"."case_task" t join "cases"."case" c on c.id = t.case_id
     where t.unit_id = u.unit_key and t.role = 'COOPERATING' and t.status <> 'WITHDRAWN'`,
};

/** SQL narrowing to cases someone still has to act on (its parameters: FINISHED_STATUSES). */
function openClause(openOnly: boolean): string {
  return openOnly ? `and c.status not in (${FINISHED_STATUSES.map(() => '?').join(', ')})` : '';
}

/** A piece of SQL with its `?` parameters. */
interface Sql {
  sql: string;
  params: unknown[];
}

const and = (parts: Sql[]): Sql => ({ sql: parts.map((p) => p.sql).join(' and '), params: parts.flatMap((p) => p.params) });

/** Reads of cases: lists, pages and the per-unit batches behind Department's case fields. */
export class CaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
    /** Who asks: a liaison reads its unit's cases only (see `caseScope`); nobody reads nothing. */
    private readonly caller: Identity | null = null,
  ) {
    this.scopeSql = caller ? caseScopeSql(caller) : NO_CASE;
  }

  /**
   * The scope of per-unit reads: none when the caller reads its own unit (all of its unit's cases are
   * its to see), the caller's otherwise.
   */
  private scopeOf(unitIds: readonly string[]): ScopeSql {
    if (this.caller?.role === 'LIAISON' && unitIds.every((id) => id === this.caller?.unitId)) return EVERY_CASE;
    return this.scopeSql;
  }

  /** The caller's scope as SQL on the alias `c` (see `caseScopeSql`). */
  private readonly scopeSql: ScopeSql;

  /** A case the caller may see; NOT_FOUND otherwise, without saying whether it exists. */
  async get(id: string): Promise<Case> {
    const scope = this.caller ? caseScopeSql(this.caller, 'c', 'few') : NO_CASE;
    const [found] = await selectPlain(this.em, Case, `c where c.id = ? ${scope.sql}`, [checkId(id, 'id'), ...scope.params]);
    if (!found) throw new NotFoundError('Case', id);
    return found;
  }

  /**
   * A page of cases, newest first, after the cursor `after`. Each statement reads at most `first + 1` rows
   * of an index that matches the order (registered_at desc, id desc): a liaison's page merges the newest
   * rows of its three ways of holding a case (lead, township, a task of its unit), each read from its own
   * index. `total` is counted only when asked.
   */
  async page(filter: CaseFilter = {}, first: number, after?: string | null, columns?: string[] | null): Promise<CasePage> {
    checkFirst(first);
    const conditions = [this.where(filter)];
    if (after) {
      const [at, id] = decodeCursor(after, ['date', 'id']);
      conditions.push({ sql: '(c.registered_at, c.id) < (?, ?)', params: [new Date(at), id] });
    }
    const where = and(conditions);
    const order = 'order by c.registered_at desc, c.id desc';
    let rows: Case[];
    const unitId = this.caller?.role === 'LIAISON' ? this.caller.unitId : null;
    // the columns the page's fields read (see `pageColumns`), else whole rows
    const selected = columns ? [...new Set(['id', 'registered_at', ...columns])].map((column) => `c."${column}"`).join(', ') : 'c.*';
    if (!unitId) {
      const raw = await this.em.getConnection().execute<Record<string, unknown>[]>(
        `select ${selected} from "cases"."case" c where ${where.sql} ${order} limit ?`,
        [...where.params, first + 1],
      );
      rows = raw.map((row) => plainRow(this.em, Case, row));
    } else {
      const branches = unitBranches(unitId);
      const union = branches
        .map((branch) => `(select c.id, c.registered_at from ${branch.from} where ${branch.sql} and ${where.sql} ${order} limit ?)`)
        .join(' union ');
      const params = branches.flatMap((branch) => [...branch.params, ...where.params, first + 1]);
      const raw = await this.em.getConnection().execute<Record<string, unknown>[]>(
        `select ${selected} from (${union}) u join "cases"."case" c on c.id = u.id order by u.registered_at desc, u.id desc limit ?`,
        [...params, first + 1],
      );
      rows = raw.map((row) => plainRow(this.em, Case, row));
    }
    const page = keysetPage(rows, first, (row) => [row.registeredAt.toISOString(), row.id]);
    return { ...page, count: () => this.count(filter, unitId) };
  }

  /** How many cases match `filter` (within a liaison's unit). */
  private async count(filter: CaseFilter, unitId: string | null): Promise<number> {
    const where = this.where(filter);
    if (!unitId) {
      const [row] = await this.em.getConnection().execute<{ n: string }[]>(`select count(*) as n from "cases"."case" c where ${where.sql}`, where.params);
      return Number(row.n);
    }
    const branches = unitBranches(unitId);
    const [row] = await this.em.getConnection().execute<{ n: string }[]>(
      `select count(*) as n from (${branches.map((b) => `select c.id from ${b.from} where ${b.sql} and ${where.sql}`).join(' union ')}) u`,
      branches.flatMap((b) => [...b.params, ...where.params]),
    );
    return Number(row.n);
  }

  private where(filter: CaseFilter): Sql {
    // a merged duplicate is worked on through the case it was merged into
    const parts: Sql[] = [{ sql: 'c.merged_into_id is null', params: [] }];
    const add = (sql: string, ...params: unknown[]) => parts.push({ sql, params });
    const list = (column: string, values: readonly unknown[]) => add(`${column} in (${marks(values)})`, ...values);
    if (filter.townshipId) add('c.township_id = ?', checkId(filter.townshipId, 'filter.townshipId'));
    if (filter.leadDepartmentId) add('c.lead_department_id = ?', checkId(filter.leadDepartmentId, 'filter.leadDepartmentId'));
    if (filter.statuses?.length) list('c.status', filter.statuses);
    if (filter.channels?.length) list('c.channel', filter.channels);
    if (filter.levels?.length) list('c.level_visited', filter.levels);
    if (filter.form) add('c.form = ?', filter.form);
    if (filter.registeredFrom && filter.registeredBefore && filter.registeredFrom >= filter.registeredBefore) {
      throw new ValidationError('filter.registeredFrom must be before filter.registeredBefore', 'filter.registeredFrom');
    }
    if (filter.registeredFrom) add('c.registered_at >= ?', filter.registeredFrom);
    if (filter.registeredBefore) add('c.registered_at < ?', filter.registeredBefore);
    if (filter.number != null) add('c.number = ?', filter.number.trim().toUpperCase());
    if (filter.leaderId) add('c.leader_id = ?', checkId(filter.leaderId, 'filter.leaderId'));
    if (filter.petitioner != null) {
      // who petitioned is personal data: only the bureau, which sees every petitioner in full, looks cases up by it
      if (this.caller?.role !== 'REGISTRAR') throw new ForbiddenError('Only the petition bureau looks cases up by petitioner (filter.petitioner)');
      const wanted = filter.petitioner.trim();
      if (!wanted) throw new ValidationError('filter.petitioner must name a petitioner or an ID number', 'filter.petitioner');
      add('exists (select 1 from "cases"."petitioner" p where p.case_id = c.id and (p.name = ? or p.id_number = ?))', wanted, wanted.toUpperCase());
    }
    return and(parts);
  }

  /**
   * The newest `limit` cases of each unit, in one statement for all units: for each unit, a read of at
   * most `limit` rows of the index that matches the order.
   */
  async newestByUnit(role: UnitRole, unitIds: readonly string[], limit: number, openOnly: boolean): Promise<{ unitId: string; matter: Case }[]> {
    const open = openClause(openOnly);
    const scope = this.scopeOf(unitIds);
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select c.*, u.unit_key from (values ${unitIds.map(() => '(?::uuid)').join(', ')}) as u(unit_key)
       cross join lateral (
         select c.* from ${LATERAL[role]} and c.merged_into_id is null ${open} ${scope.sql}
         order by c.registered_at desc, c.id desc limit ?
       ) c
       order by c.registered_at desc, c.id desc`,
      [...unitIds, ...(openOnly ? FINISHED_STATUSES : []), ...scope.params, limit],
    );
    return rows.map((row) => ({ unitId: row.unit_key as string, matter: plainRow(this.em, Case, row) }));
  }

  /** How many cases (open ones with `openOnly`) each unit has, in one statement. */
  async countByUnit(role: UnitRole, unitIds: readonly string[], openOnly: boolean): Promise<Map<string, number>> {
    const marks = unitIds.map(() => '?').join(', ');
    const open = openClause(openOnly);
    const scope = this.scopeOf(unitIds);
    const rows = await this.em.getConnection().execute<{ unit_key: string; count: string }[]>(
      `select unit_key, count(*) as count from (${SOURCE[role](marks)} and c.merged_into_id is null ${open} ${scope.sql}) s group by unit_key`,
      [...unitIds, ...(openOnly ? FINISHED_STATUSES : []), ...scope.params],
    );
    return new Map(rows.map((row) => [row.unit_key, Number(row.count)]));
  }

  /** Open cases each unit leads, by card: red past due, yellow extended, green otherwise (one statement). */
  async cardCountsByLead(unitIds: readonly string[]): Promise<Map<string, { green: number; yellow: number; red: number }>> {
    const marks = unitIds.map(() => '?').join(', ');
    const scope = this.scopeOf(unitIds);
    const rows = await this.em.getConnection().execute<{ unit_id: string; green: string; yellow: string; red: string }[]>(
      `select lead_department_id as unit_id,
         count(*) filter (where due_at >= ? and extension_days = 0) as green,
         count(*) filter (where due_at >= ? and extension_days > 0) as yellow,
         count(*) filter (where due_at < ?) as red
       from "cases"."case" c
       where lead_department_id in (${marks}) and merged_into_id is null
         and running_clock in (${UNIT_CLOCKS.map(() => '?').join(', ')}) ${scope.sql}
       group by lead_department_id`,
      [this.now(), this.now(), this.now(), ...unitIds, ...UNIT_CLOCKS, ...scope.params],
    );
    return new Map(rows.map((r) => [r.unit_id, { green: Number(r.green), yellow: Number(r.yellow), red: Number(r.red) }]));
  }
}

/** The open task statuses: what a unit must still sign for or finish. */
const HELD = [TaskStatus.ASSIGNED, TaskStatus.SIGNED_FOR];

/**
 * Open tasks a unit holds, soonest due first, after the cursor `after`: one read of at most `first + 1`
 * rows of the open-task index; `total` and `overdue` are counted only when asked.
 */
export async function unitHoldings(em: EntityManager, unitId: string, first: number, after: string | null | undefined, now: Date) {
  checkFirst(first);
  const unit = checkId(unitId, 'unitId');
  const held = `t.unit_id = ? and t.status in (${marks(HELD)})`;
  const cursor = after ? decodeCursor(after, ['date', 'id']) : null;
  const items = await selectPlain(
    em,
    CaseTask,
    `t where ${held}${cursor ? ' and (t.due_at, t.id) > (?, ?)' : ''} order by t.due_at, t.id limit ?`,
    [unit, ...HELD, ...(cursor ? [new Date(cursor[0]), cursor[1]] : []), first + 1],
  );
  const count = async (extra: string, params: unknown[]) => {
    const [row] = await em.getConnection().execute<{ n: string }[]>(`select count(*) as n from "cases"."case_task" t where ${held}${extra}`, [unit, ...HELD, ...params]);
    return Number(row.n);
  };
  return {
    ...keysetPage(items, first, (task) => [task.dueAt.toISOString(), task.id]),
    count: () => count('', []),
    countOverdue: () => count(' and t.due_at < ?', [now]),
  };
}

/**
 * The audit log of unmasked personal data reads, newest first (by entry id, which grows with time),
 * before the entry `before`: one read of at most `first` rows of an index that matches.
 */
export function personalDataAccessLog(
  em: EntityManager,
  filter: { caseId?: string | null; accountId?: string | null; before?: string | null },
  first: number,
): Promise<PersonalDataAccess[]> {
  checkFirst(first);
  const conditions: string[] = [];
  const params: unknown[] = [];
  if (filter.caseId) {
    conditions.push('case_id = ?');
    params.push(checkId(filter.caseId, 'caseId'));
  }
  if (filter.accountId) {
    conditions.push('account_id = ?');
    params.push(checkId(filter.accountId, 'accountId'));
  }
  if (filter.before) {
    if (!/^\d{1,19}$/.test(filter.before)) throw new ValidationError(`before must be the id of an audit log entry, got ${JSON.stringify(filter.before)}`, 'before');
    conditions.push('id < ?');
    params.push(filter.before);
  }
  const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
  return selectPlain(em, PersonalDataAccess, `${where} order by id desc limit ?`, [...params, first]);
}

/** Case fields answered by a resolver, and the columns each reads (the rest come from loaders by case id). */
const RESOLVED_FROM: Record<string, string[]> = {
  isSkipLevel: ['level_visited'],
  leadDepartment: ['lead_department_id'],
  township: ['township_id'],
  leader: ['leader_id'],
  handler: ['handler_id'],
  tasks: [],
  timeline: [],
  supervisions: [],
  extensions: [],
};

/**
 * The columns a page of cases needs for the fields asked of its items, or null for whole rows: a list
 * that shows numbers and units reads a few columns of each row instead of all forty. Fields not known to
 * read only their own column (clocks, cards, petitioners, …) read whole rows.
 */
export function pageColumns(em: EntityManager, fields: ReadonlySet<string>): string[] | null {
  const meta = em.getMetadata().get(Case);
  const columns: string[] = [];
  for (const field of fields) {
    if (field === '__typename') continue;
    const resolved = RESOLVED_FROM[field];
    if (resolved) {
      columns.push(...resolved);
      continue;
    }
    const prop = meta.properties[field as keyof Case];
    if (!prop || prop.kind !== 'scalar' || !prop.fieldNames?.length) return null;
    columns.push(...prop.fieldNames);
  }
  return columns;
}
