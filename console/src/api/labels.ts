/** Chinese words for the API's enum values and China-time formatting of its instants. */
import type {
  AccountRole,
  Card,
  CaseForm,
  CaseStatus,
  Channel,
  ClockKind,
  DecisionStatus,
  HardCaseReason,
  MeetingKind,
  MeetingStatus,
  PublicationStatus,
  DepartmentKind,
  Priority,
  Satisfaction,
  SupervisionMethod,
  TaskRole,
  TaskStatus,
  VisitLevel,
  Warning,
} from '../graphql/graphql';

export const ROLE: Record<AccountRole, string> = {
  REGISTRAR: '信访局登记员',
  LIAISON: '联络员',
  SECRETARIAT: '联席办',
  EVALUATOR: '考核办',
  LEADER: '领导',
  ADMIN: '系统管理员',
};

export const CHANNEL: Record<Channel, string> = {
  LETTER: '来信',
  VISIT: '来访',
  PHONE: '来电',
  ONLINE: '网上信访',
  LEADER_RECEPTION: '领导接访',
  ASSIGNED_FROM_ABOVE: '上级交办',
};

export const FORM: Record<CaseForm, string> = { INDIVIDUAL: '个人访', COLLECTIVE: '集体访' };

export const LEVEL: Record<VisitLevel, string> = { DISTRICT: '到区', CITY: '到市', PROVINCE: '赴省', BEIJING: '进京' };

export const STATUS: Record<CaseStatus, string> = {
  REGISTERED: '已登记',
  ACCEPTED: '已受理',
  NOT_ACCEPTED: '不予受理',
  ASSIGNED: '已交办',
  SIGNED_FOR: '已签收',
  IN_PROGRESS: '办理中',
  REPLIED: '已答复',
  CLOSED: '已办结',
  ARCHIVED: '已归档',
  UNDER_REVIEW: '复查中',
  UNDER_RE_REVIEW: '复核中',
  TERMINATED: '已终结',
};

export const PRIORITY: Record<Priority, string> = { NORMAL: '一般', URGENT: '急', VERY_URGENT: '特急' };

export const CARD: Record<Card, string> = { GREEN: '绿牌', YELLOW: '黄牌', RED: '红牌' };
export const CARD_TAG: Record<Card, 'success' | 'warning' | 'danger'> = { GREEN: 'success', YELLOW: 'warning', RED: 'danger' };

export const WARNING: Record<Warning, string> = {
  NONE: '正常',
  HALF_USED: '已用时过半',
  THREE_QUARTERS_USED: '已用时 75%',
  OVERDUE: '已超期',
};

export const CLOCK: Record<ClockKind, string> = {
  ROUTE: '登记转送',
  ACCEPT: '受理告知',
  HANDLE: '办理',
  REVIEW_REQUEST: '申请复查',
  REVIEW_DECISION: '复查决定',
  RE_REVIEW_REQUEST: '申请复核',
  RE_REVIEW_DECISION: '复核决定',
};

export const TASK_ROLE: Record<TaskRole, string> = { LEAD: '牵头', COOPERATING: '协办' };
export const TASK_STATUS: Record<TaskStatus, string> = { ASSIGNED: '待签收', SIGNED_FOR: '办理中', DONE: '已完成', WITHDRAWN: '已撤回' };

export const SUPERVISION: Record<SupervisionMethod, string> = {
  PHONE: '电话督办',
  HEARING_HANDLER: '听取承办人汇报',
  TALKING_TO_PETITIONER: '约谈信访人',
  ON_SITE: '实地督查',
  DOCUMENT: '发函督办',
};

export const SATISFACTION: Record<Satisfaction, string> = { SATISFIED: '满意', BASICALLY_SATISFIED: '基本满意', DISSATISFIED: '不满意' };

export const UNIT_KIND: Record<DepartmentKind, string> = { LEADERSHIP: '区领导', DEPARTMENT: '区直部门', TOWNSHIP: '乡镇', STREET: '街道' };

