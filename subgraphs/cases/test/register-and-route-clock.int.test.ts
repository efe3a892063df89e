import type { TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { smallDistrict, startCases } from './small-district';

/**
 * Regression: the 15-day register-and-route clock (《信访工作条例》第二十二条: 15日内转送、交办) was defined
 * but never started or shown. It starts at registration, shows in `clocks` with its card, counts in the
 * case's card while the case waits, and stops when the case is routed: assigned to its lead unit, or
 * not accepted and sent on to the competent organ.
 */
let subgraph: TestSubgraph;
let now = new Date('2026-03-02T09:00:00+08:00');

const district = smallDistrict();
const { town, construction } = district;

let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ subgraph, close } = await startCases(inject('databaseServerUrl'), 'register_and_route', district, () => now));
});
afterAll(() => close?.());
beforeEach(async () => {
  await subgraph.clean();
  now = new Date('2026-03-02T09:00:00+08:00');
});

interface Clock {
  clock: string;
  basis: string;
  days: number;
  count: string;
  startedAt: string;
  dueDay: string;
  stoppedAt: string | null;
  card: string;
  warning: string;
}
interface Matter {
  id: string;
  version: number;
  card: string;
  warning: string;
  clocks: Clock[];
}
const FIELDS = 'id version card warning clocks { clock basis days count startedAt dueDay stoppedAt card warning }';

async function ok(mutation: string, input: Record<string, unknown>, inputType = 'CaseChangeInput'): Promise<Matter> {
  const result = await subgraph.execute<{ result: Matter }>(`mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) { ${FIELDS} } }`, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.result;
}

const register = (overrides: Record<string, unknown> = {}) => ok('registerCase', {
  channel: 'VISIT', petitioners: [{ name: '张建国' }], form: 'INDIVIDUAL', headCount: 1, townshipId: town,
  categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '反映拆迁安置房逾期未交付', ...overrides,
}, 'RegisterCaseInput');

const read = async (id: string) => (await subgraph.execute<{ case: Matter }>(`query ($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id })).data!.case;
const route = (matter: Matter) => matter.clocks.find((c) => c.clock === 'ROUTE');

describe('the register-and-route clock', () => {
  it('starts at registration and shows in clocks with its rule and card', async () => {
    const matter = await register();
    expect(route(matter)).toEqual({
      clock: 'ROUTE',
      basis: expect.stringMatching(/^《信访工作条例》第二十二条: 15日内转送、交办/),
      days: 15,
      count: 'CALENDAR',
      startedAt: '2026-03-02T01:00:00.000Z',
      dueDay: '2026-03-17',
      stoppedAt: null,
      card: 'GREEN',
      warning: 'NONE',
    });
    now = new Date('2026-03-10T09:00:00+08:00');
    expect(route(await read(matter.id))).toMatchObject({ card: 'GREEN', warning: 'HALF_USED' });
  });

  it('keeps running after acceptance until the case is assigned, and turns the case red when it runs out', async () => {
    let matter = await register();
    now = new Date('2026-03-05T09:00:00+08:00');
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
    expect(route(matter)).toMatchObject({ stoppedAt: null, card: 'GREEN' });
    expect(matter.clocks.find((c) => c.clock === 'ACCEPT')?.stoppedAt).toBe('2026-03-05T01:00:00.000Z');

    now = new Date('2026-03-18T09:00:00+08:00');
    matter = await read(matter.id);
    expect(route(matter)).toMatchObject({ card: 'RED', warning: 'OVERDUE' });
    // the handling clock is green, but the case has waited too long to be routed
    expect(matter.clocks.find((c) => c.clock === 'HANDLE')?.card).toBe('GREEN');
    expect([matter.card, matter.warning]).toEqual(['RED', 'OVERDUE']);

    matter = await ok('assignCase', { caseId: matter.id, version: matter.version, leadUnitId: construction }, 'AssignCaseInput');
    expect(route(matter)).toMatchObject({ stoppedAt: '2026-03-18T01:00:00.000Z', card: 'RED', warning: 'OVERDUE' });
    expect([matter.card, matter.warning]).toEqual(['GREEN', 'NONE']);
  });

  it('stops green when the case is routed in time', async () => {
    let matter = await register();
    now = new Date('2026-03-04T09:00:00+08:00');
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
    matter = await ok('assignCase', { caseId: matter.id, version: matter.version, leadUnitId: construction }, 'AssignCaseInput');
    now = new Date('2026-04-20T09:00:00+08:00');
    expect(route(await read(matter.id))).toMatchObject({ stoppedAt: '2026-03-04T01:00:00.000Z', card: 'GREEN', warning: 'NONE' });
  });

  it('stops when the case is not accepted and the petitioner is sent to the competent organ', async () => {
    let matter = await register();
    now = new Date('2026-03-06T09:00:00+08:00');
    matter = await ok('rejectCase', { caseId: matter.id, version: matter.version, reason: '属于诉讼途径解决的事项', redirectTo: '区人民法院' }, 'RejectCaseInput');
    expect(route(matter)).toMatchObject({ stoppedAt: '2026-03-06T01:00:00.000Z', card: 'GREEN' });
  });

  it('stops with the other clocks when the case is merged into another, which carries the matter, and runs again when taken out', async () => {
    const duplicate = await register();
    const kept = await register({ channel: 'PHONE' });
    now = new Date('2026-03-05T09:00:00+08:00');
    const merge = await subgraph.execute(`mutation ($input: MergeCasesInput!) { mergeCases(input: $input) { id } }`,
      { input: { intoCaseId: kept.id, caseIds: [duplicate.id], reason: '同一事项来访并来电' } });
    expect(merge.errors).toBeUndefined();
    now = new Date('2026-04-20T09:00:00+08:00');
    const merged = await read(duplicate.id);
    expect(merged.clocks.map((c) => [c.clock, c.stoppedAt, c.card])).toEqual([
      ['ROUTE', '2026-03-05T01:00:00.000Z', 'GREEN'],
      ['ACCEPT', '2026-03-05T01:00:00.000Z', 'GREEN'],
    ]);
    // the case it was merged into still waits to be routed
    expect(route(await read(kept.id))).toMatchObject({ stoppedAt: null, card: 'RED' });
    const undone = await subgraph.execute(`mutation ($id: ID!) { unmergeCase(caseId: $id, reason: "不同事项") { id } }`, { id: duplicate.id });
    expect(undone.errors).toBeUndefined();
    expect(route(await read(duplicate.id))).toMatchObject({ stoppedAt: null, card: 'RED' });
  });

  it('gives a 12345 case one working day to be dispatched (派单)', async () => {
    now = new Date('2026-09-30T10:00:00+08:00');
    const matter = await register({ channel: 'PHONE', ruleSet: 'HOTLINE_12345' });
    expect(route(matter)).toMatchObject({ days: 1, count: 'WORKING', dueDay: '2026-10-08', basis: '12345热线: 1个工作日内派单' });
  });
});
