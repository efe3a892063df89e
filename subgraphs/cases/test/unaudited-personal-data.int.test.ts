/**
 * Regression: `petitioners` used to decide what was asked from the
 * direct field nodes of the query, so fragments, aliases, repeated fields and `_entities` returned names,
 * ID numbers, phones and addresses unmasked with no audit row. Every read path here must leave exactly one
 * audit row per case naming exactly the unmasked fields the response holds.
 */
import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import type { Identity } from '@lianban/kit';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { Case, CaseForm, CaseStatus, CaseTask, Channel, PersonalDataAccess, Petitioner, TaskRole, TaskStatus, VisitLevel, casesSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const lead = randomUUID();
const town = randomUUID();
const caseA = randomUUID();
const caseB = randomUUID();
const merged = randomUUID();
const registrar = testIdentity('REGISTRAR');

const ZHANG = { name: '张建国', idNumber: '110101199003074477', phone: '13812345678', address: '幸福路1号' };
const LI = { name: '李秀英', idNumber: '110101198501011234', phone: '13900001111', address: null };
const WANG = { name: '王芳', idNumber: '110101197001015678', phone: '13700002222', address: '和平街2号' };

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'unaudited_personal_data');
  subgraph = await startTestSubgraph(casesSubgraph, db.url);
  const em = subgraph.orm.em.fork();
  const base = {
    channel: Channel.VISIT, form: CaseForm.INDIVIDUAL, headCount: 1, levelVisited: VisitLevel.DISTRICT, categoryMain: '城乡建设',
    categorySub: '拆迁安置', summary: '反映拆迁安置房逾期未交付', townshipId: town, leadDepartmentId: lead, status: CaseStatus.IN_PROGRESS,
  };
  const a = em.create(Case, { ...base, id: caseA, number: 'XF2026-000001', registeredAt: new Date('2026-03-01T02:00:00Z') });
  const b = em.create(Case, { ...base, id: caseB, number: 'XF2026-000002', registeredAt: new Date('2026-03-02T02:00:00Z') });
  em.create(Petitioner, { id: randomUUID(), case: a, position: 1, ...ZHANG });
  em.create(Petitioner, { id: randomUUID(), case: a, position: 2, ...LI, address: undefined });
  em.create(Petitioner, { id: randomUUID(), case: b, position: 1, ...WANG });
  // a duplicate merged into A, and A's lead task (for the paths through mergedCases and holdings)
  const duplicate = em.create(Case, { ...base, id: merged, number: 'XF2026-000003', channel: Channel.PHONE, mergedIntoId: caseA, registeredAt: new Date('2026-03-03T02:00:00Z') });
  em.create(Petitioner, { id: randomUUID(), case: duplicate, position: 1, ...ZHANG });
  em.create(CaseTask, { id: randomUUID(), case: a, unitId: lead, role: TaskRole.LEAD, status: TaskStatus.SIGNED_FOR, assignedAt: new Date('2026-03-01T02:00:00Z'), dueAt: new Date('2026-05-01T02:00:00Z') });
  await em.flush();
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});
beforeEach(async () => {
  await subgraph.orm.em.fork().nativeDelete(PersonalDataAccess, {});
});

/** The audit log: case id -> the fields of each row for it. */
async function auditLog(): Promise<Record<string, string[][]>> {
  const rows = await subgraph.orm.em.fork().find(PersonalDataAccess, {}, { orderBy: { id: 'asc' } });
  const log: Record<string, string[][]> = {};
  for (const row of rows) (log[row.caseId] ??= []).push(row.fields);
  return log;
}

const ALL = ['address', 'idNumber', 'name', 'phone'];
const reps = { reps: [caseA, caseB].map((id) => ({ __typename: 'Case', id })) };

interface Path {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** The unmasked fields each case's response holds, so the audit rows each case must have. */
  audited: Record<string, string[]>;
  /** Values that must be in the response, in full. */
  shows: string[];
}

