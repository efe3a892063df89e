/** What bench:assessment uses of the assessment subgraph, and the scheme it ranks with. */
export {
  ASSESSMENT_FACTS_QUERY, type AssessedUnit, type CaseFacts, type CaseFactsAnswer, type WireFact, fromWire, StaticReportingFacts, StaticUnitDirectory, assessmentSubgraph, createContext, monteCarlo, prepare, score,
} from '@lianban/assessment';

/** A real-looking scheme: vetoes, rates, deductions with multipliers, bonuses, year-over-year, rank bonuses. */
export const DEMO = {
  baseScore: 100, floor: 0, rewardCount: 20, keyManagementCount: 5,
  rules: [
    { kind: 'VETO', id: 'beijing', title: '进京访一票否决', metric: 'skipLevelBeijing', op: 'GT', threshold: 0, effect: 'RANK_LAST' },
    { kind: 'VETO', id: 'satisfaction', title: '满意率低于90%', metric: 'satisfactionRate', op: 'LT', threshold: 0.9, effect: 'NO_REWARD' },
    { kind: 'RATE', id: 'on-time', title: '按期办结率', metric: 'onTimeClosureRate', points: 10, perPointBelow: 0.5 },
    { kind: 'RATE', id: 'closure', title: '办结率', metric: 'closureRate', points: 10 },
    { kind: 'DEDUCTION', id: 'collective', title: '集体访扣分', metric: 'collectiveVisits', points: 3, halvedWhenWarned: true, multipliers: [{ whenAlso: 'repeatPetitions', factor: 2 }] },
    { kind: 'DEDUCTION', id: 'city', title: '到市访扣分', metric: 'skipLevelCity', points: 2, halvedWhenWarned: true, perCapita: true },
    { kind: 'DEDUCTION', id: 'overdue', title: '超期扣分', metric: 'overdueCases', points: 0.5, cap: 20 },
    { kind: 'BONUS', id: 'backlog', title: '积案化解', metric: 'backlogResolved', points: 2, cap: 10 },
    { kind: 'CHANGE', id: 'volume-change', title: '信访总量同比', metric: 'cases', pointsPerPercent: 0.05, cap: 3 },
    { kind: 'RANK_BONUS', id: 'volume-rank', title: '信访总量万人比名次加分', metric: 'cases', order: 'LOWEST', perCapita: true, awards: [5, 4, 3, 2, 1] },
  ],
};
