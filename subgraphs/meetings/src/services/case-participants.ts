import { ServiceUnavailableError } from '@lianban/kit';

/** Who must attend when a case is on the agenda, as the cases subgraph says (`caseParticipants`). */
export interface CaseParticipantsRow {
  caseId: string;
  /** e.g. XF2026-000123 */
  number: string;
  leadUnitId: string | null;
  cooperatingUnitIds: string[];
  /** 包案领导 */
  ownerLeaderId: string | null;
  /** 办理期限 (ISO instant) */
  handlingDueAt: string | null;
  /** 属地乡镇/街道 */
  townshipId: string | null;
}

/**
 * The units and leaders the cases of an agenda call in, and their handling deadlines. They belong to the
 * cases subgraph: the meetings subgraph asks it (`caseParticipants(ids)`, a documented service call: only the
 * cases the caller may see, at most 500 ids a call) and never copies them by hand.
 */
export interface CaseParticipants {
  participants(ids: string[], forwarded?: Record<string, string>): Promise<CaseParticipantsRow[]>;
}

/** The largest batch the cases subgraph answers in one call. */
export const PARTICIPANTS_BATCH = 500;

/** The cases subgraph over HTTP, at its GraphQL URL (CASES_URL). */
export class HttpCaseParticipants implements CaseParticipants {
  constructor(private readonly url: string) {}

  async participants(ids: string[], forwarded: Record<string, string> = {}): Promise<CaseParticipantsRow[]> {
    const rows: CaseParticipantsRow[] = [];
    for (let at = 0; at < ids.length; at += PARTICIPANTS_BATCH) {
      const batch = ids.slice(at, at + PARTICIPANTS_BATCH);
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { ...forwarded, 'content-type': 'application/json' },
        signal: AbortSignal.timeout(10_000),
        body: JSON.stringify({
          query: `query ($ids: [ID!]!) { caseParticipants(ids: $ids) { caseId number leadUnitId cooperatingUnitIds ownerLeaderId handlingDueAt townshipId } }`,
          variables: { ids: batch },
        }),
      }).catch((error: unknown) => {
        throw new ServiceUnavailableError('The cases service does not answer right now, so who must attend cannot be told: try again shortly', {
          cause: `the cases subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
        });
      });
      const body = (await response.json()) as { data?: { caseParticipants: CaseParticipantsRow[] } | null; errors?: unknown[] };
      if (!body.data || body.errors) throw new Error(`the cases subgraph refused a participants query: ${JSON.stringify(body.errors)}`);
      rows.push(...body.data.caseParticipants);
    }
    return rows;
  }
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
