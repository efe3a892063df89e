/** `npm run seed` twice loads the district once. */
import { createTestDatabase } from '@lianban/kit/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openPlatformOrms } from '../scripts/platform-db';
import { generateDistrict } from '../scripts/seed/district';
import { loadDistrict } from '../scripts/seed/load';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let platform: Awaited<ReturnType<typeof openPlatformOrms>>;

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'seed');
  platform = await openPlatformOrms(db.url);
  await platform.migrateAll();
});
afterAll(async () => {
  await platform?.close();
  await db?.drop();
});

async function counts() {
  const rows = await platform.orms.cases.em.getConnection().execute<{ name: string; n: string }[]>(`
    select 'department' as name, count(*) as n from departments.department union all
    select 'person', count(*) from departments.person union all
    select 'case', count(*) from cases."case" union all
    select 'meeting', count(*) from meetings.meeting union all
    select 'agenda_item_case', count(*) from meetings.agenda_item_case union all
    select 'ranking_entry', count(*) from assessment.ranking_entry union all
    select 'daily_report', count(*) from screening.daily_report union all
    select 'warning', count(*) from screening.warning`);
  return Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));
}

describe('seeding the demo district', () => {
  it('loads every subgraph once; a second run changes nothing', async () => {
    const district = generateDistrict(3, 150, new Date('2026-11-23T10:00:00+08:00'));
    const first = await loadDistrict(platform.orms, district);
    expect(first.every((r) => !r.skipped)).toBe(true);
    const after = await counts();
    expect(after).toEqual({
      department: district.departments.length,
      person: district.people.length,
      case: 300,
      meeting: district.meetings.length,
      agenda_item_case: district.agendaItems.reduce((n, item) => n + item.caseIds.length, 0),
      ranking_entry: district.rankings.length,
      daily_report: district.screening.dailyReports.length,
      warning: district.screening.warnings.length,
    });
    expect(district.screening.warnings.filter((w) => w.status === 'MATCHED')).toHaveLength(1);
    const second = await loadDistrict(platform.orms, district);
    expect(second.every((r) => r.skipped)).toBe(true);
    expect(second).toHaveLength(first.length);
    expect(await counts()).toEqual(after);
  });
});
