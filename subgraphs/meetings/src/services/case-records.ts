import { ServiceUnavailableError } from '@lianban/kit';
import { appErrorFrom } from './remote-error';

/** Who handles a case (the cases subgraph's `caseParticipants`). */
export interface CaseParticipants {
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

/** How a case stands for the follow-up of a decision (the cases subgraph's `caseOutcomes`). */
export interface CaseOutcome {
  caseId: string;
  number: string;
  status: string;
  repliedAt: string | null;
  closedAt: string | null;
}

export interface DecisionForCase {
  caseId: string;
  meetingTitle: string;
  leadUnitId: string;
  cooperatingUnitIds: string[];
  ownerLeaderId?: string;
  deadline?: string;
}

export interface HardCaseCandidate {
  case: { id: string; number: string };
  reasons: string[];
  explanations: string[];
}

/**
 * What the meetings subgraph asks of the cases subgraph beside visibility (documented service calls of
 * the cases subgraph, called with the caller's token, so only cases the caller may see answer):
 * `caseParticipants`, `caseOutcomes`, `hardCaseCandidates` and the mutation `applyJointMeetingDecision`.
 * Never its tables.
 */
export interface CaseRecords {
  participants(ids: string[], forwarded?: Record<string, string>): Promise<CaseParticipants[]>;
  outcomes(ids: string[], forwarded?: Record<string, string>): Promise<CaseOutcome[]>;
  applyDecision(decision: DecisionForCase, forwarded?: Record<string, string>): Promise<void>;
  candidates(olderThanDays: number, first: number, forwarded?: Record<string, string>): Promise<HardCaseCandidate[]>;
}

/** The most ids one call carries (the cases subgraph's limit). */
const BATCH = 500;

/** The cases subgraph over HTTP at CASES_URL. */
export class HttpCaseRecords implements CaseRecords {
  constructor(private readonly url: string) {}

  private async call<T>(query: string, variables: Record<string, unknown>, forwarded: Record<string, string>): Promise<T> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(10_000),
      body: JSON.stringify({ query, variables }),
    }).catch((error: unknown) => {
      throw new ServiceUnavailableError('The cases service does not answer right now: try again shortly', {
        cause: `the cases subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    const body = (await response.json()) as { data?: T | null; errors?: { message: string; extensions?: { code?: string } }[] };
    if (body.errors?.length) {
      const [first] = body.errors;
      // the cases subgraph's own refusal (a case not in a state to change, an unknown unit) is the caller's to read
      throw appErrorFrom(first);
    }
    if (!body.data) throw new Error('the cases subgraph answered without data');
    return body.data;
  }

  async participants(ids: string[], forwarded: Record<string, string> = {}): Promise<CaseParticipants[]> {
    const out: CaseParticipants[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const data = await this.call<{ caseParticipants: CaseParticipants[] }>(
        `query ($ids: [ID!]!) { caseParticipants(ids: $ids) { caseId number leadUnitId cooperatingUnitIds ownerLeaderId handlingDueAt townshipId } }`,
        { ids: ids.slice(i, i + BATCH) },
        forwarded,
      );
      out.push(...data.caseParticipants);
    }
    return out;
  }

  async outcomes(ids: string[], forwarded: Record<string, string> = {}): Promise<CaseOutcome[]> {
    const out: CaseOutcome[] = [];
    for (let i = 0; i < ids.length; i += BATCH) {
      const data = await this.call<{ caseOutcomes: CaseOutcome[] }>(
        `query ($ids: [ID!]!) { caseOutcomes(ids: $ids) { caseId number status repliedAt closedAt } }`,
        { ids: ids.slice(i, i + BATCH) },
        forwarded,
      );
      out.push(...data.caseOutcomes);
    }
    return out;
  }

  async applyDecision(decision: DecisionForCase, forwarded: Record<string, string> = {}): Promise<void> {
    await this.call(`mutation ($input: JointMeetingDecisionInput!) { applyJointMeetingDecision(input: $input) { id } }`, { input: decision }, forwarded);
  }

  async candidates(olderThanDays: number, first: number, forwarded: Record<string, string> = {}): Promise<HardCaseCandidate[]> {
    const data = await this.call<{ hardCaseCandidates: { items: HardCaseCandidate[] } }>(
      `query ($days: Int!, $first: Int!) { hardCaseCandidates(olderThanDays: $days, first: $first) { items { case { id number } reasons explanations } } }`,
      { days: olderThanDays, first },
      forwarded,
    );
    return data.hardCaseCandidates.items;
  }
}

/** Fixed answers, for tests of this subgraph on its own; records the decisions applied. */
export class StaticCaseRecords implements CaseRecords {
  applied: DecisionForCase[] = [];
  calls = 0;

  constructor(
    public cases: Record<string, Omit<CaseParticipants, 'caseId'> & Partial<Omit<CaseOutcome, 'caseId' | 'number'>>> = {},
    /** Ids the caller may see; every id when undefined. */
    public visible?: Set<string>,
  ) {}

  private seen(ids: string[]) {
    return ids.filter((id) => this.cases[id] && (!this.visible || this.visible.has(id)));
  }

  async participants(ids: string[]): Promise<CaseParticipants[]> {
    this.calls += 1;
    return this.seen(ids).map((id) => {
      const c = this.cases[id];
      return { caseId: id, number: c.number, leadUnitId: c.leadUnitId, cooperatingUnitIds: c.cooperatingUnitIds, ownerLeaderId: c.ownerLeaderId, handlingDueAt: c.handlingDueAt, townshipId: c.townshipId };
    });
  }

  async outcomes(ids: string[]): Promise<CaseOutcome[]> {
    this.calls += 1;
    return this.seen(ids).map((id) => {
      const c = this.cases[id];
      return { caseId: id, number: c.number, status: c.status ?? 'IN_PROGRESS', repliedAt: c.repliedAt ?? null, closedAt: c.closedAt ?? null };
    });
  }

  async applyDecision(decision: DecisionForCase): Promise<void> {
    this.applied.push(decision);
  }

  async candidates(): Promise<HardCaseCandidate[]> {
    return [];
  }
}
