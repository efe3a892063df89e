/**
 * Regression: a task's deadline was shown only as a UTC instant (2026-05-01T15:59:59.999Z) while the
 * case's clocks give a China-time day (2026-05-01). Every deadline is the end of a China-time day; tasks
 * and holdings give that day as the clocks do, also when the work is done after midnight China time,
 * when the UTC date is still the day before.
 */
import type { TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { smallDistrict, startCases } from './small-district';

let subgraph: TestSubgraph;
/** 01:30 on 2 March in China: still 1 March in UTC. */
const now = new Date('2026-03-02T01:30:00+08:00');

const district = smallDistrict();
const { town, construction, landBureau, registrar } = district;

let close: (() => Promise<void>) | undefined;

beforeAll(async () => {
  ({ subgraph, close } = await startCases(inject('databaseServerUrl'), 'task_due_china', district, () => now));
});
afterAll(() => close?.());

interface Matter {
  id: string;
  version: number;
  clocks: { clock: string; dueDay: string; dueAt: string }[];
  tasks: { role: string; dueDay: string; dueAt: string; unit: { id: string } }[];
}
const FIELDS = 'id version clocks { clock dueDay dueAt } tasks { role dueDay dueAt unit { id } }';

async function run(mutation: string, inputType: string, input: Record<string, unknown>): Promise<Matter> {
  const result = await subgraph.execute<{ r: Matter }>(`mutation ($input: ${inputType}!) { r: ${mutation}(input: $input) { ${FIELDS} } }`, { input });
  expect(result.errors).toBeUndefined();
  return result.data!.r;
}

describe('task due in China time', () => {
  it('gives tasks and holdings the China-time due day of the clocks, due at its end', async () => {
    let matter = await run('registerCase', 'RegisterCaseInput', {
      channel: 'VISIT', form: 'INDIVIDUAL', headCount: 1, townshipId: town, categoryMain: '城乡建设', categorySub: '拆迁安置',
      summary: '反映拆迁安置房逾期未交付', actorId: registrar,
      petitioners: [{ name: '张建国', idNumber: '110101199003074477', phone: '13812345678' }],
    });
    matter = await run('acceptCase', 'CaseChangeInput', { caseId: matter.id, version: matter.version, actorId: registrar });
    matter = await run('assignCase', 'AssignCaseInput', {
      caseId: matter.id, version: matter.version, leadUnitId: construction, cooperating: [{ unitId: landBureau, days: 3 }],
    });
    // accepted on 2 March China time: 60 days from the next day end on 1 May, a public holiday (1-5 May), so
    // the last day moves to the next working day, 6 May
    expect(matter.clocks.find((c) => c.clock === 'HANDLE')).toEqual({ clock: 'HANDLE', dueDay: '2026-05-06', dueAt: '2026-05-06T15:59:59.999Z' });
    expect(matter.tasks).toEqual([
      { role: 'LEAD', dueDay: '2026-05-06', dueAt: '2026-05-06T15:59:59.999Z', unit: { id: construction } },
      // three days from 2 March China time, not from 1 March UTC
      { role: 'COOPERATING', dueDay: '2026-03-05', dueAt: '2026-03-05T15:59:59.999Z', unit: { id: landBureau } },
    ]);
    for (const task of matter.tasks) expect(new Date(task.dueAt).getTime()).toBe(new Date(`${task.dueDay}T23:59:59.999+08:00`).getTime());

    const holdings = await subgraph.execute<{ holdings: { items: { dueDay: string; dueAt: string }[] } }>(
      `query ($unit: ID!) { holdings(unitId: $unit) { items { dueDay dueAt } } }`,
      { unit: landBureau },
    );
    expect(holdings.errors).toBeUndefined();
    expect(holdings.data!.holdings.items).toEqual([{ dueDay: '2026-03-05', dueAt: '2026-03-05T15:59:59.999Z' }]);
  });
});
