/**
 * The console (联办工作台) in a real headless Chromium, through the real gateway on a seeded district:
 * what each user group sees and does, asserted on the page.
 */
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../scripts/browser';
import { ensureConsoleBuilt } from '../scripts/console-build';
import { DEMO_PASSWORD } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let browser: Browser;
let base: string;
const contexts: BrowserContext[] = [];

beforeAll(async () => {
  // one build per run (only when the sources changed), one platform and one browser for the whole file
  await ensureConsoleBuilt();
  [platform, browser] = await Promise.all([
    startTestPlatform(inject('databaseServerUrl'), 'console', 300, {
      revocation: { cacheMs: 100, graceMs: 120_000 },
      // the job queue writes the inboxes (notices); short polls, no periodic clock scan (its time would be the wall clock's)
      jobs: { schema: 'pgboss', pollingIntervalSeconds: 0.5, schedules: false },
    }),
    launchBrowser(),
  ]);
  base = platform.url.replace(/\/graphql$/, '');
});

afterAll(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await browser?.close();
  await platform?.stop();
});

/** A fresh browser profile (its own storage) signed in as a demo account, on its first page. */
async function signIn(username: string): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  contexts.push(context);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.locator('input[name=username]').fill(username);
  await page.locator('input[name=password]').fill(DEMO_PASSWORD);
  await page.locator('[data-test=login]').click();
  await page.locator('[data-test=user-menu]').waitFor();
  return page;
}

/** Picks an option of an Element Plus select (its dropdown is teleported to the body). */
async function choose(page: Page, select: string, option: string) {
  await page.locator(select).click();
  await page.locator('.el-select-dropdown__item:visible', { hasText: option }).first().click();
}

/** Waits for what the page shows to match (pages load over the network, on a busy machine). */
const eventually = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

const caseUrl = { id: '', number: '' };

