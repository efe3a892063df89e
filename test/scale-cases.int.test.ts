/** The case load of `npm run bench:scale` is data the platform could have written itself. */
import { ClockKind, RULE_SETS, computeDeadline, officialCalendar } from '@lianban/cases';
import { createTestDatabase } from '@lianban/kit/testing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateScaleCases, type ScaleCaseResult } from '../scripts/bench/scale-cases';
import { openPlatformOrms } from '../scripts/platform-db';
import { CATEGORIES, generateDistrict } from '../scripts/seed/district';
import { loadDistrict } from '../scripts/seed/load';

const COUNT = 3000;
const NOW = new Date('2026-11-23T10:00:00Z');
const district = generateDistrict(5, 400, NOW);
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let client: pg.Client;
let generated: ScaleCaseResult;
let indexesBefore: string[];

/** Generated cases have ids of the version-4 layout; the seeded ones have name-based (version-5) ids. */
const GENERATED = `c.id::text like '________-____-4%'`;

const rows = async <T extends object>(sql: string, values: unknown[] = []) => (await client.query<T & pg.QueryResultRow>(sql, values)).rows;
const indexes = async () => (await rows<{ indexdef: string }>(`select indexdef from pg_indexes where schemaname = 'cases' order by indexname`)).map((i) => i.indexdef);

beforeAll(async () => {
  db = await createTestDatabase(inject('databaseServerUrl'), 'scale_cases');
  const platform = await openPlatformOrms(db.url);
  try {
    await platform.migrateAll();
    await loadDistrict(platform.orms, district);
  } finally {
    await platform.close();
  }
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  indexesBefore = await indexes();
  generated = await generateScaleCases(client, district, { count: COUNT, now: NOW, days: 730 });
});
afterAll(async () => {
  await client?.end();
  await db?.drop();
});

