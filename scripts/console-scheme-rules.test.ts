/**
 * The console's scheme editor offers what the assessment engine accepts: the same metrics (each with its
 * Chinese name), rules of every kind whose table settings `parseDefinition` takes, and a refused rule's
 * field pointing at its row.
 */
import { parseDefinition } from '@lianban/assessment';
import { describe, expect, it } from 'vitest';
import { COUNT_METRICS as ENGINE_COUNTS, RATE_METRICS as ENGINE_RATES } from '../subgraphs/assessment/src/services/rules';
import { COUNT_METRICS, KIND_METRICS, RATE_METRICS, RULE_KINDS, RULE_SETTINGS, parseList, ruleIndexOf, ruleOfKind, type RawRule, type RuleKind } from '../console/src/api/scheme-rules';

const kinds = Object.keys(RULE_KINDS) as RuleKind[];

describe('the scheme editor of the console against the assessment engine', () => {
  it('offers exactly the count and rate metrics the engine knows', () => {
    expect(Object.keys(COUNT_METRICS).sort()).toEqual(Object.keys(ENGINE_COUNTS).sort());
    expect(Object.keys(RATE_METRICS).sort()).toEqual(Object.keys(ENGINE_RATES).sort());
  });

  it('a new rule of every kind, with every setting of its row filled in, is accepted as the editor shows it', () => {
    const rules = kinds.map((kind, i) => {
      const rule: RawRule = { ...ruleOfKind(kind), id: `r${i}`, title: RULE_KINDS[kind] };
      for (const setting of RULE_SETTINGS[kind]) if (rule[setting.key] === undefined && setting.type === 'number') rule[setting.key] = 2;
      return rule;
    });
    const parsed = parseDefinition({ baseScore: 100, floor: 0, rewardCount: 3, keyManagementCount: 2, rules });
    expect(parsed.rules.map((r) => r.kind)).toEqual(kinds);
    for (const [i, kind] of kinds.entries()) {
      const kept = parsed.rules[i] as unknown as Record<string, unknown>;
      for (const setting of RULE_SETTINGS[kind]) expect(kept[setting.key], `${kind}.${setting.key}`).toEqual(rules[i][setting.key]);
      expect(Object.keys(KIND_METRICS[kind])).toContain(kept.metric);
    }
  });

  it('changing the kind of a rule keeps its id, title and a metric the new kind scores, and drops the old settings', () => {
    const rate = ruleOfKind('RATE', { ...ruleOfKind('DEDUCTION'), id: 'city', title: '到市访扣分', metric: 'skipLevelCity', cap: 4 });
    expect(rate).toEqual({ kind: 'RATE', id: 'city', title: '到市访扣分', metric: 'closureRate', points: 10, target: 1 });
    const veto = ruleOfKind('VETO', { kind: 'DEDUCTION', id: 'city', title: '到市访', metric: 'skipLevelCity' });
    expect(veto.metric).toBe('skipLevelCity');
  });

  it('reads awards typed with Chinese or Latin separators, keeping what is not a number for the API to refuse', () => {
    expect(parseList('5、4，3, 2 1')).toEqual([5, 4, 3, 2, 1]);
    expect(parseList('5、四')).toEqual([5, '四']);
    expect(() => parseDefinition({ rules: [{ kind: 'RANK_BONUS', id: 'r', title: '名次', metric: 'cases', order: 'LOWEST', awards: parseList('5、四') }] }))
      .toThrow('rules[0] (名次): awards must list 1 to 50 points above 0');
  });

  it('a refused field names its rule row', () => {
    expect(ruleIndexOf('definition.rules[2].metric')).toBe(2);
    expect(ruleIndexOf('definition.rules[12].multipliers[0].factor')).toBe(12);
    expect(ruleIndexOf('definition.baseScore')).toBeUndefined();
    expect(ruleIndexOf(undefined)).toBeUndefined();
  });
});
