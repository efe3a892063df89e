import { ValidationError } from '@lianban/kit';
import { type Metric, type Rule, type SchemeDefinition, METRIC_NAMES, isRate } from './rules';

/** A case behind a fact: number and head-count, never petitioners. */
export interface FactCase {
  id: string;
  number: string;
  persons: number;
}

/** One metric of one unit for the period. */
export interface MetricFact {
  value: number;
  denominator?: number;
  persons: number;
  lastYearValue?: number;
  cases: FactCase[];
}

/** Everything the engine needs to know about one unit. */
export interface UnitInput {
  unitId: string;
  name: string;
  /** 常住人口, for per-10,000-residents figures. */
  population?: number | null;
  facts: Partial<Record<Metric, MetricFact>>;
  /** Cases whose visit the unit warned of beforehand (预警). */
  warnedCaseIds: Set<string>;
}

/** How a case moved one rule's points. */
export interface CaseLine {
  id: string;
  number: string;
  persons: number;
  points: number;
  /** Counted half because the unit warned of it beforehand. */
  warned: boolean;
  /** The multiplier applied (1 when none). */
  factor: number;
}

/** One rule's part in a unit's score. */
export interface ScoreLine {
  ruleId: string;
  title: string;
  kind: Rule['kind'];
  metric: Metric;
  /** The count, or the rate's numerator. */
  value: number;
  denominator?: number;
  /** value / denominator for rates. */
  rate?: number;
  /** Per 10,000 residents, for counts of a unit with a population. */
  perCapita?: number;
  lastYearValue?: number;
  points: number;
  /** Why, in a sentence. */
  note: string;
  cases: CaseLine[];
}

export interface VetoHit {
  ruleId: string;
  title: string;
  effect: 'RANK_LAST' | 'NO_REWARD';
  value: number;
  note: string;
  cases: FactCase[];
}

export interface ScoredUnit {
  unitId: string;
  name: string;
  population?: number | null;
  score: number;
  rank: number;
  rankedUnits: number;
  vetoes: VetoHit[];
  /** 一票否决 with RANK_LAST. */
  rankedLast: boolean;
  /** Out of the reward group whatever the rank (a veto). */
  outOfRewards: boolean;
  inRewardGroup: boolean;
  inKeyManagementGroup: boolean;
  lines: ScoreLine[];
}

export const round2 = (n: number) => Math.round((n + Number.EPSILON) * 100) / 100;
/** Totals are compared at 1e-6 so float noise never breaks a tie. */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

function fact(unit: UnitInput, metric: Metric): MetricFact {
  return unit.facts[metric] ?? { value: 0, persons: 0, cases: [], ...(isRate(metric) ? { denominator: 0 } : {}) };
}

/** The figure a veto or a rank bonus compares: a rate (undefined without a denominator), a count, or a count per 10,000 residents. */
function figureOf(unit: UnitInput, metric: Metric, perCapita: boolean): number | undefined {
  const f = fact(unit, metric);
  if (isRate(metric)) return f.denominator ? f.value / f.denominator : undefined;
  if (perCapita) return unit.population ? (f.value * 10_000) / unit.population : undefined;
  return f.value;
}

function holds(op: 'GT' | 'GTE' | 'LT' | 'LTE', value: number, threshold: number) {
  return op === 'GT' ? value > threshold : op === 'GTE' ? value >= threshold : op === 'LT' ? value < threshold : value <= threshold;
}

/**
 * The linear part of a rule for one unit: its points are `sign x min(cap, amount x scale x norm)` where
 * `scale` is the rule's weight (1 as published; perturbed by the Monte-Carlo runs) and `norm` the
 * normalisation chosen (per capita or raw). Kept so a Monte-Carlo run rescores without redoing the work.
 */
interface Term {
  ruleIndex: number;
  sign: 1 | -1;
  /** Points before weight, normalisation and cap. */
  amount: number;
  /** The factor the scheme's normalisation applies (10,000 / population for per-capita rules, else 1). */
  norm: number;
  /** The factor of the other normalisation (Monte-Carlo alternative), scaled to the district's mean population. */
  altNorm: number;
  cap?: number;
}

