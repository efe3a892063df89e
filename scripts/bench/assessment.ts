/**
 * bench:assessment: a ranking of 86 townships computed over 100,000 cases, and 1,000 Monte-Carlo runs,
 * beside yardsticks measured in the same process: the bare facts query of the cases subgraph (what a run
 * cannot do without) and a naive run that asks the facts one unit at a time. Medians of alternating rounds.
 * Cases over 700 days from 2025: closed within about two months, but one in five of the last two months' and
 * one in a hundred older ones (long-standing) still open; a collective visit in 40, skip-level visits, repeats.
 * Needs DATABASE_URL (a PostgreSQL server; the bench makes and drops databases of its own).
 */
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { AssessmentFactsService, StaticDirectory, casesSubgraph, createContext as casesContext, officialCalendar } from '@lianban/cases';
import {
  ASSESSMENT_FACTS_QUERY, type AssessedUnit, type CaseFacts, type CaseFactsAnswer, DEMO, type WireFact, fromWire, StaticReportingFacts, StaticUnitDirectory, assessmentSubgraph, createContext, monteCarlo, prepare, score,
} from './assessment-setup';
import { createTestDatabase, startTestSubgraph, testIdentity } from '@lianban/kit/testing';
import { parseDefinition } from '@lianban/assessment';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) throw new Error('DATABASE_URL must name a PostgreSQL server: the bench makes a database of its own there');
const ROUNDS = Number(process.env.ROUNDS ?? 5);
const TOWNSHIPS = 86;
const CASES = 100_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (n: number) => `${n.toFixed(1)} ms`;

