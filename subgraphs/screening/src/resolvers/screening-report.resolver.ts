import { dayOf, officialCalendar, Roles } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ScreeningReport } from '../entities/screening-report.entity';
import type { ScreeningContext } from '../loaders';
import { cycleOf } from '../services/cycles';
import { ScreeningService } from '../services/screening.service';
import { Cadence, DepartmentKind } from '../types/screening.enums';
import { FileScreeningReportInput } from '../types/screening.inputs';
import { MissingScreeningReport, ScreeningCadenceSetting, ScreeningCycle, ScreeningReportPage } from '../types/screening.outputs';
import { DepartmentRef } from '../types/refs.type';

@Resolver(() => ScreeningReport)
export class ScreeningReportResolver {
  @Mutation(() => ScreeningReport, {
    description: '报送排查报告: one per unit and cycle; sending the version of the one filed replaces it, without it CONFLICT',
  })
  fileScreeningReport(@Ctx() ctx: ScreeningContext, @Arg('input', () => FileScreeningReportInput) input: FileScreeningReportInput): Promise<ScreeningReport> {
    return new ScreeningService(ctx).file(input);
  }

  @Query(() => ScreeningReportPage, { description: 'Screening reports, newest first; a liaison sees its own unit\'s only' })
  screeningReports(
    @Ctx() ctx: ScreeningContext,
    @Arg('unitId', () => ID, { nullable: true }) unitId?: string,
    @Arg('cycle', () => String, { nullable: true }) cycle?: string,
    @Arg('first', () => Int, { defaultValue: 50 }) first = 50,
    @Arg('after', () => String, { nullable: true }) after?: string,
  ): Promise<ScreeningReportPage> {
    return new ScreeningService(ctx).list({ unitId, cycle, first, after });
  }

  @Query(() => ScreeningReport, { description: 'One screening report; NOT_FOUND for another unit\'s report when a liaison asks' })
  screeningReport(@Ctx() ctx: ScreeningContext, @Arg('id', () => ID) id: string): Promise<ScreeningReport> {
    return new ScreeningService(ctx).get(id);
  }

  @Query(() => [MissingScreeningReport], {
    description: 'Units that have not filed their screening report for a cycle (2026-W48, 2026-11), or else for their current cycle. The bureau only',
  })
  @Roles('REGISTRAR', 'ADMIN')
  async missingScreeningReports(@Ctx() ctx: ScreeningContext, @Arg('cycle', () => String, { nullable: true }) cycle?: string): Promise<MissingScreeningReport[]> {
    const missing = await new ScreeningService(ctx).missing(cycle);
    return missing.map((m) => ({ unitId: m.unit.id, unitName: m.unit.name, unitKind: m.unit.kind, cycle: m.cycle }));
  }

  @Query(() => [ScreeningCadenceSetting], { description: 'How often each kind of unit screens' })
  async screeningCadences(@Ctx() ctx: ScreeningContext): Promise<ScreeningCadenceSetting[]> {
    return [...(await new ScreeningService(ctx).cadences())].map(([unitKind, cadence]) => ({ unitKind, cadence }));
  }

  @Query(() => ScreeningCycle, { description: 'The current cycle of a cadence (China time)' })
  currentScreeningCycle(@Ctx() ctx: ScreeningContext, @Arg('cadence', () => Cadence) cadence: Cadence): ScreeningCycle {
    return cycleOf(cadence, dayOf(ctx.now()), officialCalendar());
  }

  @Mutation(() => [ScreeningCadenceSetting], { description: 'Sets how often a kind of unit screens (from its next filing on)' })
  @Roles('REGISTRAR', 'ADMIN')
  async setScreeningCadence(
    @Ctx() ctx: ScreeningContext,
    @Arg('unitKind', () => DepartmentKind) unitKind: DepartmentKind,
    @Arg('cadence', () => Cadence) cadence: Cadence,
  ): Promise<ScreeningCadenceSetting[]> {
    return [...(await new ScreeningService(ctx).setCadence(unitKind, cadence))].map(([kind, c]) => ({ unitKind: kind, cadence: c }));
  }

  @FieldResolver(() => DepartmentRef)
  unit(@Root() report: ScreeningReport): DepartmentRef {
    return { id: report.unitId };
  }
}

@Resolver(() => MissingScreeningReport)
export class MissingScreeningReportResolver {
  @FieldResolver(() => DepartmentRef)
  unit(@Root() missing: MissingScreeningReport): DepartmentRef {
    return { id: missing.unitId };
  }
}
