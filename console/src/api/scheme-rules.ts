import type { PeriodKind, UnitScope } from '../graphql/graphql';

/**
 * What the scheme editor knows of a scheme definition (the assessment subgraph's `SchemeDefinition`, see its
 * README): the Chinese names of the metrics and rule kinds, and the settings each kind takes. The API checks
 * every definition (`parseDefinition`); the editor only offers the choices, it never decides what is valid.
 */
export const COUNT_METRICS: Record<string, string> = {
  cases: '信访总量',
  collectiveVisits: '集体访',
  skipLevelVisits: '越级访',
  skipLevelCity: '到市访',
  skipLevelProvince: '赴省访',
  skipLevelBeijing: '进京访',
  collectiveSkipLevel: '集体越级访',
  repeatPetitions: '重复访',
  overdueCases: '超期件',
  backlogResolved: '积案化解',
  warningsFiled: '预警报告',
  dailyReportsMissing: '日报告缺报',
  dailyReportsLate: '日报告迟报',
  screeningReportsMissing: '排查报告缺报',
};

export const RATE_METRICS: Record<string, string> = {
  closureRate: '办结率',
  onTimeClosureRate: '按期办结率',
  timelyAcceptanceRate: '及时受理率',
  satisfactionRate: '满意率',
  participationRate: '参评率',
  backlogResolutionRate: '化解率',
  repeatRate: '重复访率',
};

export const METRICS: Record<string, string> = { ...COUNT_METRICS, ...RATE_METRICS };

export type RuleKind = 'RATE' | 'DEDUCTION' | 'BONUS' | 'RANK_BONUS' | 'CHANGE' | 'VETO';

export const RULE_KINDS: Record<RuleKind, string> = {
  RATE: '比率得分',
  DEDUCTION: '扣分',
  BONUS: '加分',
  RANK_BONUS: '名次加分',
  CHANGE: '同比增减',
  VETO: '一票否决',
};

/** Which metrics a kind scores: counts, rates or either. */
export const KIND_METRICS: Record<RuleKind, Record<string, string>> = {
  RATE: RATE_METRICS,
  DEDUCTION: COUNT_METRICS,
  BONUS: COUNT_METRICS,
  RANK_BONUS: METRICS,
  CHANGE: COUNT_METRICS,
  VETO: METRICS,
};

export const PERIOD_KINDS: Record<PeriodKind, string> = { MONTH: '月度', QUARTER: '季度', YEAR: '年度' };
export const PERIOD_EXAMPLES: Record<PeriodKind, string> = { MONTH: '如 2027-01', QUARTER: '如 2027-Q1', YEAR: '如 2027' };
export const UNIT_SCOPES: Record<UnitScope, string> = { TOWNSHIPS: '乡镇（街道）', DEPARTMENTS: '区直部门', BOTH: '乡镇（街道）和区直部门，分别排名' };

/** One setting of a rule as the table edits it. */
export interface RuleSetting {
  key: string;
  label: string;
  type: 'number' | 'bool' | 'select' | 'list';
  options?: Record<string, string>;
  /** May be left empty (no cap, no per-point loss). */
  optional?: boolean;
  hint?: string;
}

const PER = { CASE: '每件（批）次', PERSON: '每人次' };

export const RULE_SETTINGS: Record<RuleKind, RuleSetting[]> = {
  RATE: [
    { key: 'points', label: '分值', type: 'number' },
    { key: 'target', label: '目标', type: 'number', hint: '比率，1 即 100%' },
    { key: 'perPointBelow', label: '每低1个百分点扣', type: 'number', optional: true, hint: '不填则按 比率÷目标×分值' },
  ],
  DEDUCTION: [
    { key: 'per', label: '计', type: 'select', options: PER },
    { key: 'points', label: '扣', type: 'number' },
    { key: 'cap', label: '最多扣', type: 'number', optional: true },
    { key: 'halvedWhenWarned', label: '事前预警减半', type: 'bool' },
    { key: 'perCapita', label: '按每万人计', type: 'bool' },
  ],
  BONUS: [
    { key: 'per', label: '计', type: 'select', options: PER },
    { key: 'points', label: '加', type: 'number' },
    { key: 'cap', label: '最多加', type: 'number', optional: true },
    { key: 'perCapita', label: '按每万人计', type: 'bool' },
  ],
  RANK_BONUS: [
    { key: 'order', label: '取', type: 'select', options: { LOWEST: '最低', HIGHEST: '最高' } },
    { key: 'awards', label: '各名次加分', type: 'list', hint: '第1名起，如 5、4、3、2、1' },
    { key: 'perCapita', label: '按万人比', type: 'bool' },
  ],
  CHANGE: [
    { key: 'pointsPerPercent', label: '每1个百分点', type: 'number' },
    { key: 'cap', label: '最多', type: 'number', optional: true },
  ],
  VETO: [
    { key: 'op', label: '当', type: 'select', options: { GT: '大于', GTE: '达到', LT: '低于', LTE: '不高于' } },
    { key: 'threshold', label: '阈值', type: 'number', hint: '比率填 0–1' },
    { key: 'effect', label: '则', type: 'select', options: { RANK_LAST: '排名列末位', NO_REWARD: '不得评为先进' } },
  ],
};

export type RawRule = Record<string, unknown> & { kind: string; id: string; title: string; metric?: string };

/** A new rule's settings of a kind, keeping its id, title and metric when the kind scores that metric. */
export function ruleOfKind(kind: RuleKind, from: Partial<RawRule> = {}): RawRule {
  const defaults: Record<RuleKind, Record<string, unknown>> = {
    RATE: { metric: 'closureRate', points: 10, target: 1 },
    DEDUCTION: { metric: 'collectiveVisits', points: 1, per: 'CASE', multipliers: [], halvedWhenWarned: false, perCapita: false },
    BONUS: { metric: 'backlogResolved', points: 1, per: 'CASE', perCapita: false, cap: 5 },
    RANK_BONUS: { metric: 'cases', order: 'LOWEST', perCapita: true, awards: [5, 4, 3, 2, 1] },
    CHANGE: { metric: 'cases', pointsPerPercent: 0.05, cap: 3 },
    VETO: { metric: 'skipLevelBeijing', op: 'GT', threshold: 0, effect: 'RANK_LAST' },
  };
  const metric = from.metric && from.metric in KIND_METRICS[kind] ? from.metric : (defaults[kind].metric as string);
  return { kind, id: from.id ?? '', title: from.title ?? '', ...defaults[kind], metric };
}

/** "5、4、3" (or commas, spaces) as a list; a part that is not a number is kept as typed for the API to refuse. */
export function parseList(text: string): (number | string)[] {
  return text
    .split(/[,，、\s]+/)
    .filter(Boolean)
    .map((part) => (Number.isFinite(Number(part)) ? Number(part) : part));
}

/** The rule a definition field names: `definition.rules[2].cap` → 2. */
export function ruleIndexOf(field: string | undefined): number | undefined {
  const match = /rules\[(\d+)\]/.exec(field ?? '');
  return match ? Number(match[1]) : undefined;
}
