import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type AssessedUnit, StaticCaseFacts, StaticReportingFacts, StaticUnitDirectory, assessmentSubgraph, createContext } from '../src';

/** A small district built by hand: seven townships whose scores under the scheme below are known exactly. */
const names = ['甲镇', '乙镇', '丙镇', '丁镇', '戊镇', '己镇', '庚镇'] as const;
const ids = Object.fromEntries(names.map((name) => [name, randomUUID()])) as Record<(typeof names)[number], string>;
const population: Record<string, number> = { 甲镇: 20_000, 己镇: 40_000 };
const units: AssessedUnit[] = names.map((name, i) => ({ id: ids[name], name, code: `T-${i}`, kind: 'TOWNSHIP', population: population[name] ?? 10_000 }));
let serial = 0;
const aCase = (persons = 1) => ({ id: randomUUID(), number: `XF2026-${String(++serial).padStart(6, '0')}`, persons });
const c1 = aCase(8);
const e1 = aCase(6);
const d1 = aCase(2);
const cases = (list: ReturnType<typeof aCase>[]) => ({ value: list.length, cases: list });
const fCases = Array.from({ length: 40 }, () => aCase());
const facts = new StaticCaseFacts({
  // 100 - 1 (closure 99%) - 2 (one case per 10,000) = 97, but satisfaction 80%: out of rewards
  [ids.庚镇]: { closureRate: { value: 99, denominator: 100 }, cases: cases([aCase()]), satisfactionRate: { value: 8, denominator: 10 } },
  // 100 - 6 (closure 94%) - 2 + 3 (three backlog cases at +2, capped at 3) = 95
  [ids.丙镇]: { closureRate: { value: 94, denominator: 100, cases: [aCase()] }, cases: cases([aCase()]), backlogResolved: cases([aCase(), aCase(), aCase()]) },
  // 100 - 5 (a collective visit warned of beforehand: halved) - 2 (two cases per 20,000 residents = 1 per 10,000) = 93
  [ids.甲镇]: { collectiveVisits: cases([c1]), cases: cases([c1, aCase()]) },
  // 100 - 5 (closure 95%) - 2 = 93: tied with 甲镇 at the reward cut-off
  [ids.乙镇]: { closureRate: { value: 95, denominator: 100 }, cases: cases([aCase()]) },
  // 100 - 20 (a collective visit that is also a repeat: double) - 2 + 2 (one backlog case) = 80
  [ids.戊镇]: { collectiveVisits: cases([e1]), repeatPetitions: cases([e1]), cases: cases([e1]), backlogResolved: cases([aCase()]) },
  // 100 - 20 (40 cases per 40,000 residents = 10 per 10,000, at 2 points) = 80: tied with 戊镇 at the key-management cut-off
  [ids.己镇]: { cases: cases(fCases) },
  // a visit to Beijing: vetoed, ranked last whatever its 98 points
  [ids.丁镇]: { skipLevelBeijing: cases([d1]), cases: cases([d1]) },
});
const reporting = new StaticReportingFacts({ [ids.甲镇]: { warningsFiled: 1, warnedCaseIds: [c1.id] } });
const directory = new StaticUnitDirectory(units);

const definition = {
  baseScore: 100,
  floor: 0,
  rewardCount: 2,
  keyManagementCount: 2,
  rules: [
    { kind: 'RATE', id: 'closure', title: '办结率', metric: 'closureRate', points: 10, perPointBelow: 1 },
    { kind: 'DEDUCTION', id: 'collective', title: '集体访扣分', metric: 'collectiveVisits', points: 10, halvedWhenWarned: true, multipliers: [{ whenAlso: 'repeatPetitions', factor: 2 }] },
    { kind: 'DEDUCTION', id: 'volume', title: '信访总量万人比', metric: 'cases', points: 2, perCapita: true },
    { kind: 'BONUS', id: 'backlog', title: '积案化解加分', metric: 'backlogResolved', points: 2, cap: 3 },
    { kind: 'VETO', id: 'beijing', title: '进京访否决', metric: 'skipLevelBeijing', op: 'GT', threshold: 0, effect: 'RANK_LAST' },
    { kind: 'VETO', id: 'satisfaction', title: '满意率否决', metric: 'satisfactionRate', op: 'LT', threshold: 0.9, effect: 'NO_REWARD' },
  ],
};

