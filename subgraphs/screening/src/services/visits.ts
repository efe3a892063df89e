import { ServiceUnavailableError } from '@lianban/kit';
import type { CaseForm, VisitLevel } from '../types/screening.enums';

/** A collective or skip-level visit registered in the cases subgraph (no petitioner data). */
export interface VisitCandidate {
  id: string;
  number: string;
  registeredAt: Date;
  form: CaseForm;
  headCount: number;
  levelVisited: VisitLevel;
  categoryMain: string;
  categorySub: string;
}

export interface VisitQuestion {
  townshipId: string;
  from: Date;
  to: Date;
  /** Only these cases (to confirm one), when given. */
  caseIds?: string[];
}

/**
 * The visits a warning may announce. The cases and their rules belong to the cases subgraph: this
 * subgraph never reads its tables; it asks it (`visitCandidates`, a documented service call of the cases
 * subgraph) with the caller's token.
 */
export interface Visits {
  visitCandidates(question: VisitQuestion, forwarded?: Record<string, string>): Promise<VisitCandidate[]>;
}

/** The cases subgraph over HTTP, at its GraphQL URL (CASES_URL). */
export class HttpVisits implements Visits {
  constructor(private readonly url: string) {}

  async visitCandidates(question: VisitQuestion, forwarded: Record<string, string> = {}): Promise<VisitCandidate[]> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(5000),
      body: JSON.stringify({
        query: `query ($township: ID!, $from: DateTimeISO!, $to: DateTimeISO!, $ids: [ID!]) {
          visitCandidates(townshipId: $township, from: $from, to: $to, caseIds: $ids) {
            id number registeredAt form headCount levelVisited categoryMain categorySub
          }
        }`,
        variables: { township: question.townshipId, from: question.from.toISOString(), to: question.to.toISOString(), ids: question.caseIds ?? null },
      }),
    }).catch((error: unknown) => {
      throw new ServiceUnavailableError('The cases service does not answer right now, so visits cannot be matched to warnings: try again shortly', {
        cause: `the cases subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    const body = (await response.json()) as { data?: { visitCandidates: (Omit<VisitCandidate, 'registeredAt'> & { registeredAt: string })[] } | null; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`the cases subgraph refused a visit lookup: ${JSON.stringify(body.errors)}`);
    return body.data.visitCandidates.map((v) => ({ ...v, registeredAt: new Date(v.registeredAt) }));
  }
}

/** Fixed visits (for tests of this subgraph on its own), filtered as the cases subgraph would. */
export class StaticVisits implements Visits {
  calls: VisitQuestion[] = [];

  constructor(public visits: (VisitCandidate & { townshipId: string })[] = []) {}

  async visitCandidates(question: VisitQuestion): Promise<VisitCandidate[]> {
    this.calls.push(question);
    return this.visits
      .filter((v) => v.townshipId === question.townshipId && v.registeredAt >= question.from && v.registeredAt < question.to)
      .filter((v) => !question.caseIds || question.caseIds.includes(v.id))
      .map(({ townshipId: _township, ...visit }) => visit);
  }
}