/** A YYYY-MM-DD day `days` later. */
const addDaysTo = (day: string, days: number) => new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe('联办工作台 in a browser', () => {
  it('serves the console at / with client routes, beside /graphql', async () => {
    const page = await fetch(`${base}/cases/any-client-route`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="app"></div>');
    const missing = await fetch(`${base}/assets/no-such-chunk.js`);
    expect(missing.status).toBe(404);
    const graphql = await platform.query<{ me: { username: string } }>('{ me { username } }');
    expect(graphql.data?.me.username).toBe('registrar');
  });

  it('the registrar registers a collective visit (with field messages from the API), accepts it and assigns it', async () => {
    const page = await signIn('registrar');
    expect(await page.locator('.sidebar').innerText()).toMatch(/信访登记[\s\S]*案件查询[\s\S]*信访情况统计/);
    expect(await page.locator('.sidebar').innerText()).not.toContain('账号管理');

    await page.locator('.sidebar').getByText('信访登记').click();
    await page.locator('.el-radio-button', { hasText: '集体访' }).click();
    await page.locator('[data-test=head-count] input').fill('3');
    await choose(page, '[data-test=township]', '');
    const township = (await page.locator('[data-test=township] .el-select__placeholder').innerText()).trim();
    await page.locator('.el-form-item', { hasText: '问题类别' }).locator('.el-cascader').click();
    await page.locator('.el-cascader-node:visible', { hasText: '城乡建设' }).click();
    await page.locator('.el-cascader-node:visible', { hasText: '拖欠工程款' }).click();
    await page.locator('[data-test=summary]').fill('12名农民工反映工程款被拖欠，要求尽快支付');
    await page.locator('[data-test=petitioner-name-0]').fill('赵卫东');
    await page.locator('[data-test=petitioner-id-0]').fill('110101199003074477');
    await page.locator('[data-test=petitioner-phone-0]').fill('13912345678');
    await page.locator('[data-test=register]').click();

    // the API refuses a collective visit of 3: the message stands under 人数, and nothing was registered
    const headCountItem = page.locator('.el-form-item', { has: page.locator('[data-test=head-count]') });
    await eventually(() => headCountItem.locator('.el-form-item__error').textContent()).toContain('headCount is below 5');
    expect(await page.locator('[data-test=intake-error]').innerText()).toContain('登记信息有误');

    await page.locator('[data-test=head-count] input').fill('12');
    await page.locator('[data-test=register]').click();
    await eventually(() => page.url()).toMatch(/\/cases\/[0-9a-f-]{36}/);
    caseUrl.id = page.url().match(/\/cases\/([0-9a-f-]{36})/)![1];
    caseUrl.number = (await page.locator('[data-test=case-number]').innerText()).trim();
    expect(caseUrl.number).toMatch(/^XF\d{4}-\d{6}$/);
    expect(await page.locator('[data-test=case-status]').innerText()).toBe('已登记');
    // the bureau sees the petitioner in full
    expect(await page.locator('[data-test=petitioners]').innerText()).toContain('110101199003074477');
    expect(await page.locator('.el-descriptions').innerText()).toContain(township);

    await page.locator('[data-test=accept]').click();
    await page.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await eventually(() => page.locator('[data-test=case-status]').innerText()).toBe('已受理');

    await page.locator('[data-test=assign]').click();
    // the category's routing suggests 区建设局 as the lead unit
    await eventually(() => page.locator('[data-test=lead-select] .el-select__placeholder').innerText()).toBe('区建设局');
    await choose(page, '.el-dialog .el-form-item:has-text("协办单位") .el-select', '区人力资源和社会保障局');
    await page.locator('.el-dialog__title').click(); // closes the dropdown
    await page.locator('[data-test=dialog-submit]').click();
    await eventually(() => page.locator('[data-test=case-status]').innerText()).toBe('已交办');
    expect(await page.locator('[data-test=lead-unit]').innerText()).toBe('区建设局');

    // 挂牌督办 by phone: recorded on the case, which now carries the placard
    await page.locator('[data-test=supervise]').click();
    await page.locator('[data-test=supervise-request]').fill('请于三日内报告工程款支付计划');
    await page.locator('.el-dialog .el-checkbox', { hasText: '挂牌督办' }).click();
    await page.locator('[data-test=dialog-submit]').click();
    await eventually(() => page.locator('.head').innerText()).toContain('挂牌督办');
    await page.locator('.el-tabs__item', { hasText: '督办记录' }).click();
    expect(await page.locator('[data-test=supervisions]').innerText()).toMatch(/电话督办[\s\S]*请于三日内报告工程款支付计划/);

    // the bureau finds it again by number and by the petitioner's ID number
    await page.locator('.sidebar').getByText('案件查询').click();
    await page.locator('[data-test=filter-petitioner]').fill('110101199003074477');
    await page.locator('[data-test=search]').click();
    await eventually(() => page.locator('[data-test=case-table] .el-table__body tr').count()).toBe(1);
    expect(await page.locator('[data-test=case-table] .el-table__body').innerText()).toContain(caseUrl.number);
  });

  it("the lead unit's liaison sees it on the workbench, signs for it, starts and replies; the timeline and clocks show it", async () => {
    const page = await signIn('liaison-d-jsj');
    expect(page.url()).toMatch(/\/workbench$/);
    expect(await page.locator('.sidebar').innerText()).not.toContain('信访登记');
    await page.locator('.el-tabs__item', { hasText: '全部在办' }).click();
    await eventually(() => page.locator('[data-test=holdings]').innerText()).toContain(caseUrl.number);
    expect(Number(await page.locator('[data-test=holding-total]').innerText())).toBeGreaterThan(0);

    await page.locator('[data-test=holdings] a', { hasText: caseUrl.number }).click();
    await page.locator('[data-test=sign-for]').click();
    await eventually(() => page.locator('[data-test=case-status]').innerText()).toBe('已签收');
    await page.locator('[data-test=start]').click();
    await eventually(() => page.locator('[data-test=case-status]').innerText()).toBe('办理中');
    await page.locator('[data-test=reply]').click();
    await page.locator('[data-test=reply-input]').fill('已协调建设单位，工程款将于本月底前全部支付');
    await page.locator('[data-test=dialog-submit]').click();
    await eventually(() => page.locator('[data-test=case-status]').innerText()).toBe('已答复');
    expect(await page.locator('[data-test=reply-text]').innerText()).toBe('已协调建设单位，工程款将于本月底前全部支付');

    const clocks = await page.locator('[data-test=clocks]').innerText();
    expect(clocks).toContain('办理');
    expect(clocks).toContain('《信访工作条例》');
    await page.locator('.el-tabs__item', { hasText: '办理过程' }).click();
    const timeline = await page.locator('[data-test=timeline]').innerText();
    for (const step of ['登记', '受理', '交办', '签收', '开始办理', '答复']) expect(timeline).toContain(step);
  });

  it('the cooperating unit signs for its task and reports its result, seeing the petitioner masked', async () => {
    const page = await signIn('liaison-d-rsj');
    await page.goto(`${base}/cases/${caseUrl.id}`);
    const petitioners = await page.locator('[data-test=petitioners]').innerText();
    expect(petitioners).toContain('赵*');
    expect(petitioners).toContain('110***********4477');
    expect(petitioners).not.toContain('赵卫东');
    await page.locator('.el-tabs__item', { hasText: '承办任务' }).click();
    await page.locator('[data-test=sign-for-task]').click();
    await page.locator('[data-test=complete-task]').click();
    await page.locator('[data-test=task-result]').fill('已核实农民工工资发放台账');
    await page.locator('[data-test=dialog-submit]').click();
    await eventually(() => page.locator('[data-test=tasks]').innerText()).toContain('已核实农民工工资发放台账');
    expect(await page.locator('[data-test=tasks]').innerText()).toContain('已完成');
  });

  it('the bureau closes the replied case with the petitioner\'s satisfaction', async () => {
    const page = await signIn('registrar');
    await page.goto(`${base}/cases/${caseUrl.id}`);
    await page.getByRole('button', { name: '办结' }).click();
    await page.locator('[data-test=dialog-submit]').click();
    await eventually(() => page.locator('[data-test=case-status]').innerText()).toBe('已办结');
    expect(await page.locator('.el-descriptions').innerText()).toMatch(/满意度\s*满意/);
  });

  it("another unit's liaison cannot open the case: 无权查看", async () => {
    const page = await signIn('liaison-d-jyj');
    await page.goto(`${base}/cases/${caseUrl.id}`);
    const refused = page.locator('[data-test=case-refused]');
    await refused.waitFor();
    expect(await refused.innerText()).toContain('无权查看');
    expect(await page.locator('body').innerText()).not.toContain(caseUrl.number);
    // nor a page its role does not have
    await page.goto(`${base}/admin/accounts`);
    await eventually(() => page.locator('body').innerText()).toContain('无权访问');
  });

  it('the lead unit disputes its competence (管辖异议); the joint meeting is offered the case, and the bureau keeps the lead', async () => {
    type Cases = { me: { unit: { id: string } }; cases: { items: { id: string; number: string; leadDepartment: { id: string } | null }[] } };
    const held = await platform.query<Cases>(
      '{ me { unit { id } } cases(first: 50, filter: { statuses: [IN_PROGRESS] }) { items { id number leadDepartment { id } } } }', {}, 'liaison-d-jsj');
    const matter = held.data!.cases.items.find((c) => c.leadDepartment?.id === held.data!.me.unit.id)!;
    const lead = await signIn('liaison-d-jsj');
    await lead.goto(`${base}/cases/${matter.id}`);
    await lead.locator('[data-test=dispute]').click();
    await lead.locator('[data-test=dispute-reason]').fill('安置补偿属征收部门职责');
    await choose(lead, '[data-test=dispute-unit]', '区人力资源和社会保障局');
    await lead.locator('[data-test=dialog-submit]').click();
    await eventually(() => lead.locator('[data-test=competence-dispute]').innerText()).toMatch(/区建设局于\d+月\d+日提出管辖异议：安置补偿属征收部门职责；认为应由区人力资源和社会保障局牵头/);
    expect(await lead.locator('[data-test=dispute]').count()).toBe(0);

    const candidates = await platform.query<{ hardCaseCandidates: { items: { case: { number: string }; reasons: string[] }[] } }>(
      '{ hardCaseCandidates(olderThanDays: 3650, first: 200) { items { case { number } reasons } } }', {}, 'secretariat');
    expect(candidates.data!.hardCaseCandidates.items.find((c) => c.case.number === matter.number)?.reasons).toContain('DISPUTED_COMPETENCE');

    const bureau = await signIn('registrar');
    await bureau.goto(`${base}/cases/${matter.id}`);
    await bureau.locator('[data-test=keep-lead]').click();
    await bureau.locator('[data-test=keep-reason]').fill('依三定方案属建设局职责');
    await bureau.locator('[data-test=dialog-submit]').click();
    await eventually(() => bureau.locator('[data-test=competence-dispute]').count()).toBe(0);
    await bureau.getByRole('tab', { name: /办理过程/ }).click();
    await eventually(() => bureau.locator('.el-timeline').innerText()).toContain('维持牵头单位: 依三定方案属建设局职责');
  });

  it('the admin finds the registrar\'s unmasked read of the petitioner in the audit log, lists accounts and category routing', async () => {
    const page = await signIn('admin');
    expect(page.url()).toMatch(/\/admin\/accounts$/);
    await eventually(() => page.locator('[data-test=accounts]').innerText()).toContain('liaison-d-jsj');
    await page.locator('.sidebar').getByText('类别路由').click();
    await eventually(() => page.locator('[data-test=routing] tr', { hasText: '拖欠工程款' }).innerText()).toContain('区建设局');
    await page.locator('.sidebar').getByText('个人信息查看记录').click();
    await eventually(() => page.locator('[data-test=audit]').innerText()).toContain(caseUrl.id);
    const row = page.locator('[data-test=audit] tr', { hasText: caseUrl.id }).filter({ hasText: 'registrar' }).first();
    const read = await row.innerText();
    expect(read).toContain('姓名');
    expect(read).toContain('身份证号');
  });

  it('the leader reads the dashboard and the evaluator the office report, without petitioners', async () => {
    const leader = await signIn('leader');
    expect(leader.url()).toMatch(/\/dashboard$/);
    await eventually(async () => Number(await leader.locator('[data-test=dashboard-red]').innerText())).toBeGreaterThanOrEqual(0);
    await eventually(() => leader.locator('.chart canvas').count()).toBe(2);
    const evaluator = await signIn('evaluator');
    expect(evaluator.url()).toMatch(/\/report$/);
    await eventually(async () => Number(await evaluator.locator('[data-test=matters]').innerText())).toBeGreaterThan(0);
    expect(await evaluator.locator('.sidebar').innerText()).not.toContain('案件查询');
    // the report as an Excel workbook, written in the browser
    const [download] = await Promise.all([evaluator.waitForEvent('download'), evaluator.locator('[data-test=export]').click()]);
    expect(download.suggestedFilename()).toMatch(/^信访情况统计_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const sheet = book.getWorksheet('信访情况统计')!;
    const matters = await evaluator.locator('[data-test=matters]').innerText();
    const row = sheet.getRows(1, sheet.rowCount)!.find((r) => r.getCell(1).value === '信访总量（件次）')!;
    expect(String(row.getCell(2).value)).toBe(matters);
  });

  it('the evaluator runs the demo scheme for a published period and sees the ranking the API computes, with its score lines', async () => {
    type Schemes = { assessmentSchemes: { id: string; status: string }[] };
    const schemes = await platform.query<Schemes>('{ assessmentSchemes { id status } }', {}, 'evaluator');
    const schemeId = schemes.data!.assessmentSchemes.find((s) => s.status === 'PUBLISHED')!.id;
    const runs = await platform.query<{ assessmentRuns: { period: string }[] }>(
      'query ($id: ID!) { assessmentRuns(schemeVersionId: $id, status: PUBLISHED) { period } }', { id: schemeId }, 'evaluator');
    const period = runs.data!.assessmentRuns[0].period;
    type Run = { runAssessment: { entries: { name: string; group: string; rank: number }[] } };
    const computed = await platform.query<Run>(
      'mutation ($id: ID!, $period: String!) { runAssessment(schemeVersionId: $id, period: $period) { entries { name group rank } } }',
      { id: schemeId, period }, 'evaluator');
    const firstTownships = computed.data!.runAssessment.entries.filter((e) => e.group === 'TOWNSHIPS' && e.rank === 1).map((e) => e.name);
    expect(firstTownships.length).toBeGreaterThan(0);

    const page = await signIn('evaluator');
    expect(await page.locator('.sidebar').innerText()).toMatch(/考核方案[\s\S]*考核排名/);
    await page.locator('.sidebar').getByText('考核排名').click();
    // the newest published period of the published scheme is offered first
    await eventually(() => page.locator('input[data-test=period]').inputValue()).toBe(period);
    await page.locator('[data-test=run-assessment]').click();
    await eventually(() => page.locator('[data-test=run-status]').innerText()).toBe('草稿');
    const first = page.locator('.el-tab-pane:visible [data-test=ranking] tbody tr').first();
    expect(await first.locator('[data-test=rank]').innerText()).toBe('1');
    expect(firstTownships).toContain((await first.locator('[data-test=unit-name]').innerText()).trim());
    // drill down from the first unit to its score lines
    await first.click();
    await eventually(() => page.locator('[data-test=score-lines] tbody tr').count()).toBeGreaterThan(0);
    await page.locator('.el-drawer__close-btn').click();
    // the draft's 通报 as an Excel workbook from the API, naming the first township
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-test=bulletin-xlsx]').click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await download.path())!);
    const cells = book.worksheets.flatMap((sheet) => sheet.getSheetValues().flat().map(String));
    expect(cells.some((text) => firstTownships.some((name) => text.includes(name)))).toBe(true);
  });

  it('the evaluator compares the newest published period with the one before, unit by unit and rule by rule', async () => {
    const schemes = await platform.query<{ assessmentSchemes: { id: string; status: string }[] }>('{ assessmentSchemes { id status } }', {}, 'evaluator');
    const schemeId = schemes.data!.assessmentSchemes.find((s) => s.status === 'PUBLISHED')!.id;
    const published = await platform.query<{ assessmentRuns: { id: string; period: string }[] }>(
      'query ($id: ID!) { assessmentRuns(schemeVersionId: $id, status: PUBLISHED) { id period } }', { id: schemeId }, 'evaluator');
    const [after, before] = published.data!.assessmentRuns;
    type Entries = { assessmentRun: { entries: { unitId: string; name: string; group: string; rank: number; score: number; lines: { title: string; points: number }[] }[] } };
    const entriesOf = async (id: string) =>
      (await platform.query<Entries>('query ($id: ID!) { assessmentRun(id: $id) { entries { unitId name group rank score lines { title points } } } }', { id }, 'evaluator')).data!.assessmentRun.entries;
    const [then, now] = await Promise.all([entriesOf(before.id), entriesOf(after.id)]);
    // the township whose score moved most between the two periods
    const moved = now
      .filter((e) => e.group === 'TOWNSHIPS')
      .map((e) => ({ entry: e, was: then.find((t) => t.unitId === e.unitId)! }))
      .sort((a, b) => Math.abs(b.entry.score - b.was.score) - Math.abs(a.entry.score - a.was.score))[0];
    const change = Math.round((moved.entry.score - moved.was.score) * 100) / 100;
    const gain = moved.was.rank - moved.entry.rank;

    const page = await signIn('evaluator');
    await page.locator('.sidebar').getByText('排名对比').click();
    await eventually(() => page.locator('[data-test=compare-heading]').innerText()).toMatch(new RegExp(`^${after.period}（.*）\\s*对比\\s*${before.period}（`));
    const row = page.locator('.el-tab-pane:visible [data-test=comparison] tbody tr', { hasText: moved.entry.name }).first();
    const cells = (await row.locator('td').allInnerTexts()).map((t) => t.trim());
    expect(cells.slice(0, 7)).toEqual([
      moved.entry.name,
      String(moved.was.rank),
      moved.was.score.toFixed(2),
      String(moved.entry.rank),
      moved.entry.score.toFixed(2),
      gain > 0 ? `↑${gain}` : gain < 0 ? `↓${-gain}` : '持平',
      `${change > 0 ? '+' : ''}${change.toFixed(2)}`,
    ]);
    // rule by rule: the lines' changes add up to the score's change
    await row.click();
    await eventually(() => page.locator('[data-test=compare-lines] tbody tr').count()).toBeGreaterThan(0);
    const lineChanges = (await page.locator('[data-test=compare-lines] tbody tr td:nth-child(4)').allInnerTexts()).map(Number);
    expect(Math.round(lineChanges.reduce((sum, c) => sum + c, 0) * 100) / 100).toBeCloseTo(change, 1);
  });

  it('the evaluator revises the published scheme from next year (修订): a broken rule is refused by name, fixed, read in words and published, ending the old version; an overlapping draft is not', async () => {
    type Schemes = { assessmentSchemes: { id: string; documentNumber: string; schemeVersion: number; status: string; rulesText: string[] }[] };
    const schemes = async () => (await platform.query<Schemes>('{ assessmentSchemes { id documentNumber schemeVersion status rulesText } }', {}, 'evaluator')).data!.assessmentSchemes;
    const before = await schemes();
    const demo = before.find((s) => s.status === 'PUBLISHED')!;
    const year = new Date().getFullYear() + 1;

    const page = await signIn('evaluator');
    await page.locator('.sidebar').getByText('考核方案').click();
    await page.locator('[data-test=schemes] tbody tr', { hasText: demo.documentNumber }).first().locator('[data-test=copy-scheme]').click();
    // the copy carries the document number, name and rules of the version it comes from
    await eventually(() => page.locator('[data-test=document-number]').inputValue()).toBe(demo.documentNumber);
    expect(await page.locator('[data-test=editor-heading]').innerText()).toBe(`新建版本（复制自 ${demo.documentNumber} 第${demo.schemeVersion}版）`);
    expect(await page.locator('[data-test=rules-table] tbody tr').count()).toBe(demo.rulesText.length);
    await page.locator('[data-test=valid-from]').fill(`${year}-Q1`);

    // a metric the engine does not know, typed into the JSON of the third rule: the API names the rule, and writes nothing
    await page.locator('[data-test=rules-editor] .el-tabs__item', { hasText: 'JSON' }).click();
    const json = page.locator('[data-test=definition-json]');
    const text = await json.inputValue();
    expect(text).toContain('"skipLevelCity"');
    await json.fill(text.replace('"skipLevelCity"', '"abnormalVisits"'));
    await page.locator('[data-test=save-scheme]').click();
    await eventually(() => page.locator('[data-test=rules-error]').innerText()).toContain('rules[2] (到市访扣分): unknown metric "abnormalVisits"');
    expect(await page.locator('[data-test=scheme-failure]').innerText()).toBe('第3条规则有误，未保存。');
    expect(await schemes()).toHaveLength(before.length);

    // back in the table the refused rule stands out; its metric is chosen again
    await page.locator('[data-test=rules-editor] .el-tabs__item', { hasText: '规则表' }).click();
    expect(await page.locator('[data-test=rules-table] tbody tr.rule-error input').first().inputValue()).toBe('到市访扣分');
    await choose(page, '[data-test=rule-metric-2]', '到市访');
    await page.locator('[data-test=save-scheme]').click();
    // the published version is in force with no end: a version from next year on revises it, as its next version
    const documentNumber = demo.documentNumber;
    await eventually(() => page.locator('[data-test=editor-heading]').innerText()).toBe(`${documentNumber} 第${demo.schemeVersion + 1}版（草稿）`);
    const draft = (await schemes()).find((s) => s.documentNumber === documentNumber && s.status === 'DRAFT')!;
    const lines = await page.locator('[data-test=rules-text] li').allInnerTexts();
    expect(lines).toEqual(draft.rulesText);
    expect(lines).toEqual(demo.rulesText);
    expect(lines[2]).toMatch(/^到市访扣分：到市访每件（批）次扣2分/);

    // someone else changes the draft meanwhile: the page's save is a conflict, said in Chinese, and the draft reloads
    type Read = { assessmentScheme: { version: number; definition: unknown } };
    const read = (await platform.query<Read>('query ($id: ID!) { assessmentScheme(id: $id) { version definition } }', { id: draft.id }, 'evaluator')).data!.assessmentScheme;
    const renamed = await platform.query(
      'mutation ($id: ID!, $version: Int!, $input: SchemeVersionInput!) { updateSchemeVersion(id: $id, version: $version, input: $input) { version } }',
      { id: draft.id, version: read.version, input: { documentNumber, name: '乡镇（街道）信访工作考核办法（试行）', periodKind: 'QUARTER', unitScope: 'TOWNSHIPS', validFrom: `${year}-Q1`, definition: read.definition } },
      'evaluator');
    expect(renamed.errors).toBeUndefined();
    await page.locator('[data-test=scheme-name]').fill('乡镇（街道）信访工作考核办法（修订）');
    await page.locator('[data-test=save-scheme]').click();
    await eventually(() => page.locator('.el-message--error').innerText()).toContain('已被他人修改');
    await eventually(() => page.locator('[data-test=scheme-name]').inputValue()).toBe('乡镇（街道）信访工作考核办法（试行）');

    // another draft of the same document for next year's first half, saved while the revision is a draft
    type Drafted = { draftSchemeVersion: { id: string; schemeVersion: number } };
    const second = (await platform.query<Drafted>('mutation ($input: SchemeVersionInput!) { draftSchemeVersion(input: $input) { id schemeVersion } }',
      { input: { documentNumber, name: '乡镇（街道）信访工作考核办法', periodKind: 'QUARTER', unitScope: 'TOWNSHIPS', validFrom: `${year}-Q1`, validUntil: `${year}-Q2`, definition: read.definition } },
      'evaluator')).data!.draftSchemeVersion;
    expect(second.schemeVersion).toBe(demo.schemeVersion + 2);

    await page.locator('[data-test=publish-scheme]').click();
    await page.locator('.el-message-box__btns button', { hasText: '发布' }).click();
    await eventually(() => page.locator('[data-test=editor-heading]').innerText()).toBe(`${documentNumber} 第${demo.schemeVersion + 1}版（已发布）`);
    expect((await schemes()).find((s) => s.id === draft.id)!.status).toBe('PUBLISHED');
    // the old version now ends with this year's last quarter: its rankings stand, next year is the revision's
    const ended = await platform.query<{ assessmentScheme: { validUntil: string | null } }>('query ($id: ID!) { assessmentScheme(id: $id) { validUntil } }', { id: demo.id }, 'evaluator');
    expect(ended.data!.assessmentScheme.validUntil).toBe(`${year - 1}-Q4`);

    // 发布 of the second draft in the list: the API refuses the overlap, and the draft stays a draft
    await page.locator('.sidebar').getByText('考核方案').click();
    await page.locator('[data-test=schemes] tbody tr', { hasText: documentNumber }).filter({ hasText: `第${second.schemeVersion}版` }).locator('[data-test=publish-row]').click();
    await page.locator('.el-message-box__btns button', { hasText: '发布' }).click();
    await eventually(() => page.locator('.el-message--error', { hasText: '不能发布' }).innerText()).toContain(`${documentNumber} version ${demo.schemeVersion + 1} (published) already covers ${year}-Q1 onwards`);
    expect((await schemes()).find((s) => s.id === second.id)!.status).toBe('DRAFT');
  });

  it('the secretariat sees the seeded sessions and runs a plan with its score per constraint', async () => {
    type Page = { meetings: { items: { title: string; heldOn: string }[] } };
    const planned = await platform.query<Page>('{ meetings(first: 5, filter: { statuses: [PLANNED] }) { items { title heldOn } } }', {}, 'secretariat');
    const session = planned.data!.meetings.items[0];
    expect(session.title).toMatch(/^第.+次信访联席工作会议$/);

    const page = await signIn('secretariat');
    await page.locator('.sidebar').getByText('会议列表').click();
    await eventually(() => page.locator('[data-test=meetings]').innerText()).toContain(session.title);
    await page.locator('[data-test=meetings] tr', { hasText: session.title }).first().click();
    await eventually(() => page.locator('[data-test=meeting-status]').innerText()).toBe('待排期');
    await page.locator('.el-drawer__close-btn').click();

    await page.locator('.sidebar').getByText('排会').click();
    const to = page.locator('.el-form-item', { hasText: '排会范围' }).locator('input').nth(1);
    await to.fill(addDaysTo(session.heldOn, 14));
    await to.press('Enter');
    await page.locator('[data-test=plan-meetings]').click();
    await eventually(() => page.locator('[data-test=plan-score]').innerText()).toContain('会议室容量');
    expect(await page.locator('[data-test=plan-score]').innerText()).toContain('尽早召开');
    expect(await page.locator('[data-test=plan-sessions]').innerText()).toContain(session.title);

    // 督查: the year's 落实率 as the API counts it
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const stats = await platform.query<{ meetingStatistics: { rate: number | null } }>(
      'query ($from: String!, $to: String!) { meetingStatistics(from: $from, to: $to) { rate } }', { from: `${today.slice(0, 4)}-01-01`, to: addDaysTo(today, 1) }, 'secretariat');
    const rate = stats.data!.meetingStatistics.rate;
    await page.locator('.sidebar').getByText('督查').click();
    await eventually(() => page.locator('[data-test=follow-up-rate]').innerText()).toBe(rate == null ? '—' : `${rate}%`);
    await page.locator('.sidebar').getByText('候选疑难案件').click();
    await eventually(() => page.locator('[data-test=candidates] tbody tr').count()).toBeGreaterThan(0);
  });

  it('the secretariat records the scheduled session held, decides on an item (carried into the case), publishes minutes, adds a room and finds a session in the calendar', async () => {
    const scheduled = platform.district.meetings.find((m) => m.status === 'SCHEDULED')!;
    const lastHeld = platform.district.meetings.find((m) => m.sessionNumber === scheduled.sessionNumber! - 1)!;
    // a case still being handled goes on the scheduled session's agenda; the session will add a cooperating unit
    type Open = { cases: { items: { id: string; number: string; leadDepartment: { id: string } | null; tasks: { role: string; status: string; unit: { id: string } | null }[] }[] } };
    const open = await platform.query<Open>(
      '{ cases(first: 50, filter: { statuses: [ASSIGNED, SIGNED_FOR, IN_PROGRESS] }) { items { id number leadDepartment { id } tasks { role status unit { id } } } } }', {}, 'secretariat');
    const onAgenda = new Set(platform.district.agendaItems.filter((item) => item.meetingId === scheduled.id).flatMap((item) => item.caseIds));
    const decided = open.data!.cases.items.find((c) => c.leadDepartment && !onAgenda.has(c.id))!;
    const involved = new Set([decided.leadDepartment!.id, ...decided.tasks.filter((t) => t.status !== 'WITHDRAWN').map((t) => t.unit?.id)]);
    const added = platform.district.departments.find((d) => d.kind === 'DEPARTMENT' && !involved.has(d.id))!;
    const item = await platform.query<{ addAgendaItem: { id: string } }>(
      'mutation ($m: ID!, $c: [ID!]!) { addAgendaItem(meetingId: $m, caseIds: $c, title: "研究拖欠问题的化解方案") { id } }', { m: scheduled.id, c: [decided.id] }, 'secretariat');
    expect(item.errors).toBeUndefined();

    const page = await signIn('secretariat');
    await page.locator('.sidebar').getByText('会议列表').click();
    await page.locator('[data-test=meetings] tr', { hasText: scheduled.title }).first().click();
    await eventually(() => page.locator('[data-test=meeting-status]').innerText()).toBe('已发布排期');
    await page.locator('[data-test=record-held]').click();
    await eventually(() => page.locator('[data-test=meeting-status]').innerText()).toBe('已召开');

    // 议定事项: the form starts from who handles the case now; the API's message stands under the field it names
    const agendaItem = page.locator('[data-test=agenda-item]', { hasText: decided.number });
    await agendaItem.locator('[data-test=record-decision]').click();
    await page.locator('[data-test=decision-submit]').click();
    const handlerItem = page.locator('.el-dialog .el-form-item', { has: page.locator('[data-test=decision-handler]') });
    await eventually(() => handlerItem.locator('.el-form-item__error').textContent()).toContain('handlerName must not be empty');
    expect(await agendaItem.locator('[data-test=decisions]').count()).toBe(0);
    await page.locator('[data-test=decision-handler]').fill('分管副局长 王建国');
    await choose(page, '[data-test=decision-cooperating]', added.name);
    await page.locator('.el-dialog__title', { hasText: '议定事项' }).click(); // closes the dropdown
    await page.locator('[data-test=decision-submit]').click();
    await eventually(() => agendaItem.locator('[data-test=decision-status]').innerText()).toBe('落实中');
    const row = await agendaItem.locator('[data-test=decisions]').innerText();
    expect(row).toContain(added.name);
    expect(row).toContain('分管副局长 王建国');
    // the case's timeline names the session that decided
    type Timeline = { case: { timeline: { action: string; note: string | null }[]; tasks: { role: string; status: string; unit: { id: string } | null }[] } };
    const after = await platform.query<Timeline>('query ($id: ID!) { case(id: $id) { timeline { action note } tasks { role status unit { id } } } }', { id: decided.id }, 'registrar');
    expect(after.data!.case.timeline.map((e) => e.note ?? '').join('\n')).toContain(`依${scheduled.title}决定: 增加配合单位${added.name}`);
    expect(after.data!.case.tasks.some((t) => t.role === 'COOPERATING' && t.unit?.id === added.id && t.status === 'ASSIGNED')).toBe(true);

    // 落实情况: a colleague records it first; the page's stale version gets a clear message and the page reloads
    type Decisions = { meeting: { agenda: { decisions: { id: string; version: number; case: { id: string } | null }[] }[] } };
    const read = await platform.query<Decisions>('query ($id: ID!) { meeting(id: $id) { agenda { decisions { id version case { id } } } } }', { id: scheduled.id }, 'secretariat');
    const mine = read.data!.meeting.agenda.flatMap((i) => i.decisions).find((d) => d.case?.id === decided.id)!;
    const first = await platform.query('mutation ($id: ID!, $v: Int!) { recordDecisionEvidence(decisionId: $id, version: $v, evidence: "已召开专题协调会，工程款已全部支付") { id } }', { id: mine.id, v: mine.version }, 'secretariat');
    expect(first.errors).toBeUndefined();
    await agendaItem.locator('[data-test=record-evidence]').click();
    await page.locator('.el-message-box textarea').fill('已支付');
    await page.locator('.el-message-box__btns button', { hasText: '确定' }).click();
    await eventually(() => page.locator('.el-message--warning').innerText()).toContain('已被他人修改，已重新载入最新内容');
    await eventually(() => agendaItem.locator('[data-test=decision-status]').innerText()).toBe('已落实');
    expect(await agendaItem.locator('[data-test=decision-evidence]').innerText()).toBe('已召开专题协调会，工程款已全部支付');

    // 发布纪要
    await page.locator('[data-test=publish-minutes]').click();
    await page.locator('[data-test=minutes-input]').fill(`${scheduled.title}纪要：研究拖欠问题的化解方案，${added.name}配合`);
    await page.locator('[data-test=minutes-submit]').click();
    await eventually(() => page.locator('[data-test=meeting-status]').innerText()).toBe('已印发纪要');
    expect(await page.locator('[data-test=minutes]').innerText()).toContain(`${added.name}配合`);
    await page.locator('.el-drawer__close-btn').click();

    // 会议日历, from the list: the last session held, at its time, opens from its day
    await page.locator('[data-test=open-calendar]').click();
    await eventually(() => page.url()).toMatch(/\/meetings\/calendar$/);
    await page.goto(`${base}/meetings/calendar?month=${lastHeld.heldOn.slice(0, 7)}`);
    const day = page.locator(`[data-day="${lastHeld.heldOn}"] [data-test=calendar-session]`, { hasText: lastHeld.title });
    await eventually(() => day.innerText()).toContain('09:00');
    await day.click();
    await eventually(() => page.locator('.el-drawer__header').innerText()).toContain(lastHeld.title);
    expect(await page.locator('[data-test=meeting-status]').innerText()).toBe('已召开');
    await page.locator('.el-drawer__close-btn').click();

    // 会议室: a name already taken is refused under 名称; a new room is listed with its seats
    await page.locator('.sidebar').getByText('会议室与日程设置').click();
    await eventually(() => page.locator('[data-test=rooms]').innerText()).toContain(platform.district.rooms[0].name);
    await page.locator('[data-test=new-room]').click();
    await page.locator('[data-test=room-name]').fill(platform.district.rooms[0].name);
    await page.locator('[data-test=room-submit]').click();
    const nameItem = page.locator('.el-dialog .el-form-item', { has: page.locator('[data-test=room-name]') });
    await eventually(() => nameItem.locator('.el-form-item__error').textContent()).toContain('already exists');
    await page.locator('[data-test=room-name]').fill('联席办第二会议室');
    await page.locator('[data-test=room-seats] input').fill('16');
    await page.locator('[data-test=room-submit]').click();
    await eventually(() => page.locator('[data-test=rooms] tr', { hasText: '联席办第二会议室' }).innerText()).toMatch(/16\s+在用/);

    // 排会参数: a default length longer than any office-hours period is refused under its field, and not saved
    await page.locator('.el-tabs__item', { hasText: '排会参数' }).click();
    await page.locator('[data-test=default-duration] input').fill('400');
    await page.locator('[data-test=save-settings]').click();
    const durationItem = page.locator('.el-form-item', { has: page.locator('[data-test=default-duration]') });
    await eventually(() => durationItem.locator('.el-form-item__error').textContent()).toContain('longer than the longest office-hours period');
    expect(await page.locator('[data-test=settings-error]').innerText()).toContain('设置未保存');
  });

  it('the session ends on logout, and when an admin ends it, with a message saying why', async () => {
    const page = await signIn('secretariat');
    await page.locator('[data-test=user-menu]').click();
    await page.locator('[data-test=logout]').click();
    await eventually(() => page.url()).toMatch(/\/login/);
    expect(await page.locator('[data-test=session-ended]').innerText()).toContain('已退出登录');
    await page.goto(`${base}/cases`);
    await eventually(() => page.url()).toMatch(/\/login/);

    const leader = await signIn('leader');
    // the dashboard has loaded: nothing is in flight when the sessions end
    await eventually(async () => /\d/.test(await leader.locator('[data-test=dashboard-red]').innerText())).toBe(true);
    await eventually(() => leader.locator('.el-loading-mask').count()).toBe(0);
    const accounts = await platform.query<{ accounts: { id: string; username: string }[] }>('{ accounts(first: 500) { id username } }', {}, 'admin');
    const accountId = accounts.data!.accounts.find((a) => a.username === 'leader')!.id;
    const ended = await platform.query<{ endAccountSessions: number }>(
      'mutation ($input: EndAccountSessionsInput!) { endAccountSessions(input: $input) }',
      { input: { accountId, reason: '浏览器测试：强制下线' } },
      'admin',
    );
    expect(ended.data?.endAccountSessions).toBeGreaterThan(0);
    await leader.locator('.sidebar').getByText('案件查询').click();
    await eventually(() => leader.url()).toMatch(/\/login/);
    expect(await leader.locator('[data-test=session-ended]').innerText()).toContain('强制下线');
  });

  it('the admin adds a unit (a code already used is refused under its field), a person in it and their account with an initial password shown once', async () => {
    const admin = await signIn('admin');
    await admin.locator('.sidebar').getByText('单位与人员').click();
    await admin.locator('[data-test=new-unit]').click();
    const form = admin.locator('[data-test=unit-form]');
    await form.locator('input[name=code]').fill('D-JSJ');
    await form.locator('input[name=name]').fill('区信访督查室');
    await admin.locator('[data-test=save-unit]').click();
    await eventually(() => form.innerText()).toContain('the code D-JSJ is already used by 区建设局');
    await form.locator('input[name=code]').fill('d-xfdc');
    await admin.locator('[data-test=save-unit]').click();
    const row = admin.locator('[data-test=units] tbody tr', { hasText: '区信访督查室' });
    await eventually(() => row.innerText()).toMatch(/D-XFDC[\s\S]*区信访督查室[\s\S]*区直部门/);

    await row.getByRole('button', { name: '人员' }).click();
    await admin.locator('[data-test=new-person]').click();
    await admin.locator('input[name=personName]').fill('周敏');
    await admin.locator('input[name=personPosition]').fill('联络员');
    await admin.locator('[data-test=save-person]').click();
    const person = admin.locator('[data-test=people] tbody tr', { hasText: '周敏' });
    await eventually(() => person.count()).toBe(1);
    await person.locator('[data-test=open-account]').click();
    await admin.locator('input[name=newUsername]').fill('liaison-d-xfdc');
    await admin.locator('[data-test=save-account]').click();
    const initial = (await admin.locator('[data-test=initial-password]').innerText()).trim();
    expect(initial).toMatch(/^[A-HJ-NP-Za-km-z2-9]{12}$/);
    await admin.getByRole('button', { name: '我已记下' }).click();
    await eventually(() => person.innerText()).toContain('liaison-d-xfdc（联络员）');

    // the new liaison signs in with it and must choose their own password first
    const signedIn = await platform.send<{ login: { account: { mustChangePassword: boolean; role: string; unit: { name: string } } } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { account { mustChangePassword role unit { name } } } }',
      { u: 'liaison-d-xfdc', p: initial },
      null,
    );
    expect(signedIn.data?.login.account).toEqual({ mustChangePassword: true, role: 'LIAISON', unit: { name: '区信访督查室' } });
  });

  it('the admin resets a forgotten password; its holder signs in with the temporary one and must choose a new one first', async () => {
    const admin = await signIn('admin');
    // searched by the API among every account, not within the page shown (liaison-d-rsj is past the first 50)
    await admin.locator('input[data-test=account-search], [data-test=account-search] input').fill('rsj');
    await admin.getByRole('button', { name: '搜索' }).click();
    await eventually(() => admin.locator('[data-test=accounts] tbody tr').allInnerTexts()).toEqual([expect.stringContaining('liaison-d-rsj')]);
    const row = admin.locator('[data-test=accounts] tr', { hasText: 'liaison-d-rsj' });
    await eventually(() => row.count()).toBe(1);
    await row.locator('[data-test=reset-password]').click();
    await admin.locator('.el-message-box input').fill('本人来电忘记密码，已核实身份');
    await admin.locator('.el-message-box .el-button--primary').click();
    const temporary = (await admin.locator('[data-test=temporary-password]').innerText()).trim();
    expect(temporary).toMatch(/^[A-Za-z2-9]{12}$/);
    await admin.getByRole('button', { name: '我已记下' }).click();
    await eventually(() => row.innerText()).toContain('待改密');

    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    contexts.push(context);
    context.setDefaultTimeout(10_000);
    const page = await context.newPage();
    await page.goto(`${base}/cases`);
    await page.locator('input[name=username]').fill('liaison-d-rsj');
    await page.locator('input[name=password]').fill(temporary);
    await page.locator('[data-test=login]').click();
    await eventually(() => page.url()).toMatch(/\/password$/);
    expect(await page.locator('[data-test=must-change]').innerText()).toContain('管理员重置');
    // no way around it: any other page leads back here
    await page.goto(`${base}/workbench`);
    await eventually(() => page.url()).toMatch(/\/password$/);

    await page.locator('input[name=currentPassword]').fill('not-the-temporary-one');
    await page.locator('input[name=newPassword]').fill('Xinfang-2026-mine');
    await page.locator('input[name=repeatPassword]').fill('Xinfang-2026-mine');
    await page.locator('[data-test=change-password-submit]').click();
    await eventually(() => page.locator('[data-test=change-password]').innerText()).toContain('当前密码不正确');
    await page.locator('input[name=currentPassword]').fill(temporary);
    await page.locator('[data-test=change-password-submit]').click();
    await eventually(() => page.url()).toMatch(/\/workbench$/);
    await eventually(() => page.locator('[data-test=user-menu]').innerText()).toContain('联络员');
    const signedIn = await platform.send<{ login: { account: { mustChangePassword: boolean } } }>(
      'mutation ($u: String!, $p: String!) { login(username: $u, password: $p) { account { mustChangePassword } } }',
      { u: 'liaison-d-rsj', p: 'Xinfang-2026-mine' },
      null,
    );
    expect(signedIn.data?.login.account.mustChangePassword).toBe(false);
  });
});

