import { randomUUID } from 'node:crypto';
import { testIdentity } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Case, CaseForm, CaseStatus, Channel, Satisfaction, VisitLevel } from '../src';
import { smallDistrict, startCases } from './small-district';

const district = smallDistrict();
const [east, west] = [randomUUID(), randomUUID()];
let cases: Awaited<ReturnType<typeof startCases>>;
const evaluator = testIdentity('EVALUATOR', district.bureau);
// 2026-Q3 in China time
const from = '2026-06-30T16:00:00.000Z';
const to = '2026-09-30T16:00:00.000Z';
let serial = 0;

interface Made { id: string; number: string }
const made: Record<string, Made> = {};

beforeAll(async () => {
  cases = await startCases(inject('databaseServerUrl'), 'cases_assessment_facts', district, () => new Date('2026-11-20T02:00:00Z'));
  const em = cases.subgraph.orm.em.fork();
  const add = (name: string, fields: Partial<Case> & { registeredAt: Date }) => {
    const id = randomUUID();
    const number = `XF2026-${String(++serial).padStart(6, '0')}`;
    made[name] = { id, number };
    em.create(Case, {
      id, number, channel: Channel.VISIT, form: CaseForm.INDIVIDUAL, headCount: 1, levelVisited: VisitLevel.DISTRICT,
      categoryMain: '城乡建设', categorySub: '拆迁安置', townshipId: east, status: CaseStatus.REGISTERED, summary: '诉求', ...fields,
    });
  };
  // east: a collective visit to the province registered 00:30 on 1 July China time (in Q3)
  add('collective', { registeredAt: new Date('2026-06-30T16:30:00Z'), form: CaseForm.COLLECTIVE, headCount: 12, levelVisited: VisitLevel.PROVINCE });
  // 23:30 on 30 June China time: Q2, not counted
  add('lateJune', { registeredAt: new Date('2026-06-30T15:30:00Z') });
  // a repeat to Beijing, accepted 1 August and replied on time, closed satisfied
  add('beijing', {
    registeredAt: new Date('2026-07-20T02:00:00Z'), levelVisited: VisitLevel.BEIJING, isRepeat: true, status: CaseStatus.CLOSED,
    acceptedAt: new Date('2026-07-25T02:00:00Z'), repliedAt: new Date('2026-08-20T02:00:00Z'), closedAt: new Date('2026-08-25T02:00:00Z'), satisfaction: Satisfaction.SATISFIED,
  });
  // accepted 1 July, due 30 August (a Sunday: moves to Monday 31 August), never replied: overdue
  add('overdue', { registeredAt: new Date('2026-06-25T02:00:00Z'), status: CaseStatus.IN_PROGRESS, acceptedAt: new Date('2026-07-01T02:00:00Z') });
  // backlog: accepted in March, overdue since May, closed in Q3 dissatisfied
  add('backlog', {
    registeredAt: new Date('2026-03-01T02:00:00Z'), status: CaseStatus.CLOSED, acceptedAt: new Date('2026-03-02T02:00:00Z'),
    repliedAt: new Date('2026-08-01T02:00:00Z'), closedAt: new Date('2026-08-10T02:00:00Z'), satisfaction: Satisfaction.DISSATISFIED,
  });
  // last year's Q3: one collective visit
  add('lastYear', { registeredAt: new Date('2025-08-01T02:00:00Z'), form: CaseForm.COLLECTIVE, headCount: 6 });
  // west: one case, accepted, still open
  add('west', { registeredAt: new Date('2026-09-01T02:00:00Z'), townshipId: west, status: CaseStatus.ACCEPTED, acceptedAt: new Date('2026-09-02T02:00:00Z') });
  await em.flush();
});
afterAll(async () => cases?.close());

const QUERY = `query ($units: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!) {
  assessmentFacts(unitIds: $units, from: $from, to: $to) { unitId facts { metric value denominator persons lastYearValue caseIds caseNumbers casePersons } }
}`;

type Facts = { unitId: string; facts: { metric: string; value: number; denominator: number | null; persons: number; lastYearValue: number | null; caseIds: string[]; caseNumbers: string[]; casePersons: number[] }[] }[];

function metric(facts: Facts, unitId: string, name: string) {
  const fact = facts.find((unit) => unit.unitId === unitId)?.facts.find((f) => f.metric === name);
  if (!fact) return undefined;
  const { caseIds, caseNumbers, casePersons, ...rest } = fact;
  return { ...rest, cases: caseIds.map((id, i) => ({ id, number: caseNumbers[i], persons: casePersons[i] })) };
}

