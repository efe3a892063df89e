import { testIdentity } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { smallDistrict, startCases } from './small-district';

/**
 * The bureau looks a case up by its number or by a petitioner's name or ID number (the console's search),
 * and a leader's 包案 cases by the leader; timeline and audit ids are GraphQL IDs (strings).
 */
const district = smallDistrict();
const now = new Date('2026-03-02T09:00:00+08:00');
let cases: Awaited<ReturnType<typeof startCases>>;
const registrar = testIdentity('REGISTRAR', district.bureau, district.registrar);
const liaison = testIdentity('LIAISON', district.construction, district.registrar);

beforeAll(async () => {
  cases = await startCases(inject('databaseServerUrl'), 'case_lookup', district, () => now);
});
afterAll(() => cases?.close());
beforeEach(() => cases.subgraph.clean());

async function register(name: string, idNumber: string | null) {
  const result = await cases.subgraph.execute<{ registerCase: { id: string; number: string; version: number } }>(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }`,
    { input: { channel: 'LETTER', form: 'INDIVIDUAL', headCount: 1, petitioners: [{ name, idNumber }], townshipId: district.town, categoryMain: '城乡建设', categorySub: '拆迁安置', summary: `${name}反映拆迁安置问题` } },
    registrar,
  );
  expect(result.errors).toBeUndefined();
  return result.data!.registerCase;
}

const numbers = async (filter: Record<string, unknown>, identity = registrar) => {
  const result = await cases.subgraph.execute<{ cases: { total: number; items: { number: string }[] } }>(
    `query ($filter: CaseFilter) { cases(filter: $filter) { total items { number } } }`, { filter }, identity,
  );
  return result.errors ? result.errors.map((e) => e.extensions?.code) : result.data!.cases.items.map((c) => c.number);
};

describe('looking cases up', () => {
  it('by number, by petitioner name or ID number (the bureau only), and by 包案 leader', async () => {
    const zhao = await register('赵卫东', '110101199003074477');
    const qian = await register('钱小红', null);
    expect(await numbers({ number: zhao.number.toLowerCase() })).toEqual([zhao.number]);
    expect(await numbers({ petitioner: '钱小红' })).toEqual([qian.number]);
    expect(await numbers({ petitioner: '110101199003074477' })).toEqual([zhao.number]);
    expect(await numbers({ petitioner: '孙' })).toEqual([]);
    expect(await numbers({ petitioner: '赵卫东' }, liaison)).toEqual(['FORBIDDEN']);
    expect(await numbers({ petitioner: '  ' })).toEqual(['BAD_USER_INPUT']);

    const accepted = await cases.subgraph.execute<{ acceptCase: { version: number } }>(
      `mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`, { input: { caseId: qian.id, version: qian.version } }, registrar,
    );
    const assigned = await cases.subgraph.execute(
      `mutation ($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
      { input: { caseId: qian.id, version: accepted.data!.acceptCase.version, leadUnitId: district.construction, leaderId: district.leader } },
      registrar,
    );
    expect(assigned.errors).toBeUndefined();
    expect(await numbers({ leaderId: district.leader })).toEqual([qian.number]);
  });

  it('gives timeline and audit entries string ids', async () => {
    const zhao = await register('赵卫东', '110101199003074477');
    const read = await cases.subgraph.execute<{ case: { timeline: { id: unknown }[]; petitioners: { name: string }[] } }>(
      `query ($id: ID!) { case(id: $id) { timeline { id } petitioners { name } } }`, { id: zhao.id }, registrar,
    );
    expect(read.errors).toBeUndefined();
    expect(typeof read.data!.case.timeline[0].id).toBe('string');
    const audit = await cases.subgraph.execute<{ personalDataAccesses: { id: unknown }[] }>(
      '{ personalDataAccesses(first: 5) { id } }', {}, testIdentity('ADMIN', district.bureau, district.registrar),
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.personalDataAccesses.length).toBeGreaterThan(0);
    expect(typeof audit.data!.personalDataAccesses[0].id).toBe('string');
  });
});
