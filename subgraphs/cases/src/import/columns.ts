/**
 * The columns of the case import workbook (补录): one row per case, headers in Chinese as the bureau's
 * staff read them. The template is written from this list and a workbook is read by these headers
 * (in any order), so the two cannot drift apart.
 */
export interface ImportColumn {
  key: ColumnKey;
  header: string;
  required: boolean;
  /** Shown under the header in the template: what to write. */
  hint: string;
  /** Shown in the example row of the template. */
  example: string;
  width: number;
  /** A date column: a date cell, or text `YYYY-MM-DD` or `YYYY-MM-DD HH:mm`, China time. */
  date?: boolean;
}

export type ColumnKey =
  | 'legacyNumber'
  | 'channel'
  | 'name'
  | 'idNumber'
  | 'phone'
  | 'address'
  | 'form'
  | 'headCount'
  | 'levelVisited'
  | 'assigningLevel'
  | 'assigningDocument'
  | 'township'
  | 'categoryMain'
  | 'categorySub'
  | 'summary'
  | 'demands'
  | 'priority'
  | 'registeredAt'
  | 'acceptedAt'
  | 'assignedAt'
  | 'leadUnit'
  | 'cooperatingUnits'
  | 'signedForAt'
  | 'repliedAt'
  | 'reply'
  | 'closedAt'
  | 'satisfaction';

export const IMPORT_COLUMNS: readonly ImportColumn[] = [
  { key: 'legacyNumber', header: '原编号', required: false, hint: '原系统的事项编号; 未被占用时沿用, 否则另行编号', example: 'XF2024-000123', width: 16 },
  { key: 'channel', header: '渠道', required: true, hint: '来信/来访/来电/网上/领导接访/上级交办', example: '来访', width: 10 },
  { key: 'name', header: '信访人', required: true, hint: '姓名 (集体访写代表)', example: '张三', width: 10 },
  { key: 'idNumber', header: '身份证号', required: false, hint: '18位, 校验', example: '11010519491231002X', width: 21 },
  { key: 'phone', header: '联系电话', required: false, hint: '手机或带区号的固话', example: '13812345678', width: 14 },
  { key: 'address', header: '住址', required: false, hint: '', example: '城关街道幸福路1号', width: 20 },
  { key: 'form', header: '形式', required: true, hint: '个人访/集体访 (5人及以上)', example: '个人访', width: 8 },
  { key: 'headCount', header: '人数', required: true, hint: '整数', example: '1', width: 6 },
  { key: 'levelVisited', header: '访别', required: false, hint: '到区/到市/赴省/进京, 空为到区', example: '到区', width: 8 },
  { key: 'assigningLevel', header: '交办层级', required: false, hint: '上级交办时: 到市/赴省/进京', example: '', width: 8 },
  { key: 'assigningDocument', header: '交办文号', required: false, hint: '上级交办时必填', example: '', width: 14 },
  { key: 'township', header: '属地', required: true, hint: '乡镇/街道名称或代码', example: '城关街道', width: 12 },
  { key: 'categoryMain', header: '问题类别一级', required: true, hint: '', example: '城乡建设', width: 12 },
  { key: 'categorySub', header: '问题类别二级', required: true, hint: '', example: '拆迁安置', width: 12 },
  { key: 'summary', header: '诉求摘要', required: true, hint: '', example: '反映拆迁补偿未到位', width: 30 },
  { key: 'demands', header: '诉求', required: false, hint: '', example: '', width: 20 },
  { key: 'priority', header: '优先级', required: false, hint: '一般/急/特急, 空为一般', example: '一般', width: 8 },
  { key: 'registeredAt', header: '登记日期', required: true, hint: 'YYYY-MM-DD [HH:mm], 北京时间', example: '2024-03-01', width: 12, date: true },
  { key: 'acceptedAt', header: '受理日期', required: false, hint: '', example: '2024-03-05', width: 12, date: true },
  { key: 'assignedAt', header: '交办日期', required: false, hint: '', example: '2024-03-06', width: 12, date: true },
  { key: 'leadUnit', header: '牵头单位', required: false, hint: '交办时必填: 单位名称或代码', example: '区建设局', width: 14 },
  { key: 'cooperatingUnits', header: '协办单位', required: false, hint: '多个用、分隔', example: '', width: 16 },
  { key: 'signedForAt', header: '签收日期', required: false, hint: '', example: '2024-03-07', width: 12, date: true },
  { key: 'repliedAt', header: '答复日期', required: false, hint: '', example: '2024-04-20', width: 12, date: true },
  { key: 'reply', header: '答复意见', required: false, hint: '答复时必填', example: '已协调补偿款发放', width: 20 },
  { key: 'closedAt', header: '办结日期', required: false, hint: '', example: '2024-04-25', width: 12, date: true },
  { key: 'satisfaction', header: '满意度', required: false, hint: '办结时必填: 满意/基本满意/不满意', example: '满意', width: 10 },
];

export const COLUMN_BY_KEY = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c.key, c])) as Record<ColumnKey, ImportColumn>;

/** The past steps of a case in the order they happen, each with the column of its date. */
export const STEP_COLUMNS = ['registeredAt', 'acceptedAt', 'assignedAt', 'signedForAt', 'repliedAt', 'closedAt'] as const;

/** A row's values by column, as text or as the date a date cell held; missing cells are absent. */
export type RawRow = Partial<Record<ColumnKey, string | Date>>;
