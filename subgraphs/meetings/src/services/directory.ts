import { ServiceUnavailableError, ValidationError } from '@lianban/kit';

export interface UnitFacts {
  name: string;
  active: boolean;
}

export interface PersonFacts {
  name: string;
  isLeader: boolean;
}

/**
 * The unit directory, owned by the departments subgraph. The meetings subgraph never reads its tables:
 * it asks the departments subgraph (documented service calls `departmentsByIds`, `peopleByIds`, with the
 * caller's token), once per mutation, to check the units and people an input names and to print their
 * names on notices.
 */
export interface Directory {
  lookup(question: { unitIds: string[]; personIds: string[] }, forwarded?: Record<string, string>): Promise<{ units: Map<string, UnitFacts>; people: Map<string, PersonFacts> }>;
}

/** The directory over HTTP at DEPARTMENTS_URL. */
export class HttpDirectory implements Directory {
  constructor(private readonly url: string) {}

  async lookup(question: { unitIds: string[]; personIds: string[] }, forwarded: Record<string, string> = {}) {
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(5000),
      body: JSON.stringify({
        query: `query ($units: [ID!]!, $people: [ID!]!) { departmentsByIds(ids: $units) { id name active } peopleByIds(ids: $people) { id name isLeader } }`,
        variables: { units: question.unitIds, people: question.personIds },
      }),
    }).catch((error: unknown) => {
      throw new ServiceUnavailableError('The departments service does not answer right now, so units and people cannot be checked: try again shortly', {
        cause: `the departments subgraph did not answer at ${this.url}: ${error instanceof Error ? error.message : String(error)}`,
      });
    });
    const body = (await response.json()) as {
      data?: { departmentsByIds: ({ id: string } & UnitFacts | null)[]; peopleByIds: ({ id: string } & PersonFacts | null)[] };
      errors?: unknown[];
    };
    if (!body.data || body.errors) throw new Error(`the departments subgraph refused a directory lookup: ${JSON.stringify(body.errors)}`);
    return {
      units: new Map(body.data.departmentsByIds.filter((u) => u !== null).map((u) => [u.id, { name: u.name, active: u.active }])),
      people: new Map(body.data.peopleByIds.filter((p) => p !== null).map((p) => [p.id, { name: p.name, isLeader: p.isLeader }])),
    };
  }
}

/** A fixed directory, for tests of this subgraph on its own. */
export class StaticDirectory implements Directory {
  constructor(
    readonly units: Record<string, UnitFacts> = {},
    readonly people: Record<string, PersonFacts> = {},
  ) {}

  async lookup(question: { unitIds: string[]; personIds: string[] }) {
    return {
      units: new Map(question.unitIds.filter((id) => this.units[id]).map((id) => [id, this.units[id]])),
      people: new Map(question.personIds.filter((id) => this.people[id]).map((id) => [id, this.people[id]])),
    };
  }
}

/**
 * Checks every unit and person an input names, in one lookup: each must be known (and a unit active; a
 * person named `leader` a leader). Returns the names, for notices and timelines.
 */
export async function checkNames(
  directory: Directory,
  forwarded: Record<string, string>,
  units: { id: string; field: string }[],
  people: { id: string; field: string; leader?: boolean }[],
) {
  const answer = await directory.lookup({ unitIds: [...new Set(units.map((u) => u.id))], personIds: [...new Set(people.map((p) => p.id))] }, forwarded);
  for (const unit of units) {
    const facts = answer.units.get(unit.id);
    if (!facts) throw new ValidationError(`${unit.field} names no known unit`, unit.field);
    if (!facts.active) throw new ValidationError(`${unit.field}: ${facts.name} is no longer active`, unit.field);
  }
  for (const person of people) {
    const facts = answer.people.get(person.id);
    if (!facts) throw new ValidationError(`${person.field} names no known person`, person.field);
    if (person.leader && !facts.isLeader) throw new ValidationError(`${person.field}: ${facts.name} is not a district leader`, person.field);
  }
  return answer;
}
