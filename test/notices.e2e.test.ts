/** Notices through the gateway: the platform with its job queue, on the seeded demo district. */
import { addDays, dayOf, officialCalendar } from '@lianban/kit';
import { Cadence, type ScreeningServices, cycleOf, dueAt, scanMissingScreeningReports } from '@lianban/screening';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { District } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let district: District;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'notices_e2e', 100, {
    // short polls in tests only; no periodic clock scan (its time would be the wall clock's)
    jobs: { schema: 'pgboss', pollingIntervalSeconds: 0.5, schedules: false },
  });
  district = platform.district;
});
afterAll(async () => {
  await platform?.stop();
});

const unit = (code: string) => district.departments.find((d) => d.code === code)!;

type Inbox = { myNotices: { items: { kind: string; title: string; subjectId: string | null }[] }; unreadNoticeCount: number };

describe('notices through the gateway', () => {
  it('tell the lead unit\'s liaison of a case assigned to it, and nobody else', async () => {
    const town = district.departments.find((d) => d.kind === 'STREET')!;
    const registered = await platform.query<{ registerCase: { id: string; number: string; version: number } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }`,
      { input: { channel: 'LETTER', form: 'INDIVIDUAL', headCount: 1, petitioners: [{ name: '周通知' }], townshipId: town.id, categoryMain: '劳动社保', categorySub: '劳资纠纷', summary: '通知测试' } },
    );
    const matter = registered.data!.registerCase;
    const accepted = await platform.query<{ acceptCase: { version: number } }>(
      `mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`, { input: { caseId: matter.id, version: matter.version } },
    );
    const assigned = await platform.query(
      `mutation ($input: AssignCaseInput!) { assignCase(input: $input) { id } }`,
      { input: { caseId: matter.id, version: accepted.data!.acceptCase.version, leadUnitId: unit('D-RSJ').id } },
    );
    expect(assigned.errors).toBeUndefined();

    // (the demo district's inboxes already hold the units' earlier assignments)
    const inbox = `{ myNotices(first: 50) { items { kind title subjectId } } unreadNoticeCount }`;
    const about = (answer: Awaited<ReturnType<typeof platform.query<Inbox>>>) => answer.data?.myNotices.items.filter((n) => n.subjectId === matter.id) ?? [];
    let liaison = await platform.query<Inbox>(inbox, {}, 'liaison-d-rsj');
    for (let i = 0; i < 300 && !about(liaison).length; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      liaison = await platform.query<Inbox>(inbox, {}, 'liaison-d-rsj');
    }
    expect(liaison.errors).toBeUndefined();
    expect(about(liaison)).toEqual([{ kind: 'CASE_ASSIGNED', title: `${matter.number} 已交办贵单位牵头办理`, subjectId: matter.id }]);
    const other = await platform.query<Inbox>(inbox, {}, 'liaison-d-jsj');
    expect(other.errors).toBeUndefined();
    expect(about(other)).toEqual([]);
  });

  it('tell a township that did not file the last screening cycle due, from the roster the departments subgraph sent (ADR 0012)', async () => {
    const screening = platform.platform.subgraphs.find((s) => s.name === 'screening')!;
    // the departments subgraph sent every unit when it started: the screening roster fills from it
    const rosterSize = async () => Number((await screening.orm.em.fork().execute<{ n: string }[]>('select count(*) as n from "screening"."unit"'))[0].n);
    let size = await rosterSize();
    for (let i = 0; i < 300 && size < district.departments.length; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      size = await rosterSize();
    }
    expect(size).toBe(district.departments.length);

    // a week on, nobody has filed next week's report: after it falls due, each township hears of it once
    const calendar = officialCalendar();
    const cycle = cycleOf(Cadence.WEEKLY, addDays(dayOf(new Date()), 7), calendar);
    const publisher = (screening.background!.services as ScreeningServices).notices;
    const at = new Date(dueAt(cycle).getTime() + 60_000);
    expect(await scanMissingScreeningReports(screening.orm.em.fork(), at, publisher, calendar)).toBeGreaterThanOrEqual(district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET').length);
    expect(await scanMissingScreeningReports(screening.orm.em.fork(), new Date(at.getTime() + 900_000), publisher, calendar)).toBe(0);

    const inbox = `{ myNotices(first: 50) { items { kind title subjectId } } }`;
    const about = (answer: Awaited<ReturnType<typeof platform.query<Inbox>>>) => answer.data?.myNotices.items.filter((n) => n.subjectId === cycle.key) ?? [];
    let liaison = await platform.query<Inbox>(inbox, {}, 'liaison-t-003');
    for (let i = 0; i < 300 && !about(liaison).length; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      liaison = await platform.query<Inbox>(inbox, {}, 'liaison-t-003');
    }
    expect(liaison.errors).toBeUndefined();
    expect(about(liaison)).toEqual([{ kind: 'REPORT_MISSING', title: expect.stringMatching(new RegExp(`^排查报告漏报：${cycle.key.slice(0, 4)}年第${Number(cycle.key.slice(6))}周`)), subjectId: cycle.key }]);
  });
});
