/**
 * `npm run bench:console`: how fast the console (联办工作台) comes up in a real headless Chromium, beside
 * its floors measured in the same run, rounds alternating, medians printed.
 *
 * - first screen: a fresh browser profile (nothing cached, as on a first visit) opens the sign-in page and
 *   waits until its button can be clicked; the floor is the same browser opening a one-input page from a
 *   bare Node HTTP server on the same machine (a new profile, a navigation, a DOM: what any page pays).
 * - signed in: a township liaison signs in and waits for the workbench's figures; the floor is the same
 *   two API calls (the `login` mutation and the workbench's query) sent by this process to the gateway.
 *
 * Data: the demo district (BENCH_CASES_PER_YEAR, default 5,000 a year, as `npm start` loads) in a scratch
 * database on DATABASE_URL's server, else on the embedded PostgreSQL; the platform runs in this process.
 * Goal (issue: the web console): first screen interactive < 2 s with the gateway local.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { print } from 'graphql';
import { generateKeys } from '@lianban/kit';
import { createTestDatabase } from '@lianban/kit/testing';
import { LoginMutation, WorkbenchQuery } from '../../console/src/api/documents';
import { launchBrowser } from '../browser';
import { ensureConsoleBuilt } from '../console-build';
import { resolveDatabase } from '../database';
import { openPlatformOrms } from '../platform-db';
import { startPlatform } from '../run-platform';
import { DEMO_PASSWORD, generateDistrict } from '../seed/district';
import { loadDistrict } from '../seed/load';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 9);
const CASES_PER_YEAR = Number(process.env.BENCH_CASES_PER_YEAR ?? 5000);
const LIAISON = 'liaison-t-001';

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value: number) => `${value.toFixed(0)} ms`;

const database = await resolveDatabase();
const serverUrl = new URL(database.url);
serverUrl.pathname = '/postgres';
const scratch = await createTestDatabase(serverUrl.toString(), 'bench_console');
const blank = createServer((_request, response) => {
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  response.end('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>空白</title></head><body><button id="ready">登 录</button></body></html>');
});
await new Promise<void>((resolve) => blank.listen(0, '127.0.0.1', resolve));
const blankUrl = `http://127.0.0.1:${(blank.address() as AddressInfo).port}/`;

try {
  const loading = performance.now();
  const district = generateDistrict(11, CASES_PER_YEAR, new Date());
  const setup = await openPlatformOrms(scratch.url);
  try {
    await setup.migrateAll();
    await loadDistrict(setup.orms, district);
  } finally {
    await setup.close();
  }
  const [platform, built] = await Promise.all([
    startPlatform({ databaseUrl: scratch.url, gatewayPort: 0, randomPorts: true, development: false, keys: await generateKeys(), observability: { logLevel: 'silent', maxOperationNames: 100 } }),
    ensureConsoleBuilt((line) => console.log(line)),
  ]);
  const base = platform.gateway.url.replace(/\/graphql$/, '');
  const unitId = district.people.find((p) => p.id === district.accounts.find((a) => a.username === LIAISON)!.personId)!.unitId;
  console.log(`demo district: ${CASES_PER_YEAR.toLocaleString('en')} cases a year, ready in ${((performance.now() - loading) / 1000).toFixed(1)} s${built ? ' (console built)' : ''}`);

  const browser = await launchBrowser();
  const newPage = async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
    return { context, page: await context.newPage() };
  };
  async function post(query: string, variables: Record<string, unknown>, token?: string) {
    const response = await fetch(platform.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: Record<string, { token?: string }>; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return body.data!;
  }

  const figures = { blank: [] as number[], firstScreen: [] as number[], api: [] as number[], workbench: [] as number[] };
  try {
    for (let round = 0; round <= ROUNDS; round += 1) {
      // round 0 warms up the servers and the browser; it is not counted
      const keep = <K extends keyof typeof figures>(key: K, value: number) => round > 0 && figures[key].push(value);
      const order = round % 2 === 0 ? ['floor', 'console'] : ['console', 'floor'];
      for (const which of order) {
        if (which === 'floor') {
          const { context, page } = await newPage();
          let started = performance.now();
          await page.goto(blankUrl);
          await page.locator('#ready').click({ trial: true });
          keep('blank', performance.now() - started);
          await context.close();
          started = performance.now();
          const login = await post(print(LoginMutation), { username: LIAISON, password: DEMO_PASSWORD });
          await post(print(WorkbenchQuery), { unitId }, login.login.token);
          keep('api', performance.now() - started);
        } else {
          const { context, page } = await newPage();
          let started = performance.now();
          await page.goto(`${base}/login`);
          await page.locator('[data-test=login]').click({ trial: true });
          keep('firstScreen', performance.now() - started);
          await page.locator('input[name=username]').fill(LIAISON);
          await page.locator('input[name=password]').fill(DEMO_PASSWORD);
          started = performance.now();
          await page.locator('[data-test=login]').click();
          await page.locator('[data-test=holding-total]').waitFor({ timeout: 30_000 });
          keep('workbench', performance.now() - started);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await platform.stop();
  }

  console.log(`\n${ROUNDS} rounds, alternating, medians (first visit: a fresh browser profile each time)\n`);
  console.log('| | console | floor, same run | ratio |');
  console.log('|---|---|---|---|');
  console.log(`| first screen: sign-in page interactive (goal < 2 s) | ${ms(median(figures.firstScreen))} | ${ms(median(figures.blank))} (a one-button page from a bare Node server) | ×${(median(figures.firstScreen) / median(figures.blank)).toFixed(2)} |`);
  console.log(`| signed in: liaison's workbench shows its figures | ${ms(median(figures.workbench))} | ${ms(median(figures.api))} (login + the workbench query, sent by this process) | ×${(median(figures.workbench) / median(figures.api)).toFixed(2)} |`);
} finally {
  blank.close();
  await scratch.drop();
  await database.stop();
}
