import { ValidationError } from '@lianban/kit';

/**
 * The metrics a rule may score. Counts and rates come from the cases subgraph (`assessmentFacts`, see its
 * README); the reporting counts from the screening subgraph (`reportingFacts`), zero until it is configured.
 */
export const COUNT_METRICS = {
  cases: '信访总量',
  collectiveVisits: '集体访',
  skipLevelVisits: '越级访',
  skipLevelCity: '到市访',
  skipLevelProvince: '赴省访',
  skipLevelBeijing: '进京访',
  collectiveSkipLevel: '集体越级访 (5人以上到市及以上)',
  repeatPetitions: '重复访',
  overdueCases: '超期件',
  backlogResolved: '积案化解',
  warningsFiled: '预警报告',
  dailyReportsMissing: '日报告缺报',
  dailyReportsLate: '日报告迟报',
  screeningReportsMissing: '排查报告缺报',
} as const;

export const RATE_METRICS = {
  closureRate: '办结率',
  onTimeClosureRate: '按期办结率',
  timelyAcceptanceRate: '及时受理率',
  satisfactionRate: '满意率',
  participationRate: '参评率',
  backlogResolutionRate: '化解率',
  repeatRate: '重复访率',
} as const;

export type CountMetric = keyof typeof COUNT_METRICS;
export type RateMetric = keyof typeof RATE_METRICS;
export type Metric = CountMetric | RateMetric;

/** Metrics the reporting (screening) source gives, without cases. */
export const REPORTING_METRICS: CountMetric[] = ['warningsFiled', 'dailyReportsMissing', 'dailyReportsLate', 'screeningReportsMissing'];

export const METRIC_NAMES: Record<Metric, string> = { ...COUNT_METRICS, ...RATE_METRICS };

export function isRate(metric: Metric): metric is RateMetric {
  return metric in RATE_METRICS;
}

interface RuleBase {
  /** Unique within the version; names the rule in explanations and errors. */
  id: string;
  /** e.g. 集体访扣分 */
  title: string;
}

/** 比率: "100% = full points, minus p per percentage point below the target", or "rate x points". */
export interface RateRule extends RuleBase {
  kind: 'RATE';
  metric: RateMetric;
  points: number;
  /** 0..1, default 1 (100%). */
  target: number;
  /** Points lost per percentage point below the target; without it the points are rate / target x points. */
  perPointBelow?: number;
}

/** 扣分: per event (per case = 件次/批次, or per person = 人次). */
export interface DeductionRule extends RuleBase {
  kind: 'DEDUCTION';
  metric: CountMetric;
  points: number;
  per: 'CASE' | 'PERSON';
  /** A case also counted in `whenAlso` counts `factor` times (e.g. repeats count double). */
  multipliers: { whenAlso: CountMetric; factor: number }[];
  /** 预警: halved for a case the unit warned of beforehand. */
  halvedWhenWarned: boolean;
  /** Per 10,000 residents (万人比). */
  perCapita: boolean;
  cap?: number;
}

/** 加分: per event, capped. */
export interface BonusRule extends RuleBase {
  kind: 'BONUS';
  metric: CountMetric;
  points: number;
  per: 'CASE' | 'PERSON';
  perCapita: boolean;
  cap?: number;
}

/** 名次加分: units ordered by a metric, the first places get awards (e.g. 5, 4, 3, 2, 1); ties share. */
export interface RankBonusRule extends RuleBase {
  kind: 'RANK_BONUS';
  metric: Metric;
  order: 'LOWEST' | 'HIGHEST';
  perCapita: boolean;
  awards: number[];
}

/** 同比: points per percentage point the count fell against the same period a year earlier (lost when it rose). */
export interface ChangeRule extends RuleBase {
  kind: 'CHANGE';
  metric: CountMetric;
  pointsPerPercent: number;
  cap?: number;
}

/** 一票否决, evaluated before scoring. */
export interface VetoRule extends RuleBase {
  kind: 'VETO';
  metric: Metric;
  op: 'GT' | 'GTE' | 'LT' | 'LTE';
  /** A count, or for a rate a share from 0 to 1. */
  threshold: number;
  /** RANK_LAST: ranked after every unit without it; NO_REWARD: kept in rank but out of the reward group. */
  effect: 'RANK_LAST' | 'NO_REWARD';
}

export type Rule = RateRule | DeductionRule | BonusRule | RankBonusRule | ChangeRule | VetoRule;

/** What a scheme version fixes besides who and when: its rules and how the ranking is cut. */
export interface SchemeDefinition {
  baseScore: number;
  /** Lowest score a unit can get (保底). */
  floor: number;
  /** 奖励: the top N (ties at the cut-off all in). */
  rewardCount: number;
  /** 重点管理: the bottom N (ties at the cut-off all in). */
  keyManagementCount: number;
  rules: Rule[];
}

