import { NOTICE_KINDS } from '@lianban/kit';
import { registerEnumType } from 'type-graphql';

/** What a notice is about (the kit's `NOTICE_KINDS`, the contract with the subgraphs that produce them). */
export const NoticeKind = Object.fromEntries(NOTICE_KINDS.map((kind) => [kind, kind])) as { [K in (typeof NOTICE_KINDS)[number]]: K };
export type NoticeKind = (typeof NOTICE_KINDS)[number];

registerEnumType(NoticeKind, {
  name: 'NoticeKind',
  description: '通知类别',
  valuesConfig: {
    CLOCK_HALF_USED: { description: '时限过半' },
    CLOCK_THREE_QUARTERS_USED: { description: '时限已用75%' },
    CLOCK_OVERDUE: { description: '超期' },
    CASE_ASSIGNED: { description: '交办 (牵头)' },
    TASK_ASSIGNED: { description: '协办任务' },
    CASE_SUPERVISED: { description: '督办' },
    REPORT_MISSING: { description: '漏报 (排查、日报告)' },
    MEETING_NOTICE: { description: '会议通知' },
  },
});

/** An outbound channel. */
export enum DeliveryChannel {
  /** 电子邮件 (SMTP) */
  EMAIL = 'EMAIL',
  /** 短信 (the SMS gateway's webhook) */
  SMS = 'SMS',
}

export enum DeliveryStatus {
  /** waiting for its first attempt */
  PENDING = 'PENDING',
  SENT = 'SENT',
  /** failed, a retry is scheduled */
  RETRYING = 'RETRYING',
  /** every retry failed */
  FAILED = 'FAILED',
}

registerEnumType(DeliveryChannel, { name: 'DeliveryChannel', valuesConfig: { EMAIL: { description: '电子邮件' }, SMS: { description: '短信' } } });
registerEnumType(DeliveryStatus, { name: 'DeliveryStatus', description: '外发状态' });
