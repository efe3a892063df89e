import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { createTestDatabase, startTestSubgraph, testIdentity, type TestSubgraph } from '@lianban/kit/testing';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { StaticDirectory, casesSubgraph, createContext, type RawRow, writeCaseWorkbook } from '../src';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let subgraph: TestSubgraph;
const now = new Date('2026-06-01T10:00:00+08:00');

const town = randomUUID();
const otherTown = randomUUID();
const construction = randomUUID();
const landBureau = randomUUID();
const bureau = randomUUID();
const registrar = randomUUID();
const directory = new StaticDirectory(
  {
    [town]: { kind: 'STREET', active: true, name: '城关街道', code: 'T001' },
    [otherTown]: { kind: 'TOWNSHIP', active: true, name: '河西乡', code: 'T002' },
    [construction]: { kind: 'DEPARTMENT', active: true, name: '区建设局', code: 'D-JSJ' },
    [landBureau]: { kind: 'DEPARTMENT', active: true, name: '区国土分局', code: 'D-GTJ' },
    [bureau]: { kind: 'DEPARTMENT', active: true, name: '区信访局', code: 'D-XFJ' },
  },
  { [registrar]: { isLeader: false, name: '李登记' } },
  ['城乡建设/拆迁安置', '劳动社保/劳资纠纷'],
);

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'case_import');
  subgraph = await startTestSubgraph(
    casesSubgraph,
    db.url,
    (em, identity) => createContext(em, { directory, identity, now: () => now }),
    testIdentity('REGISTRAR', bureau, registrar),
  );
});
afterAll(async () => {
  await subgraph?.close();
  await db?.drop();
});
beforeEach(async () => {
  await subgraph.clean();
});

/** A valid 身份证号 (GB 11643 check character computed). */
function residentId(body17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((total, w, i) => total + w * Number(body17[i]), 0);
  return body17 + '10X98765432'[sum % 11];
}

const CLOSED_IN_MARCH: RawRow = {
  legacyNumber: 'XF2025-000123', channel: '来访', name: '张三', idNumber: residentId('11010519800101123'), phone: '13812345678',
  form: '集体访', headCount: '12', township: '城关街道', categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '反映拆迁补偿未到位',
  registeredAt: '2025-03-03', acceptedAt: '2025-03-05', assignedAt: '2025-03-06', leadUnit: '区建设局', cooperatingUnits: '区国土分局',
  signedForAt: '2025-03-07', repliedAt: '2025-04-20', reply: '已协调补偿款发放', closedAt: '2025-04-25', satisfaction: '满意',
};
const REPLIED_IN_MARCH: RawRow = {
  channel: '来电', name: '李四', form: '个人访', headCount: '1', township: 'T002', categoryMain: '劳动社保', categorySub: '劳资纠纷',
  summary: '工资被拖欠', registeredAt: new Date(Date.UTC(2025, 2, 10, 9, 30)), acceptedAt: '2025-03-11', assignedAt: '2025/3/12',
  leadUnit: 'D-JSJ', signedForAt: '2025-03-12', repliedAt: '2025-03-30', reply: '已责令企业支付',
};
const ACCEPTED_IN_APRIL: RawRow = {
  channel: '来信', name: '王五', form: '个人访', headCount: '1', township: '城关街道', categoryMain: '城乡建设', categorySub: '拆迁安置',
  summary: '安置房质量问题', registeredAt: '2025-04-02', acceptedAt: '2025-04-03',
};

const base64 = (buffer: Buffer) => buffer.toString('base64');

const IMPORT = `mutation ($workbook: String!) { importCases(workbook: $workbook) { rows imported problems { row column message } cases { row number legacyNumber } } }`;
const DRY_RUN = `mutation ($workbook: String!) { importCasesDryRun(workbook: $workbook) { rows imported problems { row column message } cases { row number } } }`;

interface Report {
  rows: number;
  imported: number;
  problems: { row: number; column: string; message: string }[];
  cases: { row: number; number: string; legacyNumber: string | null }[];
}