const KINDS = ['RATE', 'DEDUCTION', 'BONUS', 'RANK_BONUS', 'CHANGE', 'VETO'] as const;

type Raw = Record<string, unknown>;

/**
 * Checks a scheme definition sent by a client (JSON) and returns it typed with defaults filled in; a bad
 * rule is refused with a message naming the rule (`rules[2] (集体访扣分): cap must not be negative`) and
 * the field (`input.definition.rules[2].cap`).
 */
export function parseDefinition(input: unknown, field = 'input.definition'): SchemeDefinition {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new ValidationError(`${field} must be an object with baseScore, floor, rewardCount, keyManagementCount and rules`, field);
  const raw = input as Raw;
  const known = ['baseScore', 'floor', 'rewardCount', 'keyManagementCount', 'rules'];
  for (const key of Object.keys(raw)) if (!known.includes(key)) throw new ValidationError(`${field}.${key} is not a setting of a scheme (known: ${known.join(', ')})`, `${field}.${key}`);
  const num = (key: string, fallback: number, check: (n: number) => boolean, what: string) => {
    const value = raw[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value) || !check(value)) throw new ValidationError(`${field}.${key} must be ${what}`, `${field}.${key}`);
    return value;
  };
  const baseScore = num('baseScore', 100, (n) => n >= 0 && n <= 10000, 'a number from 0 to 10000');
  const floor = num('floor', 0, (n) => n <= baseScore, `a number not above baseScore (${baseScore})`);
  const rewardCount = num('rewardCount', 0, (n) => Number.isInteger(n) && n >= 0, 'a whole number from 0');
  const keyManagementCount = num('keyManagementCount', 0, (n) => Number.isInteger(n) && n >= 0, 'a whole number from 0');
  if (!Array.isArray(raw.rules) || raw.rules.length === 0) throw new ValidationError(`${field}.rules must list at least one rule`, `${field}.rules`);
  if (raw.rules.length > 100) throw new ValidationError(`${field}.rules: at most 100 rules`, `${field}.rules`);
  const rules = raw.rules.map((rule, i) => parseRule(rule, i, `${field}.rules[${i}]`));
  const ids = new Map<string, number>();
  rules.forEach((rule, i) => {
    const before = ids.get(rule.id);
    if (before !== undefined) throw new ValidationError(`rules[${i}] (${rule.title}): id "${rule.id}" is already the id of rules[${before}]`, `${field}.rules[${i}].id`);
    ids.set(rule.id, i);
  });
  checkVetoes(rules, field);
  return { baseScore, floor, rewardCount, keyManagementCount, rules };
}

