import { type JobsConfig, type NoticeJob, type NoticePublisher, type PgBoss, type WorkCalendar, officialCalendar, schedulePeriodicPass, selectPlain } from '@lianban/kit';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { ScreeningCadenceRule } from '../entities/screening-report.entity';
import type { Cadence } from '../types/screening.enums';
import { type Cycle, cycleLabel, dueAt, lastCycleDue } from './cycles';
import { DEFAULT_CADENCES, SCREENING_KINDS } from './screening.service';

/** The queue of the periodic missing-report scan (漏报提醒). */
export const MISSING_REPORT_SCAN_QUEUE = 'screening.missing-report-scan';
/** Every 15 minutes, China time: a unit hears of its missing daily report within a quarter of an hour of the cut-off. */
export const MISSING_REPORT_SCAN_CRON = '*/15 * * * *';

/** 10:00 out of minutes after midnight. */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * 漏报: each unit concerned by a sensitive period that has no daily report for a day whose cut-off passed
 * (the same rule as `dailyReportStatus`'s MISSING) gets one REPORT_MISSING notice for that day. One
 * statement finds every such (period, unit, day) not yet notified and records it in `report_notice`; the
 * rows it recorded, and only those, are published in the same transaction, so a re-run, a second process
 * or a restart sends nothing again and a pass that fails sends nothing at all. A report filed late after
 * the notice does not take it back. Returns the number of notices sent.
 */
export async function scanMissingDailyReports(em: EntityManager, now: Date, publisher: NoticePublisher): Promise<number> {
  return em.transactional(async (tx) => {
    const rows = await tx.execute<{ key: string; unit_id: string; period_id: string; name: string; day: string; cutoff_minutes: number }[]>(
      `with owed as (
         select 'daily:' || p.id || ':' || u.unit_id || ':' || to_char(d, 'YYYY-MM-DD') as key, u.unit_id, p.id as period_id, p.name,
                to_char(d, 'YYYY-MM-DD') as day, p.cutoff_minutes
         from "screening"."sensitive_period" p
         join "screening"."sensitive_period_unit" u on u.period_id = p.id
         cross join lateral generate_series(p.starts_on::timestamp, p.ends_on::timestamp, interval '1 day') as d
         where p.starts_on <= (?::timestamptz at time zone 'Asia/Shanghai')::date
           and (d + p.cutoff_minutes * interval '1 minute') at time zone 'Asia/Shanghai' < ?::timestamptz
           and not exists (select 1 from "screening"."daily_report" r where r.period_id = p.id and r.unit_id = u.unit_id and r.day = d::date)
       ), recorded as (
         insert into "screening"."report_notice" (key, unit_id, notified_at)
         select key, unit_id, ?::timestamptz from owed
         on conflict do nothing
         returning key
       )
       select owed.* from owed join recorded on recorded.key = owed.key order by owed.day, owed.key`,
      [now, now, now],
    );
    const notices: NoticeJob[] = rows.map((row) => ({
      key: row.key,
      kind: 'REPORT_MISSING',
      unitIds: [row.unit_id],
      title: `${row.name}：${Number(row.day.slice(8))}日报告未按时报送（截止${clock(Number(row.cutoff_minutes))}）`,
      body: `${row.day} 的日报告（或零报告）请尽快补报`,
      subject: { type: 'SensitivePeriod', id: row.period_id, label: row.name },
      occurredAt: now.toISOString(),
    }));
    await publisher.publish(tx, notices);
    return notices.length;
  });
}

/** 11月27日 out of 2026-11-27. */
function monthDay(day: string): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8))}日`;
}

/**
 * 排查报告漏报: each active unit of the roster (ADR 0012) that has no screening report for the last cycle
 * of its kind's cadence that fell due gets one REPORT_MISSING notice for it. Only that cycle counts, and
 * only when it fell due after the unit came on the roster active with its kind (`owes_since`) and after the
 * bureau last set the kind's cadence: a unit created today, a first start on years of history or a scan
 * resumed after weeks away sends at most one notice per unit, never one per old cycle (those stay on
 * `missingScreeningReports`). The same pattern as the daily reports: one statement finds the owed (unit,
 * cycle) pairs not yet notified and records them in `report_notice` (key `screening:<unitId>:<cycle>`);
 * the rows recorded, only those, are published in the same transaction. Returns the number sent.
 */
export async function scanMissingScreeningReports(
  em: EntityManager,
  now: Date,
  publisher: NoticePublisher,
  calendar: WorkCalendar = officialCalendar(),
): Promise<number> {
  return em.transactional(async (tx) => {
    const rules = await selectPlain(tx, ScreeningCadenceRule, '');
    const owed = SCREENING_KINDS.flatMap((kind) => {
      const rule = rules.find((r) => r.unitKind === kind);
      const cadence = (rule?.cadence ?? DEFAULT_CADENCES[kind]) as Cadence;
      const cycle = lastCycleDue(cadence, now, calendar);
      const due = dueAt(cycle);
      // a cadence set after the cycle fell due did not apply to it
      if (rule && rule.setAt >= due) return [];
      return [{ kind, cycle_key: cycle.key, due_at: due.toISOString(), cycle }];
    });
    if (!owed.length) return 0;
    const rows = await tx.execute<{ key: string; unit_id: string; cycle_key: string }[]>(
      `with owed as (
         select 'screening:' || u.id || ':' || o.cycle_key as key, u.id as unit_id, o.cycle_key
         from jsonb_to_recordset(?::jsonb) as o(kind varchar(20), cycle_key varchar(10), due_at timestamptz)
         join "screening"."unit" u on u.kind = o.kind and u.active and u.owes_since < o.due_at
         where o.due_at < ?::timestamptz
           and not exists (select 1 from "screening"."screening_report" r where r.unit_id = u.id and r.cycle_key = o.cycle_key)
       ), recorded as (
         insert into "screening"."report_notice" (key, unit_id, notified_at)
         select key, unit_id, ?::timestamptz from owed
         on conflict do nothing
         returning key
       )
       select owed.* from owed join recorded on recorded.key = owed.key order by owed.cycle_key, owed.key`,
      [JSON.stringify(owed.map(({ cycle: _cycle, ...o }) => o)), now, now],
    );
    const cycles = new Map(owed.map((o) => [o.cycle_key, o.cycle]));
    const notices: NoticeJob[] = rows.map((row) => {
      const cycle = cycles.get(row.cycle_key) as Cycle;
      return {
        key: row.key,
        kind: 'REPORT_MISSING',
        unitIds: [row.unit_id],
        title: `排查报告漏报：${cycleLabel(cycle)}（应于${monthDay(cycle.dueOn)}前报送）`,
        body: `${cycle.startsOn}至${cycle.endsOn}的排查报告尚未报送，请尽快补报（未发现不稳定因素的报“无”）`,
        subject: { type: 'ScreeningCycle', id: cycle.key, label: cycleLabel(cycle) },
        occurredAt: now.toISOString(),
      };
    });
    await publisher.publish(tx, notices);
    return notices.length;
  });
}

/**
 * Schedules the missing-report scan on the job queue and works it, one pass at a time across every
 * process (a `singleton` queue). Returns a function running a pass now (tests, operators).
 */
export async function startMissingReportScan(
  boss: PgBoss,
  orm: MikroORM,
  publisher: NoticePublisher,
  jobs: JobsConfig,
  now: () => Date = () => new Date(),
): Promise<() => Promise<number>> {
  const calendar = officialCalendar();
  // a pass: the daily reports, then the screening reports, each in its own transaction
  return schedulePeriodicPass(boss, MISSING_REPORT_SCAN_QUEUE, MISSING_REPORT_SCAN_CRON, jobs, async () => {
    const at = now();
    return (await scanMissingDailyReports(orm.em.fork(), at, publisher)) + (await scanMissingScreeningReports(orm.em.fork(), at, publisher, calendar));
  });
}