async function caseCount(): Promise<number> {
  const [row] = await subgraph.orm.em.getConnection().execute<{ n: string }[]>('select count(*) as n from "cases"."case"');
  return Number(row.n);
}

describe('补录: importing past cases from a workbook', () => {
  it('imports every row with its past steps at their real dates, marked backdated, and the office report of that period counts them', async () => {
    const workbook = base64(await writeCaseWorkbook([CLOSED_IN_MARCH, REPLIED_IN_MARCH, ACCEPTED_IN_APRIL]));
    const dry = await subgraph.execute<{ importCasesDryRun: Report }>(DRY_RUN, { workbook });
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importCasesDryRun).toEqual({ rows: 3, imported: 0, problems: [], cases: [] });
    expect(await caseCount()).toBe(0);

    const result = await subgraph.execute<{ importCases: Report }>(IMPORT, { workbook });
    expect(result.errors).toBeUndefined();
    const report = result.data?.importCases as Report;
    expect(report.imported).toBe(3);
    // the old number is kept; the others are numbered in their year of registration, after it
    expect(report.cases).toEqual([
      { row: 2, number: 'XF2025-000123', legacyNumber: 'XF2025-000123' },
      { row: 3, number: 'XF2025-000124', legacyNumber: null },
      { row: 4, number: 'XF2025-000125', legacyNumber: null },
    ]);

    const cases = await subgraph.execute<{ cases: { items: Record<string, unknown>[] } }>(
      `{ cases(first: 10) { items { number status legacyNumber registeredAt acceptedAt closedAt satisfaction headCount
          leadDepartment { id } tasks { role status unit { id } }
          timeline { action at backdated toStatus } } } }`,
    );
    expect(cases.errors).toBeUndefined();
    const byNumber = new Map(cases.data?.cases.items.map((c) => [c.number, c]));
    const closed = byNumber.get('XF2025-000123') as Record<string, unknown> & { timeline: { action: string; at: string; backdated: boolean }[] };
    expect(closed).toMatchObject({
      status: 'CLOSED', legacyNumber: 'XF2025-000123', headCount: 12, satisfaction: 'SATISFIED',
      registeredAt: '2025-03-03T04:00:00.000Z', acceptedAt: '2025-03-05T04:00:00.000Z', closedAt: '2025-04-25T04:00:00.000Z',
      leadDepartment: { id: construction },
    });
    expect(closed.tasks).toEqual(expect.arrayContaining([
      { role: 'LEAD', status: 'DONE', unit: { id: construction } },
      { role: 'COOPERATING', status: 'DONE', unit: { id: landBureau } },
    ]));
    expect(closed.timeline.map((e) => [e.action, e.at.slice(0, 10), e.backdated])).toEqual([
      ['REGISTERED', '2025-03-03', true],
      ['ACCEPTED', '2025-03-05', true],
      ['ASSIGNED', '2025-03-06', true],
      ['SIGNED_FOR', '2025-03-07', true],
      ['REPLIED', '2025-04-20', true],
      ['CLOSED', '2025-04-25', true],
      ['IMPORTED', '2026-06-01', false],
    ]);
    // a date cell's wall clock is China time
    expect(byNumber.get('XF2025-000124')).toMatchObject({ status: 'REPLIED', registeredAt: '2025-03-10T01:30:00.000Z' });

    // the handling clock of the April case ran from its real acceptance: long overdue now
    const open = await subgraph.execute<{ cases: { items: { card: string; clocks: { clock: string; dueDay: string; card: string }[] }[] } }>(
      `{ cases(first: 1, filter: { statuses: [ACCEPTED] }) { items { card clocks { clock dueDay card } } } }`,
    );
    expect(open.data?.cases.items[0].card).toBe('RED');
    expect(open.data?.cases.items[0].clocks.find((c) => c.clock === 'HANDLE')).toMatchObject({ dueDay: '2025-06-03', card: 'RED' });

    // the office report of March 2025: two matters, 13 persons, one of them a collective visit of 12
    const march = await subgraph.execute<{ caseStatistics: Record<string, { value: number }> & { byForm: { form: string; batches: { value: number } }[] } }>(
      `{ caseStatistics(from: "2025-03-01T00:00:00+08:00", to: "2025-04-01T00:00:00+08:00", compareWithLastYear: false) {
          matters { value } persons { value } visitBatches { value } byForm { form batches { value } } } }`,
    );
    expect(march.errors).toBeUndefined();
    expect(march.data?.caseStatistics.matters.value).toBe(2);
    expect(march.data?.caseStatistics.persons.value).toBe(13);
    expect(march.data?.caseStatistics.visitBatches.value).toBe(1);
  });

  it('records repeats (重复访) as registerCase does, against earlier cases and earlier rows in date order, and the dry run says of which case', async () => {
    const first = await subgraph.execute<{ importCases: Report }>(IMPORT, { workbook: base64(await writeCaseWorkbook([CLOSED_IN_MARCH])) });
    expect(first.data?.importCases.problems).toEqual([]);
    // XF2025-000123 was terminated after re-review: a repeat of it is not to be accepted again
    await subgraph.orm.em.getConnection().execute(`update "cases"."case" set status = 'TERMINATED' where number = 'XF2025-000123'`);
    // a matter registered in the system today: older rows do not repeat it
    const wangId = residentId('11010519900202223');
    const registered = await subgraph.execute(`mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { number } }`, {
      input: { channel: 'LETTER', form: 'INDIVIDUAL', headCount: 1, petitioners: [{ name: '王五', idNumber: wangId }], townshipId: town, categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '安置房漏水' },
    });
    expect(registered.errors).toBeUndefined();

    const zhang = { channel: '来访', name: '张三', idNumber: CLOSED_IN_MARCH.idNumber, form: '个人访', headCount: '1', township: '城关街道', categoryMain: '城乡建设' };
    const li = { channel: '来电', name: '李四', phone: '139-0000-1111', form: '个人访', headCount: '1', township: 'T002', categoryMain: '劳动社保', categorySub: '劳资纠纷' };
    const rows: RawRow[] = [
      { ...zhang, categorySub: '拆迁安置', summary: '补偿仍未到位', registeredAt: '2025-05-10' },
      { ...zhang, categorySub: '拆迁安置', summary: '再次反映补偿', registeredAt: '2025-05-20', acceptedAt: '2025-05-21' },
      { ...zhang, categoryMain: '劳动社保', categorySub: '劳资纠纷', summary: '另一件事: 工资', registeredAt: '2025-05-25' },
      { ...li, summary: '工资又被拖欠', registeredAt: '2025-07-01' },
      { ...li, summary: '工资被拖欠', registeredAt: '2025-06-15' },
      { channel: '来信', name: '王五', idNumber: wangId, form: '个人访', headCount: '1', township: '城关街道', categoryMain: '城乡建设', categorySub: '拆迁安置', summary: '安置房质量', registeredAt: '2025-08-01' },
    ];
    const workbook = base64(await writeCaseWorkbook(rows));
    const REPEATS = 'repeats { row repeatsNumber repeatsRow notToBeAcceptedAgain note }';
    const dry = await subgraph.execute<{ importCasesDryRun: { problems: unknown[]; repeats: unknown[] } }>(
      `mutation ($workbook: String!) { importCasesDryRun(workbook: $workbook) { problems { row message } ${REPEATS} } }`, { workbook },
    );
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importCasesDryRun).toEqual({
      problems: [],
      repeats: [
        { row: 2, repeatsNumber: 'XF2025-000123', repeatsRow: null, notToBeAcceptedAgain: true, note: '重复访: repeats XF2025-000123 (终结, 不再受理)' },
        { row: 3, repeatsNumber: null, repeatsRow: 2, notToBeAcceptedAgain: false, note: '重复访: repeats row 2 of this workbook' },
        // row 5 was registered after row 6: it repeats row 6, which repeats nothing
        { row: 5, repeatsNumber: null, repeatsRow: 6, notToBeAcceptedAgain: false, note: '重复访: repeats row 6 of this workbook' },
      ],
    });

    const done = await subgraph.execute<{ importCases: { imported: number; cases: { row: number; number: string }[]; repeats: unknown[] } }>(
      `mutation ($workbook: String!) { importCases(workbook: $workbook) { imported cases { row number } ${REPEATS} } }`, { workbook },
    );
    expect(done.errors).toBeUndefined();
    const numberOf = new Map(done.data!.importCases.cases.map((c) => [c.row, c.number]));
    expect(done.data?.importCases.repeats).toEqual([
      { row: 2, repeatsNumber: 'XF2025-000123', repeatsRow: null, notToBeAcceptedAgain: true, note: '重复访: repeats XF2025-000123 (终结, 不再受理)' },
      { row: 3, repeatsNumber: numberOf.get(2), repeatsRow: 2, notToBeAcceptedAgain: false, note: `重复访: repeats ${numberOf.get(2)}` },
      { row: 5, repeatsNumber: numberOf.get(6), repeatsRow: 6, notToBeAcceptedAgain: false, note: `重复访: repeats ${numberOf.get(6)}` },
    ]);

    // each case carries the mark registerCase gives: 重信重访, the matter repeated, and its timeline says so
    const read = await subgraph.execute<{ cases: { items: { id: string; version: number; number: string; isRepeat: boolean; notToBeAcceptedAgain: boolean; repeatOf: { number: string } | null; timeline: { action: string; note: string | null }[] }[] } }>(
      `{ cases(first: 20) { items { id version number isRepeat notToBeAcceptedAgain repeatOf { number } timeline { action note } } } }`,
    );
    expect(read.errors).toBeUndefined();
    const byNumber = new Map(read.data!.cases.items.map((c) => [c.number, c]));
    const marks = [2, 3, 4, 5, 6, 7].map((row) => {
      const c = byNumber.get(numberOf.get(row) as string)!;
      return [row, c.isRepeat, c.repeatOf?.number ?? null, c.notToBeAcceptedAgain];
    });
    expect(marks).toEqual([
      [2, true, 'XF2025-000123', true],
      [3, true, numberOf.get(2), false],
      [4, false, null, false],
      [5, true, numberOf.get(6), false],
      [6, false, null, false],
      [7, false, null, false],
    ]);
    const third = byNumber.get(numberOf.get(3) as string)!;
    expect(third.timeline.find((e) => e.action === 'REGISTERED')?.note).toBe(`补录; 重复访: repeats ${numberOf.get(2)}`);
    // like a registered repeat of a terminated matter, the imported one cannot be accepted
    const second = byNumber.get(numberOf.get(2) as string)!;
    const accepted = await subgraph.execute(`mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { status } }`, { input: { caseId: second.id, version: second.version } });
    expect(accepted.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(accepted.errors?.[0].message).toMatch(/repeats XF2025-000123.*不再受理/);
  });

  it('refuses a workbook with bad rows: writes nothing and lists every problem with its row and column', async () => {
    const rows: RawRow[] = [
      CLOSED_IN_MARCH,
      { ...REPLIED_IN_MARCH, idNumber: '110105198001011230' }, // wrong check character
      { ...ACCEPTED_IN_APRIL, township: '不存在乡' },
      { ...ACCEPTED_IN_APRIL, name: '赵六', categorySub: '不存在类' },
      { ...ACCEPTED_IN_APRIL, name: '钱七', acceptedAt: '2025-03-01' }, // accepted before it was registered
      { ...ACCEPTED_IN_APRIL, name: '孙八', summary: undefined },
      { ...CLOSED_IN_MARCH, name: '周九', idNumber: undefined }, // the same old number again
      { ...ACCEPTED_IN_APRIL, township: '城关街道' }, // the same petitioner, day, category and summary as row 4
      { ...REPLIED_IN_MARCH, name: '吴十', leadUnit: '区不存在局', assignedAt: undefined },
    ];
    const workbook = base64(await writeCaseWorkbook(rows));
    const result = await subgraph.execute<{ importCases: Report }>(IMPORT, { workbook });
    expect(result.errors).toBeUndefined();
    const report = result.data?.importCases as Report;
    expect(report.imported).toBe(0);
    expect(report.cases).toEqual([]);
    expect(await caseCount()).toBe(0);
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '身份证号'],
      [4, '属地'],
      [5, '问题类别二级'],
      [6, '受理日期'],
      [7, '诉求摘要'],
      [8, '原编号'],
      [9, '信访人'],
      [10, '签收日期'],
      [10, '牵头单位'],
      [10, '交办日期'],
    ]);
    expect(report.problems[0].message).toMatch(/check character/);
    expect(report.problems[3].message).toBe('受理日期 2025-03-01 is before 登记日期 2025-04-02: the dates are out of order');
    expect(report.problems[5].message).toBe('duplicate row: 原编号 XF2025-000123 is also on row 2');
    expect(report.problems[6].message).toBe('duplicate row: the same petitioner, 登记日期, category and summary as row 4');

    // the dry run lists the same problems
    const dry = await subgraph.execute<{ importCasesDryRun: Report }>(DRY_RUN, { workbook });
    expect(dry.data?.importCasesDryRun.problems).toEqual(report.problems);
  });

  it('round-trips the template: the downloaded template, filled in, imports', async () => {
    const template = await subgraph.execute<{ caseImportTemplate: string }>('{ caseImportTemplate }');
    expect(template.errors).toBeUndefined();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(template.data?.caseImportTemplate as string, 'base64') as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('信访事项') as ExcelJS.Worksheet;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(headers).toContain('登记日期');
    const column = (header: string) => headers.indexOf(header) + 1;
    const fill = (row: number, values: Record<string, string | number | Date>) => {
      for (const [header, value] of Object.entries(values)) sheet.getRow(row).getCell(column(header)).value = value;
    };
    fill(2, { 渠道: '网上', 信访人: '陈一', 形式: '个人访', 人数: 1, 属地: '河西乡', 问题类别一级: '劳动社保', 问题类别二级: '劳资纠纷', 诉求摘要: '社保断缴', 登记日期: new Date(Date.UTC(2026, 0, 5)) });
    fill(3, { 原编号: '旧-2019-88', 渠道: '来信', 信访人: '陈二', 形式: '个人访', 人数: 2, 属地: '城关街道', 问题类别一级: '城乡建设', 问题类别二级: '拆迁安置', 诉求摘要: '补偿标准', 登记日期: '2026-01-06', 受理日期: '2026-01-07' });
    const filled = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
    const result = await subgraph.execute<{ importCases: Report }>(IMPORT, { workbook: filled });
    expect(result.errors).toBeUndefined();
    expect(result.data?.importCases).toMatchObject({ rows: 2, imported: 2, problems: [] });
    expect(result.data?.importCases.cases.map((c) => c.number)).toEqual(['XF2026-000001', '旧-2019-88']);

    // importing the same workbook again is refused: its old numbers are already in
    const again = await subgraph.execute<{ importCases: Report }>(IMPORT, { workbook: filled });
    expect(again.data?.importCases.problems).toEqual([{ row: 3, column: '原编号', message: '原编号 旧-2019-88 was already imported as 旧-2019-88' }]);
    expect(await caseCount()).toBe(2);
  });

  it('is for the bureau only, and refuses what is not a workbook or too large', async () => {
    const liaison = await subgraph.execute(DRY_RUN, { workbook: 'UEsDBA==' }, testIdentity('LIAISON', construction));
    expect(liaison.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const junk = await subgraph.execute(DRY_RUN, { workbook: Buffer.from('not a workbook').toString('base64') });
    expect(junk.errors?.[0]).toMatchObject({ message: expect.stringMatching(/not an Excel workbook/), extensions: { code: 'BAD_USER_INPUT' } });
    const huge = await subgraph.execute(DRY_RUN, { workbook: 'A'.repeat(12 * 1024 * 1024) });
    expect(huge.errors?.[0]).toMatchObject({ message: expect.stringMatching(/larger than 8 MB/), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
