import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  type BackgroundWork,
  DEFAULT_OBSERVABILITY,
  type JobsConfig,
  NOTICE_QUEUE,
  NOTICE_QUEUE_OPTIONS,
  type NoticePublisher,
  Observability,
  type SubgraphConfig,
  ensureQueue,
  officialCalendar,
  startJobQueue,
  stopJobQueue,
} from '@lianban/kit';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { StaticDirectory, casesSubgraph, createContext as casesContext, scanClockThresholds } from '@lianban/cases';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type ChannelsConfig, NO_CHANNELS } from '../src/config';
import { createContext as noticesContext, noticesSubgraph, webhookSignature, writeNotices } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let cases: TestSubgraph;
let notices: TestSubgraph;
let observability: Observability;
/** The time the cases subgraph thinks it is. */
let now = new Date('2026-03-02T09:00:00+08:00');

const town = randomUUID();
const construction = randomUUID();
const landBureau = randomUUID();
const bureau = randomUUID();
const registrar = randomUUID();
const builderLiaison = randomUUID();
const landLiaison = randomUUID();
const townLiaison = randomUUID();
const directory = new StaticDirectory(
  {
    [town]: { kind: 'STREET', active: true, name: '城关街道' },
    [construction]: { kind: 'DEPARTMENT', active: true, name: '区建设局' },
    [landBureau]: { kind: 'DEPARTMENT', active: true, name: '区国土分局' },
    [bureau]: { kind: 'DEPARTMENT', active: true, name: '区信访局' },
  },
  { [registrar]: { isLeader: false, name: '李登记' } },
  ['城乡建设/拆迁安置'],
);
const asBuilder = testIdentity('LIAISON', construction, builderLiaison);
const asLand = testIdentity('LIAISON', landBureau, landLiaison);
const asTown = testIdentity('LIAISON', town, townLiaison);
const asAdmin = testIdentity('ADMIN', bureau, randomUUID());

/** Short polls and a quick look for dead workers' jobs: tests only. */
const JOBS: JobsConfig = { schema: 'pgboss', pollingIntervalSeconds: 0.5, superviseIntervalSeconds: 1, schedules: false };

/** The job queue workers of both subgraphs, as `runSubgraph` starts them; `stop` is a process that ends. */
let casesWork: BackgroundWork | undefined;
let noticesWork: BackgroundWork | undefined;
let publisher: NoticePublisher | undefined;

function config(name: string, channels: ChannelsConfig = NO_CHANNELS): SubgraphConfig & { channels: ChannelsConfig } {
  return { name, dbSchema: name, host: '127.0.0.1', port: 0, databaseUrl: db.url, debugSql: false, serviceUrls: {}, authPublicKey: '', jobs: JOBS, channels };
}

async function startWorkers(channels: ChannelsConfig = NO_CHANNELS) {
  casesWork = await casesSubgraph.background!(cases.orm, config('cases'), observability);
  publisher = (casesWork.services as { notices: NoticePublisher }).notices;
  noticesWork = await noticesSubgraph.background!(notices.orm, config('notices', channels), observability);
}
async function stopWorkers() {
  await casesWork?.stop();
  await noticesWork?.stop();
  casesWork = noticesWork = publisher = undefined;
}

