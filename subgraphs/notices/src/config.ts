import { type SubgraphConfig, loadSubgraphConfig, parseEnv } from '@lianban/kit';
import { z } from 'zod';

export const DEFAULT_PORT = 4006;

/** Outbound channels for deployments: both off unless configured (and off in the demo). */
export interface ChannelsConfig {
  /** E-mail over SMTP (nodemailer transport URL, e.g. smtps://user:pass@mail.example.gov.cn) and its sender. */
  smtp?: { url: string; from: string };
  /** The SMS gateway's webhook: a POST of JSON signed with HMAC-SHA256 of the body under `secret`. */
  smsWebhook?: { url: string; secret: string };
  /** Retries of a failed delivery, the first after `retryDelaySeconds`, then doubling (pg-boss backoff). */
  retryLimit: number;
  retryDelaySeconds: number;
}

export const NO_CHANNELS: ChannelsConfig = { retryLimit: 5, retryDelaySeconds: 30 };

export interface NoticesConfig extends SubgraphConfig {
  channels?: ChannelsConfig;
}

const channelsEnvSchema = z
  .object({
    LIANBAN_SMTP_URL: z.string().regex(/^smtps?:\/\//, { message: 'LIANBAN_SMTP_URL must be an smtp:// or smtps:// URL' }).optional(),
    LIANBAN_SMTP_FROM: z.string().email({ message: 'LIANBAN_SMTP_FROM must be an e-mail address' }).optional(),
    LIANBAN_SMS_WEBHOOK_URL: z.string().url({ message: 'LIANBAN_SMS_WEBHOOK_URL must be the URL of the SMS gateway' }).optional(),
    LIANBAN_SMS_WEBHOOK_SECRET: z.string().min(16, { message: 'LIANBAN_SMS_WEBHOOK_SECRET must be at least 16 characters' }).optional(),
    LIANBAN_NOTICE_RETRIES: z.coerce.number().int().min(0).max(20).default(5),
    LIANBAN_NOTICE_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  })
  .refine((env) => !env.LIANBAN_SMTP_URL || env.LIANBAN_SMTP_FROM, { message: 'LIANBAN_SMTP_FROM must be set with LIANBAN_SMTP_URL', path: ['LIANBAN_SMTP_FROM'] })
  .refine((env) => !env.LIANBAN_SMS_WEBHOOK_URL || env.LIANBAN_SMS_WEBHOOK_SECRET, {
    message: 'LIANBAN_SMS_WEBHOOK_SECRET must be set with LIANBAN_SMS_WEBHOOK_URL',
    path: ['LIANBAN_SMS_WEBHOOK_SECRET'],
  });

/** The outbound channels out of the environment (none when their variables are not set). */
export function channelsFrom(env: Record<string, string | undefined>): ChannelsConfig {
  const parsed = parseEnv(channelsEnvSchema, env);
  return {
    smtp: parsed.LIANBAN_SMTP_URL && parsed.LIANBAN_SMTP_FROM ? { url: parsed.LIANBAN_SMTP_URL, from: parsed.LIANBAN_SMTP_FROM } : undefined,
    smsWebhook: parsed.LIANBAN_SMS_WEBHOOK_URL && parsed.LIANBAN_SMS_WEBHOOK_SECRET ? { url: parsed.LIANBAN_SMS_WEBHOOK_URL, secret: parsed.LIANBAN_SMS_WEBHOOK_SECRET } : undefined,
    retryLimit: parsed.LIANBAN_NOTICE_RETRIES,
    retryDelaySeconds: parsed.LIANBAN_NOTICE_RETRY_DELAY_SECONDS,
  };
}

/** The only place the notices subgraph reads the environment. */
export function loadConfig(env: Record<string, string | undefined> = process.env): NoticesConfig {
  // the departments subgraph says whether a caller's token was signed out
  return { ...loadSubgraphConfig('notices', DEFAULT_PORT, env, ['departments']), channels: channelsFrom(env) };
}
