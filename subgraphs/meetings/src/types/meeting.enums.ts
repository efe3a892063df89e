import { registerEnumType } from 'type-graphql';

/** 例会 (numbered monthly session) or 专题/临时会议 (called before a sensitive period). */
export enum MeetingKind {
  REGULAR = 'REGULAR',
  EXTRA = 'EXTRA',
}

/**
 * A session's life: 计划中 planned (on the list, not yet fixed in time) -> 已排期 scheduled (time and room
 * fixed and notified) -> 已召开 held -> 纪要已印发 minutes published; or 已取消 cancelled with a reason.
 */
export enum MeetingStatus {
  /** 计划中 */
  PLANNED = 'PLANNED',
  /** 已排期 */
  SCHEDULED = 'SCHEDULED',
  /** 已召开 */
  HELD = 'HELD',
  /** 纪要已印发 */
  MINUTES_PUBLISHED = 'MINUTES_PUBLISHED',
  /** 已取消 */
  CANCELLED = 'CANCELLED',
}

registerEnumType(MeetingKind, {
  name: 'MeetingKind',
  valuesConfig: { REGULAR: { description: '例会' }, EXTRA: { description: '专题会议' } },
});
registerEnumType(MeetingStatus, {
  name: 'MeetingStatus',
  valuesConfig: {
    PLANNED: { description: '计划中' },
    SCHEDULED: { description: '已排期' },
    HELD: { description: '已召开' },
    MINUTES_PUBLISHED: { description: '纪要已印发' },
    CANCELLED: { description: '已取消' },
  },
});

/** 督查: where a decision of a session stands. */
export enum DecisionStatus {
  /** 待落实: before its deadline, not yet carried out */
  PENDING = 'PENDING',
  /** 已落实: the case was replied to or closed by the deadline, or the office recorded evidence */
  CARRIED_OUT = 'CARRIED_OUT',
  /** 逾期未落实 */
  OVERDUE = 'OVERDUE',
}

registerEnumType(DecisionStatus, {
  name: 'DecisionStatus',
  valuesConfig: {
    PENDING: { description: '待落实' },
    CARRIED_OUT: { description: '已落实' },
    OVERDUE: { description: '逾期未落实' },
  },
});
