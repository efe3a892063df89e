import { ValidationError } from '@lianban/kit';

export interface UnitFacts {
  kind: 'LEADERSHIP' | 'DEPARTMENT' | 'TOWNSHIP' | 'STREET';
  active: boolean;
  name: string;
}

export interface PersonFacts {
  isLeader: boolean;
  name: string;
}

/** What the cases subgraph needs to know from the unit directory to check its input. */
export interface DirectoryAnswer {
  units: Map<string, UnitFacts>;
  people: Map<string, PersonFacts>;
  categoryKnown?: boolean;
}

/** Every unit and problem category, for reading names and codes in an imported workbook (补录). */
export interface DirectoryCatalog {
  units: ({ id: string; code: string } & UnitFacts)[];
  categories: { main: string; sub: string; active: boolean }[];
}

export interface DirectoryQuestion {
  unitIds?: string[];
  personIds?: string[];
  category?: { main: string; sub: string };
}

/**
 * The unit directory, owned by the departments subgraph. The cases subgraph never reads its tables: it
 * asks the departments subgraph (a documented service call: `departmentsByIds`, `peopleByIds`,
 * `categoryByName`), once per mutation.
 */
export interface Directory {
  /**
   * `forwarded`: headers of the request being answered that the call passes on (the kit's
   * `forwardedHeaders`): the caller's token, so the departments subgraph checks who asks, the request id
   * and the trace context.
   */
  lookup(question: DirectoryQuestion, forwarded?: Record<string, string>): Promise<DirectoryAnswer>;
  /** Every unit (also inactive ones) and every category: `departments` a page at a time, and `categories`. */
  catalog(forwarded?: Record<string, string>): Promise<DirectoryCatalog>;
}

/** The directory over HTTP, at the departments subgraph's GraphQL URL (DEPARTMENTS_URL). */
export class HttpDirectory implements Directory {
  constructor(private readonly url: string) {}

  async lookup(question: DirectoryQuestion, forwarded: Record<string, string> = {}): Promise<DirectoryAnswer> {
    const unitIds = question.unitIds ?? [];
    const personIds = question.personIds ?? [];
    const response = await fetch(this.url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(5000),
      body: JSON.stringify({
        query: `query ($units: [ID!]!, $people: [ID!]!, $main: String!, $sub: String!, $withCategory: Boolean!) {
          departmentsByIds(ids: $units) { id kind active name }
          peopleByIds(ids: $people) { id isLeader name }
          categoryByName(main: $main, sub: $sub) @include(if: $withCategory) { id active }
        }`,
        variables: {
          units: unitIds,
          people: personIds,
          main: question.category?.main ?? '',
          sub: question.category?.sub ?? '',
          withCategory: Boolean(question.category),
        },
      }),
    }).catch((error: unknown) => {
      throw new Error(`the departments subgraph did not answer at ${this.url}`, { cause: error });
    });
    const body = (await response.json()) as {
      data?: {
        departmentsByIds: ({ id: string } & UnitFacts | null)[];
        peopleByIds: ({ id: string } & PersonFacts | null)[];
        categoryByName?: { active: boolean } | null;
      };
      errors?: unknown[];
    };
    if (!body.data || body.errors) throw new Error(`the departments subgraph refused a directory lookup: ${JSON.stringify(body.errors)}`);
    return {
      units: new Map(body.data.departmentsByIds.filter((u) => u !== null).map((u) => [u.id, { kind: u.kind, active: u.active, name: u.name }])),
      people: new Map(body.data.peopleByIds.filter((p) => p !== null).map((p) => [p.id, { isLeader: p.isLeader, name: p.name }])),
      categoryKnown: question.category ? Boolean(body.data.categoryByName?.active) : undefined,
    };
  }

  catalog(forwarded: Record<string, string> = {}): Promise<DirectoryCatalog> {
    return httpCatalog(this.url, forwarded);
  }
}

