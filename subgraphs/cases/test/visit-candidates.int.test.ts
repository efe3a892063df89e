import { testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { smallDistrict, startCases } from './small-district';

/** The service call the screening subgraph matches early warnings (预警) with: `visitCandidates`. */
let subgraph: TestSubgraph;
let now = new Date('2026-03-02T09:00:00+08:00');
const district = smallDistrict();
let close: (() => Promise<void>) | undefined;
const ids: Record<string, string> = {};

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }`;
const CANDIDATES = `query ($t: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $ids: [ID!]) {
  visitCandidates(townshipId: $t, from: $from, to: $to, caseIds: $ids) { id number registeredAt form headCount levelVisited categoryMain categorySub }
}`;

async function register(name: string, at: string, form: string, headCount: number, levelVisited: string) {
  now = new Date(at);
  const result = await subgraph.execute<{ registerCase: { id: string } }>(REGISTER, {
    input: {
      channel: 'VISIT', petitioners: [{ name: '来访人' }], form, headCount, levelVisited, townshipId: district.town,
      categoryMain: '城乡建设', categorySub: '拆迁安置', summary: `反映拆迁安置问题（${name}）`,
    },
  });
  expect(result.errors).toBeUndefined();
  ids[name] = result.data!.registerCase.id;
}

beforeAll(async () => {
  ({ subgraph, close } = await startCases(inject('databaseServerUrl'), 'visit_candidates', district, () => now));
  await register('individual to the district', '2026-03-02T09:00:00+08:00', 'INDIVIDUAL', 1, 'DISTRICT');
  await register('collective to the district', '2026-03-03T09:00:00+08:00', 'COLLECTIVE', 30, 'DISTRICT');
  await register('individual to the city', '2026-03-04T09:00:00+08:00', 'INDIVIDUAL', 2, 'CITY');
  await register('collective to the province, later', '2026-03-20T09:00:00+08:00', 'COLLECTIVE', 8, 'PROVINCE');
});
afterAll(() => close?.());

describe('visitCandidates (service call for the screening subgraph)', () => {
  it('answers the collective and skip-level visits of a township registered in the range, oldest first', async () => {
    const result = await subgraph.execute<{ visitCandidates: { id: string }[] }>(CANDIDATES, {
      t: district.town, from: '2026-03-01T16:00:00.000Z', to: '2026-03-10T16:00:00.000Z',
    });
    expect(result.errors).toBeUndefined();
    expect(result.data?.visitCandidates).toEqual([
      { id: ids['collective to the district'], number: 'XF2026-000002', registeredAt: '2026-03-03T01:00:00.000Z', form: 'COLLECTIVE', headCount: 30, levelVisited: 'DISTRICT', categoryMain: '城乡建设', categorySub: '拆迁安置' },
      { id: ids['individual to the city'], number: 'XF2026-000003', registeredAt: '2026-03-04T01:00:00.000Z', form: 'INDIVIDUAL', headCount: 2, levelVisited: 'CITY', categoryMain: '城乡建设', categorySub: '拆迁安置' },
    ]);
  });

  it('narrows to the cases named, and answers nothing for another township', async () => {
    const named = await subgraph.execute<{ visitCandidates: { id: string }[] }>(CANDIDATES, {
      t: district.town, from: '2020-01-01T00:00:00.000Z', to: '2026-12-01T00:00:00.000Z', ids: [ids['collective to the province, later'], ids['individual to the district']],
    });
    expect(named.data?.visitCandidates.map((v) => v.id)).toEqual([ids['collective to the province, later']]);
    const elsewhere = await subgraph.execute<{ visitCandidates: unknown[] }>(CANDIDATES, { t: district.construction, from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' });
    expect(elsewhere.data?.visitCandidates).toEqual([]);
  });

  it('is for the bureau and the evaluator, not for liaisons', async () => {
    const liaison = await subgraph.execute(CANDIDATES, { t: district.town, from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' }, testIdentity('LIAISON', district.town));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const reversed = await subgraph.execute(CANDIDATES, { t: district.town, from: '2026-04-01T00:00:00Z', to: '2026-03-01T00:00:00Z' });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
