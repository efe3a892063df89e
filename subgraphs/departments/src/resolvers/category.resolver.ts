import { NotFoundError, ValidationError, isId } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Category } from '../entities/category.entity';
import { Department } from '../entities/department.entity';
import { Person } from '../entities/person.entity';
import type { DepartmentsContext } from '../loaders';

const MAX_IDS = 500;

@Resolver(() => Category)
export class CategoryResolver {
  @Query(() => [Category], { description: 'The problem category taxonomy with each category\'s lead department' })
  categories(@Ctx() ctx: DepartmentsContext, @Arg('activeOnly', () => Boolean, { defaultValue: true }) activeOnly: boolean): Promise<Category[]> {
    return ctx.em.find(Category, activeOnly ? { active: true } : {}, { orderBy: { main: 'asc', sub: 'asc' } });
  }

  @Query(() => Category, { nullable: true, description: 'A category by its two levels; null when there is none' })
  categoryByName(@Ctx() ctx: DepartmentsContext, @Arg('main', () => String) main: string, @Arg('sub', () => String) sub: string): Promise<Category | null> {
    return ctx.em.findOne(Category, { main: main.trim(), sub: sub.trim() });
  }

  @Query(() => [Department], { nullable: 'items', description: 'Units by id, null for an unknown id (service call for other subgraphs\' input checks)' })
  async departmentsByIds(@Ctx() ctx: DepartmentsContext, @Arg('ids', () => [ID]) ids: string[]): Promise<(Department | null)[]> {
    if (ids.length > MAX_IDS) throw new ValidationError(`at most ${MAX_IDS} ids`, 'ids');
    return Promise.all(ids.map((id) => (isId(id) ? ctx.loaders.department.load(id) : null)));
  }

  @Query(() => [Person], { nullable: 'items', description: 'People by id, null for an unknown id (service call for other subgraphs\' input checks)' })
  async peopleByIds(@Ctx() ctx: DepartmentsContext, @Arg('ids', () => [ID]) ids: string[]): Promise<(Person | null)[]> {
    if (ids.length > MAX_IDS) throw new ValidationError(`at most ${MAX_IDS} ids`, 'ids');
    return Promise.all(ids.map((id) => (isId(id) ? ctx.loaders.person.load(id) : null)));
  }

  @FieldResolver(() => Department, { description: '牵头部门' })
  async leadDepartment(@Root() category: Category, @Ctx() ctx: DepartmentsContext): Promise<Department> {
    const unit = await ctx.loaders.department.load(category.leadDepartment.id);
    if (!unit) throw new NotFoundError('Department', category.leadDepartment.id);
    return unit;
  }
}
