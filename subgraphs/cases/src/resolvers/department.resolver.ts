import { checkPage } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { Case } from '../entities/case.entity';
import type { CasesContext } from '../loaders';
import type { UnitRole } from '../services/case.service';
import { CardCounts } from '../types/clock.type';
import { DepartmentRef } from '../types/department.type';

async function newest(ctx: CasesContext, role: UnitRole, unit: DepartmentRef, first: number, openOnly: boolean) {
  checkPage(first, 0, 200);
  // the caller's scope applies in SQL: a liaison gets, of another unit, the cases it may see itself
  return (await ctx.loaders.unitCases(role, first, openOnly).load(unit.id)).map((row) => row.matter);
}

/**
 * The case fields this subgraph adds to Department; each is one statement for all units in a request.
 * Lists and counts follow the caller's scope: a liaison gets, of any unit, the cases it may see itself.
 */
@Resolver(() => DepartmentRef)
export class DepartmentCasesResolver {
  @FieldResolver(() => [Case], { description: 'Newest cases this unit leads (牵头)' })
  casesLed(
    @Root() unit: DepartmentRef,
    @Ctx() ctx: CasesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean,
  ): Promise<Case[]> {
    return newest(ctx, 'lead', unit, first, openOnly);
  }

  @FieldResolver(() => Int, { description: 'How many cases this unit leads (that the caller may see, like casesLed)' })
  casesLedCount(@Root() unit: DepartmentRef, @Ctx() ctx: CasesContext, @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean): Promise<number> {
    return ctx.loaders.unitCaseCount('lead', openOnly).load(unit.id);
  }

  @FieldResolver(() => [Case], { description: 'Newest cases this unit cooperates on (协办)' })
  casesCooperating(
    @Root() unit: DepartmentRef,
    @Ctx() ctx: CasesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean,
  ): Promise<Case[]> {
    return newest(ctx, 'cooperating', unit, first, openOnly);
  }

  @FieldResolver(() => Int, { description: 'How many cases this unit cooperates on (that the caller may see, like casesCooperating)' })
  casesCooperatingCount(@Root() unit: DepartmentRef, @Ctx() ctx: CasesContext, @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean): Promise<number> {
    return ctx.loaders.unitCaseCount('cooperating', openOnly).load(unit.id);
  }

  @FieldResolver(() => [Case], { description: 'Newest cases originating in this township or street (属地)' })
  casesOriginating(
    @Root() unit: DepartmentRef,
    @Ctx() ctx: CasesContext,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number,
    @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean,
  ): Promise<Case[]> {
    return newest(ctx, 'township', unit, first, openOnly);
  }

  @FieldResolver(() => Int, { description: 'How many cases originate in this township or street (that the caller may see, like casesOriginating)' })
  casesOriginatingCount(@Root() unit: DepartmentRef, @Ctx() ctx: CasesContext, @Arg('openOnly', () => Boolean, { defaultValue: false }) openOnly: boolean): Promise<number> {
    return ctx.loaders.unitCaseCount('township', openOnly).load(unit.id);
  }

  @FieldResolver(() => CardCounts, { description: 'Open cases this unit leads that the caller may see, by card (绿牌/黄牌/红牌)' })
  openCaseCards(@Root() unit: DepartmentRef, @Ctx() ctx: CasesContext): Promise<CardCounts> {
    return ctx.loaders.cardCounts.load(unit.id);
  }
}
