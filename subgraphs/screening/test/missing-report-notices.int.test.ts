/**
 * 漏报提醒 through the job queue: after a sensitive period's daily cut-off, each unit without its daily
 * report hears of it once, however many times the scan runs; a unit that filed on time hears nothing.
 * The departments and cases subgraphs are stubs; the notices subgraph's consumer runs for real on pg-boss.
 */
import { type BackgroundWork, DEFAULT_OBSERVABILITY, type JobsConfig, Observability, type SubgraphConfig } from '@lianban/kit';
import { createTestDatabase, startTestSubgraph, type TestSubgraph } from '@lianban/kit/testing';
import { createContext as noticesContext, noticesSubgraph, writeNotices } from '@lianban/notices';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type ScreeningServices, StaticDirectory, StaticVisits, createContext, scanMissingDailyReports, screeningSubgraph } from '../src';
import { liaisonOf, registrar, units } from './fixture';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let screening: TestSubgraph;
let notices: TestSubgraph;
let observability: Observability;
let screeningWork: BackgroundWork | undefined;
let noticesWork: BackgroundWork | undefined;
let now = new Date('2027-03-01T08:00:00+08:00');

const NO_CHANNELS: Parameters<typeof writeNotices>[2] = { retryLimit: 5, retryDelaySeconds: 30 };
const JOBS: JobsConfig = { schema: 'pgboss', pollingIntervalSeconds: 0.5, superviseIntervalSeconds: 1, schedules: false };
function config(name: string): SubgraphConfig & { channels: typeof NO_CHANNELS } {
  return { name, dbSchema: name, host: '127.0.0.1', port: 0, databaseUrl: db.url, debugSql: false, serviceUrls: {}, authPublicKey: '', jobs: JOBS, channels: NO_CHANNELS };
}

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'missing_report_notices');
  observability = await Observability.create({ service: 'missing-report-notices-test', config: { ...DEFAULT_OBSERVABILITY, logLevel: 'warn' } });
  const directory = new StaticDirectory(Object.values(units));
  screening = await startTestSubgraph(screeningSubgraph, db.url, (em, identity) => createContext(em, { identity, directory, visits: new StaticVisits(), now: () => now }));
  notices = await startTestSubgraph(noticesSubgraph, db.url, (em, identity) => noticesContext(em, { identity }), registrar);
});
beforeEach(async () => {
  await screening.clean();
  await notices.clean();
  screeningWork = await screeningSubgraph.background!(screening.orm, config('screening'), observability);
  noticesWork = await noticesSubgraph.background!(notices.orm, config('notices'), observability);
});
afterEach(async () => {
  await screeningWork?.stop();
  await noticesWork?.stop();
  screeningWork = noticesWork = undefined;
});
afterAll(async () => {
  await screening?.close();
  await notices?.close();
  await observability?.stop();
  await db?.drop();
});

/** Every notice written, as `addressee key title`, sorted. */
async function written(): Promise<string[]> {
  const rows = await notices.orm.em.fork().execute<{ key: string; addressee: string; title: string }[]>(`select key, addressee, title from "notices"."notice" order by addressee, key`);
  return rows.map((r) => `${r.addressee} ${r.key} ${r.title}`);
}
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 450 && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
const scan = (at: Date) => scanMissingDailyReports(screening.orm.em.fork(), at, (screeningWork!.services as ScreeningServices).notices);

describe('missing daily report notices (漏报提醒)', () => {
  it('tell each unit without its daily report once after the cut-off, across scans, and not a unit that filed on time', async () => {
    const declared = await screening.execute<{ declareSensitivePeriod: { id: string } }>(
      `mutation ($input: DeclareSensitivePeriodInput!) { declareSensitivePeriod(input: $input) { id } }`,
      { input: { name: '全国两会', startsOn: '2027-03-03', endsOn: '2027-03-12', cutoff: '10:00', unitIds: [units.township.id, units.department.id] } },
      registrar,
    );
    expect(declared.errors).toBeUndefined();
    const periodId = declared.data!.declareSensitivePeriod.id;
    // before the first cut-off nobody is told anything
    expect(await scan(new Date('2027-03-03T09:59:00+08:00'))).toBe(0);
    now = new Date('2027-03-03T09:30:00+08:00');
    const filed = await screening.execute(`mutation ($input: FileDailyReportInput!) { fileDailyReport(input: $input) { late } }`, { input: { periodId, zero: true } }, liaisonOf(units.township));
    expect(filed.errors).toBeUndefined();

    // after 10:00 the department that did not file is told, twice scanned, once written
    expect(await scan(new Date('2027-03-03T10:15:00+08:00'))).toBe(1);
    expect(await scan(new Date('2027-03-03T10:30:00+08:00'))).toBe(0);
    const key = `daily:${periodId}:${units.department.id}:2027-03-03`;
    const expected = [`unit:${units.department.id} ${key} 全国两会：3日报告未按时报送（截止10:00）`];
    expect(await eventually(written, (rows) => rows.length >= 1)).toEqual(expected);

    // the queue restarted: a new pass sends nothing again, a redelivered job writes nothing twice
    await screeningWork!.stop();
    screeningWork = await screeningSubgraph.background!(screening.orm, config('screening'), observability);
    expect(await scan(new Date('2027-03-03T10:45:00+08:00'))).toBe(0);
    expect(await writeNotices(notices.orm.em.fork(), [{ key, kind: 'REPORT_MISSING', unitIds: [units.department.id], title: 'again', occurredAt: now.toISOString() }], NO_CHANNELS, null)).toBe(0);
    expect(await written()).toEqual(expected);

    // the liaison of the department sees it in the unit's inbox; the township's inbox is empty
    const inbox = await notices.execute<{ myNotices: { items: { kind: string; title: string }[] } }>(`{ myNotices(first: 10) { items { kind title } } }`, {}, liaisonOf(units.department));
    expect(inbox.data?.myNotices.items).toEqual([{ kind: 'REPORT_MISSING', title: '全国两会：3日报告未按时报送（截止10:00）' }]);
    const township = await notices.execute<{ unreadNoticeCount: number }>(`{ unreadNoticeCount }`, {}, liaisonOf(units.township));
    expect(township.data?.unreadNoticeCount).toBe(0);

    // the next day both missed it: each is told of that day
    expect(await scan(new Date('2027-03-04T10:01:00+08:00'))).toBe(2);
  });
});
