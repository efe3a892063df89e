import { randomUUID } from 'node:crypto';
import { type NoticeJob, type PgBoss, transactionDatabase } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { ChannelsConfig } from '../config';
import { DeliveryChannel } from '../types/notice.enums';

/** The queue of outbound deliveries (e-mail, SMS): one job per notice, person and channel. */
export const DELIVERY_QUEUE = 'notices.deliver';

/**
 * Writes the notices of a batch of jobs, each once per addressee whatever the number of times a job is
 * delivered (`on conflict do nothing` on `(key, addressee)`), and, for the notices actually written, the
 * outbound deliveries to the contacts of their addressees with their jobs, all in one transaction: a
 * redelivered job writes nothing twice and sends nothing twice. Returns the number of notices written.
 */
export async function writeNotices(em: EntityManager, jobs: NoticeJob[], channels: ChannelsConfig, boss: PgBoss | null, now = new Date()): Promise<number> {
  const rows = jobs.flatMap((job) =>
    [...new Set([...job.unitIds.map((id) => `unit:${id}`), ...(job.personIds ?? []).map((id) => `person:${id}`)])].map((addressee) => ({
      id: randomUUID(),
      key: job.key,
      addressee,
      kind: job.kind,
      title: job.title.slice(0, 200),
      body: job.body ?? null,
      subject_type: job.subject?.type ?? null,
      subject_id: job.subject?.id ?? null,
      subject_label: job.subject?.label ?? null,
      occurred_at: job.occurredAt,
      created_at: now.toISOString(),
    })),
  );
  if (rows.length === 0) return 0;
  return em.transactional(async (tx) => {
    const written = await tx.execute<{ id: string; addressee: string }[]>(
      `insert into "notices"."notice" (id, key, addressee, kind, title, body, subject_type, subject_id, subject_label, occurred_at, created_at)
       select id, key, addressee, kind, title, body, subject_type, subject_id, subject_label, occurred_at, created_at
       from jsonb_to_recordset(?::jsonb) as r(id uuid, key varchar(200), addressee varchar(60), kind varchar(40), title varchar(200), body text,
         subject_type varchar(40), subject_id varchar(64), subject_label varchar(100), occurred_at timestamptz, created_at timestamptz)
       on conflict (key, addressee) do nothing returning id, addressee`,
      [JSON.stringify(rows)],
    );
    const outbound = [channels.smtp ? DeliveryChannel.EMAIL : null, channels.smsWebhook ? DeliveryChannel.SMS : null].filter((c): c is DeliveryChannel => c !== null);
    if (written.length > 0 && outbound.length > 0 && boss) {
      const deliveries = await tx.execute<{ id: string }[]>(
        `insert into "notices"."notice_delivery" (id, notice_id, person_id, channel, target, status, attempts, created_at, updated_at)
         select gen_random_uuid(), w.id, c.person_id, ch.channel::"notices"."delivery_channel",
           case ch.channel when 'EMAIL' then c.email else c.mobile end, 'PENDING', 0, ?, ?
         from jsonb_to_recordset(?::jsonb) as w(id uuid, addressee varchar(60))
         join "notices"."notice_contact" c on w.addressee = 'unit:' || c.unit_id or w.addressee = 'person:' || c.person_id
         cross join (select unnest(string_to_array(?, ',')) as channel) ch
         where (ch.channel = 'EMAIL' and c.email is not null) or (ch.channel = 'SMS' and c.mobile is not null)
         on conflict do nothing returning id`,
        [now, now, JSON.stringify(written), outbound.join(',')],
      );
      const db = transactionDatabase(tx);
      for (const delivery of deliveries) {
        await boss.send(DELIVERY_QUEUE, { deliveryId: delivery.id }, {
          singletonKey: `delivery:${delivery.id}`, retryLimit: channels.retryLimit, retryDelay: channels.retryDelaySeconds, retryBackoff: true, retryDelayMax: 6 * 3600, db,
        });
      }
    }
    return written.length;
  });
}
