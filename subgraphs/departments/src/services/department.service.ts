import { checkPage, NotFoundError } from '@lianban/kit';
import type { EntityManager, FilterQuery } from '@mikro-orm/postgresql';
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
    const where: FilterQuery<Department> = {};
    if (filter.kinds?.length) where.kind = { $in: filter.kinds };
    if (filter.active !== undefined) where.active = filter.active;
    return this.em.find(Department, where, { orderBy: { kind: 'asc', code: 'asc' }, limit: first, offset });
  }

  async get(id: string): Promise<Department> {
    const department = await this.em.findOne(Department, { id });
    if (!department) throw new NotFoundError('Department', id);
    return department;
  }
}
