import { registerEnumType } from 'type-graphql';

/** 例会 (numbered monthly session) or 专题/临时会议 (called before a sensitive period). */
export enum MeetingKind {
  REGULAR = 'REGULAR',
  EXTRA = 'EXTRA',
}

export enum MeetingStatus {
  /** 已排期 */
  SCHEDULED = 'SCHEDULED',
  /** 已召开 */
  HELD = 'HELD',
  /** 已取消 */
  CANCELLED = 'CANCELLED',
}

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesConfig: { REGULAR: { description: '例会' }, EXTRA: { description: '专题会议' } },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesConfig: { SCHEDULED: { description: '已排期' }, HELD: { description: '已召开' }, CANCELLED: { description: '已取消' } },
});
