import { ServiceUnavailableError } from '@lianban/kit';
import type { MetricFact } from './engine';

export interface CaseFactsAnswer {
  unitId: string;
  facts: ({ metric: string } & MetricFact)[];
}

/**
 * What the cases say per unit and period, owned by the cases subgraph: the assessment subgraph asks it
 * (`assessmentFacts`, a documented service call at CASES_URL, with the evaluator's forwarded token) and
 * never reads its tables.
 */
export interface CaseFacts {
  /** `metrics`: only these (the ones a scheme's rules use); `casesFor`: the counts whose cases are listed. */
  facts(unitIds: string[], from: Date, to: Date, attribution: 'ORIGIN' | 'LEAD', forwarded?: Record<string, string>, metrics?: string[], casesFor?: string[]): Promise<CaseFactsAnswer[]>;
}

/** A fact as the cases subgraph sends it: the cases as parallel lists. */
export interface WireFact {
  metric: string;
  value: number;
  denominator?: number | null;
  persons: number;
  lastYearValue?: number | null;
  caseIds: string[];
  caseNumbers: string[];
  casePersons: number[];
}

/** The query the facts are asked with (HTTP, or in-process in the bench). */
export const ASSESSMENT_FACTS_QUERY = `query ($unitIds: [ID!]!, $from: DateTimeISO!, $to: DateTimeISO!, $attribution: AssessmentFactAttribution!, $metrics: [String!], $casesFor: [String!]) {
  assessmentFacts(unitIds: $unitIds, from: $from, to: $to, attribution: $attribution, metrics: $metrics, casesFor: $casesFor) {
    unitId facts { metric value denominator persons lastYearValue caseIds caseNumbers casePersons } } }`;

/** Turns the wire form into the engine's facts. */
export function fromWire(units: { unitId: string; facts: WireFact[] }[]): CaseFactsAnswer[] {
  return units.map((unit) => ({
    unitId: unit.unitId,
    facts: unit.facts.map((f) => ({
      metric: f.metric,
      value: f.value,
      denominator: f.denominator ?? undefined,
      persons: f.persons,
      lastYearValue: f.lastYearValue ?? undefined,
      cases: f.caseIds.map((id, i) => ({ id, number: f.caseNumbers[i], persons: f.casePersons[i] })),
    })),
  }));
}

export class HttpCaseFacts implements CaseFacts {
  constructor(private readonly url: string) {}

  async facts(unitIds: string[], from: Date, to: Date, attribution: 'ORIGIN' | 'LEAD', forwarded: Record<string, string> = {}, metrics?: string[], casesFor?: string[]): Promise<CaseFactsAnswer[]> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(60_000),
      body: JSON.stringify({ query: ASSESSMENT_FACTS_QUERY, variables: { unitIds, from: from.toISOString(), to: to.toISOString(), attribution, metrics, casesFor } }),
    }).catch((error: unknown) => {
      throw new ServiceUnavailableError('The cases service does not answer right now, so the assessment cannot be computed: try again shortly', {
        cause: `the cases subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    const body = (await response.json()) as { data?: { assessmentFacts: { unitId: string; facts: WireFact[] }[] } | null; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`the cases subgraph refused assessmentFacts: ${JSON.stringify(body.errors)}`);
    return fromWire(body.data.assessmentFacts);
  }
}

/** Fixed facts (tests and benches): metrics not given are zero. Counts its calls. */
export class StaticCaseFacts implements CaseFacts {
  calls = 0;

  constructor(private readonly byUnit: Record<string, Record<string, Partial<MetricFact>>>) {}

  async facts(unitIds: string[]): Promise<CaseFactsAnswer[]> {
    this.calls++;
    return unitIds.map((unitId) => ({
      unitId,
      facts: Object.entries(this.byUnit[unitId] ?? {}).map(([metric, f]) => ({
        metric,
        value: f.value ?? f.cases?.length ?? 0,
        denominator: f.denominator,
        persons: f.persons ?? (f.cases ?? []).reduce((sum, c) => sum + c.persons, 0),
        lastYearValue: f.lastYearValue,
        cases: f.cases ?? [],
      })),
    }));
  }
}
