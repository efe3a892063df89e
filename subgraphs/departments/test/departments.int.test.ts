import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { Department, DepartmentKind, Person, departmentsSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'departments');
  subgraph = await startTestSubgraph(departmentsSubgraph, db.url);
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

const ids = { district: randomUUID(), bureau: randomUUID(), town: randomUUID(), leader: randomUUID() };

beforeEach(async () => {
  await subgraph.clean();
  const em = subgraph.orm.em.fork();
  const district = em.create(Department, { id: ids.district, code: 'D-GOV', name: '区政府', kind: DepartmentKind.LEADERSHIP });
  em.create(Department, { id: ids.bureau, code: 'D-XFJ', name: '区信访局', kind: DepartmentKind.DEPARTMENT, parent: district });
  const town = em.create(Department, { id: ids.town, code: 'T-001', name: '城关街道', kind: DepartmentKind.STREET, population: 86_000 });
  em.create(Person, { id: ids.leader, name: '王建国', position: '副区长', unit: district, isLeader: true });
  em.create(Person, { id: randomUUID(), name: '李红', position: '联络员', unit: town });
  await em.flush();
});

describe('departments subgraph', () => {
  it('lists units by kind with their parent and people', async () => {
    const result = await subgraph.execute<{ departments: unknown[] }>(`{
      departments(kinds: [DEPARTMENT, STREET]) { code name kind population parent { name } people { name position } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data?.departments).toEqual([
      { code: 'D-XFJ', name: '区信访局', kind: 'DEPARTMENT', population: null, parent: { name: '区政府' }, people: [] },
      { code: 'T-001', name: '城关街道', kind: 'STREET', population: 86000, parent: null, people: [{ name: '李红', position: '联络员' }] },
    ]);
  });

  it('resolves Department and Person references in one statement each, whatever their number', async () => {
    const query = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
      ... on Department { code } ... on Person { name unit { code } } } }`;
    subgraph.counter.reset();
    const one = await subgraph.execute(query, { reps: [{ __typename: 'Department', id: ids.town }] });
    const oneCount = subgraph.counter.count;
    expect(one.data).toEqual({ _entities: [{ code: 'T-001' }] });

    subgraph.counter.reset();
    const many = await subgraph.execute(query, {
      reps: [
        { __typename: 'Department', id: ids.town },
        { __typename: 'Department', id: ids.bureau },
        { __typename: 'Department', id: randomUUID() },
        { __typename: 'Person', id: ids.leader },
      ],
    });
    expect(many.data).toEqual({
      _entities: [{ code: 'T-001' }, { code: 'D-XFJ' }, null, { name: '王建国', unit: { code: 'D-GOV' } }],
    });
    expect(oneCount).toBe(1);
    // departments (1) + people (1) + the person's unit, already in the identity map or one more batch
    expect(subgraph.counter.count).toBeLessThanOrEqual(3);
  });

  it('answers a malformed id with BAD_USER_INPUT and an unknown one with NOT_FOUND', async () => {
    const bad = await subgraph.execute(`{ department(id: "town-1") { name } }`);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const missing = await subgraph.execute(`{ department(id: "${randomUUID()}") { name } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  // regression: fuzzed inputs answered INTERNAL_SERVER_ERROR (a representation's id reached SQL as it was)
  it('resolves a representation whose id is no ID, or holds a NUL, to nothing rather than an internal error', async () => {
    const result = await subgraph.execute(
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Department { name } ... on Person { name } } }`,
      { r: [{ __typename: 'Department', id: 'town-1' }, { __typename: 'Person', id: 'a\u0000' }, { __typename: 'Department', id: ids.town }] },
    );
    expect(result).toEqual({ data: { _entities: [null, null, { name: '城关街道' }] } });
  });

  it('refuses a page size out of range', async () => {
    const result = await subgraph.execute(`{ departments(first: 0) { id } }`);
    expect(result.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });
});
