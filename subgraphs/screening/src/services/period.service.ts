import { randomUUID } from 'node:crypto';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  addDays,
  checkId,
  checkText,
  dayOf,
  requireIdentity,
  selectPlain,
} from '@lianban/kit';
import { DailyReport } from '../entities/daily-report.entity';
import { SensitivePeriod, SensitivePeriodUnit } from '../entities/sensitive-period.entity';
import type { ScreeningContext } from '../loaders';
import { DailyReportState } from '../types/screening.enums';
import type { DeclareSensitivePeriodInput, FileDailyReportInput } from '../types/screening.inputs';
import { filingUnit, isBureau } from './access';
import { checkUnits } from './directory';
import { checkDay, checkTimeOfDay } from './validation';

/** Longest sensitive period, in days (a holiday season fits; a year does not). */
export const MAX_PERIOD_DAYS = 92;

/** The cut-off of a day of a period, as an instant: `cutoffMinutes` after that day's China-time midnight. */
export function cutoffAt(day: string, cutoffMinutes: number): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + cutoffMinutes * 60_000);
}

export interface DailyReportEntry {
  unitId: string;
  state: DailyReportState;
  report: DailyReport | null;
}

export interface DailyReportDay {
  period: SensitivePeriod;
  day: string;
  cutoffAt: Date;
  entries: DailyReportEntry[];
  onTime: number;
  late: number;
  missing: number;
  pending: number;
}

/** Sensitive periods (敏感期) and their daily and zero reports (日报告/零报告). */
export class PeriodService {
  constructor(private readonly ctx: ScreeningContext) {}

  async declare(input: DeclareSensitivePeriodInput): Promise<SensitivePeriod> {
    const caller = requireIdentity(this.ctx.identity);
    if (!isBureau(caller)) throw new ForbiddenError('Only the petition bureau declares sensitive periods');
    const name = checkText(input.name, 'input.name', 100);
    const cutoffMinutes = checkTimeOfDay(input.cutoff, 'input.cutoff');
    if (!input.startsOn || !input.endsOn) {
      const field = input.startsOn ? 'input.endsOn' : 'input.startsOn';
      throw new ValidationError(`${field} is required: a daily cut-off needs the period it applies to (first and last day)`, field);
    }
    const startsOn = checkDay(input.startsOn, 'input.startsOn');
    const endsOn = checkDay(input.endsOn, 'input.endsOn');
    if (endsOn < startsOn) throw new ValidationError(`input.endsOn (${endsOn}) is before input.startsOn (${startsOn})`, 'input.endsOn');
    if (endsOn > addDays(startsOn, MAX_PERIOD_DAYS - 1)) throw new ValidationError(`input.endsOn: a sensitive period lasts at most ${MAX_PERIOD_DAYS} days`, 'input.endsOn');
    const unitIds = [...new Set((input.unitIds ?? []).map((id, i) => checkId(id, `input.unitIds[${i}]`)))];
    if (!unitIds.length) throw new ValidationError('input.unitIds: name the units concerned', 'input.unitIds');
    await checkUnits(this.ctx.directory, this.ctx.forwarded(), unitIds.map((id) => ({ id, field: `input.unitIds[${input.unitIds.indexOf(id)}]` })));
    return this.ctx.em.transactional(async (em) => {
      const period = em.create(SensitivePeriod, { id: randomUUID(), name, startsOn, endsOn, cutoffMinutes, declaredAt: this.ctx.now(), declaredBy: caller.accountId });
      for (const unitId of unitIds) em.create(SensitivePeriodUnit, { id: randomUUID(), period, unitId });
      return period;
    });
  }

  /** Periods newest first; a liaison sees those that concern its unit. Optionally those running on `activeOn`. */
  async list(activeOn?: string | null): Promise<SensitivePeriod[]> {
    const caller = requireIdentity(this.ctx.identity);
    const where: string[] = [];
    const params: unknown[] = [];
    if (activeOn) {
      where.push('starts_on <= ? and ends_on >= ?');
      params.push(checkDay(activeOn, 'activeOn'), activeOn);
    }
    if (caller.role === 'LIAISON') {
      where.push(`id in (select period_id from "screening"."sensitive_period_unit" where unit_id = ?)`);
      params.push(caller.unitId);
    }
    return selectPlain(this.ctx.em, SensitivePeriod, `${where.length ? `where ${where.join(' and ')}` : ''} order by starts_on desc, id limit 200`, params);
  }

