import type { TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { Case } from '../src';
import { smallDistrict, startCases } from './small-district';

/**
 * Regression: two registrations at the same moment took the same number (one failed INTERNAL on
 * case_number_unique), and 30 at once hung the subgraph for good, because the number lock and the
 * read of the last number ran on a second pooled connection outside the registering transaction.
 */
let subgraph: TestSubgraph;
const now = new Date('2026-03-02T09:00:00+08:00');

const district = smallDistrict();
const { town } = district;

let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ subgraph, close } = await startCases(inject('databaseServerUrl'), 'case_numbers', district, () => now));
});
afterAll(() => close?.());
beforeEach(() => subgraph.clean());

const REGISTER = `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }`;

function registration(i: number, idempotencyKey?: string) {
  return {
    idempotencyKey,
    channel: 'VISIT',
    petitioners: [{ name: `来访人${i}` }],
    form: 'INDIVIDUAL',
    headCount: 1,
    townshipId: town,
    categoryMain: '城乡建设',
    categorySub: '拆迁安置',
    summary: `反映拆迁安置问题 ${i}`,
  };
}

function registerAll(inputs: Record<string, unknown>[]) {
  return Promise.all(inputs.map((input) => subgraph.execute<{ registerCase: { id: string; number: string } }>(REGISTER, { input })));
}

const numbers = (count: number) => Array.from({ length: count }, (_, i) => `XF2026-${String(i + 1).padStart(6, '0')}`);

/** The subgraph answers, and no connection of its database was left holding a transaction open. */
async function stillAnswers() {
  const answer = await subgraph.execute<{ cases: { total: number } }>(`{ cases { total } }`);
  expect(answer.errors).toBeUndefined();
  const [{ stuck }] = await subgraph.orm.em.fork().execute<{ stuck: number }[]>(
    `select count(*)::int as stuck from pg_stat_activity where datname = current_database() and state like 'idle in transaction%'`,
  );
  expect(stuck).toBe(0);
  return answer.data!.cases.total;
}

describe('case numbers under concurrency', () => {
  it('gives 50 simultaneous registrations 50 cases with consecutive numbers, and keeps answering', async () => {
    const results = await registerAll(Array.from({ length: 50 }, (_, i) => registration(i)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data!.registerCase.number).sort()).toEqual(numbers(50));
    expect(await subgraph.orm.em.fork().count(Case, {})).toBe(50);
    expect(await stillAnswers()).toBe(50);
  }, 60_000);

  it('does the same with an idempotency key on each', async () => {
    const results = await registerAll(Array.from({ length: 50 }, (_, i) => registration(i, `intake-key-${i}`)));
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    expect(results.map((r) => r.data!.registerCase.number).sort()).toEqual(numbers(50));
    expect(await stillAnswers()).toBe(50);
  }, 60_000);

  it('registers one case for the same idempotency key sent 20 times at once, and leaves no gap in the numbers', async () => {
    const results = await registerAll([
      ...Array.from({ length: 20 }, () => registration(0, 'intake-same-key')),
      ...Array.from({ length: 10 }, (_, i) => registration(i + 1)),
    ]);
    expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    const same = new Set(results.slice(0, 20).map((r) => r.data!.registerCase.id));
    expect(same.size).toBe(1);
    expect(results.map((r) => r.data!.registerCase.number).filter((n, i, all) => all.indexOf(n) === i).sort()).toEqual(numbers(11));
    expect(await stillAnswers()).toBe(11);
  }, 60_000);

  it('refuses a key reused for a different matter with CONFLICT, also at the same moment, and registers it once', async () => {
    const results = await registerAll([registration(1, 'intake-reused-key'), registration(2, 'intake-reused-key'), registration(1, 'intake-reused-key')]);
    const outcomes = results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : r.data!.registerCase.number));
    expect(outcomes.filter((o) => o === 'CONFLICT').length).toBeGreaterThanOrEqual(1);
    expect(outcomes.filter((o) => o !== 'CONFLICT').every((o) => o === 'XF2026-000001')).toBe(true);
    const again = await registerAll([registration(3, 'intake-reused-key')]);
    expect(again[0].errors?.[0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/intake-reused-key was already used to register XF2026-000001, a different matter/),
    });
    expect(await stillAnswers()).toBe(1);
  });

  it('numbers each year from 1, after the last number of that year', async () => {
    const [first] = await registerAll([{ ...registration(1), receivedAt: '2025-12-31T15:00:00Z' }]);
    // 2025-12-31 23:00 in China: a case of 2025
    expect(first.data?.registerCase.number).toBe('XF2025-000001');
    const results = await registerAll(Array.from({ length: 5 }, (_, i) => registration(i)));
    expect(results.map((r) => r.data!.registerCase.number).sort()).toEqual(numbers(5));
  });
});
