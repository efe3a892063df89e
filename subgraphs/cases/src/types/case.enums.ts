import { registerEnumType } from 'type-graphql';

/** 渠道: how a matter reached the petition office. */
export enum Channel {
  /** 来信 */
  LETTER = 'LETTER',
  /** 来访 */
  VISIT = 'VISIT',
  /** 来电, including 区长信访电话 and 12345 */
  PHONE = 'PHONE',
  /** 网上信访 */
  ONLINE = 'ONLINE',
  /** 领导接访 */
  LEADER_RECEPTION = 'LEADER_RECEPTION',
  /** 上级交办 */
  ASSIGNED_FROM_ABOVE = 'ASSIGNED_FROM_ABOVE',
}

/** 个人访 or 集体访 (5 or more people). */
export enum CaseForm {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
}

/** 访别: the level the petitioners went to; above DISTRICT is a skip-level visit (越级访). */
export enum VisitLevel {
  /** 到区 */
  DISTRICT = 'DISTRICT',
  /** 到市 */
  CITY = 'CITY',
  /** 赴省 */
  PROVINCE = 'PROVINCE',
  /** 进京 */
  BEIJING = 'BEIJING',
}

/** Where a matter is in its lifecycle. */
export enum CaseStatus {
  /** 登记 */
  REGISTERED = 'REGISTERED',
  /** 受理 */
  ACCEPTED = 'ACCEPTED',
  /** 不予受理 */
  NOT_ACCEPTED = 'NOT_ACCEPTED',
  /** 交办/转办 */
  ASSIGNED = 'ASSIGNED',
  /** 签收 */
  SIGNED_FOR = 'SIGNED_FOR',
  /** 办理中 */
  IN_PROGRESS = 'IN_PROGRESS',
  /** 答复 */
  REPLIED = 'REPLIED',
  /** 办结 */
  CLOSED = 'CLOSED',
  /** 归档 */
  ARCHIVED = 'ARCHIVED',
  /** 复查 */
  UNDER_REVIEW = 'UNDER_REVIEW',
  /** 复核 */
  UNDER_RE_REVIEW = 'UNDER_RE_REVIEW',
  /** 终结: the same facts and reasons are not accepted again */
  TERMINATED = 'TERMINATED',
}

/** Statuses in which nobody has to act any more. */
export const FINISHED_STATUSES = [CaseStatus.NOT_ACCEPTED, CaseStatus.CLOSED, CaseStatus.ARCHIVED, CaseStatus.TERMINATED];

/** 一般/急/特急 */
export enum Priority {
  NORMAL = 'NORMAL',
  URGENT = 'URGENT',
  VERY_URGENT = 'VERY_URGENT',
}

registerEnumType(Channel, {
  name: 'Channel',
  description: '渠道',
  valuesConfig: {
    LETTER: { description: '来信' },
    VISIT: { description: '来访' },
    PHONE: { description: '来电 (区长信访电话, 12345)' },
    ONLINE: { description: '网上信访' },
    LEADER_RECEPTION: { description: '领导接访' },
    ASSIGNED_FROM_ABOVE: { description: '上级交办' },
  },
});
registerEnumType(CaseForm, {
  name: 'CaseForm',
  valuesConfig: { INDIVIDUAL: { description: '个人访' }, COLLECTIVE: { description: '集体访 (5人及以上)' } },
});
registerEnumType(VisitLevel, {
  name: 'VisitLevel',
  description: '访别',
  valuesConfig: {
    DISTRICT: { description: '到区' },
    CITY: { description: '到市' },
    PROVINCE: { description: '赴省' },
    BEIJING: { description: '进京' },
  },
});
registerEnumType(CaseStatus, { name: 'CaseStatus', description: '办理状态' });
registerEnumType(Priority, {
  name: 'Priority',
  valuesConfig: { NORMAL: { description: '一般' }, URGENT: { description: '急' }, VERY_URGENT: { description: '特急' } },
});

/** 满意度: the petitioner's verdict on the reply. */
export enum Satisfaction {
  SATISFIED = 'SATISFIED',
  BASICALLY_SATISFIED = 'BASICALLY_SATISFIED',
  DISSATISFIED = 'DISSATISFIED',
}

/** A unit's part in a case. */
export enum TaskRole {
  /** 牵头单位: owns the reply */
  LEAD = 'LEAD',
  /** 协办/配合单位: has its own sub-task */
  COOPERATING = 'COOPERATING',
}

export enum TaskStatus {
  /** 待签收 */
  ASSIGNED = 'ASSIGNED',
  /** 已签收 */
  SIGNED_FOR = 'SIGNED_FOR',
  /** 已办结 (result reported) */
  DONE = 'DONE',
  /** 已撤回 (reassigned to another unit) */
  WITHDRAWN = 'WITHDRAWN',
}

/** 督办方式 */
export enum SupervisionMethod {
  PHONE = 'PHONE',
  HEARING_HANDLER = 'HEARING_HANDLER',
  TALKING_TO_PETITIONER = 'TALKING_TO_PETITIONER',
  ON_SITE = 'ON_SITE',
  DOCUMENT = 'DOCUMENT',
}

registerEnumType(Satisfaction, {
  name: 'Satisfaction',
  valuesConfig: { SATISFIED: { description: '满意' }, BASICALLY_SATISFIED: { description: '基本满意' }, DISSATISFIED: { description: '不满意' } },
});
registerEnumType(TaskRole, {
  name: 'TaskRole',
  valuesConfig: { LEAD: { description: '牵头' }, COOPERATING: { description: '协办/配合' } },
});
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(SupervisionMethod, {
  name: 'SupervisionMethod',
  description: '督办方式',
  valuesConfig: {
    PHONE: { description: '电话督办' },
    HEARING_HANDLER: { description: '听取承办人汇报' },
    TALKING_TO_PETITIONER: { description: '约谈信访人' },
    ON_SITE: { description: '实地督查' },
    DOCUMENT: { description: '发函督办' },
  },
});
