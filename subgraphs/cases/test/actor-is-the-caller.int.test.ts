import { randomUUID } from 'node:crypto';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { StaticDirectory, casesSubgraph, createContext } from '../src';

/**
 * Regression: `superviseCase(input: {supervisorId: <a leader>})` sent by the secretariat recorded the
 * leader as the actor on the timeline. The actor is always the signed-in caller; the people an input
 * names (supervisor, approver, 包案领导, an actorId sent along) are data.
 */
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const now = new Date('2026-03-02T09:00:00+08:00');

const town = randomUUID();
const construction = randomUUID();
const landBureau = randomUUID();
const bureau = randomUUID();
const office = randomUUID();
const registrarPerson = randomUUID();
const secretaryPerson = randomUUID();
const leader = randomUUID();
const landLiaison = randomUUID();
const directory = new StaticDirectory(
  {
    [town]: { kind: 'STREET', active: true, name: '城关街道' },
    [construction]: { kind: 'DEPARTMENT', active: true, name: '区建设局' },
    [landBureau]: { kind: 'DEPARTMENT', active: true, name: '区国土分局' },
    [bureau]: { kind: 'DEPARTMENT', active: true, name: '区信访局' },
    [office]: { kind: 'DEPARTMENT', active: true, name: '区联席办' },
  },
  {
    [registrarPerson]: { isLeader: false, name: '李登记' },
    [secretaryPerson]: { isLeader: false, name: '周秘书' },
    [leader]: { isLeader: true, name: '王副区长' },
    [landLiaison]: { isLeader: false, name: '陈联络' },
  },
  ['城乡建设/拆迁安置'],
);
const registrar = testIdentity('REGISTRAR', bureau, registrarPerson);
const secretariat = testIdentity('SECRETARIAT', office, secretaryPerson);
const landLiaisonIdentity = testIdentity('LIAISON', landBureau, landLiaison);

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'actor_is_the_caller');
  subgraph = await startTestSubgraph(casesSubgraph, db.url, (em, identity) => createContext(em, { directory, identity, now: () => now }), registrar);
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});
beforeEach(() => subgraph.clean());

interface Matter {
  id: string;
  version: number;
  tasks: { id: string; role: string; version: number }[];
}
const FIELDS = 'id version tasks { id role version }';

async function call<T>(mutation: string, input: Record<string, unknown>, inputType: string, identity = registrar, fields = FIELDS): Promise<T> {
  const result = await subgraph.execute<{ result: T }>(`mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) { ${fields} } }`, { input }, identity);
  expect(result.errors).toBeUndefined();
  return result.data!.result;
}

const register = (i: number) => call<Matter>('registerCase', {
  channel: 'VISIT', petitioners: [{ name: `来访人${i}` }], form: 'INDIVIDUAL', headCount: 1, townshipId: town,
  categoryMain: '城乡建设', categorySub: '拆迁安置', summary: `反映拆迁安置问题 ${i}`, actorId: leader,
}, 'RegisterCaseInput');

async function timeline(id: string) {
  const result = await subgraph.execute<{ case: { timeline: { action: string; actor: { id: string } | null; unit: { id: string } | null }[] } }>(
    `query ($id: ID!) { case(id: $id) { timeline { action actor { id } unit { id } } } }`,
    { id },
  );
  return result.data!.case.timeline.map((e) => [e.action, e.actor?.id, e.unit?.id]);
}

describe('the actor is the caller', () => {
  it('records the secretariat, not the leader it names as supervisor, as the actor of a supervision', async () => {
    const matter = await register(1);
    const supervision = await call<{ supervisor: { id: string } }>(
      'superviseCase',
      { caseId: matter.id, supervisorId: leader, method: 'HEARING_HANDLER', request: '听取承办单位汇报', placard: true },
      'SuperviseCaseInput',
      secretariat,
      'supervisor { id }',
    );
    expect(supervision.supervisor.id).toBe(leader);
    expect((await timeline(matter.id)).at(-1)).toEqual(['PLACARDED', secretaryPerson, office]);
  });

  it('records the caller on every step, whoever an input names as its actor', async () => {
    let matter = await register(1);
    const other = await register(2);
    matter = await call<Matter>('acceptCase', { caseId: matter.id, version: matter.version, actorId: leader }, 'CaseChangeInput');
    matter = await call<Matter>('assignCase', {
      caseId: matter.id, version: matter.version, actorId: leader, leadUnitId: construction, leaderId: leader, cooperating: [{ unitId: landBureau }],
    }, 'AssignCaseInput');
    const task = matter.tasks.find((t) => t.role === 'COOPERATING')!;
    await call('signForTask', { taskId: task.id, version: task.version, actorId: leader }, 'TaskChangeInput', landLiaisonIdentity, 'id');
    await call('mergeCases', { intoCaseId: matter.id, caseIds: [other.id], reason: '同一事项', actorId: leader }, 'MergeCasesInput', registrar, 'id');
    expect(await timeline(matter.id)).toEqual([
      ['REGISTERED', registrarPerson, bureau],
      ['ACCEPTED', registrarPerson, bureau],
      ['ASSIGNED', registrarPerson, bureau],
      ['TASK_SIGNED_FOR', landLiaison, landBureau],
      ['MERGED_IN', registrarPerson, bureau],
    ]);
    expect(await timeline(other.id)).toEqual([['REGISTERED', registrarPerson, bureau], ['MERGED', registrarPerson, bureau]]);
  });
});