export interface Prepared {
  definition: SchemeDefinition;
  units: UnitInput[];
  /** Per unit: the veto hits, the explanation lines (as published) and the linear terms. */
  perUnit: { vetoes: VetoHit[]; lines: ScoreLine[]; terms: Term[] }[];
}

const pct = (n: number) => `${round2(n * 100)}%`;

/**
 * Works out every rule for every unit once: vetoes first, then each rule's metric, the cases that moved it
 * and its points under the scheme as published.
 */
export function prepare(definition: SchemeDefinition, units: UnitInput[]): Prepared {
  const populations = units.map((u) => u.population ?? 0).filter((p) => p > 0);
  const meanPopulation = populations.length ? populations.reduce((a, b) => a + b, 0) / populations.length : 10_000;
  for (const rule of definition.rules) {
    const needs = (rule.kind === 'DEDUCTION' || rule.kind === 'BONUS' || rule.kind === 'RANK_BONUS') && rule.perCapita && !isRate(rule.metric);
    if (!needs) continue;
    const missing = units.find((u) => !u.population || u.population <= 0);
    if (missing) throw new ValidationError(`rule ${rule.id} (${rule.title}) counts per 10,000 residents, but ${missing.name} has no population recorded`, 'schemeVersionId');
  }
  const perUnit = units.map((unit) => {
    const vetoes: VetoHit[] = [];
    const lines: ScoreLine[] = [];
    const terms: Term[] = [];
    const perCapitaOf = (value: number) => (unit.population ? round2((value * 10_000) / unit.population) : undefined);
    definition.rules.forEach((rule, ruleIndex) => {
      const f = fact(unit, rule.metric);
      const common = {
        ruleId: rule.id, title: rule.title, kind: rule.kind, metric: rule.metric, value: f.value,
        ...(isRate(rule.metric) ? { denominator: f.denominator ?? 0, rate: f.denominator ? f.value / f.denominator : undefined } : { perCapita: perCapitaOf(f.value), lastYearValue: f.lastYearValue }),
      };
      const caseRefs = (points = 0): CaseLine[] => f.cases.map((c) => ({ ...c, points, warned: false, factor: 1 }));
      switch (rule.kind) {
        case 'VETO': {
          const figure = figureOf(unit, rule.metric, false);
          if (figure !== undefined && holds(rule.op, figure, rule.threshold)) {
            vetoes.push({ ruleId: rule.id, title: rule.title, effect: rule.effect, value: f.value, cases: f.cases, note: `${METRIC_NAMES[rule.metric]}${isRate(rule.metric) ? pct(figure) : figure}${rule.effect === 'RANK_LAST' ? '，一票否决，排名列末位' : '，一票否决，不得评为先进'}` });
          }
          return;
        }
        case 'RATE': {
          // the base score holds the rule's full points: a rate below its target loses some of them
          if (!f.denominator) {
            lines.push({ ...common, points: 0, note: `无应计案件，不扣分`, cases: [] });
            return;
          }
          const rate = f.value / f.denominator;
          const earned = rule.perPointBelow != null
            ? Math.max(0, rule.points - rule.perPointBelow * Math.max(0, (rule.target - rate) * 100))
            : rule.points * Math.min(1, rate / rule.target);
          const lost = rule.points - earned;
          lines.push({ ...common, points: -lost, note: `${METRIC_NAMES[rule.metric]}${pct(rate)}（${f.value}/${f.denominator}），得${round2(earned)}分（满分${rule.points}分）${lost > 0 ? `，扣${round2(lost)}分` : ''}`, cases: caseRefs() });
          if (lost > 0) terms.push({ ruleIndex, sign: -1, amount: lost, norm: 1, altNorm: 1 });
          return;
        }
        case 'DEDUCTION':
        case 'BONUS': {
          const sign = rule.kind === 'DEDUCTION' ? -1 : 1;
          const norm = rule.perCapita ? 10_000 / (unit.population as number) : 1;
          const altNorm = rule.perCapita ? 1 * (10_000 / meanPopulation) : unit.population ? (10_000 / unit.population) * (meanPopulation / 10_000) : 1;
          const also = rule.kind === 'DEDUCTION' ? rule.multipliers.map((m) => ({ factor: m.factor, ids: new Set(fact(unit, m.whenAlso).cases.map((c) => c.id)) })) : [];
          let amount = 0;
          const cases = f.cases.map((c) => {
            const factor = also.reduce((product, m) => (m.ids.has(c.id) ? product * m.factor : product), 1);
            const warned = rule.kind === 'DEDUCTION' && rule.halvedWhenWarned && unit.warnedCaseIds.has(c.id);
            const each = rule.points * (rule.per === 'PERSON' ? c.persons : 1) * factor * (warned ? 0.5 : 1);
            amount += each;
            return { ...c, points: round2(sign * each * norm), warned, factor };
          });
          // reporting counts have no cases: the count itself is the events
          if (!f.cases.length && f.value) amount = rule.points * (rule.per === 'PERSON' ? f.persons || f.value : f.value);
          const raw = amount * norm;
          const capped = rule.cap != null && raw > rule.cap;
          const points = sign * (capped ? (rule.cap as number) : raw);
          const unitWord = rule.per === 'PERSON' ? '人次' : '件次';
          const counted = rule.per === 'PERSON' ? f.persons : f.value;
          const warnedCount = cases.filter((c) => c.warned).length;
          const note = counted
            ? `${METRIC_NAMES[rule.metric]}${counted}${unitWord}${warnedCount ? `（其中${warnedCount}件事前预警，减半）` : ''}${rule.perCapita ? `，每万人${round2(counted * norm)}` : ''}，${sign < 0 ? '扣' : '加'}${round2(Math.abs(points))}分${capped ? `（封顶${rule.cap}分）` : ''}`
            : `无${METRIC_NAMES[rule.metric]}`;
          lines.push({ ...common, points, note, cases });
          terms.push({ ruleIndex, sign, amount, norm, altNorm, cap: rule.cap });
          return;
        }
        case 'CHANGE': {
          const last = f.lastYearValue ?? 0;
          if (!last) {
            lines.push({ ...common, points: 0, note: `去年同期${METRIC_NAMES[rule.metric]}为0，不计同比`, cases: [] });
            return;
          }
          const change = (f.value - last) / last;
          const raw = -change * 100 * rule.pointsPerPercent;
          const capped = rule.cap != null && Math.abs(raw) > rule.cap;
          const points = capped ? Math.sign(raw) * (rule.cap as number) : raw;
          // a volume's change is the unit's whole volume: counted, not listed case by case
          lines.push({ ...common, points, note: `${METRIC_NAMES[rule.metric]}${f.value}，去年同期${last}，${change < 0 ? '下降' : change > 0 ? '上升' : '持平'}${round2(Math.abs(change) * 100)}%，${points >= 0 ? '加' : '扣'}${round2(Math.abs(points))}分${capped ? '（封顶）' : ''}`, cases: [] });
          terms.push({ ruleIndex, sign: raw < 0 ? -1 : 1, amount: Math.abs(raw), norm: 1, altNorm: 1, cap: rule.cap });
          return;
        }
        case 'RANK_BONUS':
          // across units: below
          return;
      }
    });
    return { vetoes, lines, terms };
  });

  // 名次加分: units ordered by the metric; ties share the place and its award (1224)
  definition.rules.forEach((rule, ruleIndex) => {
    if (rule.kind !== 'RANK_BONUS') return;
    const figures = units.map((unit) => figureOf(unit, rule.metric, rule.perCapita));
    const better = (a: number, b: number) => (rule.order === 'LOWEST' ? a < b : a > b);
    units.forEach((unit, i) => {
      const figure = figures[i];
      const place = figure === undefined ? undefined : 1 + figures.filter((other) => other !== undefined && better(round6(other), round6(figure))).length;
      const award = place !== undefined && place <= rule.awards.length ? rule.awards[place - 1] : 0;
      const f = fact(unit, rule.metric);
      perUnit[i].lines.push({
        ruleId: rule.id, title: rule.title, kind: rule.kind, metric: rule.metric, value: f.value,
        ...(isRate(rule.metric) ? { denominator: f.denominator, rate: figure } : { perCapita: unit.population ? round2((f.value * 10_000) / unit.population) : undefined }),
        points: award,
        note: figure === undefined ? `无${METRIC_NAMES[rule.metric]}数据，不参加名次加分` : `${METRIC_NAMES[rule.metric]}${rule.perCapita ? '万人比' : ''}${isRate(rule.metric) ? pct(figure) : round2(figure)}，列第${place}名${award ? `，加${award}分` : ''}`,
        cases: [],
      });
      if (award) perUnit[i].terms.push({ ruleIndex, sign: 1, amount: award, norm: 1, altNorm: 1 });
    });
  });
  // lines in the scheme's order
  const order = new Map(definition.rules.map((rule, i) => [rule.id, i]));
  for (const entry of perUnit) entry.lines.sort((a, b) => (order.get(a.ruleId) ?? 0) - (order.get(b.ruleId) ?? 0));
  return { definition, units, perUnit };
}

