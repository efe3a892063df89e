/**
 * 排查报告漏报 through the job queue (ADR 0012): the departments subgraph sends its units (a snapshot when
 * its background work starts, then each change in the writer's transaction), the screening subgraph keeps
 * them in its roster, and a unit that did not file the last weekly cycle that fell due hears of it once in
 * its inbox (the notices subgraph's consumer runs for real), however many scans or restarts. The three
 * subgraphs run in-process on one database; only the unit checks of a filing use a fixed directory.
 */
import { type BackgroundWork, DEFAULT_OBSERVABILITY, type JobsConfig, Observability, type SubgraphConfig, addDays, dayOf, officialCalendar } from '@lianban/kit';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { type DepartmentsServices, createContext as departmentsContext, departmentsSubgraph } from '@lianban/departments';
import { createContext as noticesContext, noticesSubgraph } from '@lianban/notices';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import {
  Cadence,
  DepartmentKind,
  type ScreeningServices,
  StaticDirectory,
  StaticVisits,
  type UnitFacts,
  applyRosterUnits,
  createContext,
  cycleLabel,
  cycleOf,
  dueAt,
  scanMissingScreeningReports,
  screeningSubgraph,
} from '../src';
import { liaisonOf, registrar } from './fixture';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let departments: TestSubgraph;
let screening: TestSubgraph;
let notices: TestSubgraph;
let observability: Observability;
const work: { departments?: BackgroundWork; screening?: BackgroundWork; notices?: BackgroundWork } = {};
/** Units the screening subgraph's filings are checked against (those the test created). */
const directory: UnitFacts[] = [];
let now = new Date();
const calendar = officialCalendar();
const admin = testIdentity('ADMIN');

const JOBS: JobsConfig = { schema: 'pgboss', pollingIntervalSeconds: 0.5, superviseIntervalSeconds: 1, schedules: false };
const NO_CHANNELS = { retryLimit: 5, retryDelaySeconds: 30 };
function config(name: string): SubgraphConfig & { channels: typeof NO_CHANNELS } {
  return { name, dbSchema: name, host: '127.0.0.1', port: 0, databaseUrl: db.url, debugSql: false, serviceUrls: {}, authPublicKey: '', jobs: JOBS, channels: NO_CHANNELS };
}
async function startWork() {
  work.departments = await departmentsSubgraph.background!(departments.orm, config('departments'), observability);
  work.screening = await screeningSubgraph.background!(screening.orm, config('screening'), observability);
  work.notices = await noticesSubgraph.background!(notices.orm, config('notices'), observability);
}

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'missing_screening_notices');
  observability = await Observability.create({ service: 'missing-screening-notices-test', config: { ...DEFAULT_OBSERVABILITY, logLevel: 'warn' } });
  departments = await startTestSubgraph(
    departmentsSubgraph,
    db.url,
    (em, identity) => departmentsContext(em, identity, undefined, undefined, (work.departments?.services as DepartmentsServices | undefined)?.roster),
    admin,
  );
  screening = await startTestSubgraph(screeningSubgraph, db.url, (em, identity) =>
    createContext(em, { identity, directory: new StaticDirectory(directory), visits: new StaticVisits(), now: () => now }),
  );
  notices = await startTestSubgraph(noticesSubgraph, db.url, (em, identity) => noticesContext(em, { identity }), registrar);
});
beforeEach(async () => {
  await departments.clean();
  await screening.clean();
  await notices.clean();
  directory.length = 0;
  now = new Date();
});
afterEach(async () => {
  for (const name of ['departments', 'screening', 'notices'] as const) {
    await work[name]?.stop();
    work[name] = undefined;
  }
});
afterAll(async () => {
  await departments?.close();
  await screening?.close();
  await notices?.close();
  await observability?.stop();
  await db?.drop();
});

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 300 && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

