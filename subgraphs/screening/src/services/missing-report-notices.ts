import { type JobsConfig, type NoticeJob, type NoticePublisher, type PgBoss, ensureQueue } from '@lianban/kit';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';

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
  await ensureQueue(boss, MISSING_REPORT_SCAN_QUEUE, { policy: 'singleton', retryLimit: 3, retryDelay: 60, expireInSeconds: 900 });
  if (jobs.schedules !== false) await boss.schedule(MISSING_REPORT_SCAN_QUEUE, MISSING_REPORT_SCAN_CRON, {}, { tz: 'Asia/Shanghai', missed: 'once' });
  const scan = () => scanMissingDailyReports(orm.em.fork(), now(), publisher);
  await boss.work(MISSING_REPORT_SCAN_QUEUE, { pollingIntervalSeconds: Math.max(jobs.pollingIntervalSeconds, 5) }, async () => {
    await scan();
  });
  return scan;
}
