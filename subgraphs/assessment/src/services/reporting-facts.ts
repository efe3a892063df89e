import { ServiceUnavailableError } from '@lianban/kit';

/**
 * What units reported (预警, 日报告/零报告, 排查), owned by the screening subgraph. The assessment subgraph
 * asks it (`reportingFacts`, a documented service call on the screening subgraph at SCREENING_URL) and
 * never reads its tables.
 */
export interface UnitReportingFacts {
  unitId: string;
  warningsFiled: number;
  /** Cases whose visit was matched to a warning the unit filed beforehand: their deductions halve. */
  warnedCaseIds: string[];
  dailyReportsMissing: number;
  dailyReportsLate: number;
  screeningReportsMissing: number;
}

export interface ReportingFacts {
  /** Whether a real source answers (bulletins say when these facts were not available). */
  readonly configured: boolean;
  facts(unitIds: string[], from: Date, to: Date, forwarded?: Record<string, string>): Promise<UnitReportingFacts[]>;
}

const zero = (unitId: string): UnitReportingFacts => ({ unitId, warningsFiled: 0, warnedCaseIds: [], dailyReportsMissing: 0, dailyReportsLate: 0, screeningReportsMissing: 0 });

/** The screening subgraph over HTTP, with the caller's forwarded token. */
export class HttpReportingFacts implements ReportingFacts {
  readonly configured = true;

  constructor(private readonly url: string) {}

  async facts(unitIds: string[], from: Date, to: Date, forwarded: Record<string, string> = {}): Promise<UnitReportingFacts[]> {
    // the instants are sent as literals, so the call does not depend on the name of the date-time scalar
    const query = `query ($unitIds: [ID!]!) { reportingFacts(unitIds: $unitIds, from: ${JSON.stringify(from.toISOString())}, to: ${JSON.stringify(to.toISOString())}) {
      unitId warningsFiled warnedCaseIds dailyReportsMissing dailyReportsLate screeningReportsMissing } }`;
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(30_000),
      body: JSON.stringify({ query, variables: { unitIds } }),
    }).catch((error: unknown) => {
      throw new ServiceUnavailableError('The screening service does not answer right now, so warnings and daily reports cannot be counted: try again shortly', {
        cause: `the screening subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    const body = (await response.json()) as { data?: { reportingFacts: UnitReportingFacts[] } | null; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`the screening subgraph refused reportingFacts: ${JSON.stringify(body.errors)}`);
    return body.data.reportingFacts;
  }
}

/** No screening subgraph configured (SCREENING_URL unset): every unit reported nothing and warned of nothing. */
export class NoReportingFacts implements ReportingFacts {
  readonly configured = false;

  async facts(unitIds: string[]): Promise<UnitReportingFacts[]> {
    return unitIds.map(zero);
  }
}

/** Fixed facts (tests): units not given reported nothing. */
export class StaticReportingFacts implements ReportingFacts {
  readonly configured = true;
  calls = 0;

  constructor(private readonly byUnit: Record<string, Partial<Omit<UnitReportingFacts, 'unitId'>>> = {}) {}

  async facts(unitIds: string[]): Promise<UnitReportingFacts[]> {
    this.calls++;
    return unitIds.map((unitId) => ({ ...zero(unitId), ...this.byUnit[unitId] }));
  }
}
