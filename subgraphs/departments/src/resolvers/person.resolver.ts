import { checkId, NotFoundError } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Department } from '../entities/department.entity';
import { Person } from '../entities/person.entity';
import type { DepartmentsContext } from '../loaders';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => [Person], { description: 'Leaders who may own cases (包案领导)' })
  leaders(@Ctx() ctx: DepartmentsContext): Promise<Person[]> {
    return ctx.em.find(Person, { isLeader: true }, { orderBy: { name: 'asc' } });
  }

  @Query(() => Person)
  async person(@Ctx() ctx: DepartmentsContext, @Arg('id', () => ID) id: string): Promise<Person> {
    const person = await ctx.loaders.person.load(checkId(id, 'id'));
    if (!person) throw new NotFoundError('Person', id);
    return person;
  }

  @FieldResolver(() => Department, { description: '所在单位' })
  async unit(@Root() person: Person, @Ctx() ctx: DepartmentsContext): Promise<Department> {
    const unit = await ctx.loaders.department.load(person.unit.id);
    if (!unit) throw new NotFoundError('Department', person.unit.id);
    return unit;
  }
}