/** The roster, as `name kind active version owes`, by name. */
async function roster(): Promise<string[]> {
  const rows = await screening.orm.em.fork().execute<{ name: string; kind: string; active: boolean; version: number; owes_since: Date | null }[]>(
    `select name, kind, active, version, owes_since from "screening"."unit" order by name`,
  );
  return rows.map((r) => `${r.name} ${r.kind} ${r.active ? 'active' : 'inactive'} v${r.version} ${r.owes_since ? 'owes' : '-'}`);
}

/** Every notice written, as `addressee key title`. */
async function written(): Promise<string[]> {
  const rows = await notices.orm.em.fork().execute<{ key: string; addressee: string; title: string }[]>(`select key, addressee, title from "notices"."notice" order by addressee, key`);
  return rows.map((r) => `${r.addressee} ${r.key} ${r.title}`);
}

let code = 100;
async function createUnit(name: string, kind: DepartmentKind): Promise<UnitFacts & { version: number }> {
  code += 1;
  const territorial = kind === DepartmentKind.TOWNSHIP || kind === DepartmentKind.STREET;
  const created = await departments.execute<{ createDepartment: { id: string; version: number } }>(
    `mutation ($input: CreateDepartmentInput!) { createDepartment(input: $input) { id version } }`,
    { input: { code: `${territorial ? 'T' : 'D'}-${code}`, name, kind, ...(territorial ? { population: 20000 } : {}) } },
  );
  expect(created.errors).toBeUndefined();
  const unit = { id: created.data!.createDepartment.id, kind, active: true, name, version: created.data!.createDepartment.version };
  directory.push(unit);
  return unit;
}
async function updateUnit(id: string, version: number, change: { name?: string; active?: boolean }) {
  const updated = await departments.execute<{ updateDepartment: { version: number } }>(
    `mutation ($input: UpdateDepartmentInput!) { updateDepartment(input: $input) { version } }`,
    { input: { id, version, ...change } },
  );
  expect(updated.errors).toBeUndefined();
  return updated.data!.updateDepartment.version;
}
const scan = (at: Date) => scanMissingScreeningReports(screening.orm.em.fork(), at, (work.screening!.services as ScreeningServices).notices, calendar);

describe('the unit roster (ADR 0012)', () => {
  it('fills from the departments subgraph\'s snapshot and follows each change, whatever the order jobs arrive in', async () => {
    // units made before the job queue runs reach the roster through the snapshot sent at start
    const town = await createUnit('北关镇', DepartmentKind.TOWNSHIP);
    const street = await createUnit('西城街道', DepartmentKind.STREET);
    await createUnit('区水务局', DepartmentKind.DEPARTMENT);
    await startWork();
    const filled = await eventually(roster, (rows) => rows.length === 3);
    expect(filled).toEqual(['北关镇 TOWNSHIP active v1 owes', '区水务局 DEPARTMENT active v1 owes', '西城街道 STREET active v1 owes']);

    // changes travel in the writer's transaction: a new unit, a rename, a deactivation
    await createUnit('南湖乡', DepartmentKind.TOWNSHIP);
    await updateUnit(town.id, town.version, { name: '北关镇人民政府' });
    await updateUnit(street.id, street.version, { active: false });
    const followed = await eventually(roster, (rows) => rows.length === 4 && rows.includes('西城街道 STREET inactive v2 -') && rows.some((r) => r.startsWith('北关镇人民政府')));
    expect(followed).toEqual(['北关镇人民政府 TOWNSHIP active v2 owes', '区水务局 DEPARTMENT active v1 owes', '南湖乡 TOWNSHIP active v1 owes', '西城街道 STREET inactive v2 -']);

    // an older record of a unit arriving late, or a job delivered again, changes nothing
    const em = screening.orm.em.fork();
    expect(await applyRosterUnits(em, [{ id: town.id, kind: 'TOWNSHIP', active: true, name: '北关镇', version: 1 }], new Date())).toBe(0);
    expect(await applyRosterUnits(em, [{ id: street.id, kind: 'STREET', active: false, name: '西城街道', version: 2 }], new Date())).toBe(1);
    expect(await roster()).toEqual(followed);
  });
});

