import { CaseForm, VisitLevel } from '../src';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Screening, evaluator, liaisonOf, registrar, startScreening, units } from './fixture';

let s: Screening;

beforeAll(async () => {
  s = await startScreening(inject('databaseServerUrl'), 'warnings_facts');
});
afterAll(async () => {
  await s?.close();
});
beforeEach(async () => {
  await s.subgraph.clean();
  s.visits.visits = [];
  s.clock.now = new Date('2026-11-20T09:00:00+08:00');
});

const FILE = `mutation ($input: FileWarningInput!) { fileWarning(input: $input) { id status expectedOn destinationLevel expectedHeadCount unit { id } township { id } version } }`;
const warningInput = { expectedOn: '2026-11-22', destinationLevel: 'CITY', expectedHeadCount: 30, matter: '幸福小区业主因物业费纠纷拟到市集体上访', categoryMain: '城建环保', categorySub: '物业管理' };
const visit = (id: string, number: string, registeredAt: string, extra: Partial<{ townshipId: string; headCount: number; categorySub: string; levelVisited: VisitLevel }> = {}) => ({
  id,
  number,
  registeredAt: new Date(registeredAt),
  form: CaseForm.COLLECTIVE,
  headCount: 28,
  levelVisited: VisitLevel.CITY,
  categoryMain: '城建环保',
  categorySub: '物业管理',
  townshipId: units.township.id,
  ...extra,
});
const V_EARLIER = '20000000-0000-4000-8000-000000000001';
const V_MATCH = '20000000-0000-4000-8000-000000000002';
const V_OTHER_TOWN = '20000000-0000-4000-8000-000000000003';
const V_SMALLER = '20000000-0000-4000-8000-000000000004';

async function fileWarning(as = liaisonOf(units.township), input: Record<string, unknown> = warningInput): Promise<string> {
  const filed = await s.subgraph.execute<{ fileWarning: { id: string } }>(FILE, { input }, as);
  expect(filed.errors).toBeUndefined();
  return filed.data!.fileWarning.id;
}

const SUGGEST = `query ($id: ID!) { earlyWarning(id: $id) { status version matchSuggestions { caseId number score reasons beforeWarning } } }`;
const CONFIRM = `mutation ($w: ID!, $c: ID!) { confirmWarningMatch(warningId: $w, caseId: $c) { status matchedCaseNumber visitRegisteredAt filedBeforeVisit matchedCase { id } version } }`;
const FACTS = `query ($ids: [ID!]!, $from: DateTime!, $to: DateTime!) { reportingFacts(unitIds: $ids, from: $from, to: $to) {
  unitId warningsFiled warnedCaseIds dailyReportsMissing dailyReportsLate screeningReportsMissing
} }`;

