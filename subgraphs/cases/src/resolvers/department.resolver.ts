import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { checkPage } from '@lianban/kit';
import { Case } from '../entities/case.entity';
import type { CasesContext } from '../loaders';
import { DepartmentRef } from '../types/department.type';

/** The case fields this subgraph adds to Department. */
@Resolver(() => DepartmentRef)
export class DepartmentCasesResolver {
  @FieldResolver(() => [Case], { description: 'Newest cases this unit leads (牵头)' })
  casesLed(
    @Root() unit: DepartmentRef,
    @Ctx() ctx: CasesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean,
  ): Promise<Case[]> {
    checkPage(first, 0, 200);
    return ctx.loaders.unitCases('lead', first, openOnly).load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'How many cases this unit leads' })
  casesLedCount(
    @Root() unit: DepartmentRef,
    @Ctx() ctx: CasesContext,
    @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean,
  ): Promise<number> {
    return ctx.loaders.unitCaseCount('lead', openOnly).load(unit.id);
  }

  @FieldResolver(() => [Case], { description: 'Newest cases originating in this township or street (属地)' })
  casesOriginating(
    @Root() unit: DepartmentRef,
    @Ctx() ctx: CasesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean,
  ): Promise<Case[]> {
    checkPage(first, 0, 200);
    return ctx.loaders.unitCases('township', first, openOnly).load(unit.id);
  }

  @FieldResolver(() => Int, { description: 'How many cases originate in this township or street' })
  casesOriginatingCount(
    @Root() unit: DepartmentRef,
    @Ctx() ctx: CasesContext,
    @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean,
  ): Promise<number> {
    return ctx.loaders.unitCaseCount('township', openOnly).load(unit.id);
  }
}
