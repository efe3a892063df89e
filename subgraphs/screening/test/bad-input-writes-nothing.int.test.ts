import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Screening, liaisonOf, registrar, startScreening, units } from './fixture';

let s: Screening;

beforeAll(async () => {
  s = await startScreening(inject('databaseServerUrl'), 'bad_input');
});
afterAll(async () => {
  await s?.close();
});

const DECLARE = `mutation ($input: DeclareSensitivePeriodInput!) { declareSensitivePeriod(input: $input) { id } }`;
const WARN = `mutation ($input: FileWarningInput!) { fileWarning(input: $input) { id } }`;
const REPORT = `mutation ($input: FileScreeningReportInput!) { fileScreeningReport(input: $input) { id } }`;
const period = { name: '国庆节', startsOn: '2026-12-01', endsOn: '2026-12-07', cutoff: '10:00', unitIds: [units.township.id, units.street.id] };
const warning = { expectedOn: '2026-11-25', destinationLevel: 'PROVINCE', expectedHeadCount: 8, matter: '拆迁补偿' };
const factor = { description: '拆迁补偿争议', riskLevel: 'HIGH', peopleInvolved: 8, place: '城关镇', measures: '已稳控', responsible: '王强' };

/** Each bad input: what is sent, as whom, and the field the error must name. */
const cases: { name: string; query: string; input: Record<string, unknown>; field: string; as?: ReturnType<typeof liaisonOf> }[] = [
  { name: 'a cut-off without a period', query: DECLARE, input: { name: '两会', cutoff: '10:00', unitIds: [units.township.id] }, field: 'input.startsOn' },
  { name: 'a period without its last day', query: DECLARE, input: { ...period, endsOn: null }, field: 'input.endsOn' },
  { name: 'a period whose end precedes its start', query: DECLARE, input: { ...period, endsOn: '2026-11-30' }, field: 'input.endsOn' },
  { name: 'a cut-off that is no time of day', query: DECLARE, input: { ...period, cutoff: '25:00' }, field: 'input.cutoff' },
  { name: 'a day that does not exist', query: DECLARE, input: { ...period, startsOn: '2026-02-30' }, field: 'input.startsOn' },
  { name: 'an unknown unit in a period', query: DECLARE, input: { ...period, unitIds: [units.township.id, '30000000-0000-4000-8000-000000000009'] }, field: 'input.unitIds[1]' },
  { name: 'an inactive unit in a period', query: DECLARE, input: { ...period, unitIds: [units.closed.id] }, field: 'input.unitIds[0]' },
  { name: 'a head-count below 1', query: WARN, input: { ...warning, expectedHeadCount: 0 }, field: 'input.expectedHeadCount', as: liaisonOf(units.township) },
  { name: 'an expected date in the past', query: WARN, input: { ...warning, expectedOn: '2026-11-22' }, field: 'input.expectedOn', as: liaisonOf(units.township) },
  { name: 'a warning for an unknown unit', query: WARN, input: { ...warning, unitId: '30000000-0000-4000-8000-000000000009', townshipId: units.township.id }, field: 'input.unitId' },
  { name: 'a warning whose township is no township', query: WARN, input: { ...warning, unitId: units.department.id, townshipId: units.department.id }, field: 'input.townshipId' },
  { name: 'a department warning without a township', query: WARN, input: { ...warning, unitId: units.department.id }, field: 'input.townshipId' },
  { name: 'a bureau filing that names no unit', query: WARN, input: warning, field: 'input.unitId' },
  { name: 'a screening report with factors and 无', query: REPORT, input: { nothingFound: true, factors: [factor] }, field: 'input.factors', as: liaisonOf(units.township) },
  { name: 'a screening report with neither', query: REPORT, input: { nothingFound: false, factors: [] }, field: 'input.factors', as: liaisonOf(units.township) },
  { name: 'a factor without its responsible person', query: REPORT, input: { nothingFound: false, factors: [{ ...factor, responsible: ' ' }] }, field: 'input.factors[0].responsible', as: liaisonOf(units.township) },
  { name: 'a factor with fewer than no people', query: REPORT, input: { nothingFound: false, factors: [{ ...factor, peopleInvolved: -1 }] }, field: 'input.factors[0].peopleInvolved', as: liaisonOf(units.township) },
  { name: 'a screening report for an unknown unit', query: REPORT, input: { nothingFound: true, unitId: '30000000-0000-4000-8000-000000000009' }, field: 'input.unitId' },
  { name: 'a screening report of the leadership', query: REPORT, input: { nothingFound: true }, field: 'input.unitId', as: liaisonOf(units.leadership) },
  { name: 'a cycle that is no week or month', query: REPORT, input: { nothingFound: true, cycle: '2026-W60' }, field: 'input.cycle', as: liaisonOf(units.township) },
];

describe('bad input gets an error naming the field, and nothing is written', () => {
  it.each(cases)('$name', async ({ query, input, field, as }) => {
    s.clock.now = new Date('2026-11-23T09:00:00+08:00');
    const before = await s.rowCounts();
    const result = await s.subgraph.execute(query, { input }, as ?? registrar);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(result.errors?.[0]?.message).toContain(field);
    expect(await s.rowCounts()).toEqual(before);
  });
});