const paths: Path[] = [
  {
    name: 'direct fields',
    query: `query ($a: ID!) { case(id: $a) { petitioners { name phone } } }`,
    variables: { a: caseA },
    audited: { [caseA]: ['name', 'phone'] },
    shows: [ZHANG.name, LI.phone],
  },
  {
    name: 'a named fragment spread on two cases',
    query: `query ($a: ID!, $b: ID!) { x: case(id: $a) { id petitioners { ...P } } y: case(id: $b) { id petitioners { ...P } } }
      fragment P on Petitioner { name idNumber phone address }`,
    variables: { a: caseA, b: caseB },
    audited: { [caseA]: ALL, [caseB]: ALL },
    shows: [ZHANG.idNumber, ZHANG.address, WANG.phone, WANG.address],
  },
  {
    name: 'an inline fragment',
    query: `query ($a: ID!) { case(id: $a) { petitioners { ... on Petitioner { idNumber } } } }`,
    variables: { a: caseA },
    audited: { [caseA]: ['idNumber'] },
    shows: [ZHANG.idNumber, LI.idNumber],
  },
  {
    name: 'a named fragment on the case',
    query: `query ($a: ID!) { case(id: $a) { ...C } } fragment C on Case { petitioners { address } }`,
    variables: { a: caseA },
    audited: { [caseA]: ['address'] },
    shows: [ZHANG.address],
  },
  {
    name: 'a field repeated, aliased and asked again through a second petitioners',
    query: `query ($a: ID!) { case(id: $a) { petitioners { name n: name phone } again: petitioners { idNumber name } } }`,
    variables: { a: caseA },
    audited: { [caseA]: ['idNumber', 'name', 'phone'] },
    shows: [ZHANG.name, ZHANG.phone, ZHANG.idNumber],
  },
  {
    name: 'fields left out with @skip and @include',
    query: `query ($a: ID!, $yes: Boolean!) { case(id: $a) { petitioners { name idNumber @skip(if: $yes) phone @include(if: $yes) address @include(if: false) } } }`,
    variables: { a: caseA, yes: true },
    audited: { [caseA]: ['name', 'phone'] },
    shows: [ZHANG.name, ZHANG.phone],
  },
  {
    name: '_entities with a named fragment',
    query: `query ($reps: [_Any!]!) { _entities(representations: $reps) { ...C } } fragment C on Case { petitioners { ...P } } fragment P on Petitioner { name phone }`,
    variables: reps,
    audited: { [caseA]: ['name', 'phone'], [caseB]: ['name', 'phone'] },
    shows: [ZHANG.phone, WANG.phone],
  },
  {
    name: '_entities with an inline fragment',
    query: `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Case { petitioners { ... on Petitioner { address } } } } }`,
    variables: reps,
    audited: { [caseA]: ['address'], [caseB]: ['address'] },
    shows: [ZHANG.address, WANG.address],
  },
  {
    name: 'a list of cases',
    query: `{ cases { items { petitioners { idNumber } } } }`,
    audited: { [caseA]: ['idNumber'], [caseB]: ['idNumber'] },
    shows: [ZHANG.idNumber, WANG.idNumber],
  },
  {
    name: 'the cases a unit leads, reached through Department',
    query: `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on Department { casesLed { petitioners { name } } } } }`,
    variables: { reps: [{ __typename: 'Department', id: lead }] },
    audited: { [caseA]: ['name'], [caseB]: ['name'] },
    shows: [ZHANG.name, WANG.name],
  },
  {
    name: 'the duplicates merged into a case',
    query: `query ($a: ID!) { case(id: $a) { mergedCases { petitioners { ...P } } } } fragment P on Petitioner { idNumber }`,
    variables: { a: caseA },
    audited: { [merged]: ['idNumber'] },
    shows: [ZHANG.idNumber],
  },
  {
    name: 'what a unit holds',
    query: `query ($unit: ID!) { holdings(unitId: $unit) { items { case { petitioners { ... on Petitioner { phone } } } } } }`,
    variables: { unit: lead },
    audited: { [caseA]: ['phone'] },
    shows: [ZHANG.phone, LI.phone],
  },
  {
    name: 'only whether they are masked',
    query: `query ($a: ID!) { case(id: $a) { petitioners { masked } } }`,
    variables: { a: caseA },
    audited: {},
    shows: [],
  },
  {
    name: 'a field only some petitioners have a value for',
    query: `query ($a: ID!) { case(id: $a) { petitioners { address } } }`,
    variables: { a: caseA },
    audited: { [caseA]: ['address'] },
    shows: [ZHANG.address],
  },
];