/** Score of one unit from its terms, for given rule weights and normalisation choice. */
function total(definition: SchemeDefinition, terms: Term[], scales?: Float64Array, alternative = false): number {
  let score = definition.baseScore;
  for (const term of terms) {
    let amount = term.amount * (scales ? scales[term.ruleIndex] : 1) * (alternative ? term.altNorm : term.norm);
    if (term.cap != null) amount = Math.min(amount, term.cap);
    score += term.sign * amount;
  }
  return Math.max(definition.floor, score);
}

export interface Standing {
  score: number;
  rank: number;
  inReward: boolean;
  inKeyManagement: boolean;
}

/**
 * Competition ranking (1224): units vetoed with RANK_LAST come after all others; the reward group is the
 * best `rewardCount` among units without a veto, the key-management group the worst `keyManagementCount`
 * of all; every unit tied with the one at a cut-off is in.
 */
export function rank(definition: SchemeDefinition, scores: number[], rankedLast: boolean[], outOfRewards: boolean[]): Standing[] {
  const n = scores.length;
  const keyed = scores.map((score, i) => ({ i, last: rankedLast[i] ? 1 : 0, score: round6(score) }));
  keyed.sort((a, b) => a.last - b.last || b.score - a.score);
  const ranks = new Array<number>(n);
  keyed.forEach((entry, position) => {
    const previous = keyed[position - 1];
    ranks[entry.i] = previous && previous.last === entry.last && previous.score === entry.score ? ranks[previous.i] : position + 1;
  });
  const inReward = new Array<boolean>(n).fill(false);
  const eligible = keyed.filter((entry) => !entry.last && !outOfRewards[entry.i]);
  if (definition.rewardCount > 0 && eligible.length) {
    const cut = eligible[Math.min(definition.rewardCount, eligible.length) - 1].score;
    for (const entry of eligible) if (entry.score >= cut) inReward[entry.i] = true;
  }
  const inKey = new Array<boolean>(n).fill(false);
  if (definition.keyManagementCount > 0 && n) {
    const cutRank = ranks[keyed[Math.max(0, n - definition.keyManagementCount)].i];
    for (let i = 0; i < n; i++) if (ranks[i] >= cutRank) inKey[i] = true;
  }
  return scores.map((score, i) => ({ score, rank: ranks[i], inReward: inReward[i], inKeyManagement: inKey[i] }));
}