describe('missing screening report notices (排查报告漏报)', () => {
  it('tell a unit that missed the last weekly cycle once, across scans and a restart; not a unit that filed, nor one deactivated', async () => {
    const filer = await createUnit('北关镇', DepartmentKind.TOWNSHIP);
    const misser = await createUnit('南湖乡', DepartmentKind.TOWNSHIP);
    const closed = await createUnit('西城街道', DepartmentKind.STREET);
    await startWork();
    await eventually(roster, (rows) => rows.length === 3);
    // the cycles that fell due before the units came on the roster are nobody's notice (no flood on a first start)
    expect(await scan(new Date())).toBe(0);
    await updateUnit(closed.id, closed.version, { active: false });
    await eventually(roster, (rows) => rows.includes('西城街道 STREET inactive v2 -'));

    // next week: one township files, the other does not (the units as if on the roster from its Monday,
    // so that this week's cycle, due before the test's day or not, is not theirs)
    const cycle = cycleOf(Cadence.WEEKLY, addDays(dayOf(new Date()), 7), calendar);
    await screening.orm.em.fork().execute(`update "screening"."unit" set owes_since = ? where active`, [new Date(`${cycle.startsOn}T00:00:00+08:00`)]);
    now = new Date(`${cycle.startsOn}T12:00:00+08:00`);
    const filed = await screening.execute(`mutation ($input: FileScreeningReportInput!) { fileScreeningReport(input: $input) { cycleKey late } }`, { input: { nothingFound: true } }, liaisonOf(filer));
    expect(filed.errors).toBeUndefined();
    expect(filed.data).toEqual({ fileScreeningReport: { cycleKey: cycle.key, late: false } });

    // before the cycle falls due nobody is told of it; after, the township that did not file, once
    const due = dueAt(cycle);
    expect(await scan(new Date(due.getTime() - 60_000))).toBe(0);
    expect(await scan(new Date(due.getTime() + 60_000))).toBe(1);
    expect(await scan(new Date(due.getTime() + 3_600_000))).toBe(0);
    const title = `排查报告漏报：${cycleLabel(cycle)}（应于${Number(cycle.dueOn.slice(5, 7))}月${Number(cycle.dueOn.slice(8))}日前报送）`;
    const expected = [`unit:${misser.id} screening:${misser.id}:${cycle.key} ${title}`];
    expect(await eventually(written, (rows) => rows.length >= 1)).toEqual(expected);

    // the queue restarted: a new pass sends nothing again
    await work.screening!.stop();
    work.screening = await screeningSubgraph.background!(screening.orm, config('screening'), observability);
    expect(await scan(new Date(due.getTime() + 7_200_000))).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await written()).toEqual(expected);

    // the township's liaison finds it in the unit's inbox; the one that filed and the closed street have nothing
    const inbox = await notices.execute<{ myNotices: { items: { kind: string; title: string; subjectId: string } [] } }>(
      `{ myNotices(first: 10) { items { kind title subjectId } } }`, {}, liaisonOf(misser),
    );
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data?.myNotices.items).toEqual([{ kind: 'REPORT_MISSING', title, subjectId: cycle.key }]);
    for (const unit of [filer, closed]) {
      const other = await notices.execute<{ unreadNoticeCount: number }>(`{ unreadNoticeCount }`, {}, liaisonOf(unit));
      expect(other.data?.unreadNoticeCount).toBe(0);
    }

    // a scan resumed five weeks later tells each active township of the last cycle only, not of every week missed
    const later = cycleOf(Cadence.WEEKLY, addDays(cycle.startsOn, 35), calendar);
    expect(await scan(new Date(dueAt(later).getTime() + 60_000))).toBe(2);
    const keys = (await eventually(written, (rows) => rows.length >= 3)).map((row) => row.split(' ')[1]);
    expect(keys.sort()).toEqual([`screening:${filer.id}:${later.key}`, `screening:${misser.id}:${cycle.key}`, `screening:${misser.id}:${later.key}`].sort());
  });
});
