import { ValidationError, checkId, marks, officialCalendar } from '@lianban/kit';
import type { ScreeningContext } from '../loaders';
import type { Cadence } from '../types/screening.enums';
import { cyclesDueBetween } from './cycles';
import { ScreeningService } from './screening.service';

/** The most units one `reportingFacts` call may ask about. */
export const MAX_FACT_UNITS = 1000;

export interface UnitReportingFacts {
  unitId: string;
  warningsFiled: number;
  warnedCaseIds: string[];
  dailyReportsMissing: number;
  dailyReportsLate: number;
  screeningReportsMissing: number;
}

/**
 * What the assessment engine needs of each unit's reporting in [from, to) (a documented service call,
 * `reportingFacts`):
 * - warningsFiled: warnings the unit filed in the range;
 * - warnedCaseIds: visits registered in the range that the bureau matched to a warning the unit filed
 *   before the visit was registered (a warning filed after it does not count);
 * - dailyReportsMissing / dailyReportsLate: days of sensitive periods concerning the unit whose cut-off
 *   fell in the range (and has passed) without a report / with a report filed after it;
 * - screeningReportsMissing: screening cycles of the unit's cadence that fell due in the range (and are
 *   past due) without a report.
 * One directory call and four statements, whatever the number of units.
 */
export class FactsService {
  constructor(private readonly ctx: ScreeningContext) {}

  async reportingFacts(unitIdsGiven: string[], from: Date, to: Date): Promise<UnitReportingFacts[]> {
    if (unitIdsGiven.length > MAX_FACT_UNITS) throw new ValidationError(`unitIds: at most ${MAX_FACT_UNITS} units at a time, got ${unitIdsGiven.length}`, 'unitIds');
    const unitIds = [...new Set(unitIdsGiven.map((id, i) => checkId(id, `unitIds[${i}]`)))];
    if (to.getTime() <= from.getTime()) throw new ValidationError('to must be after from', 'to');
    if (!unitIds.length) return [];
    const units = await this.ctx.directory.unitsByIds(unitIds, this.ctx.forwarded());
    const unknown = unitIdsGiven.findIndex((id) => !units.has(id));
    if (unknown >= 0) throw new ValidationError(`unitIds[${unknown}] names no known unit`, `unitIds[${unknown}]`);
    const now = this.ctx.now();
    const connection = this.ctx.em.getConnection();

    const warnings = await connection.execute<{ unit_id: string; filed: string; warned: string[] | null }[]>(
      `select unit_id,
         count(*) filter (where filed_at >= ? and filed_at < ?) as filed,
         array_agg(matched_case_id::text order by visit_registered_at, matched_case_id)
           filter (where matched_case_id is not null and filed_at < visit_registered_at and visit_registered_at >= ? and visit_registered_at < ?) as warned
       from "screening"."warning" where unit_id in (${marks(unitIds)}) group by unit_id`,
      [from, to, from, to, ...unitIds],
    );
    const daily = await connection.execute<{ unit_id: string; missing: string; late: string }[]>(
      `select pu.unit_id, count(*) filter (where r.id is null) as missing, count(*) filter (where r.late) as late
       from "screening"."sensitive_period" p
       join "screening"."sensitive_period_unit" pu on pu.period_id = p.id
       cross join lateral (
         select d::date as day, (d::date::timestamp + make_interval(mins => p.cutoff_minutes)) at time zone 'Asia/Shanghai' as cutoff
         from generate_series(p.starts_on::timestamp, p.ends_on::timestamp, interval '1 day') d
       ) days
       left join "screening"."daily_report" r on r.period_id = p.id and r.unit_id = pu.unit_id and r.day = days.day
       where pu.unit_id in (${marks(unitIds)}) and days.cutoff >= ? and days.cutoff < ? and days.cutoff < ?
       group by pu.unit_id`,
      [...unitIds, from, to, now],
    );

    // screening cycles owed: those due in the range and already past due, by each unit's cadence
    const cadences = await new ScreeningService(this.ctx).cadences();
    const until = new Date(Math.min(to.getTime(), now.getTime()));
    const owed = new Map<Cadence, string[]>();
    if (until > from) {
      for (const cadence of new Set(cadences.values())) owed.set(cadence, cyclesDueBetween(cadence, from, until, officialCalendar()).map((c) => c.key));
    }
    const keys = [...new Set([...owed.values()].flat())];
    const filed = keys.length
      ? await connection.execute<{ unit_id: string; cycle_key: string }[]>(
          `select unit_id, cycle_key from "screening"."screening_report" where unit_id in (${marks(unitIds)}) and cycle_key in (${marks(keys)})`,
          [...unitIds, ...keys],
        )
      : [];
    const done = new Set(filed.map((r) => `${r.unit_id}/${r.cycle_key}`));

    const warningsBy = new Map(warnings.map((w) => [w.unit_id, w]));
    const dailyBy = new Map(daily.map((d) => [d.unit_id, d]));
    return unitIds.map((unitId) => {
      const cadence = cadences.get(units.get(unitId)!.kind);
      const due = cadence ? (owed.get(cadence) ?? []) : [];
      return {
        unitId,
        warningsFiled: Number(warningsBy.get(unitId)?.filed ?? 0),
        warnedCaseIds: warningsBy.get(unitId)?.warned ?? [],
        dailyReportsMissing: Number(dailyBy.get(unitId)?.missing ?? 0),
        dailyReportsLate: Number(dailyBy.get(unitId)?.late ?? 0),
        screeningReportsMissing: due.filter((key) => !done.has(`${unitId}/${key}`)).length,
      };
    });
  }
}