/** Scores and ranks every unit under the scheme as published. */
export function score(prepared: Prepared): ScoredUnit[] {
  const { definition, units, perUnit } = prepared;
  const scores = perUnit.map((u) => round2(total(definition, u.terms)));
  const rankedLast = perUnit.map((u) => u.vetoes.some((v) => v.effect === 'RANK_LAST'));
  const outOfRewards = perUnit.map((u) => u.vetoes.length > 0);
  const standings = rank(definition, scores, rankedLast, outOfRewards);
  return units.map((unit, i) => ({
    unitId: unit.unitId,
    name: unit.name,
    population: unit.population,
    score: scores[i],
    rank: standings[i].rank,
    rankedUnits: units.length,
    vetoes: perUnit[i].vetoes,
    rankedLast: rankedLast[i],
    outOfRewards: outOfRewards[i],
    inRewardGroup: standings[i].inReward,
    inKeyManagementGroup: standings[i].inKeyManagement,
    lines: perUnit[i].lines.map((line) => ({ ...line, points: round2(line.points) })),
  })).sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh-Hans-CN') || a.unitId.localeCompare(b.unitId));
}

/** mulberry32: a small seeded generator, so a seed gives the same intervals every time. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Robustness {
  unitId: string;
  medianRank: number;
  /** 5th and 95th percentile ranks over the runs. */
  rankLow: number;
  rankHigh: number;
  /** Share of runs in which the unit was in the reward / key-management group. */
  rewardShare: number;
  keyManagementShare: number;
  /** The published status holds in at least 90% of the runs. */
  rewardRobust: boolean;
  keyManagementRobust: boolean;
}

