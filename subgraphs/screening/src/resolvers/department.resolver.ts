import { dayOf, endOfDay, officialCalendar, requireIdentity } from '@lianban/kit';
import { Ctx, Directive, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ScreeningContext } from '../loaders';
import { cycleOf } from '../services/cycles';
import { DepartmentRef } from '../types/refs.type';
import { UnitScreeningStatus } from '../types/screening.outputs';

/** The screening field this subgraph adds to Department. */
@Resolver(() => DepartmentRef)
export class DepartmentScreeningResolver {
  @FieldResolver(() => UnitScreeningStatus, {
    nullable: true,
    description: '排查: the unit\'s current screening cycle and its report, if filed (null for units that do not screen, and for a liaison asking of another unit)',
  })
  @Directive('@requires(fields: "kind")')
  async screeningStatus(@Root() unit: DepartmentRef, @Ctx() ctx: ScreeningContext): Promise<UnitScreeningStatus | null> {
    const caller = requireIdentity(ctx.identity);
    if (caller.role === 'LIAISON' && caller.unitId !== unit.id) return null;
    const cadence = unit.kind ? (await ctx.loaders.cadences.load('all')).get(unit.kind) : undefined;
    if (!cadence) return null;
    const cycle = cycleOf(cadence, dayOf(ctx.now()), officialCalendar());
    const report = await ctx.loaders.reportOfCycle.load(`${unit.id}/${cycle.key}`);
    return { cycle, report, overdue: !report && ctx.now() > endOfDay(cycle.dueOn) };
  }
}
