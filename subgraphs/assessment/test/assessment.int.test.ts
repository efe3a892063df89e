import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { AssessmentScheme, PeriodKind, RankingEntry, assessmentSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const schemeId = randomUUID();
const [east, west, north] = [randomUUID(), randomUUID(), randomUUID()];

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'assessment');
  subgraph = await startTestSubgraph(assessmentSubgraph, db.url);
  const em = subgraph.orm.em.fork();
  const scheme = em.create(AssessmentScheme, { id: schemeId, documentNumber: '党办〔2024〕25号', name: '乡镇（街道）信访工作考核办法', schemeVersion: 1, periodKind: PeriodKind.QUARTER, publishedAt: new Date('2024-03-01') });
  const entry = (unitId: string, period: string, score: number, rank: number, vetoed = false) =>
    em.create(RankingEntry, { id: randomUUID(), scheme, period, unitId, score, rank, rankedUnits: 3, vetoed, publishedAt: new Date(period === '2026-Q2' ? '2026-07-15' : '2026-10-15') });
  entry(east, '2026-Q2', 97, 1);
  entry(west, '2026-Q2', 95, 2);
  entry(north, '2026-Q2', 90, 3);
  entry(east, '2026-Q3', 96.5, 1);
  entry(west, '2026-Q3', 96.5, 1);
  entry(north, '2026-Q3', 99, 3, true);
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

describe('assessment subgraph', () => {
  it('lists a period\'s ranking best first, ties sharing a rank and a veto last', async () => {
    const result = await subgraph.execute(`query ($id: ID!) { ranking(schemeId: $id, period: "2026-Q3") { rank score vetoed unit { id } } }`, { id: schemeId });
    expect(result.data).toEqual({
      ranking: [
        { rank: 1, score: 96.5, vetoed: false, unit: { id: [east, west].sort()[0] } },
        { rank: 1, score: 96.5, vetoed: false, unit: { id: [east, west].sort()[1] } },
        { rank: 3, score: 99, vetoed: true, unit: { id: north } },
      ],
    });
  });

  it('refuses a malformed period and an unknown scheme', async () => {
    const bad = await subgraph.execute(`query ($id: ID!) { ranking(schemeId: $id, period: "Q3 2026") { rank } }`, { id: schemeId });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const unknown = await subgraph.execute(`{ ranking(schemeId: "${randomUUID()}", period: "2026-Q3") { rank } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('gives each Department reference its latest result in one statement', async () => {
    subgraph.counter.reset();
    const result = await subgraph.execute(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Department {
      latestAssessment { period rank score scheme { documentNumber } }
    } } }`, { reps: [east, north, randomUUID()].map((id) => ({ __typename: 'Department', id })) });
    expect(result.data).toEqual({
      _entities: [
        { latestAssessment: { period: '2026-Q3', rank: 1, score: 96.5, scheme: { documentNumber: '党办〔2024〕25号' } } },
        { latestAssessment: { period: '2026-Q3', rank: 3, score: 99, scheme: { documentNumber: '党办〔2024〕25号' } } },
        { latestAssessment: null },
      ],
    });
    // latest results (1) and their scheme (1)
    expect(subgraph.counter.count).toBe(2);
  });
});
