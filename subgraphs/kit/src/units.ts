import type { EntityManager } from '@mikro-orm/postgresql';
import type { PgBoss } from 'pg-boss';
import { ensureQueue, transactionDatabase } from './jobs';

/**
 * The unit roster contract (ADR 0012): the departments subgraph, which owns the units, publishes what
 * background work elsewhere needs to know of them (which exist, their kind, whether they are active, their
 * name) to `UNIT_QUEUE`; a subgraph whose workers act for units without a caller (the screening subgraph's
 * missing-report scan) keeps a copy. Each unit carries its `version` (the departments table's optimistic
 * lock, raised by every change): the copy keeps the highest version it saw, so a job delivered twice or
 * out of order changes nothing.
 */
export const UNIT_QUEUE = 'departments.units';

/** A unit as the roster knows it. */
export interface RosterUnitRecord {
  id: string;
  /** LEADERSHIP, DEPARTMENT, TOWNSHIP or STREET (the departments subgraph's `DepartmentKind`). */
  kind: string;
  active: boolean;
  name: string;
  /** Raised by every change of the unit: the newer of two records of a unit is the one with the higher version. */
  version: number;
}

export interface UnitRosterJob {
  units: RosterUnitRecord[];
  /** true: a part of the full list sent when the departments subgraph's background work starts. */
  snapshot?: boolean;
}

/** Sends the units a write changed, in the transaction of that write (see `transactionDatabase`). */
export interface UnitRosterPublisher {
  publish(em: EntityManager, units: RosterUnitRecord[]): Promise<void>;
}

/** A publisher that sends nothing: the departments subgraph run without the job queue. */
export const NO_UNIT_UPDATES: UnitRosterPublisher = { publish: async () => undefined };

/**
 * Queue options of `UNIT_QUEUE`: retried with backoff for about a day when the consumer's database is
 * away; a job whose consumer died holding it is handed out again after 5 minutes.
 */
export const UNIT_QUEUE_OPTIONS = { retryLimit: 20, retryDelay: 5, retryBackoff: true, retryDelayMax: 3600, expireInSeconds: 300 } as const;

/** Units per snapshot job: a city's directory (a few thousand units) is a handful of jobs. */
const SNAPSHOT_CHUNK = 500;

/** A publisher of unit changes on a started pg-boss instance; creates the queue when it is missing. */
export async function unitRosterPublisher(boss: PgBoss): Promise<UnitRosterPublisher> {
  await ensureQueue(boss, UNIT_QUEUE, UNIT_QUEUE_OPTIONS);
  return {
    async publish(em, units) {
      if (units.length === 0) return;
      await boss.send(UNIT_QUEUE, { units } satisfies UnitRosterJob, { db: transactionDatabase(em) });
    },
  };
}

/**
 * Sends every unit as it is now (a fresh or out-of-date copy fills from it). Outside any transaction: a
 * change committed meanwhile has its own job with a higher version, which wins whatever the order.
 * Returns the number of jobs sent.
 */
export async function sendUnitSnapshot(boss: PgBoss, units: RosterUnitRecord[]): Promise<number> {
  await ensureQueue(boss, UNIT_QUEUE, UNIT_QUEUE_OPTIONS);
  let jobs = 0;
  for (let i = 0; i < units.length; i += SNAPSHOT_CHUNK) {
    await boss.send(UNIT_QUEUE, { units: units.slice(i, i + SNAPSHOT_CHUNK), snapshot: true } satisfies UnitRosterJob);
    jobs += 1;
  }
  return jobs;
}
