/**
 * Regression: the demo district was dated to a fixed past year, so on 2026-11-23 most open cases were red
 * and the office report had no year to compare with. Loaded on a pinned day into the cases subgraph's own
 * tables, the district answers the report and the cards as a live office would.
 */
import { testIdentity } from '@lianban/kit/testing';
import { Case } from '@lianban/cases';
import { createTestDatabase } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlatformOrms } from '../scripts/platform-db';
import { generateDistrict } from '../scripts/seed/district';
import { caseRows } from '../scripts/seed/load';
import { CaseService } from '../subgraphs/cases/src/services/case.service';
import { StatisticsService, yearEarlier } from '../subgraphs/cases/src/services/statistics.service';

const TODAY = new Date('2026-11-23T10:00:00+08:00');
const district = generateDistrict(2026, 5000, TODAY);
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let platform: Awaited<ReturnType<typeof openPlatformOrms>>;

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'demo_present');
  platform = await openPlatformOrms(db.url);
  await platform.migrateAll();
  const em = platform.orms.cases.em.fork();
  const rows = caseRows(district).cases;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  for (let i = 0; i < rows.length; i += 1000) await em.insertMany(Case, rows.slice(i, i + 1000) as any);
});
afterAll(async () => {
  await platform?.close();
  await db?.drop();
});

/** Every figure of a report, by its path: { value, lastYear, change }. */
function figures(node: unknown, path = ''): [string, { value: number; lastYear?: number; change?: number }][] {
  if (!node || typeof node !== 'object') return [];
  if ('value' in node && 'lastYear' in node) return [[path, node as { value: number; lastYear?: number }]];
  return Object.entries(node).flatMap(([key, child]) => {
    const name = Array.isArray(node) ? String((child as Record<string, unknown>).channel ?? (child as Record<string, unknown>).form ?? (child as Record<string, unknown>).level ?? (child as Record<string, unknown>).categoryMain ?? key) : key;
    return figures(child, `${path}.${name}`);
  });
}

describe('demo district in the present, through the cases subgraph', () => {
  it('gives every year-over-year figure of the office report over the last year a value for both years', async () => {
    const report = await new StatisticsService(platform.orms.cases.em.fork()).report(yearEarlier(TODAY), TODAY, true);
    const all = figures(report);
    expect(all.length).toBeGreaterThan(40);
    const missing = all.filter(([, f]) => !(f.value > 0 && (f.lastYear ?? 0) > 0 && typeof f.change === 'number')).map(([path]) => path);
    expect(missing).toEqual([]);
    expect(report.hotline.closureRate).toBeGreaterThan(0.8);
    expect(report.hotline.closureRateLastYear).toBeGreaterThan(0.8);
  });

  it('shows mostly green cards, some yellow and a few red on the day it was loaded', async () => {
    const leads = [...new Set(district.cases.map((c) => c.leadDepartmentId).filter((id): id is string => Boolean(id)))];
    const cards = [...(await new CaseService(platform.orms.cases.em.fork(), () => TODAY, testIdentity('REGISTRAR')).cardCountsByLead(leads)).values()].reduce(
      (sum, c) => ({ green: sum.green + c.green, yellow: sum.yellow + c.yellow, red: sum.red + c.red }),
      { green: 0, yellow: 0, red: 0 },
    );
    const open = cards.green + cards.yellow + cards.red;
    expect(open).toBeGreaterThan(400);
    expect(cards.green / open).toBeGreaterThan(0.75);
    expect(cards.yellow / open).toBeGreaterThan(0.04);
    expect(cards.red / open).toBeGreaterThan(0.01);
    expect(cards.red / open).toBeLessThan(0.08);
  });
});
