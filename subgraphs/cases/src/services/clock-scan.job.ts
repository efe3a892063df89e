import { type JobsConfig, type NoticePublisher, officialCalendar, schedulePeriodicPass } from '@lianban/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { PgBoss } from '@lianban/kit';
import { scanClockThresholds } from './notices';

/** The queue of the periodic clock scan (预警). */
export const CLOCK_SCAN_QUEUE = 'cases.clock-scan';
/**
 * Every 15 minutes, China time: thresholds are crossed at the turn of a China-time day, so a notice
 * arrives within a quarter of an hour of it; a pass missed while the subgraph was down runs once.
 */
export const CLOCK_SCAN_CRON = '*/15 * * * *';

/**
 * Schedules the clock scan on the job queue and works it: one pass at a time across every process
 * (a `singleton` queue), each pass set-based (see `scanClockThresholds`). Returns a function running a
 * pass now (tests, and operators after loading old records).
 */
export async function startClockScan(
  boss: PgBoss,
  orm: MikroORM,
  publisher: NoticePublisher,
  jobs: JobsConfig,
  now: () => Date = () => new Date(),
): Promise<() => Promise<number>> {
  const calendar = officialCalendar();
  return schedulePeriodicPass(boss, CLOCK_SCAN_QUEUE, CLOCK_SCAN_CRON, jobs, () => scanClockThresholds(orm.em.fork(), calendar, now(), publisher));
}
