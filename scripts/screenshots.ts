/**
 * `npm run screenshots`: a PNG of every page of the console per role, to look at (not asserted). Needs a
 * running platform with the demo district (`npm start`); `-- <gateway URL> <folder>` to change where
 * (default http://127.0.0.1:4000 and .data/screenshots).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { DEMO_PASSWORD } from './seed/district';

const base = (process.argv[2] ?? process.env.LIANBAN_URL ?? 'http://127.0.0.1:4000').replace(/\/(graphql)?$/, '');
const folder = resolve(process.argv[3] ?? '.data/screenshots');
mkdirSync(folder, { recursive: true });

/**
 * The pages each demo account opens; `case` opens the first case of its case list or workbench, `session`
 * the drawer of the last session held (its agenda, decisions and their 落实 status), `scheme` the editor with a
 * new version copied from the first scheme version listed (its rules table, and the rules in words).
 */
const TOUR: Record<string, string[]> = {
  registrar: ['/cases', 'case', '/intake', '/report', '/bureau/screening', '/bureau/warnings', '/bureau/periods', '/notices'],
  'liaison-d-jsj': ['/workbench', 'case', '/cases', '/report', '/reporting/screening', '/reporting/warnings', '/notices'],
  // the first street: in the demo's sensitive period, with weekly screening reports
  'liaison-t-001': ['/reporting/screening', '/reporting/warnings', '/reporting/daily', '/notices'],
  secretariat: ['/dashboard', '/meetings', 'session', '/meetings/calendar', '/meetings/plan', '/meetings/candidates', '/meetings/follow-up', '/meetings/settings', '/meetings/settings?tab=busy', '/meetings/settings?tab=settings', '/cases', '/report'],
  evaluator: ['/report', '/assessment/schemes', 'scheme', '/assessment/ranking', '/assessment/compare'],
  leader: ['/dashboard', '/cases', '/report'],
  admin: ['/admin/accounts', '/admin/units', '/admin/routing', '/admin/audit'],
};

async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('.el-loading-mask').first().waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => undefined);
  await page.waitForTimeout(1200); // charts animate in
}

const browser = await launchBrowser();
let count = 0;
try {
  for (const [username, pages] of Object.entries(TOUR)) {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    const opened = performance.now();
    await page.goto(`${base}/login`);
    await page.locator('[data-test=login]').waitFor();
    // a fresh profile each time: nothing cached, as on a first visit
    const firstScreen = performance.now() - opened;
    if (count === 0) {
      await settle(page);
      await page.screenshot({ path: join(folder, '00-login.png') });
      count++;
    }
    await page.locator('input[name=username]').fill(username);
    await page.locator('input[name=password]').fill(DEMO_PASSWORD);
    await page.locator('[data-test=login]').click();
    const signedIn = performance.now();
    await page.locator('[data-test=user-menu]').waitFor({ timeout: 15_000 });
    await page.locator('.el-loading-mask').first().waitFor({ state: 'hidden', timeout: 15_000 }).catch(() => undefined);
    console.log(`${username}: sign-in page interactive ${firstScreen.toFixed(0)} ms (no cache); signed in and first page loaded ${(performance.now() - signedIn).toFixed(0)} ms`);
    for (const path of pages) {
      if (path === 'case') {
        await settle(page);
        const link = page.locator('.el-table a').first();
        if (!(await link.count())) continue;
        await link.click();
      } else if (path === 'session') {
        await page.goto(`${base}/meetings`);
        await settle(page);
        const held = page.locator('[data-test=meetings] tbody tr', { hasText: '已召开' }).first();
        if (!(await held.count())) continue;
        await held.click();
        await page.locator('[data-test=meeting-status]').waitFor({ timeout: 15_000 });
      } else if (path === 'scheme') {
        await page.goto(`${base}/assessment/schemes`);
        await settle(page);
        const copy = page.locator('[data-test=copy-scheme]').first();
        if (!(await copy.count())) continue;
        await copy.click();
        await page.locator('[data-test=rules-text]').waitFor({ timeout: 15_000 });
      } else {
        await page.goto(`${base}${path}`);
      }
      await settle(page);
      const name = `${username}${path === 'case' || path === 'session' || path === 'scheme' ? `-${path}` : path.replace(/[/?=]/g, '-')}.png`;
      await page.screenshot({ path: join(folder, name), fullPage: true });
      console.log(`${name}`);
      count++;
    }
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(`${count} screenshots in ${folder}`);