export interface MonteCarloOptions {
  runs: number;
  seed: number;
  /** Each rule's weight is drawn uniformly from [1 - jitter, 1 + jitter]. */
  jitter: number;
}

/** Share of runs that must agree with the published status for it to count as robust. */
export const ROBUST_SHARE = 0.9;

/**
 * Uncertainty analysis as the OECD/JRC handbook on composite indicators recommends: `runs` rescorings in
 * which every rule's weight is drawn from [1 - jitter, 1 + jitter] and, in half of them, counts are
 * normalised the other way (per 10,000 residents instead of raw, or raw instead of per capita, at the
 * district's mean population so magnitudes compare). Vetoes stay: they are not weights.
 */
export function monteCarlo(prepared: Prepared, published: ScoredUnit[], options: MonteCarloOptions): Robustness[] {
  const { definition, units, perUnit } = prepared;
  const random = seededRandom(options.seed);
  const n = units.length;
  const rankedLast = perUnit.map((u) => u.vetoes.some((v) => v.effect === 'RANK_LAST'));
  const outOfRewards = perUnit.map((u) => u.vetoes.length > 0);
  const ranks = units.map(() => new Int32Array(options.runs));
  const rewards = new Int32Array(n);
  const keys = new Int32Array(n);
  const scales = new Float64Array(definition.rules.length);
  const scores = new Array<number>(n);
  for (let run = 0; run < options.runs; run++) {
    for (let r = 0; r < scales.length; r++) scales[r] = 1 + (random() * 2 - 1) * options.jitter;
    const alternative = random() < 0.5;
    for (let i = 0; i < n; i++) scores[i] = total(definition, perUnit[i].terms, scales, alternative);
    const standings = rank(definition, scores, rankedLast, outOfRewards);
    for (let i = 0; i < n; i++) {
      ranks[i][run] = standings[i].rank;
      if (standings[i].inReward) rewards[i]++;
      if (standings[i].inKeyManagement) keys[i]++;
    }
  }
  const byId = new Map(published.map((p) => [p.unitId, p]));
  const at = (sorted: Int32Array, q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return units.map((unit, i) => {
    const sorted = ranks[i].sort();
    const official = byId.get(unit.unitId) as ScoredUnit;
    const rewardShare = rewards[i] / options.runs;
    const keyShare = keys[i] / options.runs;
    return {
      unitId: unit.unitId,
      medianRank: at(sorted, 0.5),
      rankLow: at(sorted, 0.05),
      rankHigh: at(sorted, 0.95),
      rewardShare: round2(rewardShare * 100) / 100,
      keyManagementShare: round2(keyShare * 100) / 100,
      rewardRobust: official.inRewardGroup ? rewardShare >= ROBUST_SHARE : rewardShare <= 1 - ROBUST_SHARE,
      keyManagementRobust: official.inKeyManagementGroup ? keyShare >= ROBUST_SHARE : keyShare <= 1 - ROBUST_SHARE,
    };
  });
}
