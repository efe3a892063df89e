/**
 * Screening through the gateway: a township's warning (预警) matched to the collective visit registered
 * after it, the fact reaching the assessment's service call (`reportingFacts`), and the seeded sensitive
 * period's missing and late daily reports listed per day.
 */
import { addDays, dayOf } from '@lianban/kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { District } from '../scripts/seed/district';
import { LOAD_DAY, startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let district: District;

const unitByCode = (code: string) => district.departments.find((d) => d.code === code)!;
const unitById = (id: string) => district.departments.find((d) => d.id === id)!;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'screening', 200);
  district = platform.district;
});
afterAll(async () => {
  await platform?.stop();
});

describe('screening through the gateway', () => {
  it('a warning matched to a collective visit registered after it reaches the assessment\'s reportingFacts', async () => {
    const township = unitByCode('T-003');
    const liaison = 'liaison-t-003';
    const start = new Date(Date.now() - 60_000);
    const filed = await platform.query<{ fileWarning: { id: string; status: string; unit: { name: string }; township: { code: string } } }>(
      `mutation ($input: FileWarningInput!) { fileWarning(input: $input) { id status unit { name } township { code } } }`,
      { input: { expectedOn: dayOf(new Date()), destinationLevel: 'CITY', expectedHeadCount: 30, matter: '安置房逾期未交付，群众拟到市集体上访', categoryMain: '城乡建设', categorySub: '拆迁安置' } },
      liaison,
    );
    expect(filed.errors).toBeUndefined();
    expect(filed.data?.fileWarning).toMatchObject({ status: 'OPEN', unit: { name: township.name }, township: { code: 'T-003' } });
    const warningId = filed.data!.fileWarning.id;

    const registered = await platform.query<{ registerCase: { id: string; number: string } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }`,
      {
        input: {
          channel: 'VISIT', form: 'COLLECTIVE', headCount: 28, levelVisited: 'CITY', townshipId: township.id,
          petitioners: [{ name: '张建国', idNumber: '110101199003074477', phone: '13812345678', address: '幸福路1号' }],
          categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '28名群众到市反映安置房逾期未交付',
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const visit = registered.data!.registerCase;

    const suggested = await platform.query<{ earlyWarning: { matchSuggestions: { caseId: string; number: string; beforeWarning: boolean; reasons: string[] }[] } }>(
      `query ($id: ID!) { earlyWarning(id: $id) { matchSuggestions { caseId number beforeWarning reasons } } }`,
      { id: warningId },
    );
    expect(suggested.errors).toBeUndefined();
    const suggestion = suggested.data?.earlyWarning.matchSuggestions.find((x) => x.caseId === visit.id);
    expect(suggestion).toMatchObject({ number: visit.number, beforeWarning: false, reasons: ['同一属地', '预计当日', '问题类别相同', '人数 28/30', '访别相同'] });

    const confirmed = await platform.query<{ confirmWarningMatch: unknown }>(
      `mutation ($w: ID!, $c: ID!) { confirmWarningMatch(warningId: $w, caseId: $c) { status filedBeforeVisit matchedCase { number form headCount } } }`,
      { w: warningId, c: visit.id },
    );
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmWarningMatch).toEqual({ status: 'MATCHED', filedBeforeVisit: true, matchedCase: { number: visit.number, form: 'COLLECTIVE', headCount: 28 } });

    const facts = await platform.query<{ reportingFacts: unknown[] }>(
      `query ($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { reportingFacts(unitIds: $ids, from: $from, to: $to) { unitId warningsFiled warnedCaseIds } }`,
      { ids: [township.id], from: start.toISOString(), to: new Date(Date.now() + 60_000).toISOString() },
      'evaluator',
    );
    expect(facts.errors).toBeUndefined();
    expect(facts.data?.reportingFacts).toEqual([{ unitId: township.id, warningsFiled: 1, warnedCaseIds: [visit.id] }]);
  });

  it('lists the missing and the late daily reports of the seeded sensitive period, per day', async () => {
    const period = district.screening.periods[0];
    const loadDay = dayOf(LOAD_DAY);
    const status = `query ($id: ID!, $day: String!) { dailyReportStatus(periodId: $id, day: $day) {
      missing late onTime entries { state unit { code } }
    } }`;
    const twoDaysBefore = await platform.query<{ dailyReportStatus: { missing: number; late: number; onTime: number; entries: { state: string; unit: { code: string } }[] } }>(
      status,
      { id: period.id, day: addDays(loadDay, -2) },
    );
    expect(twoDaysBefore.errors).toBeUndefined();
    const missingUnit = unitById(district.screening.periodUnits[2].unitId).code;
    expect(twoDaysBefore.data?.dailyReportStatus).toMatchObject({ missing: 1, late: 0, onTime: 7 });
    expect(twoDaysBefore.data?.dailyReportStatus.entries[0]).toEqual({ state: 'MISSING', unit: { code: missingUnit } });

    const dayBefore = await platform.query<{ dailyReportStatus: { missing: number; late: number; entries: { state: string; unit: { code: string } }[] } }>(
      status,
      { id: period.id, day: addDays(loadDay, -1) },
    );
    expect(dayBefore.data?.dailyReportStatus).toMatchObject({ missing: 0, late: 1 });
    expect(dayBefore.data?.dailyReportStatus.entries[0]).toEqual({ state: 'LATE', unit: { code: unitById(district.screening.periodUnits[1].unitId).code } });

    // the township that missed it sees its own line only
    const own = await platform.query<{ dailyReportStatus: { entries: unknown[] } }>(status, { id: period.id, day: addDays(loadDay, -2) }, `liaison-${missingUnit.toLowerCase()}`);
    expect(own.data?.dailyReportStatus.entries).toEqual([{ state: 'MISSING', unit: { code: missingUnit } }]);
  });

  it('names the units that have not filed their screening report, with the seeded matched warning in place', async () => {
    const missing = await platform.query<{ missingScreeningReports: { unitName: string; cycle: { key: string } }[] }>(
      `query ($cycle: String) { missingScreeningReports(cycle: $cycle) { unitName unitKind cycle { key } unit { code } } }`,
      { cycle: '2026-W47' },
    );
    expect(missing.errors).toBeUndefined();
    const townships = district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET');
    // the first ten townships filed week 47 but the fourth; the others did not file at all
    expect(missing.data?.missingScreeningReports).toHaveLength(townships.length - 9);
    expect(missing.data?.missingScreeningReports.map((m) => m.unitName)).toContain(townships[3].name);
    const matched = await platform.query<{ earlyWarnings: { items: { status: string; matchedCase: { number: string } | null }[] } }>(
      `{ earlyWarnings(status: MATCHED, first: 5) { items { status matchedCase { number } } } }`,
    );
    const seeded = district.screening.warnings.find((w) => w.status === 'MATCHED')!;
    expect(matched.data?.earlyWarnings.items).toContainEqual({ status: 'MATCHED', matchedCase: { number: seeded.matchedCaseNumber } });
  });

  it('shows a unit\'s current screening cycle and report on Department, the kind passed from departments', async () => {
    const township = unitByCode('T-001');
    const filed = await platform.query<{ fileScreeningReport: { id: string; cycleKey: string } }>(
      `mutation { fileScreeningReport(input: { nothingFound: true }) { id cycleKey } }`,
      undefined,
      'liaison-t-001',
    );
    expect(filed.errors).toBeUndefined();
    const query = `query ($id: ID!) { department(id: $id) { name kind screeningStatus { cycle { key cadence } report { id nothingFound } } } }`;
    const seen = await platform.query<{ department: unknown }>(query, { id: township.id });
    expect(seen.errors).toBeUndefined();
    expect(seen.data?.department).toEqual({
      name: township.name,
      kind: township.kind,
      screeningStatus: { cycle: { key: filed.data!.fileScreeningReport.cycleKey, cadence: 'WEEKLY' }, report: { id: filed.data!.fileScreeningReport.id, nothingFound: true } },
    });
    const other = await platform.query<{ department: { screeningStatus: unknown } }>(query, { id: township.id }, 'liaison-t-002');
    expect(other.data?.department.screeningStatus).toBeNull();
  });
});
