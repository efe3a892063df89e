import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { CaseForm, VisitLevel } from '../src';
import { type Screening, liaisonOf, registrar, startScreening, units } from './fixture';

/** Filings sent at the same moment: one wins, the others answer CONFLICT (never INTERNAL_SERVER_ERROR), nothing is doubled. */
let s: Screening;

beforeAll(async () => {
  s = await startScreening(inject('databaseServerUrl'), 'concurrent_filings');
});
afterAll(async () => {
  await s?.close();
});
beforeEach(async () => {
  await s.subgraph.clean();
  s.clock.now = new Date('2026-11-23T09:00:00+08:00');
});

const codes = (results: { errors?: readonly { extensions?: Record<string, unknown> }[] }[]) =>
  results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'OK')).sort();

describe('filings at the same moment', () => {
  it('one screening report per unit and cycle', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => s.subgraph.execute(`mutation { fileScreeningReport(input: { nothingFound: true }) { id } }`, {}, liaisonOf(units.township))),
    );
    expect(codes(results)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect((await s.rowCounts()).report).toBe(1);
  });

  it('one daily report per unit and day', async () => {
    const period = await s.subgraph.execute<{ declareSensitivePeriod: { id: string } }>(
      `mutation { declareSensitivePeriod(input: { name: "两会", startsOn: "2026-11-23", endsOn: "2026-11-24", unitIds: ["${units.street.id}"] }) { id } }`,
      {},
      registrar,
    );
    const periodId = period.data!.declareSensitivePeriod.id;
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        s.subgraph.execute(`mutation ($p: ID!) { fileDailyReport(input: { periodId: $p, zero: true }) { id } }`, { p: periodId }, liaisonOf(units.street)),
      ),
    );
    expect(codes(results)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    expect((await s.rowCounts()).daily).toBe(1);
  });

  it('one warning per visit, when two warnings are confirmed with it at once', async () => {
    const caseId = '20000000-0000-4000-8000-0000000000a1';
    s.visits.visits = [
      { id: caseId, number: 'XF2026-000300', registeredAt: new Date('2026-11-23T08:00:00+08:00'), form: CaseForm.COLLECTIVE, headCount: 9, levelVisited: VisitLevel.CITY, categoryMain: '城乡建设', categorySub: '拆迁安置', townshipId: units.township.id },
    ];
    const file = () =>
      s.subgraph.execute<{ fileWarning: { id: string } }>(
        `mutation { fileWarning(input: { expectedOn: "2026-11-23", destinationLevel: CITY, expectedHeadCount: 9, matter: "拆迁安置" }) { id } }`,
        {},
        liaisonOf(units.township),
      );
    const [a, b] = await Promise.all([file(), file()]);
    const confirm = (w: string) => s.subgraph.execute(`mutation ($w: ID!, $c: ID!) { confirmWarningMatch(warningId: $w, caseId: $c) { id } }`, { w, c: caseId }, registrar);
    const results = await Promise.all([confirm(a.data!.fileWarning.id), confirm(b.data!.fileWarning.id)]);
    expect(codes(results)).toEqual(['CONFLICT', 'OK']);
    const [{ n }] = await s.subgraph.orm.em.getConnection().execute<{ n: string }[]>(`select count(*) n from screening.warning where matched_case_id is not null`);
    expect(Number(n)).toBe(1);
  });
});
