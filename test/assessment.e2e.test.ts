/**
 * The assessment office's job through the gateway, with the real service calls: the facts from the cases
 * subgraph (`assessmentFacts`), warnings matched to visits from the screening subgraph (`reportingFacts`) and the units from the departments subgraph, with the evaluator's token.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'assessment_e2e');
});
afterAll(async () => {
  await platform?.stop();
});

const RUN = `mutation ($id: ID!, $period: String!) { runAssessment(schemeVersionId: $id, period: $period, monteCarlo: { runs: 100 }) {
  status reportingFactsAvailable entries { unitId score rank inRewardGroup inKeyManagementGroup vetoes { ruleId cases { number } } lines { ruleId points value perCapita note } } } }`;

describe('assessment through the gateway', () => {
  it('computes the demo scheme from the cases subgraph\'s facts and gets the published demo ranking exactly', async () => {
    const { district } = platform;
    const period = [...new Set(district.rankings.map((r) => r.period))].sort().at(-1)!;
    const result = await platform.query<{ runAssessment: { status: string; reportingFactsAvailable: boolean; entries: { unitId: string; score: number; rank: number; inRewardGroup: boolean; inKeyManagementGroup: boolean; vetoes: { cases: { number: string }[] }[] }[] } }>(
      RUN, { id: district.schemes[0].id, period }, 'evaluator');
    expect(result.errors).toBeUndefined();
    const run = result.data!.runAssessment;
    expect(run).toMatchObject({ status: 'DRAFT', reportingFactsAvailable: true });
    const published = district.rankings.filter((r) => r.period === period);
    const byUnit = new Map(run.entries.map((e) => [e.unitId, e]));
    expect(run.entries).toHaveLength(published.length);
    const differing = published.filter((e) => byUnit.get(e.unitId)?.score !== e.score).map((e) => [e.unitId, e.score, byUnit.get(e.unitId)?.score]);
    expect(differing).toEqual([]);
    for (const entry of published) {
      expect(byUnit.get(entry.unitId)).toMatchObject({ score: entry.score, rank: entry.rank, inRewardGroup: entry.inRewardGroup, inKeyManagementGroup: entry.inKeyManagementGroup });
    }
    // a veto names the case numbers that caused it: visits to Beijing of that township in that quarter
    const vetoed = run.entries.find((e) => e.vetoes.length);
    if (vetoed) {
      const numbers = vetoed.vetoes[0].cases.map((c) => c.number).sort();
      const beijing = district.cases.filter((c) => c.townshipId === vetoed.unitId && c.levelVisited === 'BEIJING' && numbers.includes(c.number));
      expect(beijing.map((c) => c.number).sort()).toEqual(numbers);
    }
  });

  it('keeps runs from liaisons, who still read the rules', async () => {
    const { district } = platform;
    const asLiaison = await platform.query(RUN, { id: district.schemes[0].id, period: '2026-Q3' }, 'liaison-t-001');
    expect(asLiaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const scheme = await platform.query<{ assessmentSchemes: { documentNumber: string; rulesText: string[] }[] }>(`{ assessmentSchemes { documentNumber rulesText } }`, {}, 'liaison-t-001');
    expect(scheme.data?.assessmentSchemes[0].rulesText[0]).toBe('进京访一票否决：一票否决：进京访大于0，排名列末位');
  });
});