const townships: AssessedUnit[] = Array.from({ length: TOWNSHIPS }, (_, i) => ({ id: randomUUID(), name: `乡镇${String(i + 1).padStart(2, '0')}`, code: `T-${i}`, kind: 'TOWNSHIP', population: 20_000 + ((i * 7919) % 60_000) }));
const casesDb = await createTestDatabase(serverUrl, 'bench_assessment_cases');
const assessmentDb = await createTestDatabase(serverUrl, 'bench_assessment');
const evaluator = testIdentity('EVALUATOR');
const cases = await startTestSubgraph(casesSubgraph, casesDb.url, (em, identity) => casesContext(em, { directory: new StaticDirectory({}), identity }), evaluator);
try {
  console.log(`loading ${CASES.toLocaleString()} cases over ${TOWNSHIPS} townships (2025-2026)…`);
  const ids = townships.map((t) => t.id);
  await cases.orm.em.getConnection().execute(
    `insert into "cases"."case" (id, number, channel, form, head_count, level_visited, category_main, category_sub, township_id, status, summary,
       registered_at, accepted_at, replied_at, closed_at, satisfaction, is_repeat, priority, rule_set, extension_days, version)
     select gen_random_uuid(), 'XF-' || lpad(g::text, 7, '0'), 'VISIT', case when g % 40 = 0 then 'COLLECTIVE' else 'INDIVIDUAL' end::"cases"."case_form",
       case when g % 40 = 0 then 5 + g % 20 else 1 end,
       (case when g % 97 = 0 then 'CITY' when g % 389 = 0 then 'PROVINCE' when g % 9973 = 0 then 'BEIJING' else 'DISTRICT' end)::"cases"."visit_level",
       '城乡建设', '拆迁安置', (?::uuid[])[1 + g % ${TOWNSHIPS}], (case when o then 'IN_PROGRESS' else 'CLOSED' end)::"cases"."case_status", '诉求',
       r, r + interval '3 days', case when o then null else r + interval '40 days' + (g % 30) * interval '1 day' end,
       case when o then null else r + interval '50 days' + (g % 30) * interval '1 day' end,
       (case when o then null when g % 11 = 0 then 'DISSATISFIED' else 'SATISFIED' end)::"cases"."satisfaction",
       g % 6 = 0, 'NORMAL', 'NATIONAL', 0, 1
     from generate_series(1, ${CASES}) g, lateral (select timestamptz '2025-01-01 00:00+08' + (g::double precision / ${CASES}) * interval '700 days' as r) t,
       lateral (select (g % 100 = 0) or (g % 5 = 0 and r > timestamptz '2026-10-01 00:00+08') as o) open`,
    [`{${ids.join(',')}}`],
  );
  await cases.orm.em.getConnection().execute('analyze "cases"."case"');

  /** The cases subgraph answered in-process, as the HTTP call would (GraphQL, the evaluator's identity). */
  const viaGraphql: CaseFacts = {
    async facts(unitIds, from, to, attribution, _forwarded, metrics, casesFor) {
      const result = await cases.execute<{ assessmentFacts: { unitId: string; facts: WireFact[] }[] }>(ASSESSMENT_FACTS_QUERY, {
        unitIds, from: from.toISOString(), to: to.toISOString(), attribution, metrics, casesFor,
      });
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      // through JSON, as over HTTP
      return fromWire(JSON.parse(JSON.stringify(result.data!.assessmentFacts)));
    },
  };
  /** Yardstick: the same facts asked one unit at a time. */
  const perUnit: CaseFacts = {
    async facts(unitIds, from, to, attribution, forwarded, metrics, casesFor) {
      const all: CaseFactsAnswer[] = [];
      for (const id of unitIds) all.push(...(await viaGraphql.facts([id], from, to, attribution, forwarded, metrics, casesFor)));
      return all;
    },
  };
  const directory = new StaticUnitDirectory(townships);
  const reporting = new StaticReportingFacts();
  const assessment = await startTestSubgraph(assessmentSubgraph, assessmentDb.url, (em, identity) => createContext(em, { identity, sources: { caseFacts: viaGraphql, reporting, directory } }), evaluator);
  const naive = await startTestSubgraph(assessmentSubgraph, assessmentDb.url, (em, identity) => createContext(em, { identity, sources: { caseFacts: perUnit, reporting, directory } }), evaluator);
  try {
    const drafted = await assessment.execute<{ draftSchemeVersion: { id: string; version: number } }>(
      `mutation ($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { id version } }`,
      { input: { documentNumber: '党办〔2024〕25号', name: '乡镇（街道）信访工作考核办法', periodKind: 'QUARTER', unitScope: 'TOWNSHIPS', validFrom: '2024-Q1', definition: DEMO } },
    );
    const scheme = drafted.data!.draftSchemeVersion;
    await assessment.execute(`mutation ($id: ID!, $v: Int!) { publishSchemeVersion(id: $id, version: $v) { id } }`, { id: scheme.id, v: scheme.version });
    const RUN = `mutation ($id: ID!) { runAssessment(schemeVersionId: $id, period: "2026-Q2", monteCarlo: { runs: 0 }) { id entries { rank } } }`;
    const from = new Date('2026-04-01T00:00:00+08:00');
    const to = new Date('2026-07-01T00:00:00+08:00');
    const timings = { run: [] as number[], bare: [] as number[], naive: [] as number[], monteCarlo: [] as number[] };
    let statements = { run: 0, bare: 0, naive: 0 };
    let ranked = 0;
    const calendar = officialCalendar();
    // the metrics the scheme's rules use, as runAssessment asks them
    const metricsUsed = [...new Set(DEMO.rules.flatMap((rule) => [rule.metric, ...((rule as { multipliers?: { whenAlso: string }[] }).multipliers ?? []).map((m) => m.whenAlso)]))];
    const casesFor = [...new Set(DEMO.rules.filter((rule) => ['DEDUCTION', 'BONUS', 'VETO'].includes(rule.kind)).flatMap((rule) => [rule.metric, ...((rule as { multipliers?: { whenAlso: string }[] }).multipliers ?? []).map((m) => m.whenAlso)]))];
    for (let round = 0; round < ROUNDS; round++) {
      cases.counter.reset();
      let t = performance.now();
      await new AssessmentFactsService(cases.orm.em.fork(), calendar).facts(townships.map((u) => u.id), from, to, 'ORIGIN', metricsUsed, casesFor);
      timings.bare.push(performance.now() - t);
      statements.bare = cases.counter.count;

      cases.counter.reset();
      assessment.counter.reset();
      t = performance.now();
      const result = await assessment.execute<{ runAssessment: { entries: unknown[] } }>(RUN, { id: scheme.id });
      timings.run.push(performance.now() - t);
      if (result.errors) throw new Error(JSON.stringify(result.errors));
      ranked = result.data!.runAssessment.entries.length;
      statements.run = cases.counter.count + assessment.counter.count;

      cases.counter.reset();
      naive.counter.reset();
      t = performance.now();
      await naive.execute(RUN, { id: scheme.id });
      timings.naive.push(performance.now() - t);
      statements = { ...statements, naive: cases.counter.count + naive.counter.count };
    }
    // Monte-Carlo on the facts of the period (engine only: the facts are fetched once)
    const answers = await viaGraphql.facts(townships.map((u) => u.id), from, to, 'ORIGIN', {}, metricsUsed, casesFor);
    const inputs = townships.map((t) => ({
      unitId: t.id, name: t.name, population: t.population, warnedCaseIds: new Set<string>(),
      facts: Object.fromEntries((answers.find((a) => a.unitId === t.id)?.facts ?? []).map((f) => [f.metric, f])),
    }));
    const prepared = prepare(parseDefinition(DEMO), inputs);
    const published = score(prepared);
    for (let round = 0; round < ROUNDS; round++) {
      const t = performance.now();
      monteCarlo(prepared, published, { runs: 1000, seed: round + 1, jitter: 0.2 });
      timings.monteCarlo.push(performance.now() - t);
    }
    console.log(`\n${ranked} townships ranked for 2026-Q2 over ${CASES.toLocaleString()} cases; ${ROUNDS} alternating rounds, medians:`);
    console.log(`  runAssessment (facts call + scoring + storing the draft)   ${ms(median(timings.run))}   ${statements.run} SQL statements   (goal < 1 s)`);
    console.log(`  yardstick: the facts query alone (SQL + deadlines, no GraphQL) ${ms(median(timings.bare))}   ${statements.bare} SQL statements`);
    console.log(`  yardstick: a naive run asking the facts unit by unit       ${ms(median(timings.naive))}   ${statements.naive} SQL statements`);
    console.log(`  1,000 Monte-Carlo runs (weights ±20%, normalisation)       ${ms(median(timings.monteCarlo))}   (goal < 5 s)`);
  } finally {
    await assessment.close();
    await naive.close();
  }
} finally {
  await cases.close();
  await casesDb.drop();
  await assessmentDb.drop();
}
