/**
 * Names of people and units for the reasons a plan gives ("张副区长在12月18日之前的每个半天都有安排"). The
 * directory belongs to the departments subgraph: the meetings subgraph asks it (`peopleByIds`,
 * `departmentsByIds`, the existing service calls) once per plan.
 */
export interface DirectoryNames {
  names(ids: { unitIds: string[]; personIds: string[] }, forwarded?: Record<string, string>): Promise<Map<string, string>>;
}

/** The departments subgraph over HTTP (DEPARTMENTS_URL). */
export class HttpDirectoryNames implements DirectoryNames {
  constructor(private readonly url: string) {}

  async names(ids: { unitIds: string[]; personIds: string[] }, forwarded: Record<string, string> = {}): Promise<Map<string, string>> {
    if (ids.unitIds.length === 0 && ids.personIds.length === 0) return new Map();
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(5000),
      body: JSON.stringify({
        query: `query ($units: [ID!]!, $people: [ID!]!) { departmentsByIds(ids: $units) { id name } peopleByIds(ids: $people) { id name } }`,
        variables: { units: ids.unitIds, people: ids.personIds },
      }),
    });
    const body = (await response.json()) as {
      data?: { departmentsByIds: ({ id: string; name: string } | null)[]; peopleByIds: ({ id: string; name: string } | null)[] };
      errors?: unknown[];
    };
    if (!body.data || body.errors) throw new Error(`the departments subgraph refused a names lookup: ${JSON.stringify(body.errors)}`);
    return new Map([...body.data.departmentsByIds, ...body.data.peopleByIds].filter((x) => x !== null).map((x) => [x.id, x.name]));
  }
}

/** Fixed names (tests). */
export class StaticDirectoryNames implements DirectoryNames {
  constructor(private readonly known: Record<string, string> = {}) {}

  async names(ids: { unitIds: string[]; personIds: string[] }): Promise<Map<string, string>> {
    return new Map([...ids.unitIds, ...ids.personIds].filter((id) => this.known[id]).map((id) => [id, this.known[id]!]));
  }
}