describe('warnings (预警) matched to registered visits', () => {
  it('suggests the visits of the township around the expected day, likeliest first, and the bureau confirms one', async () => {
    s.visits.visits = [
      visit(V_EARLIER, 'XF2026-000100', '2026-11-19T15:00:00+08:00'),
      visit(V_MATCH, 'XF2026-000120', '2026-11-22T10:00:00+08:00'),
      visit(V_OTHER_TOWN, 'XF2026-000121', '2026-11-22T10:00:00+08:00', { townshipId: units.street.id }),
      visit(V_SMALLER, 'XF2026-000122', '2026-11-24T10:00:00+08:00', { headCount: 6, categorySub: '拆迁安置', levelVisited: VisitLevel.DISTRICT }),
    ];
    const warningId = await fileWarning();
    s.clock.now = new Date('2026-11-22T11:00:00+08:00');
    const suggested = await s.subgraph.execute<{ earlyWarning: { matchSuggestions: { caseId: string; score: number; reasons: string[]; beforeWarning: boolean }[] } }>(
      SUGGEST,
      { id: warningId },
      registrar,
    );
    expect(suggested.errors).toBeUndefined();
    const suggestions = suggested.data!.earlyWarning.matchSuggestions;
    expect(suggestions.map((x) => x.caseId)).toEqual([V_MATCH, V_EARLIER, V_SMALLER]);
    expect(suggestions[0]).toMatchObject({ beforeWarning: false, reasons: ['同一属地', '预计当日', '问题类别相同', '人数 28/30', '访别相同'] });
    expect(suggestions[1].beforeWarning).toBe(true);
    // the township's visits were asked of the cases subgraph from 3 days before the expected day to 7 after
    expect(s.visits.calls[0]).toMatchObject({ townshipId: units.township.id, from: new Date('2026-11-19T00:00:00+08:00'), to: new Date('2026-11-30T00:00:00+08:00') });

    // only the bureau sees suggestions and confirms
    const liaison = await s.subgraph.execute(CONFIRM, { w: warningId, c: V_MATCH }, liaisonOf(units.township));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const confirmed = await s.subgraph.execute<{ confirmWarningMatch: unknown }>(CONFIRM, { w: warningId, c: V_MATCH }, registrar);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data?.confirmWarningMatch).toEqual({
      status: 'MATCHED',
      matchedCaseNumber: 'XF2026-000120',
      visitRegisteredAt: '2026-11-22T02:00:00.000Z',
      filedBeforeVisit: true,
      matchedCase: { id: V_MATCH },
      version: 2,
    });
    // a visit matches one warning at most: another warning does not get it suggested, nor confirmed (and
    // the visit of the 19th is more than 3 days before this one's expected day)
    const second = await fileWarning(liaisonOf(units.township), { ...warningInput, expectedOn: '2026-11-23' });
    const again = await s.subgraph.execute<{ earlyWarning: { matchSuggestions: { caseId: string }[] } }>(SUGGEST, { id: second }, registrar);
    expect(again.data?.earlyWarning.matchSuggestions.map((x) => x.caseId)).toEqual([V_SMALLER]);
    const taken = await s.subgraph.execute(CONFIRM, { w: second, c: V_MATCH }, registrar);
    expect(taken.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // a case that is no collective or skip-level visit of the township is refused
    const elsewhere = await s.subgraph.execute(CONFIRM, { w: second, c: V_OTHER_TOWN }, registrar);
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
  });

  it('a rejected visit is not suggested again, and rejecting the confirmed visit withdraws the match', async () => {
    s.visits.visits = [visit(V_MATCH, 'XF2026-000120', '2026-11-22T10:00:00+08:00'), visit(V_SMALLER, 'XF2026-000122', '2026-11-23T10:00:00+08:00')];
    const warningId = await fileWarning();
    s.clock.now = new Date('2026-11-24T09:00:00+08:00');
    await s.subgraph.execute(`mutation ($w: ID!, $c: ID!) { rejectWarningMatch(warningId: $w, caseId: $c) { id } }`, { w: warningId, c: V_SMALLER }, registrar);
    await s.subgraph.execute(CONFIRM, { w: warningId, c: V_MATCH }, registrar);
    const withdrawn = await s.subgraph.execute<{ rejectWarningMatch: unknown }>(
      `mutation ($w: ID!, $c: ID!) { rejectWarningMatch(warningId: $w, caseId: $c) { status matchedCase { id } } }`,
      { w: warningId, c: V_MATCH },
      registrar,
    );
    expect(withdrawn.data?.rejectWarningMatch).toEqual({ status: 'OPEN', matchedCase: null });
    const suggested = await s.subgraph.execute<{ earlyWarning: { matchSuggestions: unknown[] } }>(SUGGEST, { id: warningId }, registrar);
    expect(suggested.data?.earlyWarning.matchSuggestions).toEqual([]);
  });

  it('a liaison sees only its own unit\'s warnings', async () => {
    const mine = await fileWarning();
    const theirs = await fileWarning(registrar, { ...warningInput, unitId: units.department.id, townshipId: units.street.id });
    const list = await s.subgraph.execute<{ earlyWarnings: { items: { id: string }[] } }>(`{ earlyWarnings(first: 10) { items { id } } }`, {}, liaisonOf(units.township));
    expect(list.data?.earlyWarnings.items.map((w) => w.id)).toEqual([mine]);
    const byId = await s.subgraph.execute(`query ($id: ID!) { earlyWarning(id: $id) { id } }`, { id: theirs }, liaisonOf(units.township));
    expect(byId.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const suggestions = await s.subgraph.execute(SUGGEST, { id: mine }, liaisonOf(units.township));
    expect(suggestions.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('reportingFacts: the service call of the assessment engine', () => {
  it('counts warnings, warned visits (only warnings filed before the visit), and missing or late daily and screening reports', async () => {
    s.visits.visits = [visit(V_EARLIER, 'XF2026-000100', '2026-11-20T08:00:00+08:00'), visit(V_MATCH, 'XF2026-000120', '2026-11-22T10:00:00+08:00')];
    // filed at 09:00 on the 20th: before V_MATCH, after V_EARLIER
    const before = await fileWarning();
    const after = await fileWarning(liaisonOf(units.township), { ...warningInput, expectedOn: '2026-11-20' });
    s.clock.now = new Date('2026-11-22T12:00:00+08:00');
    expect((await s.subgraph.execute(CONFIRM, { w: before, c: V_MATCH }, registrar)).errors).toBeUndefined();
    const late = await s.subgraph.execute<{ confirmWarningMatch: { filedBeforeVisit: boolean } }>(CONFIRM, { w: after, c: V_EARLIER }, registrar);
    expect(late.data?.confirmWarningMatch.filedBeforeVisit).toBe(false);

    // a sensitive period of three days: the township files on time, late, and not at all
    s.clock.now = new Date('2026-11-23T08:00:00+08:00');
    const period = await s.subgraph.execute<{ declareSensitivePeriod: { id: string } }>(
      `mutation ($input: DeclareSensitivePeriodInput!) { declareSensitivePeriod(input: $input) { id } }`,
      { input: { name: '地方重大活动', startsOn: '2026-11-23', endsOn: '2026-11-25', unitIds: [units.township.id, units.department.id], cutoff: '09:30' } },
      registrar,
    );
    const periodId = period.data!.declareSensitivePeriod.id;
    const daily = `mutation ($input: FileDailyReportInput!) { fileDailyReport(input: $input) { late } }`;
    await s.subgraph.execute(daily, { input: { periodId, zero: true } }, liaisonOf(units.township));
    s.clock.now = new Date('2026-11-24T09:31:00+08:00');
    await s.subgraph.execute(daily, { input: { periodId, zero: true } }, liaisonOf(units.township));
    // weekly screening: W47 filed, W48 (due 2026-11-27) not
    await s.subgraph.execute(`mutation { fileScreeningReport(input: { nothingFound: true, cycle: "2026-W47" }) { id } }`, {}, liaisonOf(units.township));
    s.clock.now = new Date('2026-12-01T09:00:00+08:00');

    const ask = (ids: string[]) =>
      s.subgraph.execute<{ reportingFacts: unknown[] }>(FACTS, { ids, from: '2026-11-01T00:00:00+08:00', to: '2026-12-01T00:00:00+08:00' }, evaluator);
    s.subgraph.counter.reset();
    const one = await ask([units.township.id]);
    const forOne = s.subgraph.counter.count;
    expect(one.errors).toBeUndefined();
    expect(one.data?.reportingFacts).toEqual([
      {
        unitId: units.township.id,
        warningsFiled: 2,
        warnedCaseIds: [V_MATCH],
        dailyReportsMissing: 1,
        dailyReportsLate: 1,
        // W45, W46 and W48 fell due in November without a report
        screeningReportsMissing: 3,
      },
    ]);
    s.subgraph.counter.reset();
    const three = await ask([units.township.id, units.department.id, units.street.id]);
    expect(s.subgraph.counter.count).toBe(forOne);
    expect(three.data?.reportingFacts).toEqual([
      one.data?.reportingFacts[0],
      { unitId: units.department.id, warningsFiled: 0, warnedCaseIds: [], dailyReportsMissing: 3, dailyReportsLate: 0, screeningReportsMissing: 1 },
      { unitId: units.street.id, warningsFiled: 0, warnedCaseIds: [], dailyReportsMissing: 0, dailyReportsLate: 0, screeningReportsMissing: 4 },
    ]);
    // a range that ends before the visit was registered holds no warned visit
    const earlier = await s.subgraph.execute<{ reportingFacts: { warnedCaseIds: string[]; warningsFiled: number }[] }>(
      FACTS,
      { ids: [units.township.id], from: '2026-11-01T00:00:00+08:00', to: '2026-11-22T00:00:00+08:00' },
      evaluator,
    );
    expect(earlier.data?.reportingFacts[0]).toMatchObject({ warnedCaseIds: [], warningsFiled: 2 });
  });

  it('is for the evaluator, the bureau and admins, and refuses unknown units and reversed ranges', async () => {
    const liaison = await s.subgraph.execute(FACTS, { ids: [units.township.id], from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' }, liaisonOf(units.township));
    expect(liaison.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const unknown = await s.subgraph.execute(
      FACTS,
      { ids: [units.township.id, '30000000-0000-4000-8000-000000000009'], from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' },
      evaluator,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitIds[1]' });
    const reversed = await s.subgraph.execute(FACTS, { ids: [units.township.id], from: '2026-12-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }, evaluator);
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
