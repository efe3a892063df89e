/** 补录 through the gateway: a workbook above the 1 MB body limit passes for the import mutations only. */
import { randomBytes } from 'node:crypto';
import { type RawRow, writeCaseWorkbook } from '@lianban/cases';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { District } from '../scripts/seed/district';
import { startTestPlatform, type TestPlatform } from './harness';

let platform: TestPlatform;
let district: District;

beforeAll(async () => {
  platform = await startTestPlatform(inject('databaseServerUrl'), 'case_import_e2e', 100);
  district = platform.district;
});
afterAll(async () => {
  await platform?.stop();
});

describe('a workbook of past cases through the gateway', () => {
  it('is checked in full when it is larger than the ordinary body limit, while any other operation that large is refused', async () => {
    const towns = district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET');
    const rows: RawRow[] = Array.from({ length: 10_000 }, (_, i) => {
      const category = district.categories[i % district.categories.length];
      return {
        legacyNumber: `OLD-${i}`, channel: '来信', name: `补录${i}`, form: '个人访', headCount: '1', township: towns[i % towns.length].name,
        categoryMain: category.main, categorySub: category.sub, summary: `旧系统事项${i}`, demands: randomBytes(40).toString('hex'), registeredAt: '2023-05-04', acceptedAt: '2023-05-06',
      };
    });
    const workbook = (await writeCaseWorkbook(rows)).toString('base64');
    expect(workbook.length).toBeGreaterThan(1_000_000);
    const dry = await platform.query<{ importCasesDryRun: { rows: number; imported: number; problems: unknown[] } }>(
      `mutation ($workbook: String!) { importCasesDryRun(workbook: $workbook) { rows imported problems { row column message } } }`,
      { workbook },
    );
    expect(dry.status).toBe(200);
    expect(dry.errors).toBeUndefined();
    expect(dry.data?.importCasesDryRun).toEqual({ rows: 10_000, imported: 0, problems: [] });

    const padded = await platform.query(`query ($pad: String) { me { username } }`, { pad: workbook });
    expect(padded.status).toBe(413);
  });
});
