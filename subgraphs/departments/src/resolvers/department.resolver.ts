import { checkId } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../entities/department.entity';
import { Person } from '../entities/person.entity';
import type { DepartmentsContext } from '../loaders';
import { DepartmentService } from '../services/department.service';
import { DepartmentKind } from '../types/department-kind.enum';

@Resolver(() => Department)
export class DepartmentResolver {
  @Query(() => [Department], { description: 'Units, by kind and code' })
  departments(
    @Ctx() ctx: DepartmentsContext,
    @Arg('kinds', () => [DepartmentKind], { nullable: true }) kinds?: DepartmentKind[],
    @Arg('active', () => Boolean, { nullable: true }) active?: boolean,
    @Arg('first', () => Int, { defaultValue: 200 }) first = 200,
    @Arg('offset', () => Int, { defaultValue: 0 }) offset = 0,
  ): Promise<Department[]> {
    return new DepartmentService(ctx.em).list({ kinds, active: active ?? undefined, first, offset });
  }

  @Query(() => Department, { description: 'One unit; NOT_FOUND when there is none with this id' })
  department(@Ctx() ctx: DepartmentsContext, @Arg('id', () => ID) id: string): Promise<Department> {
    return new DepartmentService(ctx.em).get(checkId(id, 'id'));
  }

  @FieldResolver(() => Department, { nullable: true, description: '上级单位' })
  parent(@Root() department: Department, @Ctx() ctx: DepartmentsContext): Promise<Department | null> | null {
    return department.parent ? ctx.loaders.department.load(department.parent.id) : null;
  }

  @FieldResolver(() => [Person], { description: 'People working in this unit' })
  people(@Root() department: Department, @Ctx() ctx: DepartmentsContext): Promise<Person[]> {
    return ctx.loaders.peopleByUnit.load(department.id);
  }
}
