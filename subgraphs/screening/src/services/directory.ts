import { ServiceUnavailableError, ValidationError } from '@lianban/kit';
import { DepartmentKind } from '../types/screening.enums';

export interface UnitFacts {
  id: string;
  kind: DepartmentKind;
  active: boolean;
  name: string;
}

/**
 * The unit directory, owned by the departments subgraph. The screening subgraph never reads its tables:
 * it asks the departments subgraph (documented service calls `departmentsByIds(ids)` and
 * `departments(kinds, active)`), with the caller's forwarded headers.
 */
export interface Directory {
  /** The units among `ids` that exist (unknown ids are left out). */
  unitsByIds(ids: string[], forwarded?: Record<string, string>): Promise<Map<string, UnitFacts>>;
  /** Every active unit of these kinds. */
  activeUnits(kinds: DepartmentKind[], forwarded?: Record<string, string>): Promise<UnitFacts[]>;
}

async function ask<T>(url: string, query: string, variables: Record<string, unknown>, forwarded: Record<string, string>): Promise<T> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { ...forwarded, 'content-type': 'application/json' },
    signal: AbortSignal.timeout(5000),
    body: JSON.stringify({ query, variables }),
  }).catch((error: unknown) => {
    throw new ServiceUnavailableError('The departments service does not answer right now, so the units cannot be checked: try again shortly', {
      cause: `the departments subgraph did not answer at ${url}: ${error instanceof Error ? error.message : String(error)}`,
    });
  });
  const body = (await response.json()) as { data?: T | null; errors?: unknown[] };
  if (!body.data || body.errors) throw new Error(`the departments subgraph refused a directory lookup: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The directory over HTTP, at the departments subgraph's GraphQL URL (DEPARTMENTS_URL). */
export class HttpDirectory implements Directory {
  constructor(private readonly url: string) {}

  async unitsByIds(ids: string[], forwarded: Record<string, string> = {}): Promise<Map<string, UnitFacts>> {
    if (!ids.length) return new Map();
    const data = await ask<{ departmentsByIds: (UnitFacts | null)[] }>(
      this.url,
      `query ($ids: [ID!]!) { departmentsByIds(ids: $ids) { id kind active name } }`,
      { ids },
      forwarded,
    );
    return new Map(data.departmentsByIds.filter((u) => u !== null).map((u) => [u.id, u]));
  }

  async activeUnits(kinds: DepartmentKind[], forwarded: Record<string, string> = {}): Promise<UnitFacts[]> {
    if (!kinds.length) return [];
    const data = await ask<{ departments: UnitFacts[] }>(
      this.url,
      `query ($kinds: [DepartmentKind!]) { departments(kinds: $kinds, active: true, first: 500) { id kind active name } }`,
      { kinds },
      forwarded,
    );
    return data.departments;
  }
}

/** A fixed directory (for tests of this subgraph on its own); counts the calls it gets. */
export class StaticDirectory implements Directory {
  calls = 0;

  constructor(private readonly units: UnitFacts[]) {}

  async unitsByIds(ids: string[]): Promise<Map<string, UnitFacts>> {
    this.calls += 1;
    return new Map(this.units.filter((u) => ids.includes(u.id)).map((u) => [u.id, u]));
  }

  async activeUnits(kinds: DepartmentKind[]): Promise<UnitFacts[]> {
    this.calls += 1;
    return this.units.filter((u) => u.active && kinds.includes(u.kind));
  }
}

/** Checks that each named unit exists and is active (one lookup); BAD_USER_INPUT naming the field otherwise. */
export async function checkUnits(
  directory: Directory,
  forwarded: Record<string, string>,
  units: { id: string; field: string; territorial?: boolean }[],
): Promise<Map<string, UnitFacts>> {
  const found = await directory.unitsByIds([...new Set(units.map((u) => u.id))], forwarded);
  for (const unit of units) {
    const facts = found.get(unit.id);
    if (!facts) throw new ValidationError(`${unit.field} names no known unit`, unit.field);
    if (!facts.active) throw new ValidationError(`${unit.field}: ${facts.name} is no longer active`, unit.field);
    if (unit.territorial && facts.kind !== DepartmentKind.TOWNSHIP && facts.kind !== DepartmentKind.STREET) {
      throw new ValidationError(`${unit.field} must be a township or street (属地); ${facts.name} is not`, unit.field);
    }
  }
  return found;
}
