import { Roles } from '@lianban/kit';
import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { DailyReport } from '../entities/daily-report.entity';
import { SensitivePeriod } from '../entities/sensitive-period.entity';
import type { ScreeningContext } from '../loaders';
import { PeriodService } from '../services/period.service';
import { DeclareSensitivePeriodInput, FileDailyReportInput } from '../types/screening.inputs';
import { DailyReportDay, DailyReportStatusEntry, DailyReportTally } from '../types/screening.outputs';
import { DepartmentRef } from '../types/refs.type';

@Resolver(() => SensitivePeriod)
export class SensitivePeriodResolver {
  @Mutation(() => SensitivePeriod, { description: '宣布敏感期: the units concerned file a daily report each day by the cut-off' })
  @Roles('REGISTRAR', 'ADMIN')
  declareSensitivePeriod(@Ctx() ctx: ScreeningContext, @Arg('input', () => DeclareSensitivePeriodInput) input: DeclareSensitivePeriodInput): Promise<SensitivePeriod> {
    return new PeriodService(ctx).declare(input);
  }

  @Query(() => [SensitivePeriod], { description: 'Sensitive periods, latest first (those running on `activeOn` when given); a liaison sees those concerning its unit' })
  sensitivePeriods(@Ctx() ctx: ScreeningContext, @Arg('activeOn', () => String, { nullable: true }) activeOn?: string): Promise<SensitivePeriod[]> {
    return new PeriodService(ctx).list(activeOn);
  }

  @Query(() => SensitivePeriod)
  sensitivePeriod(@Ctx() ctx: ScreeningContext, @Arg('id', () => ID) id: string): Promise<SensitivePeriod> {
    return new PeriodService(ctx).get(id);
  }

  @Mutation(() => DailyReport, { description: '报送日报告 (零报告 with zero: true); filed once, late after the cut-off' })
  fileDailyReport(@Ctx() ctx: ScreeningContext, @Arg('input', () => FileDailyReportInput) input: FileDailyReportInput): Promise<DailyReport> {
    return new PeriodService(ctx).file(input);
  }

  @Query(() => DailyReportDay, { description: 'Each unit\'s daily report of a day at the cut-off: on time, late, missing or pending, with counts' })
  dailyReportStatus(@Ctx() ctx: ScreeningContext, @Arg('periodId', () => ID) periodId: string, @Arg('day', () => String) day: string): Promise<DailyReportDay> {
    return new PeriodService(ctx).status(periodId, day);
  }

  @FieldResolver(() => String, { description: 'Daily cut-off, HH:MM China time' })
  cutoff(@Root() period: SensitivePeriod): string {
    return `${String(Math.floor(period.cutoffMinutes / 60)).padStart(2, '0')}:${String(period.cutoffMinutes % 60).padStart(2, '0')}`;
  }

  @FieldResolver(() => [DailyReportTally], {
    description: 'Each day of the period with its counts of daily reports on time, late, missing and pending (a liaison: its own unit\'s)',
  })
  async days(@Root() period: SensitivePeriod, @Ctx() ctx: ScreeningContext): Promise<DailyReportTally[]> {
    const now = ctx.now();
    return (await ctx.loaders.daysByPeriod.load(period.id)).map((row) => {
      const [units, onTime, late] = [Number(row.units), Number(row.on_time), Number(row.late)];
      const cutoffAt = new Date(row.cutoff_at);
      const unfiled = units - onTime - late;
      return { day: row.day, cutoffAt, onTime, late, missing: now > cutoffAt ? unfiled : 0, pending: now > cutoffAt ? 0 : unfiled };
    });
  }

  @FieldResolver(() => [DepartmentRef], { description: 'The units concerned' })
  async units(@Root() period: SensitivePeriod, @Ctx() ctx: ScreeningContext): Promise<DepartmentRef[]> {
    return (await ctx.loaders.unitsByPeriod.load(period.id)).map((r) => ({ id: r.unit_id }));
  }
}

@Resolver(() => DailyReport)
export class DailyReportResolver {
  @FieldResolver(() => DepartmentRef)
  unit(@Root() report: DailyReport): DepartmentRef {
    return { id: report.unitId };
  }

  @FieldResolver(() => SensitivePeriod)
  async period(@Root() report: DailyReport, @Ctx() ctx: ScreeningContext): Promise<SensitivePeriod> {
    return (await ctx.loaders.period.load(report.period.id)) as SensitivePeriod;
  }
}

@Resolver(() => DailyReportStatusEntry)
export class DailyReportStatusEntryResolver {
  @FieldResolver(() => DepartmentRef)
  unit(@Root() entry: DailyReportStatusEntry): DepartmentRef {
    return { id: entry.unitId };
  }
}
