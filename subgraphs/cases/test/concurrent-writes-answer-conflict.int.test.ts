import type { TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { smallDistrict, startCases } from './small-district';
import { Case, CaseTask, Supervision } from '../src';

/**
 * Regression: 10 concurrent placarded supervisions answered INTERNAL_SERVER_ERROR 9 times, one case
 * merged into 5 targets at once 4 times (the ORM's optimistic lock errors escaped unmapped), and a
 * progress report left the case's version where it was. A write that loses a race answers CONFLICT
 * with a message saying so, and every change to a case moves its version.
 */
let subgraph: TestSubgraph;
const now = new Date('2026-03-02T09:00:00+08:00');

const district = smallDistrict();
const { town, construction, landBureau, leader } = district;

let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ subgraph, close } = await startCases(inject('databaseServerUrl'), 'concurrent_writes', district, () => now));
});
afterAll(() => close?.());
beforeEach(() => subgraph.clean());

interface Matter {
  id: string;
  number: string;
  version: number;
  status: string;
}
const FIELDS = 'id number version status';

async function register(i = 0): Promise<Matter> {
  const result = await subgraph.execute<{ registerCase: Matter }>(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { ${FIELDS} } }`,
    { input: { channel: 'VISIT', petitioners: [{ name: `来访人${i}` }], form: 'INDIVIDUAL', headCount: 1, townshipId: town,
      categoryMain: '城乡建设', categorySub: '拆迁安置', summary: `反映拆迁安置问题 ${i}` } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.registerCase;
}

const step = (mutation: string, input: Record<string, unknown>, inputType = 'CaseChangeInput') =>
  subgraph.execute<{ result: Matter }>(`mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) { ${FIELDS} } }`, { input });

async function ok(mutation: string, input: Record<string, unknown>, inputType?: string): Promise<Matter> {
  const result = await step(mutation, input, inputType);
  expect(result.errors).toBeUndefined();
  return result.data!.result;
}

async function inProgress(): Promise<Matter> {
  let matter = await register();
  matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
  matter = await ok('assignCase', { caseId: matter.id, version: matter.version, leadUnitId: construction }, 'AssignCaseInput');
  matter = await ok('signForCase', { caseId: matter.id, version: matter.version });
  return ok('startHandlingCase', { caseId: matter.id, version: matter.version });
}

const codes = (results: { errors?: readonly { extensions?: Record<string, unknown> }[] }[]) =>
  results.map((r) => (r.errors ? String(r.errors[0].extensions?.code) : 'OK')).sort();

const stored = (id: string) => subgraph.orm.em.fork().findOneOrFail(Case, { id });

describe('concurrent writes answer CONFLICT', () => {
  it('records 10 concurrent placarded supervisions, one after the other, each moving the version', async () => {
    const matter = await register();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => subgraph.execute(
      `mutation ($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }`,
      { input: { caseId: matter.id, supervisorId: leader, method: 'PHONE', request: `第${i + 1}次督办`, placard: true } },
    )));
    expect(codes(results)).toEqual(Array(10).fill('OK'));
    expect(await subgraph.orm.em.fork().count(Supervision, { case: matter.id })).toBe(10);
    expect(await stored(matter.id)).toMatchObject({ placarded: true, version: matter.version + 10 });
  });

  it('merges one case into one of 5 targets asked for at once and answers the other 4 CONFLICT', async () => {
    const source = await register(0);
    const targets = await Promise.all([1, 2, 3, 4, 5].map((i) => register(i)));
    const results = await Promise.all(targets.map((target) => subgraph.execute<{ mergeCases: { id: string } }>(
      `mutation ($input: MergeCasesInput!) { mergeCases(input: $input) { id } }`,
      { input: { intoCaseId: target.id, caseIds: [source.id], reason: '同一事项' } },
    )));
    expect(codes(results)).toEqual(['CONFLICT', 'CONFLICT', 'CONFLICT', 'CONFLICT', 'OK']);
    // the losers either raced the winner (changed at the same moment) or read its merge (already merged)
    for (const loser of results.filter((r) => r.errors)) {
      expect(loser.errors![0].message).toMatch(/^XF2026-000001 (was changed by someone else at the same moment: reload it and try again|is already merged into XF2026-00000[2-6]: take it out of that one first)$/);
    }
    const winner = results.find((r) => r.data?.mergeCases)!.data!.mergeCases.id;
    expect(await stored(source.id)).toMatchObject({ mergedIntoId: winner, version: source.version + 1 });
    // the target moves too: a case merged in is a change to it
    expect((await stored(winner)).version).toBe(targets.find((t) => t.id === winner)!.version + 1);
    for (const target of targets.filter((t) => t.id !== winner)) expect((await stored(target.id)).version).toBe(target.version);
  });

  it('answers CONFLICT to one of two merges of the same cases in opposite orders, whichever way the race goes', async () => {
    const [a, b, t1, t2] = [await register(1), await register(2), await register(3), await register(4)];
    for (let round = 0; round < 3; round++) {
      const results = await Promise.all([
        subgraph.execute(`mutation ($input: MergeCasesInput!) { mergeCases(input: $input) { id } }`, { input: { intoCaseId: t1.id, caseIds: [a.id, b.id], reason: '同一事项' } }),
        subgraph.execute(`mutation ($input: MergeCasesInput!) { mergeCases(input: $input) { id } }`, { input: { intoCaseId: t2.id, caseIds: [b.id, a.id], reason: '同一事项' } }),
      ]);
      expect(codes(results)).toEqual(['CONFLICT', 'OK']);
      const merged = [await stored(a.id), await stored(b.id)].map((c) => c.mergedIntoId);
      expect(merged[0]).toBe(merged[1]);
      for (const id of [a.id, b.id]) {
        const undone = await subgraph.execute(`mutation ($id: ID!) { unmergeCase(caseId: $id, reason: "重来") { id } }`, { id });
        expect(undone.errors).toBeUndefined();
      }
    }
  });

  it('moves the version with a progress report, so a save over the version before it is a CONFLICT', async () => {
    const matter = await inProgress();
    const reported = await ok('reportProgress', { caseId: matter.id, version: matter.version, note: '已约谈开发商' });
    expect(reported.version).toBe(matter.version + 1);
    expect((await stored(matter.id)).version).toBe(matter.version + 1);
    const stale = await step('reportProgress', { caseId: matter.id, version: matter.version, note: '再次约谈' });
    expect(stale.errors?.[0]).toMatchObject({ extensions: { code: 'CONFLICT' }, message: expect.stringMatching(/changed by someone else/) });
  });

  it('lets one of 10 concurrent progress reports over the same version through and answers 9 CONFLICT', async () => {
    const matter = await inProgress();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => step('reportProgress', { caseId: matter.id, version: matter.version, note: `进展${i}` })));
    expect(codes(results)).toEqual([...Array(9).fill('CONFLICT'), 'OK']);
    expect((await stored(matter.id)).version).toBe(matter.version + 1);
  });

  it('adds a cooperating unit once when 5 ask at once over the same version', async () => {
    const matter = await inProgress();
    const results = await Promise.all(Array.from({ length: 5 }, () =>
      step('addCooperatingUnit', { caseId: matter.id, version: matter.version, cooperatingUnitId: landBureau }, 'AddCooperatingUnitInput')));
    expect(codes(results)).toEqual([...Array(4).fill('CONFLICT'), 'OK']);
    expect(await subgraph.orm.em.fork().count(CaseTask, { case: matter.id, unitId: landBureau })).toBe(1);
    expect((await stored(matter.id)).version).toBe(matter.version + 1);
  });

  it('lets one of 5 concurrent sign-fors of the same task through and answers 4 CONFLICT', async () => {
    let matter = await register();
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
    const assigned = await subgraph.execute<{ result: { tasks: { id: string; role: string; version: number }[] } }>(
      `mutation ($input: AssignCaseInput!) { result: assignCase(input: $input) { tasks { id role version } } }`,
      { input: { caseId: matter.id, version: matter.version, leadUnitId: construction, cooperating: [{ unitId: landBureau }] } },
    );
    const task = assigned.data!.result.tasks.find((t) => t.role === 'COOPERATING')!;
    const results = await Promise.all(Array.from({ length: 5 }, () =>
      subgraph.execute(`mutation ($input: TaskChangeInput!) { signForTask(input: $input) { id } }`, { input: { taskId: task.id, version: task.version } })));
    expect(codes(results)).toEqual([...Array(4).fill('CONFLICT'), 'OK']);
    for (const loser of results.filter((r) => r.errors)) {
      expect(loser.errors![0].message).toMatch(/(this task was changed by someone else|someone else saved this case task at the same moment): reload it and try again/);
    }
    expect((await subgraph.orm.em.fork().findOneOrFail(CaseTask, { id: task.id })).version).toBe(task.version + 1);
  });

  it('moves the version of both cases when a merge is undone', async () => {
    const [into, duplicate] = [await register(1), await register(2)];
    await subgraph.execute(`mutation ($input: MergeCasesInput!) { mergeCases(input: $input) { id } }`,
      { input: { intoCaseId: into.id, caseIds: [duplicate.id], reason: '同一事项' } });
    const unmerged = await subgraph.execute(`mutation ($id: ID!) { unmergeCase(caseId: $id, reason: "不同事项") { id } }`, { id: duplicate.id });
    expect(unmerged.errors).toBeUndefined();
    expect((await stored(into.id)).version).toBe(into.version + 2);
    expect((await stored(duplicate.id)).version).toBe(duplicate.version + 2);
  });
});