const schemeInput = (overrides: Record<string, unknown> = {}) => ({
  documentNumber: '党办〔2024〕25号', name: '乡镇（街道）信访工作考核办法', issuingBody: '中共某区委办公室', periodKind: 'QUARTER', unitScope: 'TOWNSHIPS',
  validFrom: '2026-Q1', validUntil: '2026-Q3', definition, ...overrides,
});

const evaluator = testIdentity('EVALUATOR');
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
let schemeId: string;

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'assessment_engine');
  subgraph = await startTestSubgraph(
    assessmentSubgraph,
    db.url,
    (em, identity) => createContext(em, { identity, sources: { caseFacts: facts, reporting, directory } }),
    evaluator,
  );
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const DRAFT = `mutation ($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { id version schemeVersion status rulesText } }`;
const PUBLISH_SCHEME = `mutation ($id: ID!, $version: Int!) { publishSchemeVersion(id: $id, version: $version) { id status publishedAt } }`;
const RUN = `mutation ($id: ID!, $period: String!, $seed: Int!) { runAssessment(schemeVersionId: $id, period: $period, monteCarlo: { seed: $seed, runs: 1000 }) {
  id version status period entries { name score rank rankedUnits inRewardGroup inKeyManagementGroup outOfRewards rankedLast previousRank rankChange population
    vetoes { ruleId effect note cases { number } }
    lines { ruleId points value perCapita note cases { number points warned factor } }
    robustness { medianRank rankLow rankHigh rewardShare keyManagementShare rewardRobust keyManagementRobust } } } }`;
const PUBLISH_RUN = `mutation ($id: ID!, $version: Int!) { publishAssessmentRun(runId: $id, version: $version) { id status publishedAt } }`;

type Entry = { name: string; score: number; rank: number; inRewardGroup: boolean; inKeyManagementGroup: boolean; outOfRewards: boolean; rankedLast: boolean; previousRank: number | null; rankChange: number | null;
  vetoes: { ruleId: string; effect: string; cases: { number: string }[] }[]; lines: { ruleId: string; points: number; value: number; perCapita: number | null; cases: { number: string; points: number; warned: boolean; factor: number }[] }[];
  robustness: { medianRank: number; rankLow: number; rankHigh: number; rewardRobust: boolean; keyManagementRobust: boolean } };
type Run = { id: string; version: number; status: string; entries: Entry[] };

async function run(period: string, seed = 7): Promise<Run> {
  const result = await subgraph.execute<{ runAssessment: Run }>(RUN, { id: schemeId, period, seed });
  expect(result.errors).toBeUndefined();
  return result.data!.runAssessment;
}

