import { ServiceUnavailableError } from '@lianban/kit';

/**
 * Which cases the caller may see. The rules (a liaison sees the cases its unit leads, cooperates on or
 * originates) and the cases' data belong to the cases subgraph: the meetings subgraph never reads its
 * tables and never repeats its rules; it asks it, with the caller's token (`visibleCaseIds`, a documented
 * service call), once per batch of cases a request names.
 */
export interface CaseVisibility {
  /**
   * The ids among `ids` the caller may see. `forwarded`: headers of the request being answered that the
   * call passes on (the kit's `forwardedHeaders`): the caller's token, the request id and the trace context.
   */
  visibleCaseIds(ids: string[], forwarded?: Record<string, string>): Promise<Set<string>>;
}

/** The cases subgraph over HTTP, at its GraphQL URL (CASES_URL). */
export class HttpCaseVisibility implements CaseVisibility {
  constructor(private readonly url: string) {}

  async visibleCaseIds(ids: string[], forwarded: Record<string, string> = {}): Promise<Set<string>> {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(5000),
      body: JSON.stringify({ query: `query ($ids: [ID!]!) { visibleCaseIds(ids: $ids) }`, variables: { ids } }),
    }).catch((error: unknown) => {
      // like any service that is down (docs/adr/0006): the agenda fields are null, the rest is answered
      throw new ServiceUnavailableError('The cases service does not answer right now, so which cases you may see cannot be told: try again shortly', {
        cause: `the cases subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    const body = (await response.json()) as { data?: { visibleCaseIds: string[] } | null; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(`the cases subgraph refused a visibility check: ${JSON.stringify(body.errors)}`);
    return new Set(body.data.visibleCaseIds);
  }
}

/** A fixed answer (for tests of this subgraph on its own); counts the calls it gets. */
export class StaticCaseVisibility implements CaseVisibility {
  calls: string[][] = [];

  /** `visible`: the ids the caller may see, or undefined for every id. */
  constructor(private readonly visible?: Iterable<string>) {}

  async visibleCaseIds(ids: string[]): Promise<Set<string>> {
    this.calls.push([...ids]);
    if (!this.visible) return new Set(ids);
    const visible = new Set(this.visible);
    return new Set(ids.filter((id) => visible.has(id)));
  }
}
