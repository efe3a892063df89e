import { ValidationError, checkId } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { EVERY_CASE, type ScopeSql } from './access';
import { CaseForm, CaseStatus, Channel, VisitLevel } from '../types/case.enums';
import type { CaseStatistics, CategoryFigures, CategoryLevel, Figure, StatisticsFilter } from '../types/statistics.type';

/** Statuses that count as 办结 in the office report. */
const CLOSED = [CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.UNDER_REVIEW, CaseStatus.UNDER_RE_REVIEW, CaseStatus.TERMINATED];
const VISITS = [Channel.VISIT, Channel.LEADER_RECEPTION];
const CHANNELS = Object.values(Channel);

interface Row {
  period: 'now' | 'then';
  channel: Channel;
  form: CaseForm;
  level: VisitLevel;
  matters: number;
  persons: number;
  closed: number;
}

/** The same instant a year earlier (29 February falls back to 28). */
export function yearEarlier(date: Date): Date {
  const earlier = new Date(date);
  earlier.setUTCFullYear(earlier.getUTCFullYear() - 1);
  if (earlier.getUTCDate() !== date.getUTCDate()) earlier.setUTCDate(0);
  return earlier;
}

/** 下降34.5% / 上升2.0% / 持平: the one place figures are rounded. */
export function changeText(change: number | undefined): string | undefined {
  if (change === undefined) return undefined;
  if (change === 0) return '持平';
  return `${change < 0 ? '下降' : '上升'}${(Math.abs(change) * 100).toFixed(1)}%`;
}

function figure(value: number, lastYear: number | undefined): Figure {
  if (lastYear === undefined) return { value };
  const change = lastYear === 0 ? undefined : (value - lastYear) / lastYear;
  return { value, lastYear, change, changeText: changeText(change) };
}

/**
 * 信访情况统计: counts intakes (件次), batches (批次) and persons (人次) for a period, optionally
 * against the same period a year earlier, in two SQL statements whatever the volume.
 */
export class StatisticsService {
  constructor(
    private readonly em: EntityManager,
    /** Which cases the report counts: the caller's (see `caseScopeSql`, on `"cases"."case"`); every case when not given. */
    private readonly scope: ScopeSql = EVERY_CASE,
  ) {}