/** Timeline actions (CaseEvent.action). */
export const ACTION: Record<string, string> = {
  REGISTERED: '登记',
  ACCEPTED: '受理',
  NOT_ACCEPTED: '不予受理',
  ASSIGNED: '交办',
  SIGNED_FOR: '签收',
  IN_PROGRESS: '开始办理',
  PROGRESS: '报告进展',
  REPLIED: '答复',
  CLOSED: '办结',
  ARCHIVED: '归档',
  REVIEW_REQUESTED: '申请复查',
  REVIEW_DECIDED: '复查意见',
  RE_REVIEW_REQUESTED: '申请复核',
  TERMINATED: '复核终结',
  EXTENDED: '延期',
  LEAD_REASSIGNED: '变更牵头单位',
  COMPETENCE_DISPUTED: '管辖异议',
  COMPETENCE_DISPUTE_DECIDED: '维持牵头单位',
  JOINT_MEETING_DECISION: '联席会议决定',
  COOPERATING_ADDED: '增加协办单位',
  SUPERVISED: '督办',
  PLACARDED: '挂牌督办',
  MERGED: '合并',
  UNMERGED: '撤销合并',
  TASK_SIGNED_FOR: '协办签收',
  TASK_DONE: '协办完成',
};

const CHINA = 'Asia/Shanghai';
const dateTime = new Intl.DateTimeFormat('zh-CN', {
  timeZone: CHINA,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});
const dayOnly = new Intl.DateTimeFormat('en-CA', { timeZone: CHINA, year: 'numeric', month: '2-digit', day: '2-digit' });

/** 会议状态 */
export const MEETING_STATUS: Record<MeetingStatus, string> = {
  PLANNED: '待排期',
  SCHEDULED: '已发布排期',
  HELD: '已召开',
  MINUTES_PUBLISHED: '已印发纪要',
  CANCELLED: '已取消',
};
export const MEETING_STATUS_TAG: Record<MeetingStatus, 'info' | 'primary' | 'success' | 'warning' | 'danger'> = {
  PLANNED: 'info',
  SCHEDULED: 'primary',
  HELD: 'success',
  MINUTES_PUBLISHED: 'success',
  CANCELLED: 'danger',
};
export const MEETING_KIND: Record<MeetingKind, string> = { REGULAR: '例会', EXTRA: '专题会议' };
export const DECISION_STATUS: Record<DecisionStatus, string> = { PENDING: '落实中', CARRIED_OUT: '已落实', OVERDUE: '逾期未落实' };
export const DECISION_STATUS_TAG: Record<DecisionStatus, 'warning' | 'success' | 'danger'> = { PENDING: 'warning', CARRIED_OUT: 'success', OVERDUE: 'danger' };
export const PUBLICATION: Record<PublicationStatus, string> = { DRAFT: '草稿', PUBLISHED: '已发布' };
export const HARD_CASE_REASON: Record<HardCaseReason, string> = {
  LONG_STANDING: '久拖未决',
  REPEAT: '重复信访',
  SKIP_LEVEL: '越级上访',
  COLLECTIVE: '集体访',
  OVERDUE: '办理超期',
  PLACARDED: '挂牌督办',
  DISPUTED_COMPETENCE: '职责争议',
};

/** Saves a base64 file the API returned (bulletins, notices) as a download. */
export function downloadBase64(filename: string, mimeType: string, contentBase64: string) {
  const bytes = Uint8Array.from(atob(contentBase64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** An instant as China time, e.g. 2026/11/23 10:00. */
export function formatTime(iso: string | null | undefined): string {
  return iso ? dateTime.format(new Date(iso)) : '—';
}

/** The China-time day (YYYY-MM-DD) of an instant; today by default. */
export function chinaDay(at: Date = new Date()): string {
  return dayOnly.format(at);
}

/** Adds days to a YYYY-MM-DD day. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The Sunday ending the China-time week (Monday to Sunday) of `day`. */
export function endOfWeek(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(day, weekday === 0 ? 0 : 7 - weekday);
}

/** China midnight at the start of a YYYY-MM-DD day, as the API's report periods want it. */
export function chinaMidnight(day: string): string {
  return `${day}T00:00:00+08:00`;
}

export function percent(ratio: number | null | undefined, digits = 1): string {
  return ratio == null ? '—' : `${(ratio * 100).toFixed(digits)}%`;
}
