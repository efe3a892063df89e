/** The petition lifecycle and the office report through the gateway, on the seeded demo district. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { District } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let district: District;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'cases_e2e', 800);
  district = platform.district;
});
afterAll(async () => {
  await platform?.stop();
});

const unit = (code: string) => district.departments.find((d) => d.code === code)!;

describe('a matter worked across units through the gateway', () => {
  it('is registered, accepted and assigned, and each unit sees its part with names from the directory', async () => {
    const town = district.departments.find((d) => d.kind === 'STREET')!;
    const leader = district.people.find((p) => p.position === '常务副区长')!;
    const registrar = district.people.find((p) => p.position === '信访联络员' && p.unitId === unit('D-XFJ').id)!;
    const registered = await platform.query<{ registerCase: { id: string; version: number; township: { name: string } } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version township { name } } }`,
      {
        input: {
          idempotencyKey: 'e2e-visit-0001', channel: 'VISIT', form: 'COLLECTIVE', headCount: 12,
          petitioners: [{ name: '赵卫东', idNumber: '110101199003074477', phone: '13912345678' }],
          townshipId: town.id, categoryMain: '城乡建设', categorySub: '拖欠工程款', summary: '12名农民工反映工程款被拖欠',
          actorId: registrar.id, unitId: unit('D-XFJ').id,
        },
      },
    );
    expect(registered.errors).toBeUndefined();
    const id = registered.data!.registerCase.id;
    expect(registered.data!.registerCase.township.name).toBe(town.name);

    const accepted = await platform.query<{ acceptCase: { version: number } }>(
      `mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`,
      { input: { caseId: id, version: registered.data!.registerCase.version, actorId: registrar.id, unitId: unit('D-XFJ').id } },
    );
    const assigned = await platform.query<{ assignCase: Record<string, unknown> }>(
      `mutation ($input: AssignCaseInput!) { assignCase(input: $input) {
        status leadDepartment { name } leader { name position }
        tasks { role unit { name } card }
        clocks { clock basis }
      } }`,
      { input: { caseId: id, version: accepted.data!.acceptCase.version, leadUnitId: unit('D-JSJ').id, leaderId: leader.id, cooperating: [{ unitId: unit('D-RSJ').id }] } },
    );
    expect(assigned.errors).toBeUndefined();
    expect(assigned.data!.assignCase).toMatchObject({
      status: 'ASSIGNED',
      leadDepartment: { name: '区建设局' },
      leader: { name: leader.name, position: '常务副区长' },
      tasks: [
        { role: 'LEAD', unit: { name: '区建设局' }, card: 'GREEN' },
        { role: 'COOPERATING', unit: { name: '区人力资源和社会保障局' }, card: 'GREEN' },
      ],
    });

    const timeline = await platform.query<{ case: { timeline: { action: string; actor: { name: string } | null; unit: { name: string } | null }[] } }>(
      `query ($id: ID!) { case(id: $id) { timeline { action actor { name } unit { name } } } }`,
      { id },
    );
    expect(timeline.data!.case.timeline).toEqual([
      { action: 'REGISTERED', actor: { name: registrar.name }, unit: { name: '区信访局' } },
      { action: 'ACCEPTED', actor: { name: registrar.name }, unit: { name: '区信访局' } },
      { action: 'ASSIGNED', actor: { name: registrar.name }, unit: { name: '区信访局' } },
    ]);

    const holdings = await platform.query<{ holdings: { items: { case: { id: string }; role: string }[] } }>(
      `query ($unit: ID!) { holdings(unitId: $unit, first: 200) { items { role case { id } } } }`,
      { unit: unit('D-RSJ').id },
    );
    expect(holdings.data!.holdings.items).toContainEqual({ role: 'COOPERATING', case: { id } });

    const cards = await platform.query<{ department: { casesCooperatingCount: number; openCaseCards: { green: number; yellow: number; red: number } } }>(
      `query ($id: ID!) { department(id: $id) { casesCooperatingCount(openOnly: true) openCaseCards { green yellow red } } }`,
      { id: unit('D-RSJ').id },
    );
    const rsj = unit('D-RSJ').id;
    expect(cards.data!.department.casesCooperatingCount).toBe(
      district.cases.filter((c) => c.cooperatingUnitIds.includes(rsj) && !['NOT_ACCEPTED', 'CLOSED', 'ARCHIVED', 'TERMINATED'].includes(c.status)).length + 1,
    );
    const cardTotal = Object.values(cards.data!.department.openCaseCards).reduce((a, b) => a + b, 0);
    expect(cardTotal).toBe(
      district.cases.filter((c) => c.leadDepartmentId === rsj && ['ACCEPTED', 'ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS', 'UNDER_REVIEW', 'UNDER_RE_REVIEW'].includes(c.status)).length,
    );
  });
});

describe('units doing their part, signed in as their liaisons', () => {
  it('lets the lead unit sign for and reply, a cooperating unit report its result, and nobody do the other\'s part', async () => {
    const town = district.departments.find((d) => d.kind === 'TOWNSHIP')!;
    const registered = await platform.query<{ registerCase: { id: string; version: number } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id version } }`,
      { input: { channel: 'LETTER', form: 'INDIVIDUAL', headCount: 1, petitioners: [{ name: '孙立新' }], townshipId: town.id, categoryMain: '劳动社保', categorySub: '劳资纠纷', summary: '反映企业拖欠工资' } },
    );
    const id = registered.data!.registerCase.id;
    let version = (await platform.query<{ acceptCase: { version: number } }>(
      `mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`, { input: { caseId: id, version: registered.data!.registerCase.version } },
    )).data!.acceptCase.version;
    const assigned = await platform.query<{ assignCase: { version: number; tasks: { id: string; version: number; role: string }[] } }>(
      `mutation ($input: AssignCaseInput!) { assignCase(input: $input) { version tasks { id version role } } }`,
      { input: { caseId: id, version, leadUnitId: unit('D-RSJ').id, cooperating: [{ unitId: unit('D-SJJ').id, days: 10 }] } },
    );
    version = assigned.data!.assignCase.version;
    const task = assigned.data!.assignCase.tasks.find((t) => t.role === 'COOPERATING')!;

    const step = (mutation: string, input: Record<string, unknown>, as: string, type = 'CaseChangeInput') =>
      platform.query<Record<string, { version: number; status: string }>>(`mutation ($input: ${type}!) { r: ${mutation}(input: $input) { version status } }`, { input }, as);

    const wrongUnit = await step('signForCase', { caseId: id, version }, 'liaison-d-sjj');
    expect(wrongUnit.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const signed = await step('signForCase', { caseId: id, version }, 'liaison-d-rsj');
    expect(signed.data?.r.status).toBe('SIGNED_FOR');
    version = signed.data!.r.version;

    const otherTask = await platform.query(`mutation ($input: TaskChangeInput!) { signForTask(input: $input) { status } }`, { input: { taskId: task.id, version: task.version } }, 'liaison-d-rsj');
    expect(otherTask.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const ownTask = await platform.query<{ signForTask: { version: number } }>(`mutation ($input: TaskChangeInput!) { signForTask(input: $input) { version } }`, { input: { taskId: task.id, version: task.version } }, 'liaison-d-sjj');
    const result = await platform.query<{ completeTask: { status: string; result: string } }>(
      `mutation ($input: TaskChangeInput!) { completeTask(input: $input) { status result } }`,
      { input: { taskId: task.id, version: ownTask.data!.signForTask.version, result: '已约谈企业负责人' } }, 'liaison-d-sjj',
    );
    expect(result.data?.completeTask).toEqual({ status: 'DONE', result: '已约谈企业负责人' });

    version = (await step('startHandlingCase', { caseId: id, version }, 'liaison-d-rsj')).data!.r.version;
    const intake = await step('closeCase', { caseId: id, version, satisfaction: 'SATISFIED' }, 'liaison-d-rsj', 'CloseCaseInput');
    expect(intake.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const replied = await step('replyCase', { caseId: id, version, reply: '企业已承诺月底前结清工资' }, 'liaison-d-rsj', 'ReplyCaseInput');
    expect(replied.data?.r.status).toBe('REPLIED');

    const timeline = await platform.query<{ case: { timeline: { action: string; unit: { code: string } | null }[] } }>(
      `query ($id: ID!) { case(id: $id) { timeline { action unit { code } } } }`, { id },
    );
    expect(timeline.data!.case.timeline.slice(3)).toEqual([
      { action: 'SIGNED_FOR', unit: { code: 'D-RSJ' } },
      { action: 'TASK_SIGNED_FOR', unit: { code: 'D-SJJ' } },
      { action: 'TASK_DONE', unit: { code: 'D-SJJ' } },
      { action: 'IN_PROGRESS', unit: { code: 'D-RSJ' } },
      { action: 'REPLIED', unit: { code: 'D-RSJ' } },
    ]);
  });
});

describe('the office report through the gateway', () => {
  it('gives exactly what counting the seeded cases gives', async () => {
    const from = new Date('2026-01-01T00:00:00+08:00');
    const to = new Date('2026-07-01T00:00:00+08:00');
    const result = await platform.query<{ caseStatistics: { matters: { value: number }; visitPersons: { value: number }; skipLevel: { level: string; batches: { value: number }; closed: { value: number } }[]; hotline: { received: { value: number }; closed: { value: number } } } }>(
      `query ($from: DateTimeISO!, $to: DateTimeISO!) { caseStatistics(from: $from, to: $to, compareWithLastYear: false) {
        matters { value } visitPersons { value } skipLevel { level batches { value } closed { value } }
        hotline { received { value } closed { value } } } }`,
      { from: from.toISOString(), to: to.toISOString() },
    );
    expect(result.errors).toBeUndefined();
    const inPeriod = district.cases.filter((c) => c.registeredAt >= from && c.registeredAt < to);
    const closed = ['CLOSED', 'ARCHIVED', 'UNDER_REVIEW', 'UNDER_RE_REVIEW', 'TERMINATED'];
    const report = result.data!.caseStatistics;
    expect(report.matters.value).toBe(inPeriod.length);
    expect(report.visitPersons.value).toBe(
      inPeriod.filter((c) => c.channel === 'VISIT' || c.channel === 'LEADER_RECEPTION').reduce((n, c) => n + c.headCount, 0),
    );
    expect(report.skipLevel).toEqual(
      ['BEIJING', 'PROVINCE', 'CITY'].map((level) => ({
        level,
        batches: { value: inPeriod.filter((c) => c.levelVisited === level).length },
        closed: { value: inPeriod.filter((c) => c.levelVisited === level && closed.includes(c.status)).length },
      })),
    );
    const calls = inPeriod.filter((c) => c.channel === 'PHONE');
    expect(report.hotline).toEqual({ received: { value: calls.length }, closed: { value: calls.filter((c) => closed.includes(c.status)).length } });
  });
});