/** Waits for an asynchronous outcome (a job worked), polling; gives up with the last value after 45 s. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  let value = await read();
  for (let i = 0; i < 450 && !done(value); i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'notices');
  observability = await Observability.create({ service: 'notices-test', config: { ...DEFAULT_OBSERVABILITY, logLevel: 'warn' } });
  cases = await startTestSubgraph(
    casesSubgraph,
    db.url,
    (em, identity) => casesContext(em, { directory, identity, now: () => now, notices: publisher }),
    testIdentity('REGISTRAR', bureau, registrar),
  );
  notices = await startTestSubgraph(noticesSubgraph, db.url, (em, identity) => noticesContext(em, { identity }), asBuilder);
  // a consumer that dies holding a notice job gives it back after 2 s here (5 minutes in deployments)
  const boss = await startJobQueue(db.url, JOBS, observability.logger);
  await ensureQueue(boss, NOTICE_QUEUE, { ...NOTICE_QUEUE_OPTIONS, expireInSeconds: 2 });
  await stopJobQueue(boss);
});
beforeEach(async () => {
  await cases.clean();
  await notices.clean();
});
// a test that fails half-way leaves no worker running into the next
afterEach(async () => {
  await stopWorkers();
});
afterAll(async () => {
  await stopWorkers();
  await cases?.close();
  await notices?.close();
  await observability?.stop();
  await db?.drop();
});

interface Inbox {
  myNotices: { items: { id: string; kind: string; title: string; subjectLabel: string | null; readAt: string | null }[] };
  unreadNoticeCount: number;
}
const INBOX = `{ myNotices(first: 50) { items { id kind title subjectLabel readAt } } unreadNoticeCount }`;
const inboxOf = async (identity: ReturnType<typeof testIdentity>) => {
  const result = await notices.execute<Inbox>(INBOX, {}, identity);
  expect(result.errors).toBeUndefined();
  return result.data as Inbox;
};

/** Registers, accepts and assigns a case (lead 区建设局, cooperating 区国土分局) at `now`; returns its id and number. */
async function assignedCase(summary: string): Promise<{ id: string; number: string; version: number }> {
  const registered = await cases.execute<{ registerCase: { id: string; number: string; version: number } }>(
    `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }`,
    { input: { channel: 'VISIT', petitioners: [{ name: '张三' }], form: 'INDIVIDUAL', headCount: 1, townshipId: town, categoryMain: '城乡建设', categorySub: '拆迁安置', summary } },
  );
  const matter = registered.data!.registerCase;
  const accepted = await cases.execute<{ acceptCase: { version: number } }>(`mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }`, { input: { caseId: matter.id, version: matter.version } });
  const assigned = await cases.execute<{ assignCase: { version: number } }>(
    `mutation ($input: AssignCaseInput!) { assignCase(input: $input) { version } }`,
    { input: { caseId: matter.id, version: accepted.data!.acceptCase.version, leadUnitId: construction, cooperating: [{ unitId: landBureau }] } },
  );
  expect(assigned.errors).toBeUndefined();
  return { ...matter, version: assigned.data!.assignCase.version };
}

