import { createHmac } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { createTransport } from 'nodemailer';
import type { ChannelsConfig } from '../config';
import { type DeliveryChannel, DeliveryStatus } from '../types/notice.enums';

/** What an outbound message says. */
export interface OutboundMessage {
  target: string;
  title: string;
  body?: string | null;
  noticeId: string;
  key: string;
}

/** Sends one message over one channel; throws when it was not accepted. */
export type Sender = (message: OutboundMessage) => Promise<void>;

/**
 * The signature header of a webhook request: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`
 * under the shared secret, so the SMS gateway can check who sent it and refuse replays of old requests.
 */
export function webhookSignature(secret: string, body: string, at: Date): string {
  const t = Math.floor(at.getTime() / 1000);
  return `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;
}

/** The senders of the configured channels (none configured: no senders, nothing goes out). */
export function sendersFor(channels: ChannelsConfig, now: () => Date = () => new Date()): Partial<Record<DeliveryChannel, Sender>> {
  const senders: Partial<Record<DeliveryChannel, Sender>> = {};
  if (channels.smtp) {
    const { url, from } = channels.smtp;
    const transport = createTransport(url);
    senders.EMAIL = async (message) => {
      await transport.sendMail({ from, to: message.target, subject: message.title, text: message.body ?? message.title });
    };
  }
  if (channels.smsWebhook) {
    const { url, secret } = channels.smsWebhook;
    senders.SMS = async (message) => {
      const body = JSON.stringify({ to: message.target, text: [message.title, message.body].filter(Boolean).join(' '), noticeId: message.noticeId, key: message.key });
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-lianban-signature': webhookSignature(secret, body, now()) },
        body,
        signal: AbortSignal.timeout(10_000),
      });
      if (!response.ok) throw new Error(`the SMS gateway answered HTTP ${response.status}`);
    };
  }
  return senders;
}

/**
 * One attempt of one delivery: sends it and records the outcome. A failure is recorded (RETRYING, or
 * FAILED after the last retry: admins list those) and thrown, so pg-boss retries it with backoff.
 */
export async function deliver(
  em: EntityManager,
  deliveryId: string,
  attempt: { retryCount: number; retryLimit: number },
  senders: Partial<Record<DeliveryChannel, Sender>>,
  now: () => Date = () => new Date(),
): Promise<void> {
  const [row] = await em.getConnection().execute<{ channel: DeliveryChannel; target: string; status: DeliveryStatus; title: string; body: string | null; notice_id: string; key: string }[]>(
    `select d.channel, d.target, d.status, n.title, n.body, n.id as notice_id, n.key
     from "notices"."notice_delivery" d join "notices"."notice" n on n.id = d.notice_id where d.id = ?`,
    [deliveryId],
  );
  // gone, or already sent by an earlier delivery of the same job: nothing to do
  if (!row || row.status === DeliveryStatus.SENT) return;
  const send = senders[row.channel];
  try {
    if (!send) throw new Error(`the ${row.channel} channel is not configured`);
    await send({ target: row.target, title: row.title, body: row.body, noticeId: row.notice_id, key: row.key });
  } catch (error) {
    const last = attempt.retryCount >= attempt.retryLimit;
    await em.getConnection().execute(
      `update "notices"."notice_delivery" set status = ?, attempts = attempts + 1, last_error = ?, updated_at = ? where id = ?`,
      [last ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING, (error instanceof Error ? error.message : String(error)).slice(0, 1000), now(), deliveryId],
    );
    throw error;
  }
  await em.getConnection().execute(
    `update "notices"."notice_delivery" set status = ?, attempts = attempts + 1, last_error = null, updated_at = ? where id = ?`,
    [DeliveryStatus.SENT, now(), deliveryId],
  );
}