  async get(id: string): Promise<SensitivePeriod> {
    const period = await this.ctx.loaders.period.load(checkId(id, 'periodId'));
    if (!period) throw new NotFoundError('SensitivePeriod', id);
    const caller = requireIdentity(this.ctx.identity);
    if (caller.role === 'LIAISON' && !(await this.unitsOf(period.id)).includes(caller.unitId)) throw new NotFoundError('SensitivePeriod', id);
    return period;
  }

  async unitsOf(periodId: string): Promise<string[]> {
    return (await this.ctx.loaders.unitsByPeriod.load(periodId)).map((r) => r.unit_id);
  }

  async file(input: FileDailyReportInput): Promise<DailyReport> {
    const caller = requireIdentity(this.ctx.identity);
    const unitId = filingUnit(caller, input.unitId, 'input.unitId');
    const now = this.ctx.now();
    const day = input.day ? checkDay(input.day, 'input.day') : dayOf(now);
    const content = checkText(input.content, 'input.content', 4000, false);
    if (input.zero && content) throw new ValidationError('input.content must be empty on a zero report (零报告)', 'input.content');
    if (!input.zero && !content) throw new ValidationError('input.content: say what happened, or file a zero report (零报告) with zero: true', 'input.content');
    const period = await this.ctx.loaders.period.load(checkId(input.periodId, 'input.periodId'));
    if (!period) throw new ValidationError('input.periodId names no sensitive period', 'input.periodId');
    if (day < period.startsOn || day > period.endsOn) {
      throw new ValidationError(`input.day: ${day} is not in ${period.name} (${period.startsOn} to ${period.endsOn}), so it has no cut-off and no daily report`, 'input.day');
    }
    if (day > dayOf(now)) throw new ValidationError(`input.day: ${day} has not come yet`, 'input.day');
    if (!(await this.unitsOf(period.id)).includes(unitId)) throw new ValidationError(`input.unitId: the unit is not concerned by ${period.name}`, 'input.unitId');
    return this.ctx.em.transactional(async (em) => {
      const existing = await em.findOne(DailyReport, { period: period.id, unitId, day });
      // filed once: its time decides whether it was on time
      if (existing) throw new ConflictError(`The daily report of ${day} was already filed at ${existing.filedAt.toISOString()}; it is not replaced`);
      return em.create(DailyReport, {
        id: randomUUID(),
        period: period.id,
        unitId,
        day,
        zero: input.zero,
        content,
        filedAt: now,
        filedBy: caller.accountId,
        late: now > cutoffAt(day, period.cutoffMinutes),
      });
    });
  }

  /**
   * Each unit's daily report of one day of a period, at that day's cut-off (China time): on time, late,
   * missing (the cut-off passed without a report) or pending (it has not come). A liaison sees its own
   * unit's line only. Two statements.
   */
  async status(periodId: string, dayGiven: string): Promise<DailyReportDay> {
    const caller = requireIdentity(this.ctx.identity);
    const period = await this.get(periodId);
    const day = checkDay(dayGiven, 'day');
    if (day < period.startsOn || day > period.endsOn) throw new ValidationError(`day: ${day} is not in ${period.name} (${period.startsOn} to ${period.endsOn})`, 'day');
    let units = await this.unitsOf(period.id);
    if (caller.role === 'LIAISON') units = units.filter((u) => u === caller.unitId);
    const reports = await selectPlain(this.ctx.em, DailyReport, 'where period_id = ? and day = ?', [period.id, day]);
    const byUnit = new Map(reports.map((r) => [r.unitId, r]));
    const cutoff = cutoffAt(day, period.cutoffMinutes);
    const passed = this.ctx.now() > cutoff;
    const entries = units.map((unitId): DailyReportEntry => {
      const report = byUnit.get(unitId) ?? null;
      const state = report ? (report.late ? DailyReportState.LATE : DailyReportState.ON_TIME) : passed ? DailyReportState.MISSING : DailyReportState.PENDING;
      return { unitId, state, report };
    });
    const order = [DailyReportState.MISSING, DailyReportState.LATE, DailyReportState.PENDING, DailyReportState.ON_TIME];
    entries.sort((a, b) => order.indexOf(a.state) - order.indexOf(b.state) || a.unitId.localeCompare(b.unitId));
    const count = (state: DailyReportState) => entries.filter((e) => e.state === state).length;
    return {
      period,
      day,
      cutoffAt: cutoff,
      entries,
      onTime: count(DailyReportState.ON_TIME),
      late: count(DailyReportState.LATE),
      missing: count(DailyReportState.MISSING),
      pending: count(DailyReportState.PENDING),
    };
  }
}