describe('assessment engine on a small district', () => {
  it('refuses bad schemes with a message naming the rule', async () => {
    const bad = async (rules: unknown[], field: string, message: RegExp) => {
      const result = await subgraph.execute(DRAFT, { input: schemeInput({ definition: { ...definition, rules } }) });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
      expect(result.errors?.[0]?.message).toMatch(message);
    };
    await bad([definition.rules[0], { kind: 'DEDUCTION', id: 'x', title: '非访扣分', metric: 'abnormalVisits', points: 5 }], 'input.definition.rules[1].metric', /rules\[1\] \(非访扣分\): unknown metric "abnormalVisits"/);
    await bad([{ ...definition.rules[3], cap: -1 }], 'input.definition.rules[0].cap', /rules\[0\] \(积案化解加分\): cap must not be negative/);
    await bad(
      [definition.rules[4], { kind: 'VETO', id: 'b2', title: '进京访不评先', metric: 'skipLevelBeijing', op: 'GTE', threshold: 1, effect: 'NO_REWARD' }],
      'input.definition.rules[1].effect',
      /rules\[1\] \(进京访不评先\): contradicts rules\[0\] \(进京访否决\)/,
    );
    await bad([{ kind: 'RATE', id: 'r', title: '满意率', metric: 'cases', points: 5 }], 'input.definition.rules[0].metric', /metric cases is a count; a RATE rule needs a rate/);
    const liaison = await subgraph.execute(DRAFT, { input: schemeInput() }, testIdentity('LIAISON'));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await subgraph.execute(`{ assessmentSchemes { id } }`)).data).toEqual({ assessmentSchemes: [] });
  });

  it('enters a scheme through the API and ranks the district exactly: ties at both cut-offs, vetoes, a halved deduction, per-capita counts', async () => {
    const drafted = await subgraph.execute<{ draftSchemeVersion: { id: string; version: number; schemeVersion: number; status: string; rulesText: string[] } }>(DRAFT, { input: schemeInput() });
    expect(drafted.errors).toBeUndefined();
    const scheme = drafted.data!.draftSchemeVersion;
    expect(scheme).toMatchObject({ schemeVersion: 1, status: 'DRAFT' });
    expect(scheme.rulesText[1]).toBe('集体访扣分：集体访每件（批）次扣10分，同时为重复访的按2倍计，事前预警的减半扣分');
    schemeId = scheme.id;
    const refused = await subgraph.execute(RUN, { id: schemeId, period: '2026-Q3', seed: 7 });
    expect(refused.errors?.[0]?.message).toMatch(/is a draft: publish it/);
    expect((await subgraph.execute(PUBLISH_SCHEME, { id: schemeId, version: scheme.version })).errors).toBeUndefined();

    const q3 = await run('2026-Q3');
    expect(q3.status).toBe('DRAFT');
    expect(q3.entries.map((e) => [e.name, e.score, e.rank, e.inRewardGroup, e.inKeyManagementGroup])).toEqual([
      ['庚镇', 97, 1, false, false],
      ['丙镇', 95, 2, true, false],
      ['甲镇', 93, 3, true, false],
      ['乙镇', 93, 3, true, false],
      // tied units in the order of their names' pinyin (己 ji before 戊 wu)
      ['己镇', 80, 5, false, true],
      ['戊镇', 80, 5, false, true],
      ['丁镇', 98, 7, false, true],
    ]);
    const entry = (name: string) => q3.entries.find((e) => e.name === name)!;
    expect(entry('庚镇')).toMatchObject({ outOfRewards: true, rankedLast: false, vetoes: [{ ruleId: 'satisfaction', effect: 'NO_REWARD' }] });
    expect(entry('丁镇')).toMatchObject({ rankedLast: true, vetoes: [{ ruleId: 'beijing', effect: 'RANK_LAST', cases: [{ number: d1.number }] }] });
    const line = (name: string, ruleId: string) => entry(name).lines.find((l) => l.ruleId === ruleId)!;
    expect(line('甲镇', 'collective')).toMatchObject({ points: -5, cases: [{ number: c1.number, points: -5, warned: true, factor: 1 }] });
    expect(line('甲镇', 'volume')).toMatchObject({ points: -2, value: 2, perCapita: 1 });
    expect(line('戊镇', 'collective')).toMatchObject({ points: -20, cases: [{ number: e1.number, points: -20, warned: false, factor: 2 }] });
    expect(line('己镇', 'volume')).toMatchObject({ points: -20, value: 40, perCapita: 10 });
    expect(line('己镇', 'volume').cases).toHaveLength(40);
    expect(line('丙镇', 'backlog')).toMatchObject({ points: 3, value: 3 });
    expect(line('丙镇', 'closure')).toMatchObject({ points: -6, value: 94 });
    // the vetoed unit's interval is fixed at the bottom; a unit far from any cut-off keeps its status in every run
    expect(entry('丁镇').robustness).toMatchObject({ medianRank: 7, rankLow: 7, rankHigh: 7, keyManagementRobust: true });
    expect(entry('庚镇').robustness).toMatchObject({ rewardRobust: true });
    // the 93/93 tie at the reward cut-off and the 80/80 tie at the key-management cut-off break either way under other weights
    expect(entry('甲镇').robustness.rewardRobust || entry('乙镇').robustness.rewardRobust).toBe(false);
  });

  it('draws the same rank intervals from the same seed (medians stable across seeds)', async () => {
    const [a, b, c] = [await run('2026-Q3', 11), await run('2026-Q3', 11), await run('2026-Q3', 12)];
    const intervals = (r: Run) => r.entries.map((e) => e.robustness);
    expect(intervals(a)).toEqual(intervals(b));
    expect(intervals(c).map((i) => i.medianRank)).toEqual(intervals(a).map((i) => i.medianRank));
  });

  it('costs the same SQL statements for seven units and for seventy', async () => {
    subgraph.counter.reset();
    await run('2026-Q3');
    const seven = subgraph.counter.count;
    const many = new StaticUnitDirectory([...units, ...Array.from({ length: 63 }, (_, i): AssessedUnit => ({ id: randomUUID(), name: `镇${i}`, code: `X-${i}`, kind: 'STREET', population: 10_000 }))]);
    const big = await startTestSubgraph(assessmentSubgraph, db.url, (em, identity) => createContext(em, { identity, sources: { caseFacts: facts, reporting, directory: many } }), evaluator);
    try {
      big.counter.reset();
      const result = await big.execute<{ runAssessment: Run }>(RUN, { id: schemeId, period: '2026-Q3', seed: 7 });
      expect(result.data?.runAssessment.entries).toHaveLength(70);
      expect(big.counter.count).toBe(seven);
    } finally {
      await big.close();
    }
    expect(facts.calls).toBeGreaterThan(0);
  });

  it('publishes a run immutably, compares it with the previous period, and a new version leaves it untouched', async () => {
    const q2 = await run('2026-Q2');
    expect((await subgraph.execute(PUBLISH_RUN, { id: q2.id, version: q2.version })).errors).toBeUndefined();
    const q3 = await run('2026-Q3');
    expect(q3.entries.find((e) => e.name === '丙镇')).toMatchObject({ previousRank: 2, rankChange: 0 });
    const published = await subgraph.execute<{ publishAssessmentRun: { status: string } }>(PUBLISH_RUN, { id: q3.id, version: q3.version });
    expect(published.data?.publishAssessmentRun.status).toBe('PUBLISHED');
    const again = await subgraph.execute(PUBLISH_RUN, { id: q3.id, version: q3.version });
    expect(again.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const other = await run('2026-Q3');
    const second = await subgraph.execute(PUBLISH_RUN, { id: other.id, version: other.version });
    expect(second.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const RANKING = `query ($id: ID!) { ranking(schemeId: $id, period: "2026-Q3") { rank score vetoed inRewardGroup inKeyManagementGroup rankChange unit { id } } }`;
    const before = await subgraph.execute(RANKING, { id: schemeId });
    expect((before.data as { ranking: unknown[] }).ranking).toHaveLength(7);

    // an overlapping version is refused; version 2 from 2026-Q4 with other rules is accepted and published
    const overlapping = await subgraph.execute(DRAFT, { input: schemeInput({ validFrom: '2026-Q3', validUntil: null }) });
    expect(overlapping.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.validFrom' } });
    expect(overlapping.errors?.[0]?.message).toMatch(/version 1 \(published\) already covers 2026-Q1 to 2026-Q3/);
    const v2 = await subgraph.execute<{ draftSchemeVersion: { id: string; version: number; schemeVersion: number } }>(DRAFT, {
      input: schemeInput({ validFrom: '2026-Q4', validUntil: null, definition: { ...definition, rules: [{ kind: 'DEDUCTION', id: 'volume', title: '信访总量', metric: 'cases', points: 5 }] } }),
    });
    expect(v2.data?.draftSchemeVersion.schemeVersion).toBe(2);
    expect((await subgraph.execute(PUBLISH_SCHEME, { id: v2.data!.draftSchemeVersion.id, version: v2.data!.draftSchemeVersion.version })).errors).toBeUndefined();
    const outside = await subgraph.execute(RUN, { id: v2.data!.draftSchemeVersion.id, period: '2026-Q3', seed: 1 });
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    const frozen = await subgraph.execute(`mutation ($id: ID!, $input: SchemeVersionInput!) { updateSchemeVersion(id: $id, version: 1, input: $input) { id } }`, { id: schemeId, input: schemeInput() });
    expect(frozen.errors?.[0]?.message).toMatch(/published and frozen/);
    expect(await subgraph.execute(RANKING, { id: schemeId })).toEqual(before);
    const latest = await subgraph.execute(`query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Department { latestAssessment { period rank score inRewardGroup } } } }`, {
      reps: [{ __typename: 'Department', id: ids.丙镇 }],
    });
    expect(latest.data).toEqual({ _entities: [{ latestAssessment: { period: '2026-Q3', rank: 2, score: 95, inRewardGroup: true } }] });
  });

  it('supersedes a version in force with no end by a later one (修订): the old one ends the period before, unless a published ranking is in the way', async () => {
    const documentNumber = '区委办〔2026〕9号';
    const SCHEMES = `{ assessmentSchemes { documentNumber schemeVersion status validFrom validUntil } }`;
    const versions = async () =>
      ((await subgraph.execute<{ assessmentSchemes: { documentNumber: string; schemeVersion: number; status: string; validFrom: string; validUntil: string | null }[] }>(SCHEMES)).data!.assessmentSchemes)
        .filter((v) => v.documentNumber === documentNumber)
        .map(({ schemeVersion, status, validFrom, validUntil }) => ({ schemeVersion, status, validFrom, validUntil }))
        .sort((a, b) => a.schemeVersion - b.schemeVersion);
    const first = (await subgraph.execute<{ draftSchemeVersion: { id: string; version: number } }>(DRAFT, { input: schemeInput({ documentNumber, validFrom: '2026-Q1', validUntil: null }) })).data!.draftSchemeVersion;
    await subgraph.execute(PUBLISH_SCHEME, { id: first.id, version: first.version });
    const q3 = (await subgraph.execute<{ runAssessment: { id: string; version: number } }>(RUN, { id: first.id, period: '2026-Q3', seed: 1 })).data!.runAssessment;
    expect((await subgraph.execute(PUBLISH_RUN, { id: q3.id, version: q3.version })).errors).toBeUndefined();

    // a revision from 2026-Q3 may be drafted, but not published over the published 2026-Q3 ranking
    const revision = await subgraph.execute<{ draftSchemeVersion: { id: string; version: number; schemeVersion: number } }>(DRAFT, { input: schemeInput({ documentNumber, validFrom: '2026-Q3', validUntil: null }) });
    expect(revision.errors).toBeUndefined();
    const second = revision.data!.draftSchemeVersion;
    const blocked = await subgraph.execute(PUBLISH_SCHEME, { id: second.id, version: second.version });
    expect(blocked.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.validFrom' }, message: expect.stringContaining('already has a published ranking for 2026-Q3') });
    expect(await versions()).toEqual([
      { schemeVersion: 1, status: 'PUBLISHED', validFrom: '2026-Q1', validUntil: null },
      { schemeVersion: 2, status: 'DRAFT', validFrom: '2026-Q3', validUntil: null },
    ]);

    const staleRun = (await subgraph.execute<{ runAssessment: { id: string; version: number } }>(RUN, { id: first.id, period: '2026-Q4', seed: 1 })).data!.runAssessment;
    // from 2026-Q4 it takes over: version 1 now ends with 2026-Q3 and no longer ranks 2026-Q4
    const moved = (await subgraph.execute<{ updateSchemeVersion: { id: string; version: number } }>(
      `mutation ($id: ID!, $version: Int!, $input: SchemeVersionInput!) { updateSchemeVersion(id: $id, version: $version, input: $input) { id version } }`,
      { id: second.id, version: second.version, input: schemeInput({ documentNumber, validFrom: '2026-Q4', validUntil: null }) },
    )).data!.updateSchemeVersion;
    expect((await subgraph.execute(PUBLISH_SCHEME, { id: moved.id, version: moved.version })).errors).toBeUndefined();
    expect(await versions()).toEqual([
      { schemeVersion: 1, status: 'PUBLISHED', validFrom: '2026-Q1', validUntil: '2026-Q3' },
      { schemeVersion: 2, status: 'PUBLISHED', validFrom: '2026-Q4', validUntil: null },
    ]);
    expect((await subgraph.execute(RUN, { id: first.id, period: '2026-Q4', seed: 1 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'period' });
    // a draft run computed under version 1 before the revision cannot be published for a period it no longer covers
    expect(await subgraph.execute(PUBLISH_RUN, { id: staleRun.id, version: staleRun.version })).toMatchObject({
      errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'runId' }), message: expect.stringContaining('no longer covers 2026-Q4 (it runs 2026-Q1 to 2026-Q3)') })],
    });
    // an ended version is not superseded again: a version starting inside it overlaps it
    const inside = await subgraph.execute(DRAFT, { input: schemeInput({ documentNumber, validFrom: '2026-Q2', validUntil: '2026-Q2' }) });
    expect(inside.errors?.[0]?.message).toMatch(/version 1 \(published\) already covers 2026-Q1 to 2026-Q3/);

    // a revision for townships only does not end a version that also ranks the departments
    const both = '区委办〔2026〕10号';
    const wide = (await subgraph.execute<{ draftSchemeVersion: { id: string; version: number } }>(DRAFT, { input: schemeInput({ documentNumber: both, unitScope: 'BOTH', validFrom: '2026-Q1', validUntil: null }) })).data!.draftSchemeVersion;
    await subgraph.execute(PUBLISH_SCHEME, { id: wide.id, version: wide.version });
    const narrower = await subgraph.execute(DRAFT, { input: schemeInput({ documentNumber: both, unitScope: 'TOWNSHIPS', validFrom: '2026-Q3', validUntil: null }) });
    expect(narrower.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'input.validFrom' }, message: expect.stringContaining('already covers 2026-Q1 onwards') });
  });

  it('ranks townships and district departments separately under a scheme for both, departments by the cases they lead', async () => {
    const department = { id: randomUUID(), name: '区建设局', code: 'D-JSJ', kind: 'DEPARTMENT' as const, population: null };
    const seen: string[] = [];
    const byGroup = new StaticCaseFacts({ [department.id]: { overdueCases: cases([aCase(), aCase()]) } });
    const recording = { facts: (unitIds: string[], _from: Date, _to: Date, attribution: 'ORIGIN' | 'LEAD') => (seen.push(attribution), byGroup.facts(unitIds)) };
    const both = await startTestSubgraph(assessmentSubgraph, db.url, (em, identity) => createContext(em, { identity, sources: { caseFacts: recording, reporting, directory: new StaticUnitDirectory([...units.slice(0, 2), department]) } }), evaluator);
    try {
      const drafted = await both.execute<{ draftSchemeVersion: { id: string; version: number } }>(DRAFT, { input: schemeInput({
        documentNumber: '区委办〔2025〕3号', unitScope: 'BOTH', validUntil: null,
        definition: { baseScore: 100, rewardCount: 1, keyManagementCount: 1, rules: [{ kind: 'DEDUCTION', id: 'overdue', title: '超期扣分', metric: 'overdueCases', points: 30 }] },
      }) });
      const id = drafted.data!.draftSchemeVersion.id;
      await both.execute(PUBLISH_SCHEME, { id, version: drafted.data!.draftSchemeVersion.version });
      const result = await both.execute<{ runAssessment: { entries: { name: string; group: string; score: number; rank: number; rankedUnits: number }[] } }>(
        `mutation ($id: ID!) { runAssessment(schemeVersionId: $id, period: "2026-Q3", monteCarlo: { runs: 10 }) { entries { name group score rank rankedUnits } } }`, { id });
      expect(result.errors).toBeUndefined();
      expect(result.data!.runAssessment.entries).toEqual([
        { name: '甲镇', group: 'TOWNSHIPS', score: 100, rank: 1, rankedUnits: 2 },
        { name: '乙镇', group: 'TOWNSHIPS', score: 100, rank: 1, rankedUnits: 2 },
        { name: '区建设局', group: 'DEPARTMENTS', score: 40, rank: 1, rankedUnits: 1 },
      ]);
      expect(seen).toEqual(['ORIGIN', 'LEAD']);
    } finally {
      await both.close();
    }
  });

  it('writes the API\'s numbers into the Excel workbook and the Word bulletin', async () => {
    const runs = await subgraph.execute<{ assessmentRuns: { id: string; period: string; entries: Entry[] }[] }>(
      `query ($id: ID!) { assessmentRuns(schemeVersionId: $id, status: PUBLISHED) { id period entries { name score rank rankChange } } }`, { id: schemeId });
    const published = runs.data!.assessmentRuns;
    expect(published.map((r) => r.period)).toEqual(['2026-Q3', '2026-Q2']);
    const file = async (format: string) => {
      const result = await subgraph.execute<{ assessmentBulletin: { filename: string; contentBase64: string } }>(
        `query ($ids: [ID!]!, $format: BulletinFormat!) { assessmentBulletin(runIds: $ids, format: $format) { filename contentBase64 } }`, { ids: published.map((r) => r.id), format });
      expect(result.errors).toBeUndefined();
      return Buffer.from(result.data!.assessmentBulletin.contentBase64, 'base64');
    };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await file('XLSX') as unknown as ArrayBuffer);
    const q3 = published[0];
    const sheet = workbook.getWorksheet('2026年第三季度排名')!;
    const rows = sheet.getSheetValues().slice(3).map((row) => (row as unknown[]).slice(2, 5));
    expect(rows).toEqual(q3.entries.map((e) => [e.rank, e.name, e.score]));
    expect(workbook.worksheets.slice(0, 2).map((w) => w.name)).toEqual(['2026年第二季度排名', '2026年第三季度排名']);
    expect(workbook.worksheets.slice(2).map((w) => w.name).sort()).toEqual([...names].sort());
    const bing = workbook.getWorksheet('丙镇')!.getSheetValues().map((row) => (row as unknown[] | undefined)?.slice(1, 7));
    expect(bing).toContainEqual(['2026-Q3', '合计', undefined, undefined, undefined, 95]);

    const zip = await JSZip.loadAsync(await file('DOCX'));
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '|');
    expect(xml).toContain('关于2026年第三季度信访工作考核情况的通报');
    for (const e of q3.entries) expect(xml).toMatch(new RegExp(`\\|${e.rank}\\|+${e.name}\\|+${e.score.toFixed(2)}\\|`));
    expect(xml).toContain('评为先进：丙镇、甲镇、乙镇（3个）');
  });
});