function parseRule(input: unknown, index: number, field: string): Rule {
  if (!input || typeof input !== 'object' || Array.isArray(input)) throw new ValidationError(`rules[${index}] must be an object with kind, id and title`, field);
  const raw = input as Raw;
  const title = typeof raw.title === 'string' && raw.title.trim() ? raw.title.trim() : undefined;
  const name = `rules[${index}]${title ? ` (${title})` : ''}`;
  const fail = (key: string, message: string): never => {
    throw new ValidationError(`${name}: ${message}`, `${field}.${key}`);
  };
  if (!title || title.length > 100) fail('title', 'title must be a text of 1 to 100 characters');
  if (typeof raw.id !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(raw.id)) fail('id', 'id must be 1 to 40 letters, digits, _ or -');
  const kind = raw.kind as (typeof KINDS)[number];
  if (!KINDS.includes(kind)) fail('kind', `unknown kind ${JSON.stringify(raw.kind)}; known: ${KINDS.join(', ')}`);
  const allowed: Record<(typeof KINDS)[number], string[]> = {
    RATE: ['metric', 'points', 'target', 'perPointBelow'],
    DEDUCTION: ['metric', 'points', 'per', 'multipliers', 'halvedWhenWarned', 'perCapita', 'cap'],
    BONUS: ['metric', 'points', 'per', 'perCapita', 'cap'],
    RANK_BONUS: ['metric', 'order', 'perCapita', 'awards'],
    CHANGE: ['metric', 'pointsPerPercent', 'cap'],
    VETO: ['metric', 'op', 'threshold', 'effect'],
  };
  for (const key of Object.keys(raw)) {
    if (!['kind', 'id', 'title', ...allowed[kind]].includes(key)) fail(key, `${key} is not a setting of a ${kind} rule (it takes ${allowed[kind].join(', ')})`);
  }
  const metric = (kinds: 'COUNT' | 'RATE' | 'ANY'): Metric => {
    const value = raw.metric as string;
    const counts = Object.keys(COUNT_METRICS);
    const rates = Object.keys(RATE_METRICS);
    const wanted = kinds === 'COUNT' ? counts : kinds === 'RATE' ? rates : [...counts, ...rates];
    if (typeof value !== 'string' || !wanted.includes(value)) {
      const other = typeof value === 'string' && [...counts, ...rates].includes(value);
      fail('metric', other
        ? `metric ${value} is a ${rates.includes(value) ? 'rate' : 'count'}; a ${kind} rule needs a ${kinds === 'COUNT' ? 'count' : 'rate'} (${wanted.join(', ')})`
        : `unknown metric ${JSON.stringify(value)}; known: ${wanted.join(', ')}`);
    }
    return value as Metric;
  };
  const number = (key: string, check: (n: number) => boolean, what: string, fallback?: number): number => {
    const value = raw[key] ?? fallback;
    if (typeof value !== 'number' || !Number.isFinite(value)) return fail(key, `${key} must be a number`);
    if (!check(value)) fail(key, `${key} ${what}`);
    return value;
  };
  const optional = (key: string, check: (n: number) => boolean, what: string) => (raw[key] === undefined || raw[key] === null ? undefined : number(key, check, what));
  const flag = (key: string) => {
    const value = raw[key] ?? false;
    if (typeof value !== 'boolean') fail(key, `${key} must be true or false`);
    return value as boolean;
  };
  const choice = <T extends string>(key: string, options: readonly T[], fallback?: T): T => {
    const value = (raw[key] ?? fallback) as T;
    if (!options.includes(value)) fail(key, `${key} must be one of ${options.join(', ')}`);
    return value;
  };
  const positive = (n: number) => n > 0;
  const notNegative = (n: number) => n >= 0;
  const base = { id: raw.id as string, title: title as string };
  switch (kind) {
    case 'RATE':
      return {
        ...base, kind, metric: metric('RATE') as RateMetric,
        points: number('points', positive, 'must be above 0'),
        target: number('target', (n) => n > 0 && n <= 1, 'must be a share above 0 and at most 1 (1 = 100%)', 1),
        perPointBelow: optional('perPointBelow', positive, 'must be above 0'),
      };
    case 'DEDUCTION': {
      const multipliers = raw.multipliers ?? [];
      if (!Array.isArray(multipliers)) return fail('multipliers', 'multipliers must be a list of { whenAlso, factor }');
      return {
        ...base, kind, metric: metric('COUNT') as CountMetric,
        points: number('points', positive, 'must be above 0 (the points taken off per event)'),
        per: choice('per', ['CASE', 'PERSON'] as const, 'CASE'),
        multipliers: (multipliers as Raw[]).map((m, j) => {
          if (!m || typeof m.whenAlso !== 'string' || !(m.whenAlso in COUNT_METRICS)) fail(`multipliers[${j}].whenAlso`, `multipliers[${j}].whenAlso must be a count metric (${Object.keys(COUNT_METRICS).join(', ')})`);
          if (typeof m.factor !== 'number' || !(m.factor > 0) || m.factor > 100) fail(`multipliers[${j}].factor`, `multipliers[${j}].factor must be above 0 and at most 100`);
          return { whenAlso: m.whenAlso as CountMetric, factor: m.factor as number };
        }),
        halvedWhenWarned: flag('halvedWhenWarned'),
        perCapita: flag('perCapita'),
        cap: optional('cap', notNegative, 'must not be negative'),
      };
    }
    case 'BONUS':
      return {
        ...base, kind, metric: metric('COUNT') as CountMetric,
        points: number('points', positive, 'must be above 0'),
        per: choice('per', ['CASE', 'PERSON'] as const, 'CASE'),
        perCapita: flag('perCapita'),
        cap: optional('cap', notNegative, 'must not be negative'),
      };
    case 'RANK_BONUS': {
      const awards = raw.awards;
      if (!Array.isArray(awards) || awards.length === 0 || awards.length > 50 || awards.some((a) => typeof a !== 'number' || !(a > 0))) {
        return fail('awards', 'awards must list 1 to 50 points above 0, for the first place first');
      }
      if (awards.some((a, j) => j > 0 && a > awards[j - 1])) fail('awards', 'awards must not grow from one place to the next');
      return { ...base, kind, metric: metric('ANY'), order: choice('order', ['LOWEST', 'HIGHEST'] as const), perCapita: flag('perCapita'), awards: awards as number[] };
    }
    case 'CHANGE':
      return {
        ...base, kind, metric: metric('COUNT') as CountMetric,
        pointsPerPercent: number('pointsPerPercent', positive, 'must be above 0'),
        cap: optional('cap', notNegative, 'must not be negative'),
      };
    case 'VETO': {
      const vetoMetric = metric('ANY');
      return {
        ...base, kind, metric: vetoMetric,
        op: choice('op', ['GT', 'GTE', 'LT', 'LTE'] as const),
        threshold: number('threshold', (n) => (isRate(vetoMetric) ? n >= 0 && n <= 1 : n >= 0), isRate(vetoMetric) ? 'must be a share from 0 to 1 for a rate' : 'must not be negative'),
        effect: choice('effect', ['RANK_LAST', 'NO_REWARD'] as const),
      };
    }
  }
  return fail('kind', 'unknown kind');
}

