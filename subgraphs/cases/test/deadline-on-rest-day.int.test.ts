import type { TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { smallDistrict, startCases } from './small-district';
import { Case } from '../src';

/**
 * Regression: a calendar-day deadline whose last day is a public holiday or rest day was kept there
 * (acceptance started 2026-09-16 fell due on National Day, 10-01). Under the national rules the last
 * day moves to the next working day (《民法典》第二百零三条), as the official calendar says, and the
 * clock says so beside the deadline.
 */
let subgraph: TestSubgraph;
let now = new Date('2026-09-16T10:00:00+08:00');

const district = smallDistrict();
const { town, construction, landBureau } = district;

let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ subgraph, close } = await startCases(inject('databaseServerUrl'), 'deadline_on_rest_day', district, () => now));
});
afterAll(() => close?.());
beforeEach(async () => {
  await subgraph.clean();
  now = new Date('2026-09-16T10:00:00+08:00');
});

interface Clock {
  clock: string;
  dueDay: string;
  dueDayMovedFrom: string | null;
  basis: string;
  card: string;
}
interface Matter {
  id: string;
  version: number;
  card: string;
  clocks: Clock[];
  tasks: { role: string; dueAt: string; dueBasis: string }[];
}
const FIELDS = 'id version card clocks { clock dueDay dueDayMovedFrom basis card } tasks { role dueAt dueBasis }';

async function ok(mutation: string, input: Record<string, unknown>, inputType = 'CaseChangeInput'): Promise<Matter> {
  const result = await subgraph.execute<{ result: Matter }>(`mutation ($input: ${inputType}!) { result: ${mutation}(input: $input) { ${FIELDS} } }`, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.result;
}

const register = () => ok('registerCase', {
  channel: 'VISIT', petitioners: [{ name: '张建国' }], form: 'INDIVIDUAL', headCount: 1, townshipId: town,
  categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '反映拆迁安置房逾期未交付',
}, 'RegisterCaseInput');

const read = async (id: string) => (await subgraph.execute<{ case: Matter }>(`query ($id: ID!) { case(id: $id) { ${FIELDS} } }`, { id })).data!.case;

describe('a deadline whose last day is a rest day', () => {
  it('moves acceptance started 2026-09-16 from National Day to 2026-10-08, and says so beside the deadline', async () => {
    const matter = await register();
    expect(matter.clocks.find((c) => c.clock === 'ACCEPT')).toEqual({
      clock: 'ACCEPT',
      dueDay: '2026-10-08',
      dueDayMovedFrom: '2026-10-01',
      basis: '《信访工作条例》第二十四条: 15日内决定是否受理并告知; 期间最后一日是法定休假日的, 以法定休假日结束的次日为期间的最后一日 (《民法典》第二百零三条); 本期限末日2026-10-01为法定休假日, 顺延至2026-10-08',
      card: 'GREEN',
    });
    // what "overdue" queries read
    expect((await subgraph.orm.em.fork().findOneOrFail(Case, { id: matter.id })).dueAt?.toISOString()).toBe('2026-10-08T15:59:59.999Z');
    now = new Date('2026-10-06T10:00:00+08:00');
    expect((await read(matter.id)).card).toBe('GREEN');
    now = new Date('2026-10-09T10:00:00+08:00');
    expect((await read(matter.id)).card).toBe('RED');
  });

  it('moves a cooperating unit\'s days the same way', async () => {
    let matter = await register();
    matter = await ok('acceptCase', { caseId: matter.id, version: matter.version });
    // 60 days from 2026-09-16 end on Sunday 11-15: the case is due Monday 11-16
    expect(matter.clocks.find((c) => c.clock === 'HANDLE')).toMatchObject({ dueDay: '2026-11-16', dueDayMovedFrom: '2026-11-15' });
    matter = await ok('assignCase', { caseId: matter.id, version: matter.version, leadUnitId: construction, cooperating: [{ unitId: landBureau, days: 15 }] }, 'AssignCaseInput');
    expect(matter.tasks.map((t) => [t.role, t.dueAt])).toEqual([
      ['LEAD', '2026-11-16T15:59:59.999Z'],
      ['COOPERATING', '2026-10-08T15:59:59.999Z'],
    ]);
    expect(matter.tasks[1].dueBasis).toMatch(/15日内反馈办理结果.*第二百零三条/);
  });

  it('leaves the petitioner until the moved day to ask for review', async () => {
    now = new Date('2026-08-20T10:00:00+08:00');
    let matter = await register();
    for (const [mutation, input, type] of [
      ['acceptCase', {}, undefined],
      ['assignCase', { leadUnitId: construction }, 'AssignCaseInput'],
      ['signForCase', {}, undefined],
      ['startHandlingCase', {}, undefined],
    ] as const) {
      matter = await ok(mutation, { caseId: matter.id, version: matter.version, ...input }, type);
    }
    now = new Date('2026-09-01T10:00:00+08:00');
    matter = await ok('replyCase', { caseId: matter.id, version: matter.version, reply: '已答复' }, 'ReplyCaseInput');
    expect(matter.clocks.find((c) => c.clock === 'REVIEW_REQUEST')).toMatchObject({ dueDay: '2026-10-08', dueDayMovedFrom: '2026-10-01' });
    now = new Date('2026-10-09T09:00:00+08:00');
    const late = await subgraph.execute(`mutation ($input: CaseChangeInput!) { requestReview(input: $input) { id } }`, { input: { caseId: matter.id, version: matter.version } });
    expect(late.errors?.[0]?.message).toMatch(/ended on 2026-10-08/);
    now = new Date('2026-10-08T17:00:00+08:00');
    const inTime = await ok('requestReview', { caseId: matter.id, version: matter.version });
    expect(inTime.clocks.find((c) => c.clock === 'REVIEW_DECISION')).toMatchObject({ dueDay: '2026-11-09', dueDayMovedFrom: '2026-11-07' });
  });
});
