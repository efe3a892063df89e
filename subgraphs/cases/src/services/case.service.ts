import { checkId, checkPage, NotFoundError, ValidationError } from '@lianban/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
import { Case } from '../entities/case.entity';
import { FINISHED_STATUSES } from '../types/case.enums';
import type { CaseFilter, CasePage } from '../types/case-page.type';

/** Which department column a per-unit list or count is keyed on. */
export type UnitRole = 'lead' | 'township';

const COLUMN: Record<UnitRole, string> = { lead: 'lead_department_id', township: 'township_id' };

/** Reads of cases: lists, pages and the per-unit batches behind Department's case fields. */
export class CaseService {
  constructor(private readonly em: EntityManager) {}

  async get(id: string): Promise<Case> {
    const found = await this.em.findOne(Case, { id: checkId(id, 'id') });
    if (!found) throw new NotFoundError('Case', id);
    return found;
  }

  async page(filter: CaseFilter = {}, first: number, offset: number): Promise<CasePage> {
    const page = checkPage(first, offset);
    const [items, total] = await this.em.findAndCount(Case, this.where(filter), {
      orderBy: { registeredAt: 'desc', id: 'asc' },
      limit: page.first,
      offset: page.offset,
    });
    return { items, total };
  }

  private where(filter: CaseFilter): FilterQuery<Case> {
    const where: FilterQuery<Case> & Record<string, unknown> = {};
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
  async newestByUnit(role: UnitRole, unitIds: readonly string[], limit: number, openOnly: boolean): Promise<Case[]> {
    const column = COLUMN[role];
    const marks = unitIds.map(() => '?').join(', ');
    const open = openOnly ? `and status not in (${FINISHED_STATUSES.map(() => '?').join(', ')})` : '';
    const rows = await this.em.getConnection().execute<Record<string, unknown>[]>(
      `select * from (
         select c.*, row_number() over (partition by ${column} order by registered_at desc, id) as position
         from "cases"."case" c where ${column} in (${marks}) ${open}
       ) ranked where position <= ? order by registered_at desc, id`,
      [...unitIds, ...(openOnly ? FINISHED_STATUSES : []), limit],
    );
    return rows.map(({ position: _position, ...row }) => this.em.map(Case, row));
  }

  /** How many cases (open ones with `openOnly`) each unit has, in one statement. */
  async countByUnit(role: UnitRole, unitIds: readonly string[], openOnly: boolean): Promise<Map<string, number>> {
    const column = COLUMN[role];
    const marks = unitIds.map(() => '?').join(', ');
    const open = openOnly ? `and status not in (${FINISHED_STATUSES.map(() => '?').join(', ')})` : '';
    const rows = await this.em.getConnection().execute<{ unit_id: string; count: string }[]>(
      `select ${column} as unit_id, count(*) as count from "cases"."case"
       where ${column} in (${marks}) ${open} group by ${column}`,
      [...unitIds, ...(openOnly ? FINISHED_STATUSES : [])],
    );
    return new Map(rows.map((row) => [row.unit_id, Number(row.count)]));
  }
}