describe('notices (通知)', () => {
  it('an assignment reaches the lead unit\'s and the cooperating unit\'s inboxes, each seeing only its own', async () => {
    await startWorkers();
    const matter = await assignedCase('交办通知');
    // (the list and the count are two statements: wait until both have seen the notice)
    const builder = await eventually(() => inboxOf(asBuilder), (inbox) => inbox.myNotices.items.length >= 1 && inbox.unreadNoticeCount >= 1);
    expect(builder.myNotices.items).toEqual([
      { id: expect.any(String), kind: 'CASE_ASSIGNED', title: `${matter.number} 已交办贵单位牵头办理`, subjectLabel: matter.number, readAt: null },
    ]);
    expect(builder.unreadNoticeCount).toBe(1);
    const land = await eventually(() => inboxOf(asLand), (inbox) => inbox.myNotices.items.length >= 1);
    expect(land.myNotices.items.map((n) => n.kind)).toEqual(['TASK_ASSIGNED']);
    expect((await inboxOf(asTown)).myNotices.items).toEqual([]);

    // read by one person of the unit: read for that person, and nobody marks another inbox's notices
    const [notice] = builder.myNotices.items;
    const foreign = await notices.execute(`mutation ($ids: [ID!]!) { markNoticesRead(ids: $ids) { id } }`, { ids: [notice.id] }, asLand);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const read = await notices.execute<{ markNoticesRead: { id: string; readAt: string }[] }>(`mutation ($ids: [ID!]!) { markNoticesRead(ids: $ids) { id readAt } }`, { ids: [notice.id] }, asBuilder);
    expect(read.data?.markNoticesRead).toEqual([{ id: notice.id, readAt: expect.any(String) }]);
    expect((await inboxOf(asBuilder)).unreadNoticeCount).toBe(0);
    const colleague = testIdentity('LIAISON', construction, randomUUID());
    expect((await inboxOf(colleague)).unreadNoticeCount).toBe(1);
    await stopWorkers();
  });

  it('produces a clock notice exactly once per threshold, also when the scan runs again after the workers restart', async () => {
    now = new Date('2026-03-02T09:00:00+08:00');
    await startWorkers();
    const matter = await assignedCase('时限预警');
    const scan = (at: string) => scanClockThresholds(cases.orm.em.fork(), officialCalendar(), new Date(at), publisher!);
    const clockNotices = async () =>
      (await inboxOf(asBuilder)).myNotices.items.filter((n) => n.subjectLabel === matter.number && n.kind.startsWith('CLOCK_')).map((n) => n.title);

    // 35 of the 65 days to 2026-05-06 (the handling limit, moved off the May Day holiday): past half
    expect(await scan('2026-04-06T10:00:00+08:00')).toBe(1);
    expect(await scan('2026-04-06T10:15:00+08:00')).toBe(0);
    await stopWorkers();
    await startWorkers();
    expect(await scan('2026-04-06T10:30:00+08:00')).toBe(0);
    expect(await eventually(clockNotices, (titles) => titles.length >= 1)).toEqual([`${matter.number} 办理时限已过半`]);

    expect(await scan('2026-04-22T10:00:00+08:00')).toBe(1);
    expect(await scan('2026-05-07T10:00:00+08:00')).toBe(1);
    expect(await scan('2026-05-08T10:00:00+08:00')).toBe(0);
    // (the last two may be written in one batch, at the same instant: their order is not fixed)
    expect((await eventually(clockNotices, (titles) => titles.length >= 3)).sort()).toEqual([
      `${matter.number} 办理已超期`,
      `${matter.number} 办理时限已用75%`,
      `${matter.number} 办理时限已过半`,
    ].sort());
    await stopWorkers();

    // a job delivered twice (a worker that died after writing, before telling the queue) writes once
    const job = { key: `clock:${matter.id}:HANDLE:50`, kind: 'CLOCK_HALF_USED' as const, unitIds: [construction], title: 'again', occurredAt: new Date().toISOString() };
    expect(await writeNotices(notices.orm.em.fork(), [job], NO_CHANNELS, null)).toBe(0);
    expect(await clockNotices()).toHaveLength(3);
  });

  it('tells the petition bureau, once per threshold, of the clocks that run while a case is still with it (受理告知, 转送交办)', async () => {
    now = new Date('2026-03-02T09:00:00+08:00');
    await startWorkers();
    const registered = await cases.execute<{ registerCase: { id: string; number: string; version: number } }>(
      `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }`,
      { input: { channel: 'LETTER', petitioners: [{ name: '王五' }], form: 'INDIVIDUAL', headCount: 1, townshipId: town, categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '受理时限预警' } },
    );
    expect(registered.errors).toBeUndefined();
    const matter = registered.data!.registerCase;
    const scan = (at: string) => scanClockThresholds(cases.orm.em.fork(), officialCalendar(), new Date(at), publisher!);
    const asRegistrar = testIdentity('REGISTRAR', bureau, registrar);
    const about = async (identity: ReturnType<typeof testIdentity>) =>
      (await inboxOf(identity)).myNotices.items.filter((n) => n.subjectLabel === matter.number).map((n) => `${n.kind} ${n.title}`);

    // 15 days to decide on acceptance, to 2026-03-17: 6 days in, nothing; 8 days in, past half, once
    expect(await scan('2026-03-08T10:00:00+08:00')).toBe(0);
    expect(await scan('2026-03-10T10:00:00+08:00')).toBe(1);
    expect(await scan('2026-03-10T10:15:00+08:00')).toBe(0);
    expect(await eventually(() => about(asRegistrar), (titles) => titles.length >= 1)).toEqual([`CLOCK_HALF_USED ${matter.number} 受理告知时限已过半`]);
    // the township of origin and the units that will work it hear nothing of the bureau's clock
    expect(await about(asTown)).toEqual([]);
    expect(await about(asBuilder)).toEqual([]);

    // accepted but not yet routed (交办): the register-and-route clock, 15 days from registration, goes on;
    // its half, already told of the acceptance clock, is not told again
    now = new Date('2026-03-11T09:00:00+08:00');
    const accepted = await cases.execute(`mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { status } }`, { input: { caseId: matter.id, version: matter.version } });
    expect(accepted.errors).toBeUndefined();
    expect(await scan('2026-03-11T10:00:00+08:00')).toBe(0);
    expect(await scan('2026-03-14T10:00:00+08:00')).toBe(1);
    expect(await scan('2026-03-18T10:00:00+08:00')).toBe(1);
    expect(await scan('2026-03-18T10:15:00+08:00')).toBe(0);
    expect((await eventually(() => about(asRegistrar), (titles) => titles.length >= 3)).sort()).toEqual([
      `CLOCK_HALF_USED ${matter.number} 受理告知时限已过半`,
      `CLOCK_OVERDUE ${matter.number} 转送交办已超期`,
      `CLOCK_THREE_QUARTERS_USED ${matter.number} 转送交办时限已用75%`,
    ].sort());
    expect(await about(asBuilder)).toEqual([]);
    await stopWorkers();
  });

  it('delivers a notice whose consumer died holding it (at least once), and only once', async () => {
    now = new Date('2026-03-02T09:00:00+08:00');
    // only the producer runs: the job waits in the queue
    casesWork = await casesSubgraph.background!(cases.orm, config('cases'), observability);
    publisher = (casesWork.services as { notices: NoticePublisher }).notices;
    const matter = await assignedCase('消费者崩溃');
    const supervised = await cases.execute(
      `mutation ($input: SuperviseCaseInput!) { superviseCase(input: $input) { id } }`,
      { input: { caseId: matter.id, supervisorId: registrar, method: 'PHONE', request: '请加快办理' } },
    );
    expect(supervised.errors).toBeUndefined();
    // a consumer takes the jobs and dies before finishing them
    const crashed = await startJobQueue(db.url, JOBS, observability.logger);
    const taken = await crashed.fetch(NOTICE_QUEUE, { batchSize: 10 });
    expect(taken.map((j) => (j.data as { kind: string }).kind).sort()).toEqual(['CASE_ASSIGNED', 'CASE_SUPERVISED', 'TASK_ASSIGNED']);
    await stopJobQueue(crashed);

    noticesWork = await noticesSubgraph.background!(notices.orm, config('notices'), observability);
    // the jobs come back one by one as each expires: wait for all of them
    const inbox = await eventually(() => inboxOf(asBuilder), (i) => i.myNotices.items.filter((n) => n.subjectLabel === matter.number).length >= 2);
    expect(inbox.myNotices.items.filter((n) => n.subjectLabel === matter.number).map((n) => [n.kind, n.title]).sort()).toEqual([
      ['CASE_ASSIGNED', `${matter.number} 已交办贵单位牵头办理`],
      ['CASE_SUPERVISED', `${matter.number} 督办`],
    ]);
    // the cooperating unit's too: every job the dead consumer held is written, none left for the next test
    const land = await eventually(() => inboxOf(asLand), (i) => i.myNotices.items.length >= 1);
    expect(land.myNotices.items.map((n) => n.kind)).toEqual(['TASK_ASSIGNED']);
    await stopWorkers();
  });

  it('sends SMS through the signed webhook, retrying with backoff, and shows admins the deliveries that failed for good', async () => {
    const secret = 'test-secret-0123456789';
    const received: { to: string; signed: boolean }[] = [];
    let builderFailures = 0;
    const server: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const header = String(req.headers['x-lianban-signature'] ?? '');
        const t = Number(/t=(\d+)/.exec(header)?.[1]);
        const signed = header === webhookSignature(secret, body, new Date(t * 1000));
        const { to } = JSON.parse(body) as { to: string };
        received.push({ to, signed });
        // the builder's phone gets through at the third attempt; the land bureau's never does
        const fail = to === '13900000000' || (builderFailures += 1) <= 2;
        res.writeHead(fail ? 500 : 200).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`;
    try {
      for (const [who, mobile] of [[asBuilder, '13812345678'], [asLand, '13900000000']] as const) {
        const set = await notices.execute(`mutation ($m: String) { setMyNoticeContacts(mobile: $m) { mobile } }`, { m: mobile }, who);
        expect(set.errors).toBeUndefined();
      }
      await startWorkers({ smsWebhook: { url, secret }, retryLimit: 2, retryDelaySeconds: 1 });
      const matter = await assignedCase('短信外发');
      const deliveries = `query ($status: DeliveryStatus) { noticeDeliveries(status: $status) { items { channel target status attempts lastError } } }`;
      type Deliveries = { noticeDeliveries: { items: { channel: string; target: string; status: string; attempts: number; lastError: string | null }[] } };
      const settled = await eventually(
        () => notices.execute<Deliveries>(deliveries, {}, asAdmin),
        (r) => (r.data?.noticeDeliveries.items ?? []).length === 2 && r.data!.noticeDeliveries.items.every((d) => d.status === 'SENT' || d.status === 'FAILED'),
      );
      expect(settled.data?.noticeDeliveries.items.map((d) => [d.target, d.status, d.attempts]).sort()).toEqual([
        ['13812345678', 'SENT', 3],
        ['13900000000', 'FAILED', 3],
      ]);
      const failed = await notices.execute<Deliveries>(deliveries, { status: 'FAILED' }, asAdmin);
      expect(failed.data?.noticeDeliveries.items).toEqual([{ channel: 'SMS', target: '13900000000', status: 'FAILED', attempts: 3, lastError: 'the SMS gateway answered HTTP 500' }]);
      expect(received.filter((r) => r.to === '13812345678')).toHaveLength(3);
      expect(received.every((r) => r.signed)).toBe(true);
      // the retries were scheduled with backoff by the queue
      const [job] = await notices.orm.em.getConnection().execute<{ retry_backoff: boolean; retry_delay: number }[]>(
        `select retry_backoff, retry_delay from pgboss.job where name = 'notices.deliver' limit 1`,
      );
      expect(job).toEqual({ retry_backoff: true, retry_delay: 1 });
      const forbidden = await notices.execute(deliveries, {}, asBuilder);
      expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(matter.number).toMatch(/^XF2026-/);
    } finally {
      await stopWorkers();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