describe('generated cases for the scale benchmark', () => {
  it('adds the cases asked for over two years, numbered on from each year\'s seeded numbers', async () => {
    expect(generated.steps.find((s) => s.step === 'case')?.rows).toBe(COUNT);
    const years = await rows<{ year: string; generated: string; distinct_numbers: string; first: number; top: number }>(
      `select substr(number, 3, 4) as year, count(*) as generated, count(distinct number) as distinct_numbers,
         min(substr(number, 8)::int) as first, max(substr(number, 8)::int) as top
       from "cases"."case" c where ${GENERATED} group by 1 order by 1`,
    );
    expect(years.map((y) => y.year)).toEqual(['2024', '2025', '2026']);
    expect(years.reduce((sum, y) => sum + Number(y.generated), 0)).toBe(COUNT);
    const seededTop = new Map<string, number>();
    for (const c of district.cases) seededTop.set(c.number.slice(2, 6), Math.max(seededTop.get(c.number.slice(2, 6)) ?? 0, Number(c.number.slice(7))));
    for (const year of years) {
      // a year's generated numbers follow its highest seeded one without a gap
      expect(Number(year.distinct_numbers)).toBe(Number(year.generated));
      expect(year.first).toBe((seededTop.get(year.year) ?? 0) + 1);
      expect(year.top).toBe((seededTop.get(year.year) ?? 0) + Number(year.generated));
    }
    const [span] = await rows<{ oldest: Date; newest: Date }>(`select min(registered_at) as oldest, max(registered_at) as newest from "cases"."case"`);
    expect(span.newest.getTime()).toBeLessThanOrEqual(NOW.getTime());
    expect((NOW.getTime() - span.oldest.getTime()) / 86_400_000).toBeGreaterThan(725);
  });

  it('leaves the indexes of the migrations as they were', async () => {
    expect(indexesBefore.length).toBeGreaterThan(15);
    expect(await indexes()).toEqual(indexesBefore);
    expect(generated.steps.find((s) => s.step.endsWith('indexes built'))?.step).toMatch(/^\d+ indexes built$/);
  });

  it('routes each category to its lead department and takes townships from the directory', async () => {
    const townships = new Set(district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET').map((d) => d.id));
    const leadOf = new Map(CATEGORIES.map(([main, sub, code]) => [`${main}/${sub}`, district.departments.find((d) => d.code === code)?.id]));
    const routes = await rows<{ category: string; lead: string | null; township: string }>(
      `select distinct category_main || '/' || category_sub as category, lead_department_id as lead, township_id as township from "cases"."case" c where ${GENERATED}`,
    );
    for (const route of routes) {
      expect(townships.has(route.township)).toBe(true);
      if (route.lead) expect(route.lead).toBe(leadOf.get(route.category));
    }
    const mix = await rows<{ channel: string; share: number }>(
      `select channel, count(*)::float / sum(count(*)) over () as share from "cases"."case" group by 1`,
    );
    expect(mix.find((m) => m.channel === 'VISIT')?.share).toBeGreaterThan(0.25);
    const [collective] = await rows<{ count: string; below_five: string }>(
      `select count(*), count(*) filter (where head_count < 5) as below_five from "cases"."case" where form = 'COLLECTIVE'`,
    );
    expect(Number(collective.count)).toBeGreaterThan(50);
    expect(Number(collective.below_five)).toBe(0);
  });

  it('gives every case one or two petitioners with well-formed ID numbers', async () => {
    const perCase = await rows<{ petitioners: number; cases: string }>(
      `select coalesce(n, 0) as petitioners, count(*) as cases
       from "cases"."case" c left join (select case_id, count(*)::int as n from "cases"."petitioner" group by 1) p on p.case_id = c.id
       where ${GENERATED} group by 1 order by 1`,
    );
    expect(perCase.map((p) => p.petitioners)).toEqual([1, 2]);
    expect(Number(perCase[0].cases)).toBeGreaterThan(Number(perCase[1].cases));
    const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const sample = await rows<{ id_number: string }>(`select id_number from "cases"."petitioner" order by id desc limit 200`);
    for (const { id_number } of sample) {
      expect(id_number).toMatch(/^410102(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d)\d{3}[\dX]$/);
      const sum = weights.reduce((total, weight, i) => total + weight * Number(id_number[i]), 0);
      expect(id_number[17]).toBe('10X98765432'[sum % 11]);
    }
  });

  it('gives assigned cases one lead task and cooperating tasks of other units', async () => {
    const [lead] = await rows<{ assigned: string; with_one_lead: string; lead_elsewhere: string }>(
      `select count(*) as assigned,
         count(*) filter (where (select count(*) from "cases"."case_task" t where t.case_id = c.id and t.role = 'LEAD') = 1) as with_one_lead,
         count(*) filter (where exists (select 1 from "cases"."case_task" t where t.case_id = c.id and t.role = 'LEAD' and t.unit_id <> c.lead_department_id)) as lead_elsewhere
       from "cases"."case" c where c.assigned_at is not null`,
    );
    expect(Number(lead.with_one_lead)).toBe(Number(lead.assigned));
    expect(Number(lead.lead_elsewhere)).toBe(0);
    const [cooperating] = await rows<{ tasks: string; on_lead: string; doubled: string; before_assignment: string }>(
      `select count(*) as tasks,
         count(*) filter (where t.unit_id = c.lead_department_id) as on_lead,
         count(*) - count(distinct (t.case_id, t.unit_id)) as doubled,
         count(*) filter (where t.due_at < t.assigned_at or t.signed_for_at < t.assigned_at) as before_assignment
       from "cases"."case_task" t join "cases"."case" c on c.id = t.case_id where t.role = 'COOPERATING'`,
    );
    expect(Number(cooperating.tasks)).toBeGreaterThan(COUNT * 0.1);
    expect(Number(cooperating.on_lead)).toBe(0);
    expect(Number(cooperating.doubled)).toBe(0);
    expect(Number(cooperating.before_assignment)).toBe(0);
  });

  it('keeps the clock that runs and its deadline as the cases subgraph computes them', async () => {
    const open = await rows<{ status: string; running_clock: string | null; due_at: Date | null; registered_at: Date; accepted_at: Date | null; replied_at: Date | null; extension_days: number }>(
      `select status, running_clock, due_at, registered_at, accepted_at, replied_at, extension_days
       from "cases"."case" c where ${GENERATED} and status in ('REGISTERED', 'ACCEPTED', 'ASSIGNED', 'SIGNED_FOR', 'IN_PROGRESS', 'REPLIED')
       order by registered_at desc limit 300`,
    );
    expect(open.length).toBeGreaterThan(100);
    const calendar = officialCalendar();
    for (const matter of open) {
      const clock = matter.status === 'REGISTERED' ? ClockKind.ACCEPT : matter.status === 'REPLIED' ? ClockKind.REVIEW_REQUEST : ClockKind.HANDLE;
      const start = clock === ClockKind.ACCEPT ? matter.registered_at : clock === ClockKind.HANDLE ? matter.accepted_at : matter.replied_at;
      expect(matter.running_clock).toBe(clock);
      const due = computeDeadline(clock, RULE_SETS.NATIONAL.clocks[clock], start as Date, calendar, clock === ClockKind.HANDLE ? matter.extension_days : 0);
      expect(matter.due_at?.toISOString()).toBe(due.dueAt.toISOString());
    }
    const [finished] = await rows<{ count: string }>(
      `select count(*) from "cases"."case" where status in ('NOT_ACCEPTED', 'ARCHIVED', 'TERMINATED') and (running_clock is not null or due_at is not null)`,
    );
    expect(Number(finished.count)).toBe(0);
  });

  it('writes a timeline in order for every case', async () => {
    const [events] = await rows<{ without: string; out_of_order: string; per_case: number }>(
      `select (select count(*) from "cases"."case" c where not exists (select 1 from "cases"."case_event" e where e.case_id = c.id and e.action = 'REGISTERED')) as without,
         (select count(*) from "cases"."case" c join "cases"."case_event" e on e.case_id = c.id
          where e.at < c.registered_at or e.at > $1) as out_of_order,
         (select count(*)::float / (select count(*) from "cases"."case") from "cases"."case_event") as per_case`,
      [NOW],
    );
    expect(Number(events.without)).toBe(0);
    expect(Number(events.out_of_order)).toBe(0);
    expect(events.per_case).toBeGreaterThan(4);
  });
});