describe('unaudited personal data: every read path is audited with exactly the fields returned', () => {
  it.each(paths.map((path) => [path.name, path] as const))('%s', async (_name, path) => {
    const result = await subgraph.execute(path.query, path.variables, registrar);
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result.data);
    for (const value of path.shows) expect(text).toContain(value);
    expect(text).not.toMatch(/\*\*|已隐藏/);
    expect(await auditLog()).toEqual(Object.fromEntries(Object.entries(path.audited).map(([id, fields]) => [id, [fields]])));
  });

  it('writes one audit statement for any number of cases in a batch', async () => {
    subgraph.counter.reset(true);
    await subgraph.execute(`{ cases { items { petitioners { name idNumber } } } }`, undefined, registrar);
    expect(subgraph.counter.statements.filter((q) => /^insert into "cases"\."personal_data_access"/.test(q))).toHaveLength(1);
    expect(await auditLog()).toEqual({ [caseA]: [['idNumber', 'name']], [caseB]: [['idNumber', 'name']] });
  });

  it('audits each field once in a request, however often it is asked', async () => {
    await subgraph.execute(
      `query ($a: ID!) { one: case(id: $a) { petitioners { name } } two: case(id: $a) { petitioners { name phone } } }`,
      { a: caseA },
      registrar,
    );
    const rows = (await auditLog())[caseA];
    expect(rows.flat().sort()).toEqual(['name', 'phone']);
  });

  it.each([
    ['a liaison of the township of origin sees them masked', testIdentity('LIAISON', town), [{ name: '张**', idNumber: '110***********4477', phone: '138****5678', address: '（已隐藏）' }, { name: '李**', idNumber: '110***********1234', phone: '139****1111', address: null }]],
    ['an evaluator sees none', testIdentity('EVALUATOR'), []],
  ] as [string, Identity, unknown[]][])('%s, and nothing is audited', async (_name, identity, expected) => {
    const result = await subgraph.execute<{ _entities: { petitioners: unknown[] }[] }>(
      `query ($reps: [_Any!]!) { _entities(representations: $reps) { ...C } } fragment C on Case { petitioners { ...P } } fragment P on Petitioner { name idNumber phone address }`,
      { reps: [{ __typename: 'Case', id: caseA }] },
      identity,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?._entities[0].petitioners).toEqual(expected);
    expect(await auditLog()).toEqual({});
  });

  it('records the lead unit\'s liaison who reads them in full', async () => {
    const liaison = testIdentity('LIAISON', lead);
    const result = await subgraph.execute(`query ($a: ID!) { case(id: $a) { petitioners { ...on Petitioner { phone } } } }`, { a: caseA }, liaison);
    expect(result.data).toEqual({ case: { petitioners: [{ phone: ZHANG.phone }, { phone: LI.phone }] } });
    const rows = await subgraph.orm.em.fork().find(PersonalDataAccess, {});
    expect(rows.map(({ role, unitId, caseId, fields }) => ({ role, unitId, caseId, fields }))).toEqual([{ role: 'LIAISON', unitId: lead, caseId: caseA, fields: ['phone'] }]);
  });
});
