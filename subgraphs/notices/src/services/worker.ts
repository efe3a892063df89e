import { type JobsConfig, NOTICE_QUEUE, NOTICE_QUEUE_OPTIONS, type NoticeJob, type PgBoss, ensureQueue } from '@lianban/kit';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { ChannelsConfig } from '../config';
import { DELIVERY_QUEUE, writeNotices } from './consumer';
import { deliver, sendersFor } from './delivery';

/**
 * The notices subgraph's consumers: notices from every producer into the inboxes (a batch at a time),
 * and the outbound deliveries with their retries. Both queues are created when missing.
 */
export async function startNoticeWorkers(boss: PgBoss, orm: MikroORM, jobs: JobsConfig, channels: ChannelsConfig): Promise<void> {
  await ensureQueue(boss, NOTICE_QUEUE, NOTICE_QUEUE_OPTIONS);
  await ensureQueue(boss, DELIVERY_QUEUE, { retryLimit: channels.retryLimit, retryDelay: channels.retryDelaySeconds, retryBackoff: true, expireInSeconds: 120 });
  await boss.work<NoticeJob>(NOTICE_QUEUE, { batchSize: 50, pollingIntervalSeconds: jobs.pollingIntervalSeconds }, async (batch) => {
    await writeNotices(orm.em.fork(), batch.map((job) => job.data), channels, boss);
  });
  const senders = sendersFor(channels);
  await boss.work<{ deliveryId: string }>(
    DELIVERY_QUEUE,
    { pollingIntervalSeconds: jobs.pollingIntervalSeconds, includeMetadata: true },
    async ([job]) => {
      const { retryCount, retryLimit } = job as unknown as { retryCount: number; retryLimit: number };
      await deliver(orm.em.fork(), job.data.deliveryId, { retryCount, retryLimit }, senders);
    },
  );
}