/** A page of units and the categories, asked of the departments subgraph; pages of 200 until a short one. */
async function httpCatalog(url: string, forwarded: Record<string, string>): Promise<DirectoryCatalog> {
  const units: DirectoryCatalog['units'] = [];
  let categories: DirectoryCatalog['categories'] = [];
  for (let offset = 0; ; offset += 200) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { ...forwarded, 'content-type': 'application/json' },
      signal: AbortSignal.timeout(10_000),
      body: JSON.stringify({
        query: `query ($offset: Int!, $first: Boolean!) {
          departments(first: 200, offset: $offset) { id code kind active name }
          categories(activeOnly: false) @include(if: $first) { main sub active }
        }`,
        variables: { offset, first: offset === 0 },
      }),
    }).catch((error: unknown) => {
      throw new Error(`the departments subgraph did not answer at ${url}`, { cause: error });
    });
    const body = (await response.json()) as {
      data?: { departments: DirectoryCatalog['units']; categories?: DirectoryCatalog['categories'] };
      errors?: unknown[];
    };
    if (!body.data || body.errors) throw new Error(`the departments subgraph refused the unit catalog: ${JSON.stringify(body.errors)}`);
    units.push(...body.data.departments);
    if (body.data.categories) categories = body.data.categories;
    if (body.data.departments.length < 200) return { units, categories };
  }
}

/** A fixed directory (for tests of this subgraph on its own). */
export class StaticDirectory implements Directory {
  constructor(
    private readonly units: Record<string, UnitFacts & { code?: string }>,
    private readonly people: Record<string, PersonFacts> = {},
    private readonly categories: string[] = [],
  ) {}

  async lookup(question: DirectoryQuestion): Promise<DirectoryAnswer> {
    return {
      units: new Map((question.unitIds ?? []).filter((id) => this.units[id]).map((id) => [id, this.units[id]])),
      people: new Map((question.personIds ?? []).filter((id) => this.people[id]).map((id) => [id, this.people[id]])),
      categoryKnown: question.category ? this.categories.includes(`${question.category.main}/${question.category.sub}`) : undefined,
    };
  }

  async catalog(): Promise<DirectoryCatalog> {
    return {
      units: Object.entries(this.units).map(([id, unit]) => ({ id, code: unit.code ?? id, kind: unit.kind, active: unit.active, name: unit.name })),
      categories: this.categories.map((name) => {
        const [main, sub] = name.split('/');
        return { main, sub, active: true };
      }),
    };
  }
}

type UnitRule = 'territorial' | 'any';

/**
 * Checks ids named in one mutation against the directory, in one lookup: each must exist and be
 * active; a township of origin must be a township or street; a case owner must be a leader.
 */
export async function checkAgainstDirectory(
  directory: Directory,
  forwarded: Record<string, string>,
  units: { id: string | undefined; field: string; rule: UnitRule }[],
  people: { id: string | undefined; field: string; leader?: boolean }[],
  category?: { main: string; sub: string },
): Promise<void> {
  const wantedUnits = units.filter((u): u is { id: string; field: string; rule: UnitRule } => Boolean(u.id));
  const wantedPeople = people.filter((p): p is { id: string; field: string; leader?: boolean } => Boolean(p.id));
  if (!wantedUnits.length && !wantedPeople.length && !category) return;
  const answer = await directory.lookup({ unitIds: wantedUnits.map((u) => u.id), personIds: wantedPeople.map((p) => p.id), category }, forwarded);
  for (const unit of wantedUnits) {
    const facts = answer.units.get(unit.id);
    if (!facts) throw new ValidationError(`${unit.field} names no known unit`, unit.field);
    if (!facts.active) throw new ValidationError(`${unit.field}: ${facts.name} is no longer active`, unit.field);
    if (unit.rule === 'territorial' && facts.kind !== 'TOWNSHIP' && facts.kind !== 'STREET') {
      throw new ValidationError(`${unit.field} must be a township or street (属地); ${facts.name} is not`, unit.field);
    }
  }
  for (const person of wantedPeople) {
    const facts = answer.people.get(person.id);
    if (!facts) throw new ValidationError(`${person.field} names no known person`, person.field);
    if (person.leader && !facts.isLeader) throw new ValidationError(`${person.field}: ${facts.name} is not a leader who may own cases (包案领导)`, person.field);
  }
  if (category && !answer.categoryKnown) {
    throw new ValidationError(`input.categorySub: ${category.main}/${category.sub} is not a known problem category`, 'input.categorySub');
  }
}
