import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { Department, RoutingChange, departmentsSubgraph } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const admin = testIdentity('ADMIN');

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'departments_admin');
  subgraph = await startTestSubgraph(departmentsSubgraph, db.url, undefined, admin);
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});

interface Unit {
  id: string;
  version: number;
  code: string;
  active: boolean;
  parent: { code: string } | null;
}

async function create(input: Record<string, unknown>): Promise<Unit> {
  const result = await subgraph.execute<{ createDepartment: Unit }>(
    `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id version code active parent { code } } }`,
    { input },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.createDepartment;
}

const update = (input: Record<string, unknown>) =>
  subgraph.execute<{ updateDepartment: Unit }>(
    `mutation ($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { id version code active parent { code } } }`,
    { input },
  );

const route = (input: Record<string, unknown>, identity = admin) =>
  subgraph.execute<{ routeCategory: { id: string; main: string; sub: string; leadDepartment: { code: string } } }>(
    `mutation ($input: RouteCategoryInput!) { routeCategory(input: $input) { id main sub leadDepartment { code } } }`,
    { input },
    identity,
  );

describe('directory maintenance', () => {
  it('creates units with validated codes, parents and populations', async () => {
    const government = await create({ code: 'd-qzf', name: '区政府', kind: 'LEADERSHIP' });
    expect(government.code).toBe('D-QZF');
    const street = await create({ code: 'T-001', name: '城关街道', kind: 'STREET', parentId: government.id, population: 86000 });
    expect(street.parent).toEqual({ code: 'D-QZF' });
    for (const [input, field, message] of [
      [{ code: 'T-001', name: '重复', kind: 'STREET', population: 1 }, 'input.code', /already used by 城关街道/],
      [{ code: 'T 002', name: '坏代码', kind: 'STREET', population: 1 }, 'input.code', /must look like/],
      [{ code: 'T-002', name: '无人口', kind: 'TOWNSHIP' }, 'input.population', /resident population/],
      [{ code: 'T-003', name: '  ', kind: 'TOWNSHIP', population: 5 }, 'input.name', /must not be empty/],
    ] as const) {
      const result = await subgraph.execute(`mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id } }`, { input });
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', field } });
    }
    expect(await subgraph.orm.em.fork().count(Department, {})).toBe(2);
  });

  it('refuses a move that makes a cycle, refuses a stale version, and deactivates instead of deleting', async () => {
    const top = await create({ code: 'D-TOP', name: '上级', kind: 'DEPARTMENT' });
    const middle = await create({ code: 'D-MID', name: '中间', kind: 'DEPARTMENT', parentId: top.id });
    const bottom = await create({ code: 'D-BOT', name: '下级', kind: 'DEPARTMENT', parentId: middle.id });
    const cycle = await update({ id: top.id, version: top.version, parentId: bottom.id });
    expect(cycle.errors?.[0]).toMatchObject({ message: expect.stringMatching(/cycle/), extensions: { field: 'input.parentId' } });
    const self = await update({ id: top.id, version: top.version, parentId: top.id });
    expect(self.errors?.[0]?.message).toMatch(/cycle/);

    const renamed = await update({ id: bottom.id, version: bottom.version, name: '下级单位', active: false });
    expect(renamed.data?.updateDepartment).toMatchObject({ active: false, version: bottom.version + 1 });
    const stale = await update({ id: bottom.id, version: bottom.version, name: '又改' });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('routes categories and keeps each change with who made it, when and why', async () => {
    const construction = await create({ code: 'D-JSJ', name: '区建设局', kind: 'DEPARTMENT' });
    const housing = await create({ code: 'D-ZJJ', name: '区住建局', kind: 'DEPARTMENT' });
    const town = await create({ code: 'T-009', name: '永安镇', kind: 'TOWNSHIP', population: 30000 });

    const first = await route({ main: '城乡建设', sub: '拆迁安置', leadDepartmentId: construction.id, reason: '按专项工作小组分工' });
    expect(first.data?.routeCategory).toMatchObject({ main: '城乡建设', sub: '拆迁安置', leadDepartment: { code: 'D-JSJ' } });
    const categoryId = first.data!.routeCategory.id;
    const moved = await route({ main: '城乡建设', sub: '拆迁安置', leadDepartmentId: housing.id, reason: '机构改革，职能划转' });
    expect(moved.data?.routeCategory.leadDepartment).toEqual({ code: 'D-ZJJ' });

    expect((await route({ main: '城乡建设', sub: '拆迁安置', leadDepartmentId: housing.id, reason: '重复' })).errors?.[0]?.message).toMatch(/already led/);
    expect((await route({ main: '城乡建设', sub: '拆迁安置', leadDepartmentId: town.id, reason: '属地' })).errors?.[0]?.message).toMatch(/township/);
    const forbidden = await route({ main: '城乡建设', sub: '拆迁安置', leadDepartmentId: construction.id, reason: '越权' }, testIdentity('REGISTRAR'));
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const history = await subgraph.execute<{ routingHistory: unknown[] }>(
      `query ($id: ID!) { routingHistory(categoryId: $id) { changedBy reason fromDepartment { code } toDepartment { code } } }`,
      { id: categoryId },
    );
    expect(history.data?.routingHistory).toEqual([
      { changedBy: 'admin', reason: '机构改革，职能划转', fromDepartment: { code: 'D-JSJ' }, toDepartment: { code: 'D-ZJJ' } },
      { changedBy: 'admin', reason: '按专项工作小组分工', fromDepartment: null, toDepartment: { code: 'D-JSJ' } },
    ]);
    expect(await subgraph.orm.em.fork().count(RoutingChange, {})).toBe(2);
  });

  it('answers CONFLICT, never INTERNAL, to the saves that lose a race: the same version, or the same new code', async () => {
    const unit = await create({ code: 'D-RACE', name: '竞争单位', kind: 'DEPARTMENT' });
    const saves = await Promise.all(Array.from({ length: 5 }, (_, i) => update({ id: unit.id, version: unit.version, name: `改名${i}` })));
    const codes = saves.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK')).sort();
    expect(codes).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    const created = await Promise.all(Array.from({ length: 4 }, () =>
      subgraph.execute(`mutation { createDepartment(input: { code: "D-TWIN", name: "同码", kind: DEPARTMENT }) { id } }`)));
    const outcomes = created.map((r) => (r.errors ? r.errors[0].extensions?.code : 'OK'));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'OK').every((o) => o === 'CONFLICT' || o === 'BAD_USER_INPUT')).toBe(true);
    expect(await subgraph.orm.em.fork().count(Department, { code: 'D-TWIN' })).toBe(1);
  });

  it('answers UNAUTHENTICATED without a token and FORBIDDEN to other roles', async () => {
    const anonymous = await subgraph.execute(`{ departments { id } }`, undefined, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const registrar = await subgraph.execute(`mutation { createDepartment(input: { code: "D-X", name: "X", kind: DEPARTMENT }) { id } }`, undefined, testIdentity('REGISTRAR'));
    expect(registrar.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await subgraph.orm.em.fork().count(Department, { code: 'D-X' })).toBe(0);
  });
});