  async report(
    from: Date,
    to: Date,
    compare: boolean,
    filter: StatisticsFilter = {},
    categoryLevel: CategoryLevel = 'MAIN' as CategoryLevel,
    topCategories = 10,
  ): Promise<CaseStatistics> {
    if (from >= to) throw new ValidationError('from must be before to', 'from');
    if (to.getTime() - from.getTime() > 5 * 366 * 86_400_000) throw new ValidationError('a report covers at most five years', 'to');
    if (!Number.isInteger(topCategories) || topCategories < 1 || topCategories > 100) {
      throw new ValidationError('topCategories must be a whole number from 1 to 100', 'topCategories');
    }
    const { where, params } = this.filter(filter);
    const ranges = compare ? [from, to, yearEarlier(from), yearEarlier(to)] : [from, to, from, from];
    const periodOf = `case when registered_at >= ? and registered_at < ? then 'now' else 'then' end`;
    const inRange = `((registered_at >= ? and registered_at < ?) or (registered_at >= ? and registered_at < ?))`;
    const closed = `count(*) filter (where status in (${CLOSED.map(() => '?').join(', ')}))`;
    const connection = this.em.getConnection();
    const rows = (
      await connection.execute<Record<string, string>[]>(
        `select ${periodOf} as period, channel, form, level_visited as level,
           count(*) as matters, sum(head_count) as persons, ${closed} as closed
         from "cases"."case" where ${inRange} ${where}
         group by 1, channel, form, level_visited`,
        [from, to, ...CLOSED, ...ranges, ...params],
      )
    ).map((r): Row => ({ ...(r as unknown as Row), matters: Number(r.matters), persons: Number(r.persons), closed: Number(r.closed) }));
    const categoryColumns = categoryLevel === 'SUB' ? 'category_main, category_sub' : 'category_main';
    const categoryRows = await connection.execute<Record<string, string>[]>(
      `select ${periodOf} as period, ${categoryColumns}, count(*) as matters, sum(head_count) as persons
       from "cases"."case" where ${inRange} ${where}
       group by 1, ${categoryColumns}`,
      [from, to, ...ranges, ...params],
    );

    const sum = (period: Row['period'], pick: (r: Row) => boolean, value: (r: Row) => number) =>
      rows.filter((r) => r.period === period && pick(r)).reduce((total, r) => total + value(r), 0);
    const fig = (pick: (r: Row) => boolean, value: (r: Row) => number) =>
      figure(sum('now', pick, value), compare ? sum('then', pick, value) : undefined);
    const matters = (r: Row) => r.matters;
    const persons = (r: Row) => r.persons;
    const isVisit = (r: Row) => VISITS.includes(r.channel);

    const allMatters = sum('now', () => true, matters);
    const allPersons = sum('now', () => true, persons);
    const categories = new Map<string, { main: string; sub?: string; now: [number, number]; then: [number, number] }>();
    for (const r of categoryRows) {
      const key = `${r.category_main}/${r.category_sub ?? ''}`;
      const entry = categories.get(key) ?? { main: r.category_main, sub: r.category_sub, now: [0, 0], then: [0, 0] };
      entry[r.period as 'now' | 'then'] = [Number(r.matters), Number(r.persons)];
      categories.set(key, entry);
    }
    const topCategoryFigures: CategoryFigures[] = [...categories.values()]
      .filter((c) => c.now[0] > 0)
      .sort((a, b) => b.now[0] - a.now[0] || b.now[1] - a.now[1] || `${a.main}${a.sub}`.localeCompare(`${b.main}${b.sub}`))
      .slice(0, topCategories)
      .map((c) => ({
        categoryMain: c.main,
        categorySub: c.sub,
        matters: figure(c.now[0], compare ? c.then[0] : undefined),
        persons: figure(c.now[1], compare ? c.then[1] : undefined),
        shareOfMatters: allMatters ? c.now[0] / allMatters : 0,
        shareOfPersons: allPersons ? c.now[1] / allPersons : 0,
      }));

    const hotline = (r: Row) => r.channel === Channel.PHONE;
    const received = fig(hotline, matters);
    const closedCalls = fig(hotline, (r) => r.closed);
    return {
      from,
      to,
      matters: fig(() => true, matters),
      persons: fig(() => true, persons),
      byChannel: CHANNELS.map((channel) => {
        const pick = (r: Row) => r.channel === channel;
        return { channel, matters: fig(pick, matters), batches: fig(pick, matters), persons: fig(pick, persons) };
      }),
      visitBatches: fig(isVisit, matters),
      visitPersons: fig(isVisit, persons),
      byForm: [CaseForm.INDIVIDUAL, CaseForm.COLLECTIVE].map((form) => {
        const pick = (r: Row) => isVisit(r) && r.form === form;
        return { form, batches: fig(pick, matters), persons: fig(pick, persons) };
      }),
      skipLevel: [VisitLevel.BEIJING, VisitLevel.PROVINCE, VisitLevel.CITY].map((level) => {
        const pick = (r: Row) => r.level === level;
        return { level, batches: fig(pick, matters), persons: fig(pick, persons), closed: fig(pick, (r) => r.closed) };
      }),
      topCategories: topCategoryFigures,
      hotline: {
        received,
        closed: closedCalls,
        closureRate: received.value ? closedCalls.value / received.value : undefined,
        closureRateLastYear: received.lastYear ? (closedCalls.lastYear as number) / received.lastYear : undefined,
      },
    };
  }

  private filter(filter: StatisticsFilter): { where: string; params: unknown[] } {
    const clauses: string[] = [];
    const params: unknown[] = [];
    const list = (column: string, values: string[] | undefined) => {
      if (!values?.length) return;
      clauses.push(`${column} in (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    };
    list('channel', filter.channels);
    list('level_visited', filter.levels);
    if (filter.form) list('form', [filter.form]);
    if (filter.townshipId) list('township_id', [checkId(filter.townshipId, 'filter.townshipId')]);
    if (filter.leadDepartmentId) list('lead_department_id', [checkId(filter.leadDepartmentId, 'filter.leadDepartmentId')]);
    return { where: `${clauses.map((c) => `and ${c}`).join(' ')} ${this.scope.sql}`, params: [...params, ...this.scope.params] };
  }
}