describe('assessment facts (service call for the assessment subgraph)', () => {
  it('counts per unit with China-time period boundaries, the cases behind each count and last year\'s count', async () => {
    const result = await cases.subgraph.execute<{ assessmentFacts: Facts }>(QUERY, { units: [east, west], from, to }, evaluator);
    expect(result.errors).toBeUndefined();
    const facts = result.data!.assessmentFacts;
    const ref = (name: string, persons = 1) => ({ ...made[name], persons });
    expect(metric(facts, east, 'cases')).toMatchObject({ value: 2, lastYearValue: 1, cases: [ref('collective', 12), ref('beijing')] });
    expect(metric(facts, east, 'collectiveVisits')).toMatchObject({ value: 1, persons: 12, lastYearValue: 1, cases: [ref('collective', 12)] });
    expect(metric(facts, east, 'skipLevelVisits')).toMatchObject({ value: 2, persons: 13 });
    expect(metric(facts, east, 'skipLevelBeijing')).toMatchObject({ value: 1, cases: [ref('beijing')] });
    expect(metric(facts, east, 'skipLevelProvince')).toMatchObject({ value: 1, cases: [ref('collective', 12)] });
    expect(metric(facts, east, 'collectiveSkipLevel')).toMatchObject({ value: 1 });
    expect(metric(facts, east, 'repeatPetitions')).toMatchObject({ value: 1, cases: [ref('beijing')] });
    expect(metric(facts, east, 'repeatRate')).toMatchObject({ value: 1, denominator: 2 });
    // the handling deadline of 'overdue' fell in Q3 and was missed; 'beijing' was replied in time
    expect(metric(facts, east, 'onTimeClosureRate')).toMatchObject({ value: 1, denominator: 2, cases: [ref('overdue')] });
    expect(metric(facts, east, 'overdueCases')).toMatchObject({ value: 1, cases: [ref('overdue')] });
    expect(metric(facts, east, 'backlogResolved')).toMatchObject({ value: 1, cases: [ref('backlog')] });
    expect(metric(facts, east, 'backlogResolutionRate')).toMatchObject({ value: 1, denominator: 1 });
    expect(metric(facts, east, 'closureRate')).toMatchObject({ value: 1, denominator: 1, cases: [] });
    expect(metric(facts, east, 'satisfactionRate')).toMatchObject({ value: 1, denominator: 2, cases: [ref('backlog')] });
    expect(metric(facts, east, 'participationRate')).toMatchObject({ value: 2, denominator: 2 });
    expect(metric(facts, west, 'cases')).toMatchObject({ value: 1, lastYearValue: 0 });
    expect(metric(facts, west, 'closureRate')).toMatchObject({ value: 0, denominator: 1, cases: [ref('west')] });
    expect(metric(facts, west, 'collectiveVisits')).toMatchObject({ value: 0, cases: [] });
  });

  it('costs the same three statements for two units and for fifty', async () => {
    cases.subgraph.counter.reset();
    await cases.subgraph.execute(QUERY, { units: [east, west], from, to }, evaluator);
    const few = cases.subgraph.counter.count;
    cases.subgraph.counter.reset();
    const many = [east, west, ...Array.from({ length: 48 }, () => randomUUID())];
    const result = await cases.subgraph.execute<{ assessmentFacts: Facts }>(QUERY, { units: many, from, to }, evaluator);
    expect(result.data?.assessmentFacts).toHaveLength(50);
    expect(cases.subgraph.counter.count).toBe(few);
    expect(few).toBe(3);
  });

  it('gives only the metrics asked for, and refuses an unknown one', async () => {
    const query = `query ($units: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!, $metrics: [String!]) {
      assessmentFacts(unitIds: $units, from: $from, to: $to, metrics: $metrics) { unitId facts { metric value caseNumbers } } }`;
    const result = await cases.subgraph.execute(query, { units: [east], from, to, metrics: ['skipLevelBeijing', 'closureRate'] }, evaluator);
    expect(result.data).toEqual({ assessmentFacts: [{ unitId: east, facts: [
      { metric: 'skipLevelBeijing', value: 1, caseNumbers: [made.beijing.number] },
      { metric: 'closureRate', value: 1, caseNumbers: [] },
    ] }] });
    const unknown = await cases.subgraph.execute(query, { units: [east], from, to, metrics: ['abnormalVisits'] }, evaluator);
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'metrics' });
  });

  it('is for evaluators and admins only, and refuses a period the wrong way round', async () => {
    const liaison = await cases.subgraph.execute(QUERY, { units: [east], from, to }, testIdentity('LIAISON', east));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await cases.subgraph.execute(QUERY, { units: [east], from, to }, testIdentity('ADMIN', district.bureau));
    expect(admin.errors).toBeUndefined();
    const reversed = await cases.subgraph.execute(QUERY, { units: [east], from: to, to: from }, evaluator);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