describe('排查、日报告 and the inbox in a browser', () => {
  /** A township past the seeded screening and sensitive period (those cover the first ten and eight): nothing filed this cycle. */
  const township = () => platform.district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET').at(-1)!;
  const liaisonOf = (unit: { code: string }) => `liaison-${unit.code.toLowerCase()}`;
  type Missing = { missingScreeningReports: { unitName: string; cycle: { key: string } }[] };
  const missingNow = async () => (await platform.query<Missing>('{ missingScreeningReports { unitName cycle { key } } }')).data!.missingScreeningReports;

  it('a township liaison files a screening report with one unstable factor (a field message from the API first); the bureau no longer lists it as not filed', async () => {
    const town = township();
    expect((await missingNow()).map((m) => m.unitName)).toContain(town.name);

    const page = await signIn(liaisonOf(town));
    expect(await page.locator('.sidebar').innerText()).toMatch(/排查报告[\s\S]*预警报送[\s\S]*日报告/);
    await page.locator('.sidebar .el-menu-item', { hasText: '排查报告' }).click();
    await eventually(() => page.locator('[data-test=screening-state]').innerText()).toMatch(/待报送|逾期未报/);
    const cycle = (await page.locator('[data-test=screening-cycle]').innerText()).match(/\d{4}-(W\d{2}|\d{2})/)![0];
    await page.locator('[data-test=factor-description-0]').fill('村民因土地流转租金拖欠有集体上访苗头');
    await choose(page, '[data-test=factor-risk-0]', '较大');
    await page.locator('[data-test=factor-people-0] input').fill('15');
    await page.locator('[data-test=factor-measures-0]').fill('已约谈合作社负责人，包村干部每日走访');
    await page.locator('[data-test=factor-responsible-0]').fill('分管副镇长');
    await page.locator('[data-test=file-screening]').click();
    // 地点 left empty: the API's message stands under it, and what was typed stays
    const place = page.locator('.el-form-item', { has: page.locator('[data-test=factor-place-0]') });
    await eventually(() => place.locator('.el-form-item__error').textContent()).toContain('input.factors[0].place must not be empty');
    expect(await page.locator('[data-test=factor-description-0]').inputValue()).toBe('村民因土地流转租金拖欠有集体上访苗头');
    expect(await page.locator('[data-test=screening-state]').innerText()).toMatch(/待报送|逾期未报/);

    await page.locator('[data-test=factor-place-0]').fill(`${town.name}东村`);
    await page.locator('[data-test=file-screening]').click();
    await eventually(() => page.locator('[data-test=screening-state]').innerText()).toMatch(/^已报送/);
    const row = page.locator('[data-test=screening-history] tbody tr', { hasText: cycle });
    expect(await row.innerText()).toContain('不稳定因素 1 项');
    // the workbench says so too
    await page.locator('.sidebar .el-menu-item', { hasText: '工作台' }).click();
    await eventually(() => page.locator('[data-test=reporting-duties]').innerText()).toMatch(new RegExp(`本期排查（${cycle}）\\s*已报送`));

    // the bureau's list of units not filed for the current cycle, as the API has it
    const missing = await missingNow();
    expect(missing.map((m) => m.unitName)).not.toContain(town.name);
    expect(missing.length).toBeGreaterThan(0);
    const bureau = await signIn('registrar');
    await bureau.locator('.sidebar .el-menu-item', { hasText: '排查督报' }).click();
    await eventually(() => bureau.locator('[data-test=missing-count]').innerText()).toBe(String(missing.length));
    const listed = await bureau.locator('[data-test=missing-reports]').innerText();
    expect(listed).toContain(missing[0].unitName);
    expect(listed).not.toContain(town.name);
  });

  it("the bureau declares a sensitive period for a township; its liaison files today's daily report and sees the day on time", async () => {
    const town = township();
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const bureau = await signIn('registrar');
    await bureau.locator('.sidebar .el-menu-item', { hasText: '敏感期日报' }).click();
    await bureau.locator('[data-test=declare-period]').click();
    await bureau.locator('[data-test=period-name]').fill('浏览器测试敏感期');
    await choose(bureau, '.el-dialog .el-form-item:has-text("每日截止") .el-select', '23:30');
    await bureau.locator('[data-test=dialog-submit]').click();
    // no days yet: the API's message stands under 起止日期, and the name typed stays
    const range = bureau.locator('.el-dialog .el-form-item', { hasText: '起止日期' });
    await eventually(() => range.locator('.el-form-item__error').textContent()).toContain('input.startsOn is required');
    expect(await bureau.locator('[data-test=period-name]').inputValue()).toBe('浏览器测试敏感期');
    await range.locator('input').nth(0).fill(today);
    await range.locator('input').nth(1).fill(addDaysTo(today, 2));
    await range.locator('input').nth(1).press('Enter');
    await bureau.locator('[data-test=period-units] input').fill(town.name);
    await bureau.locator('.el-select-dropdown__item:visible', { hasText: town.name }).first().click();
    await bureau.locator('.el-dialog__title').click(); // closes the dropdown
    await bureau.locator('[data-test=dialog-submit]').click();
    const declared = bureau.locator('[data-test=periods] tbody tr', { hasText: '浏览器测试敏感期' });
    await eventually(() => declared.count()).toBe(1);
    expect(await declared.innerText()).toMatch(new RegExp(`${today} 至 ${addDaysTo(today, 2)}\\s*23:30\\s*1 个`));
    // today's line: the township, not filed yet
    await eventually(() => bureau.locator('[data-test=day-entries]').innerText()).toMatch(new RegExp(`${town.name}\\s*待报送`));
    type Periods = { sensitivePeriods: { id: string; name: string; units: { id: string }[] }[] };
    const period = (await platform.query<Periods>('{ sensitivePeriods { id name units { id } } }')).data!.sensitivePeriods.find((p) => p.name === '浏览器测试敏感期')!;
    expect(period.units).toEqual([{ id: town.id }]);
    const periodId = period.id;

    const page = await signIn(liaisonOf(town));
    await page.locator('.sidebar .el-menu-item', { hasText: '日报告' }).click();
    await eventually(() => page.locator('[data-test=period-select] .el-select__placeholder').innerText()).toContain('浏览器测试敏感期');
    await page.locator('[data-test=daily-kind] .el-radio-button', { hasText: '有情况' }).click();
    await page.locator('[data-test=file-daily]').click();
    // 有情况 without saying what: the API's message under 情况
    const content = page.locator('.el-form-item', { has: page.locator('[data-test=daily-content]') });
    await eventually(() => content.locator('.el-form-item__error').textContent()).toContain('input.content');
    await page.locator('[data-test=daily-content]').fill('今日无群众聚集，2名群众到镇信访办反映宅基地纠纷，已当场调解');
    const cutoff = Date.parse(`${today}T23:30:00+08:00`);
    const expected = Date.now() < cutoff ? '按时报送' : '迟报';
    await page.locator('[data-test=file-daily]').click();
    await eventually(() => page.locator('[data-test=today-state]').innerText()).toBe(expected);
    expect(await page.locator('[data-test=today-report]').innerText()).toContain('宅基地纠纷');
    const day = page.locator('[data-test=daily-days] tbody tr', { hasText: today });
    expect(await day.innerText()).toContain(expected);

    type Status = { dailyReportStatus: { entries: { state: string; unit: { id: string } }[] } };
    const status = await platform.query<Status>('query ($id: ID!, $day: String!) { dailyReportStatus(periodId: $id, day: $day) { entries { state unit { id } } } }', { id: periodId, day: today });
    expect(status.data!.dailyReportStatus.entries).toEqual([{ state: expected === '按时报送' ? 'ON_TIME' : 'LATE', unit: { id: town.id } }]);
  });

  it('a township liaison files a warning (the API\'s message under 事由 first); the bureau confirms the visit it announced', async () => {
    const town = platform.district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET').at(-2)!;
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    const page = await signIn(liaisonOf(town));
    await page.locator('.sidebar .el-menu-item', { hasText: '预警报送' }).click();
    const date = page.locator('.el-form-item', { hasText: '预计日期' }).locator('input');
    await date.fill(today);
    await date.press('Enter');
    await choose(page, '[data-test=warning-level]', '到市');
    await page.locator('[data-test=warning-head-count] input').fill('20');
    await page.locator('[data-test=file-warning]').click();
    const matter = page.locator('.el-form-item', { has: page.locator('[data-test=warning-matter]') });
    await eventually(() => matter.locator('.el-form-item__error').textContent()).toContain('input.matter must not be empty');
    expect(await page.locator('[data-test=warning-head-count] input').inputValue()).toBe('20');
    await page.locator('[data-test=warning-matter]').fill('20余名村民因村办企业拖欠工资拟赴市集体上访');
    await page.locator('[data-test=file-warning]').click();
    const filed = page.locator('[data-test=warnings] tbody tr', { hasText: '拟赴市集体上访' });
    await eventually(() => filed.count()).toBe(1);
    expect(await filed.innerText()).toMatch(new RegExp(`${today}[\\s\\S]*到市[\\s\\S]*20[\\s\\S]*待匹配`));

    // the visit it announced is registered; the bureau confirms the match in the warning's drawer
    const registered = await platform.query<{ registerCase: { id: string; number: string } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number } }',
      { input: { channel: 'VISIT', form: 'COLLECTIVE', headCount: 20, levelVisited: 'CITY', petitioners: [{ name: '孙集体' }], townshipId: town.id, categoryMain: '劳动社保', categorySub: '劳资纠纷', summary: '20名村民反映村办企业拖欠工资' } },
    );
    const visit = registered.data!.registerCase;
    const bureau = await signIn('registrar');
    await bureau.locator('.sidebar .el-menu-item', { hasText: '预警研判' }).click();
    await bureau.locator('[data-test=warnings] tbody tr', { hasText: '拟赴市集体上访' }).click();
    const suggestion = bureau.locator('[data-test=suggestions] tbody tr', { hasText: visit.number });
    await eventually(() => suggestion.count()).toBe(1);
    expect(await suggestion.innerText()).toContain('同一属地');
    await suggestion.locator('[data-test=confirm-match]').click();
    await eventually(() => bureau.locator('[data-test=warning-match]').innerText()).toMatch(new RegExp(`已匹配[\\s\\S]*${visit.number}[\\s\\S]*事前预警`));
    type Warnings = { earlyWarnings: { items: { status: string; matchedCaseNumber: string | null; filedBeforeVisit: boolean }[] } };
    const warnings = await platform.query<Warnings>('query ($unit: ID) { earlyWarnings(unitId: $unit) { items { status matchedCaseNumber filedBeforeVisit } } }', { unit: town.id });
    expect(warnings.data!.earlyWarnings.items).toEqual([{ status: 'MATCHED', matchedCaseNumber: visit.number, filedBeforeVisit: true }]);
  });

  it('the inbox shows the notice of a case assigned to the unit, reading it lowers the unread count by one, and the liaison sets a mobile for SMS', async () => {
    const town = township();
    const registered = await platform.query<{ registerCase: { id: string; number: string; version: number } }>(
      'mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id number version } }',
      { input: { channel: 'LETTER', form: 'INDIVIDUAL', headCount: 1, petitioners: [{ name: '钱收件' }], townshipId: town.id, categoryMain: '劳动社保', categorySub: '劳资纠纷', summary: '反映村办企业拖欠工资' } },
    );
    const matter = registered.data!.registerCase;
    const accepted = await platform.query<{ acceptCase: { version: number } }>(
      'mutation ($input: CaseChangeInput!) { acceptCase(input: $input) { version } }', { input: { caseId: matter.id, version: matter.version } });
    const assigned = await platform.query('mutation ($input: AssignCaseInput!) { assignCase(input: $input) { id } }',
      { input: { caseId: matter.id, version: accepted.data!.acceptCase.version, leadUnitId: town.id } });
    expect(assigned.errors).toBeUndefined();

    // the notice is written by the job queue: wait until the liaison's inbox has it
    type Inbox = { myNotices: { items: { subjectId: string | null; readAt: string | null }[] }; unreadNoticeCount: number };
    const inbox = () => platform.query<Inbox>('{ myNotices(first: 50) { items { subjectId readAt } } unreadNoticeCount }', {}, liaisonOf(town));
    await eventually(async () => (await inbox()).data?.myNotices.items.some((n) => n.subjectId === matter.id)).toBe(true);
    const unread = (await inbox()).data!.unreadNoticeCount;
    expect(unread).toBeGreaterThan(0);
    const badge = (n: number) => (n > 99 ? '99+' : n === 0 ? '' : String(n));

    const page = await signIn(liaisonOf(town));
    /** What the bell shows: its badge, or nothing when all is read. */
    const bell = async () => ((await page.locator('[data-test=notice-bell] .el-badge__content:visible').count()) ? page.locator('[data-test=notice-bell] .el-badge__content').innerText() : '');
    await eventually(bell).toBe(badge(unread));
    await page.locator('[data-test=notice-bell]').click();
    await eventually(() => page.locator('[data-test=inbox-unread]').innerText()).toBe(String(unread));
    const row = page.locator('[data-test=notices] tbody tr', { hasText: matter.number });
    expect(await row.locator('[data-test=notice-title]').innerText()).toBe(`${matter.number} 已交办贵单位牵头办理`);
    await row.locator('[data-test=mark-read]').click();
    await eventually(() => page.locator('[data-test=inbox-unread]').innerText()).toBe(String(unread - 1));
    expect(await row.innerText()).toContain('已读');
    await eventually(bell).toBe(badge(unread - 1));
    expect((await inbox()).data!.unreadNoticeCount).toBe(unread - 1);
    // 通知外发方式: the API's message under 手机号, then the number saved as the API keeps it
    await page.locator('[data-test=contact-mobile]').fill('12345');
    await page.locator('[data-test=save-contact]').click();
    const mobile = page.locator('.el-form-item', { has: page.locator('[data-test=contact-mobile]') });
    await eventually(() => mobile.locator('.el-form-item__error').textContent()).toContain('mobile must be a mainland mobile number');
    await page.locator('[data-test=contact-mobile]').fill('139 1234 5678');
    await page.locator('[data-test=save-contact]').click();
    await eventually(() => page.locator('[data-test=contact-mobile]').inputValue()).toBe('13912345678');
    await eventually(() => mobile.locator('.el-form-item__error').count()).toBe(0);
    const contacts = await platform.query<{ myNoticeContacts: { mobile: string; email: string | null } }>('{ myNoticeContacts { mobile email } }', {}, liaisonOf(town));
    expect(contacts.data!.myNoticeContacts).toEqual({ mobile: '13912345678', email: null });
    // the notice leads to its case
    await row.locator('[data-test=notice-subject]').click();
    await eventually(() => page.locator('[data-test=case-number]').innerText()).toBe(matter.number);
  });
});
