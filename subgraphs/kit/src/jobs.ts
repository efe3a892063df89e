import type { EntityManager } from '@mikro-orm/postgresql';
import { type Db, type KyselyTransactionLike, PgBoss, fromKysely } from 'pg-boss';
import { z } from 'zod';
import type { Logger } from 'pino';

/**
 * The durable job queue of the platform: pg-boss on the PostgreSQL the platform already has, in a
 * schema of its own (`pgboss` unless `LIANBAN_JOBS_SCHEMA` says otherwise). pg-boss creates and upgrades
 * that schema itself when it starts.
 */
export interface JobsConfig {
  schema: string;
  /** How often an idle worker looks for jobs (pg-boss `pollingIntervalSeconds`, at least 0.5). */
  pollingIntervalSeconds: number;
  /**
   * How often pg-boss looks for jobs whose worker died (expired) and keeps its queues (pg-boss
   * `superviseIntervalSeconds` and `monitorIntervalSeconds`; default 60, tests shorten it).
   */
  superviseIntervalSeconds?: number;
  /** false: work jobs, but schedule nothing periodic (tests run a scan themselves, at the time they choose). */
  schedules?: boolean;
}

/** The job queue's environment: on by default; `LIANBAN_JOBS=off` runs a subgraph without background work. */
export const jobsEnvSchema = z.object({
  LIANBAN_JOBS: z.enum(['on', 'off'], { message: 'LIANBAN_JOBS must be on or off' }).default('on'),
  LIANBAN_JOBS_SCHEMA: z.string().regex(/^[a-z_][a-z0-9_]{0,62}$/, { message: 'LIANBAN_JOBS_SCHEMA must be a PostgreSQL schema name (lower case)' }).default('pgboss'),
  LIANBAN_JOBS_POLL_SECONDS: z.coerce.number({ message: 'LIANBAN_JOBS_POLL_SECONDS must be a number of seconds from 0.5' }).min(0.5, { message: 'LIANBAN_JOBS_POLL_SECONDS must be a number of seconds from 0.5' }).default(2),
});

/** The job queue settings out of parsed environment variables; undefined when jobs are off. */
export function jobsConfigFrom(parsed: z.infer<typeof jobsEnvSchema>): JobsConfig | undefined {
  if (parsed.LIANBAN_JOBS === 'off') return undefined;
  return { schema: parsed.LIANBAN_JOBS_SCHEMA, pollingIntervalSeconds: parsed.LIANBAN_JOBS_POLL_SECONDS };
}

export type { PgBoss } from 'pg-boss';

/**
 * Starts a pg-boss instance on `databaseUrl`: a small pool of its own, maintenance and schedules on
 * (several instances share them safely), errors logged. Stop it with `stopJobQueue`.
 */
export async function startJobQueue(databaseUrl: string, config: JobsConfig, logger: Logger): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: databaseUrl,
    schema: config.schema,
    max: 3,
    application_name: 'lianban-jobs',
    ...(config.superviseIntervalSeconds ? { superviseIntervalSeconds: config.superviseIntervalSeconds, monitorIntervalSeconds: config.superviseIntervalSeconds } : {}),
  });
  boss.on('error', (error: unknown) => logger.error({ err: error }, 'job queue error'));
  await boss.start();
  return boss;
}

/** Stops workers, timers and the pool of a pg-boss instance (without waiting for jobs in hand: they are retried). */
export async function stopJobQueue(boss: PgBoss): Promise<void> {
  await boss.stop({ graceful: false, close: true, timeout: 5000 });
}

/** Creates a queue unless it exists (pg-boss keeps the options of the first creation). */
export async function ensureQueue(boss: PgBoss, name: string, options: Parameters<PgBoss['createQueue']>[1] = {}): Promise<void> {
  if (!(await boss.getQueue(name))) await boss.createQueue(name, options);
}

/**
 * A periodic pass on the job queue (a scan for clock thresholds, missed reports…): scheduled on `cron`,
 * China time, a pass missed while every process was down runs once; one pass at a time across every
 * process (a `singleton` queue), retried when it fails. Returns `pass`, to run one now (tests, operators).
 */
export async function schedulePeriodicPass<T>(boss: PgBoss, queue: string, cron: string, jobs: JobsConfig, pass: () => Promise<T>): Promise<() => Promise<T>> {
  await ensureQueue(boss, queue, { policy: 'singleton', retryLimit: 3, retryDelay: 60, expireInSeconds: 900 });
  if (jobs.schedules !== false) await boss.schedule(queue, cron, {}, { tz: 'Asia/Shanghai', missed: 'once' });
  await boss.work(queue, { pollingIntervalSeconds: Math.max(jobs.pollingIntervalSeconds, 5) }, async () => {
    await pass();
  });
  return pass;
}

/**
 * The connection of `em`'s transaction as a pg-boss database, so a job is sent in the same transaction as
 * the write that caused it: the worker sees it only once that write commits, and a write that commits
 * never loses its job. (MikroORM runs its transactions on Kysely, which pg-boss has an adapter for.)
 */
export function transactionDatabase(em: EntityManager): Db {
  const transaction = em.getTransactionContext<KyselyTransactionLike>();
  if (!transaction) throw new Error('jobs are sent inside the transaction of the write that causes them: call this within em.transactional');
  return fromKysely(transaction);
}
