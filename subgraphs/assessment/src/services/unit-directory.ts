import { ServiceUnavailableError } from '@lianban/kit';

export type UnitKind = 'TOWNSHIP' | 'STREET' | 'DEPARTMENT';

export interface AssessedUnit {
  id: string;
  name: string;
  code: string;
  kind: UnitKind;
  population?: number | null;
}

/**
 * The units a scheme assesses and their populations, owned by the departments subgraph: asked with
 * `departments(kinds, active: true)` at DEPARTMENTS_URL, with the caller's forwarded token.
 */
export interface UnitDirectory {
  units(kinds: UnitKind[], forwarded?: Record<string, string>): Promise<AssessedUnit[]>;
}

export class HttpUnitDirectory implements UnitDirectory {
  constructor(private readonly url: string) {}

  async units(kinds: UnitKind[], forwarded: Record<string, string> = {}): Promise<AssessedUnit[]> {
    const all: AssessedUnit[] = [];
    for (let offset = 0; ; offset += 200) {
      const response = await fetch(this.url, {
        method: 'POST',
        headers: { ...forwarded, 'content-type': 'application/json' },
        signal: AbortSignal.timeout(10_000),
        body: JSON.stringify({
          query: `query ($kinds: [DepartmentKind!], $offset: Int!) { departments(kinds: $kinds, active: true, first: 200, offset: $offset) { id name code kind population } }`,
          variables: { kinds, offset },
        }),
      }).catch((error: unknown) => {
        throw new ServiceUnavailableError('The departments service does not answer right now, so the units to assess cannot be listed: try again shortly', {
          cause: `the departments subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
        });
      });
      const body = (await response.json()) as { data?: { departments: AssessedUnit[] } | null; errors?: unknown[] };
      if (!body.data || body.errors) throw new Error(`the departments subgraph refused a unit listing: ${JSON.stringify(body.errors)}`);
      all.push(...body.data.departments);
      if (body.data.departments.length < 200) return all;
    }
  }
}

export class StaticUnitDirectory implements UnitDirectory {
  constructor(private readonly all: AssessedUnit[]) {}

  async units(kinds: UnitKind[]): Promise<AssessedUnit[]> {
    return this.all.filter((unit) => kinds.includes(unit.kind));
  }
}
