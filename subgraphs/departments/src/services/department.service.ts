import { checkPage, marks, NotFoundError, selectPlain } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Department } from '../entities/department.entity';
import type { DepartmentKind } from '../types/department-kind.enum';

export interface DepartmentFilter {
  kinds?: DepartmentKind[];
  active?: boolean;
  first: number;
  offset: number;
}

/** Reads of the unit directory. */
export class DepartmentService {
  constructor(private readonly em: EntityManager) {}

  list(filter: DepartmentFilter): Promise<Department[]> {
    const { first, offset } = checkPage(filter.first, filter.offset);
    const conditions: string[] = [];
    const params: unknown[] = [];
    if (filter.kinds?.length) {
      conditions.push(`kind in (${marks(filter.kinds)})`);
      params.push(...filter.kinds);
    }
    if (filter.active !== undefined) {
      conditions.push('active = ?');
      params.push(filter.active);
    }
    const where = conditions.length ? `where ${conditions.join(' and ')}` : '';
    // the directory is small (a district has ~120 units): offset paging over (kind, code) is enough here
    return selectPlain(this.em, Department, `${where} order by kind, code, id limit ? offset ?`, [...params, first, offset]);
  }

  async get(id: string): Promise<Department> {
    const department = await this.em.findOne(Department, { id });
    if (!department) throw new NotFoundError('Department', id);
    return department;
  }
}
