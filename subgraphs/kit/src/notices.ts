import type { EntityManager } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import { ensureQueue, transactionDatabase } from './jobs';

/**
 * The notices contract between the subgraphs where facts happen (producers: cases today; screening
 * reports, daily reports and meetings later) and the notices subgraph (the consumer, which writes each
 * person's inbox). A producer sends a `NoticeJob` to `NOTICE_QUEUE` in the transaction of the write that
 * caused it; the consumer writes it at most once per `key` and addressee, so a job sent or delivered twice
 * makes one notice.
 */
export const NOTICE_QUEUE = 'notices.produce';

/**
 * What a notice is about. Adding a kind: add it here and to the notices subgraph's `NoticeKind` enum, then
 * publish it from where the fact is.
 */
export const NOTICE_KINDS = [
  /** 时限过半: 50% of a clock's time used */
  'CLOCK_HALF_USED',
  /** 时限已用75% */
  'CLOCK_THREE_QUARTERS_USED',
  /** 超期 */
  'CLOCK_OVERDUE',
  /** 交办: the unit was made lead unit (牵头) of a case */
  'CASE_ASSIGNED',
  /** 协办任务: the unit was given a cooperating task */
  'TASK_ASSIGNED',
  /** 督办/挂牌督办 of a case the unit leads */
  'CASE_SUPERVISED',
  /** 漏报: a screening or daily report the unit has not filed (screening) */
  'REPORT_MISSING',
  /** 会议通知 (meetings, later) */
  'MEETING_NOTICE',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

export interface NoticeJob {
  /**
   * Unique per fact: the notice is produced once for it whatever happens to the job, e.g.
   * `clock:<caseId>:<clock>:<threshold>`, `assigned:<taskId>`, `supervision:<supervisionId>`.
   */
  key: string;
  kind: NoticeKind;
  /** Units whose people get it in their inbox (a unit's liaisons, the bureau's registrars, ...). */
  unitIds: string[];
  /** People who get it in person, besides the units' people. */
  personIds?: string[];
  /** One line for the inbox, in Chinese (e.g. `XF2026-000123 办理时限已过半`). */
  title: string;
  body?: string;
  /** What it is about, so a client can open it (e.g. `{ type: 'Case', id, label: 'XF2026-000123' }`). */
  subject?: { type: string; id: string; label?: string };
  /** When the fact happened (ISO 8601). */
  occurredAt: string;
}

/** Sends notices in the transaction of the write that caused them (see `transactionDatabase`). */
export interface NoticePublisher {
  publish(em: EntityManager, notices: NoticeJob[]): Promise<void>;
}

/** A publisher that sends nothing: a subgraph run without the job queue (`LIANBAN_JOBS=off`, in-process tests). */
export const NO_NOTICES: NoticePublisher = { publish: async () => undefined };

/**
 * Queue options of `NOTICE_QUEUE`: a job the consumer fails on (its database away) is retried with
 * backoff for about a day; one whose consumer died holding it is handed out again after 5 minutes.
 */
export const NOTICE_QUEUE_OPTIONS = { retryLimit: 20, retryDelay: 5, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 300 } as const;

/** A publisher on a started pg-boss instance; creates the queue when it is missing. */
export async function noticePublisher(boss: PgBoss): Promise<NoticePublisher> {
  await ensureQueue(boss, NOTICE_QUEUE, NOTICE_QUEUE_OPTIONS);
  return {
    async publish(em, notices) {
      if (notices.length === 0) return;
      const db = transactionDatabase(em);
      for (const notice of notices) await boss.send(NOTICE_QUEUE, notice, { singletonKey: notice.key, db });
    },
  };
}