/** The values a veto's condition holds for, as an interval. */
function interval(rule: VetoRule): { low: number; lowOpen: boolean; high: number; highOpen: boolean } {
  switch (rule.op) {
    case 'GT': return { low: rule.threshold, lowOpen: true, high: Infinity, highOpen: true };
    case 'GTE': return { low: rule.threshold, lowOpen: false, high: Infinity, highOpen: true };
    case 'LT': return { low: -Infinity, lowOpen: true, high: rule.threshold, highOpen: true };
    case 'LTE': return { low: -Infinity, lowOpen: true, high: rule.threshold, highOpen: false };
  }
}

/** Two vetoes on the same metric that can both hold must have the same effect. */
function checkVetoes(rules: Rule[], field: string) {
  const vetoes = rules.map((rule, index) => ({ rule, index })).filter((v): v is { rule: VetoRule; index: number } => v.rule.kind === 'VETO');
  for (const a of vetoes) {
    for (const b of vetoes) {
      if (b.index <= a.index || a.rule.metric !== b.rule.metric || a.rule.effect === b.rule.effect) continue;
      const x = interval(a.rule);
      const y = interval(b.rule);
      const low = Math.max(x.low, y.low);
      const high = Math.min(x.high, y.high);
      const lowOpen = (x.low === low && x.lowOpen) || (y.low === low && y.lowOpen);
      const highOpen = (x.high === high && x.highOpen) || (y.high === high && y.highOpen);
      const overlap = low < high || (low === high && !lowOpen && !highOpen);
      if (overlap) {
        throw new ValidationError(
          `rules[${b.index}] (${b.rule.title}): contradicts rules[${a.index}] (${a.rule.title}): both veto on ${b.rule.metric} for the same values, one with ${b.rule.effect}, the other with ${a.rule.effect}`,
          `${field}.rules[${b.index}].effect`,
        );
      }
    }
  }
}

/** One line per rule in plain Chinese, for bulletins and the API. */
export function describeRule(rule: Rule): string {
  const name = METRIC_NAMES[rule.metric];
  const pct = (n: number) => `${Math.round(n * 10000) / 100}%`;
  switch (rule.kind) {
    case 'RATE':
      return rule.perPointBelow
        ? `${name}达到${pct(rule.target)}得${rule.points}分，每低1个百分点扣${rule.perPointBelow}分`
        : `${name}×${rule.points}分（目标${pct(rule.target)}）`;
    case 'DEDUCTION':
      return `${name}每${rule.per === 'PERSON' ? '人次' : '件（批）次'}扣${rule.points}分${rule.multipliers.map((m) => `，同时为${METRIC_NAMES[m.whenAlso]}的按${m.factor}倍计`).join('')}${rule.halvedWhenWarned ? '，事前预警的减半扣分' : ''}${rule.perCapita ? '（按每万人计）' : ''}${rule.cap != null ? `，最多扣${rule.cap}分` : ''}`;
    case 'BONUS':
      return `${name}每${rule.per === 'PERSON' ? '人次' : '件'}加${rule.points}分${rule.perCapita ? '（按每万人计）' : ''}${rule.cap != null ? `，最多加${rule.cap}分` : ''}`;
    case 'RANK_BONUS':
      return `${name}${rule.perCapita ? '万人比' : ''}${rule.order === 'LOWEST' ? '最低' : '最高'}的前${rule.awards.length}名分别加${rule.awards.join('、')}分`;
    case 'CHANGE':
      return `${name}同比每下降1个百分点加${rule.pointsPerPercent}分，每上升1个百分点扣${rule.pointsPerPercent}分${rule.cap != null ? `，最多${rule.cap}分` : ''}`;
    case 'VETO': {
      const ops = { GT: '大于', GTE: '达到', LT: '低于', LTE: '不高于' };
      return `一票否决：${name}${ops[rule.op]}${isRate(rule.metric) ? pct(rule.threshold) : rule.threshold}${rule.effect === 'RANK_LAST' ? '，排名列末位' : '，不得评为先进'}`;
    }
  }
}
