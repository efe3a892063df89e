import { checkId, checkPage, NotFoundError, ValidationError } from '@lianban/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { CaseTask } from '../entities/case-task.entity';
import { UNIT_CLOCKS } from './clock-view';
import { EVERY_CASE, type ScopeSql } from './access';
import { Case } from '../entities/case.entity';
import { FINISHED_STATUSES, TaskStatus } from '../types/case.enums';
import type { CaseFilter, CasePage } from '../types/case-page.type';

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

/** SQL narrowing to cases someone still has to act on (its parameters: FINISHED_STATUSES). */
function openClause(openOnly: boolean): string {
  return openOnly ? `and c.status not in (${FINISHED_STATUSES.map(() => '?').join(', ')})` : '';
}

/** Reads of cases: lists, pages and the per-unit batches behind Department's case fields. */
export class CaseService {
  constructor(
    private readonly em: EntityManager,
    private readonly now: () => Date = () => new Date(),
    /** Which cases the caller may see (see `caseScope`); everything when not given. */
    private readonly scope: FilterQuery<Case> = {},
    /** The same, for the per-unit reads written in SQL (see `caseScopeSql`, on the alias `c`). */
    private readonly scopeSql: ScopeSql = EVERY_CASE,
  ) {}

  /** A case the caller may see; NOT_FOUND otherwise, without saying whether it exists. */
  async get(id: string): Promise<Case> {
    const found = await this.em.findOne(Case, { $and: [{ id: checkId(id, 'id') }, this.scope] } as FilterQuery<Case>);
    if (!found) throw new NotFoundError('Case', id);
    return found;
  }

  async page(filter: CaseFilter = {}, first: number, offset: number): Promise<CasePage> {
    const page = checkPage(first, offset);
    const [items, total] = await this.em.findAndCount(Case, { $and: [this.where(filter), this.scope] } as FilterQuery<Case>, {
      orderBy: { registeredAt: 'desc', id: 'asc' },
      limit: page.first,
      offset: page.offset,
    });
    return { items, total };
  }

  private where(filter: CaseFilter): FilterQuery<Case> {
    // a merged duplicate is worked on through the case it was merged into
    const where: FilterQuery<Case> & Record<string, unknown> = { mergedIntoId: null };
    if (filter.townshipId) where.townshipId = checkId(filter.townshipId, 'filter.townshipId');
    if (filter.leadDepartmentId) where.leadDepartmentId = checkId(filter.leadDepartmentId, 'filter.leadDepartmentId');
    if (filter.statuses?.length) where.status = { $in: filter.statuses };
    if (filter.channels?.length) where.channel = { $in: filter.channels };
    if (filter.levels?.length) where.levelVisited = { $in: filter.levels };
    if (filter.form) where.form = filter.form;
    if (filter.registeredFrom && filter.registeredBefore && filter.registeredFrom >= filter.registeredBefore) {
      throw new ValidationError('filter.registeredFrom must be before filter.registeredBefore', 'filter.registeredFrom');
    }
    if (filter.registeredFrom || filter.registeredBefore) {
      where.registeredAt = {
        ...(filter.registeredFrom ? { $gte: filter.registeredFrom } : {}),
        ...(filter.registeredBefore ? { $lt: filter.registeredBefore } : {}),
      };
    }
    return where;
  }

  /** The newest `limit` cases of each unit, in one statement for all units. */
  async newestByUnit(role: UnitRole, unitIds: readonly string[], limit: number, openOnly: boolean): Promise<{ unitId: string; matter: Case }[]> {
    const marks = unitIds.map(() => '?').join(', ');
    const open = openClause(openOnly);
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select * from (
         select s.*, row_number() over (partition by unit_key order by registered_at desc, id) as position
         from (${SOURCE[role](marks)} and c.merged_into_id is null ${open} ${this.scopeSql.sql}) s
       ) ranked where position <= ? order by registered_at desc, id`,
      [...unitIds, ...(openOnly ? FINISHED_STATUSES : []), ...this.scopeSql.params, limit],
    );
    return rows.map(({ position: _position, unit_key, ...row }) => ({ unitId: unit_key as string, matter: this.em.map(Case, row) }));
  }

  /** How many cases (open ones with `openOnly`) each unit has, in one statement. */
  async countByUnit(role: UnitRole, unitIds: readonly string[], openOnly: boolean): Promise<Map<string, number>> {
    const marks = unitIds.map(() => '?').join(', ');
    const open = openClause(openOnly);
    const rows = await this.em.getConnection().execute<{ unit_key: string; count: string }[]>(
      `select unit_key, count(*) as count from (${SOURCE[role](marks)} and c.merged_into_id is null ${open} ${this.scopeSql.sql}) s group by unit_key`,
      [...unitIds, ...(openOnly ? FINISHED_STATUSES : []), ...this.scopeSql.params],
    );
    return new Map(rows.map((row) => [row.unit_key, Number(row.count)]));
  }

  /** Open cases each unit leads, by card: red past due, yellow extended, green otherwise (one statement). */
  async cardCountsByLead(unitIds: readonly string[]): Promise<Map<string, { green: number; yellow: number; red: number }>> {
    const marks = unitIds.map(() => '?').join(', ');
    const rows = await this.em.getConnection().execute<{ unit_id: string; green: string; yellow: string; red: string }[]>(
      `select lead_department_id as unit_id,
         count(*) filter (where due_at >= ? and extension_days = 0) as green,
         count(*) filter (where due_at >= ? and extension_days > 0) as yellow,
         count(*) filter (where due_at < ?) as red
       from "cases"."case" c
       where lead_department_id in (${marks}) and merged_into_id is null
         and running_clock in (${UNIT_CLOCKS.map(() => '?').join(', ')}) ${this.scopeSql.sql}
       group by lead_department_id`,
      [this.now(), this.now(), this.now(), ...unitIds, ...UNIT_CLOCKS, ...this.scopeSql.params],
    );
    return new Map(rows.map((r) => [r.unit_id, { green: Number(r.green), yellow: Number(r.yellow), red: Number(r.red) }]));
  }
}

/** Open tasks a unit holds: what it must sign for or finish, soonest due first. */
export async function unitHoldings(em: EntityManager, unitId: string, first: number, offset: number, now: Date) {
  const page = checkPage(first, offset);
  const where = { unitId: checkId(unitId, 'unitId'), status: { $in: [TaskStatus.ASSIGNED, TaskStatus.SIGNED_FOR] } };
  const [items, total] = await em.findAndCount(CaseTask, where, {
    populate: ['case'],
    strategy: 'joined',
    orderBy: { dueAt: 'asc', id: 'asc' },
    limit: page.first,
    offset: page.offset,
  });
  const overdue = await em.count(CaseTask, { ...where, dueAt: { $lt: now } });
  return { items, total, overdue };
}
