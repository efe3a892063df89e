import type { CaseParticipants as CaseRow } from './case-records';

/** Who must attend when a case is on the agenda, as the cases subgraph says (`caseParticipants`). */
export type CaseParticipantsRow = CaseRow;

/**
 * The units and leaders the cases of an agenda call in, and their handling deadlines. They belong to the
 * cases subgraph: the meetings subgraph asks it (`caseParticipants(ids)`, a documented service call: only the
 * cases the caller may see, at most 500 ids a call) and never copies them by hand. Production asks through
 * `HttpCaseRecords.participants` (case-records.ts); tests pass a `StaticCaseParticipants`.
 */
export interface CaseParticipants {
  participants(ids: string[], forwarded?: Record<string, string>): Promise<CaseParticipantsRow[]>;
}

/** A fixed answer (for tests of this subgraph on its own); counts the calls it gets. */
export class StaticCaseParticipants implements CaseParticipants {
  calls: string[][] = [];

  constructor(private readonly rows: CaseParticipantsRow[] = []) {}

  async participants(ids: string[]): Promise<CaseParticipantsRow[]> {
    this.calls.push([...ids]);
    const wanted = new Set(ids);
    return this.rows.filter((row) => wanted.has(row.caseId));
  }
}
