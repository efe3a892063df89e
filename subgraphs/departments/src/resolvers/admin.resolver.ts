import { NotFoundError, Roles, checkId, requireIdentity } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../entities/account.entity';
import { Category } from '../entities/category.entity';
import { Department } from '../entities/department.entity';
import { Person } from '../entities/person.entity';
import { RoutingChange, WorkingGroup } from '../entities/routing.entity';
import type { DepartmentsContext } from '../loaders';
import { AdminService } from '../services/admin.service';
import {
  CreateAccountInput,
  CreateDepartmentInput,
  CreatePersonInput,
  RouteCategoryInput,
  UpdateDepartmentInput,
  WorkingGroupInput,
} from '../types/admin.inputs';

const admin = (ctx: DepartmentsContext) => new AdminService(ctx.em, requireIdentity(ctx.identity), undefined, ctx.roster);

/** Directory maintenance, for admins only. */
@Resolver()
export class AdminResolver {
  @Mutation(() => Department)
  @Roles('ADMIN')
  createDepartment(@Ctx() ctx: DepartmentsContext, @Arg('input', () => CreateDepartmentInput) input: CreateDepartmentInput) {
    return admin(ctx).createDepartment(input);
  }

  @Mutation(() => Department, { description: 'Rename, recode, move or (de)activate a unit; units are never deleted' })
  @Roles('ADMIN')
  updateDepartment(@Ctx() ctx: DepartmentsContext, @Arg('input', () => UpdateDepartmentInput) input: UpdateDepartmentInput) {
    return admin(ctx).updateDepartment(input);
  }

  @Mutation(() => Person)
  @Roles('ADMIN')
  createPerson(@Ctx() ctx: DepartmentsContext, @Arg('input', () => CreatePersonInput) input: CreatePersonInput) {
    return admin(ctx).createPerson(input);
  }

  @Mutation(() => Account)
  @Roles('ADMIN')
  createAccount(@Ctx() ctx: DepartmentsContext, @Arg('input', () => CreateAccountInput) input: CreateAccountInput) {
    return admin(ctx).createAccount(input);
  }

  @Mutation(() => Category, { description: 'Route a category to its lead department (kept in the routing history)' })
  @Roles('ADMIN')
  routeCategory(@Ctx() ctx: DepartmentsContext, @Arg('input', () => RouteCategoryInput) input: RouteCategoryInput) {
    return admin(ctx).routeCategory(input);
  }

  @Mutation(() => WorkingGroup)
  @Roles('ADMIN')
  createWorkingGroup(@Ctx() ctx: DepartmentsContext, @Arg('input', () => WorkingGroupInput) input: WorkingGroupInput) {
    return admin(ctx).createWorkingGroup(input);
  }

  @Query(() => [RoutingChange], { description: 'Routing changes of a category, newest first' })
  routingHistory(@Ctx() ctx: DepartmentsContext, @Arg('categoryId', () => ID) categoryId: string): Promise<RoutingChange[]> {
    return ctx.em.find(RoutingChange, { category: checkId(categoryId, 'categoryId') }, { orderBy: { at: 'desc', id: 'desc' } });
  }

  @Query(() => [WorkingGroup], { description: '专项工作小组' })
  workingGroups(@Ctx() ctx: DepartmentsContext): Promise<WorkingGroup[]> {
    return ctx.em.find(WorkingGroup, {}, { populate: ['members'], orderBy: { name: 'asc' } });
  }
}

@Resolver(() => RoutingChange)
export class RoutingChangeResolver {
  @FieldResolver(() => Department, { nullable: true, description: 'Who led before (none for a new category)' })
  fromDepartment(@Root() change: RoutingChange, @Ctx() ctx: DepartmentsContext) {
    return change.fromDepartment ? ctx.loaders.department.load(change.fromDepartment.id) : null;
  }

  @FieldResolver(() => Department)
  async toDepartment(@Root() change: RoutingChange, @Ctx() ctx: DepartmentsContext): Promise<Department> {
    const unit = await ctx.loaders.department.load(change.toDepartment.id);
    if (!unit) throw new NotFoundError('Department', change.toDepartment.id);
    return unit;
  }
}

@Resolver(() => WorkingGroup)
export class WorkingGroupResolver {
  @FieldResolver(() => Department)
  async leadDepartment(@Root() group: WorkingGroup, @Ctx() ctx: DepartmentsContext): Promise<Department> {
    const unit = await ctx.loaders.department.load(group.leadDepartment.id);
    if (!unit) throw new NotFoundError('Department', group.leadDepartment.id);
    return unit;
  }

  @FieldResolver(() => [Department])
  members(@Root() group: WorkingGroup): Department[] {
    return group.members.getItems();
  }
}
