/**
 * Regression: the demo district was dated to a fixed past year, so on 2026-11-23 487 of 1,061 open cases
 * were already red and the 30th joint meeting "scheduled" for 2026-11-18 never happened. It is generated
 * relative to the day it is loaded; these tests pin that day.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cstDate, demoWindow, generateDistrict } from './district';
import { caseRows } from './load';

const TODAY = new Date('2026-11-23T10:00:00+08:00');
const district = generateDistrict(2026, 5000, TODAY);
const { cases } = district;
const YEAR = 365 * 86_400_000;
const thisYear = cases.filter((c) => c.registeredAt.getTime() >= TODAY.getTime() - YEAR);
const lastYear = cases.filter((c) => c.registeredAt.getTime() < TODAY.getTime() - YEAR);
const UNIT_CLOCKS = ['ACCEPT', 'HANDLE', 'REVIEW_DECISION', 'RE_REVIEW_DECISION'];

/** Open cases by card at `now`, as the cases subgraph counts them (openCaseCards). */
function cardMix(rows: ReturnType<typeof caseRows>['cases'], now: Date) {
  const open = rows.filter((c) => UNIT_CLOCKS.includes(c.runningClock as string));
  const red = open.filter((c) => (c.dueAt as Date) < now).length;
  const yellow = open.filter((c) => (c.dueAt as Date) >= now && (c.extensionDays as number) > 0).length;
  return { open: open.length, green: (open.length - red - yellow) / open.length, yellow: yellow / open.length, red: red / open.length };
}

describe('demo district in the present', () => {
  it('is a live office on the day it is loaded: most clocks green, some yellow, a few red', () => {
    const mix = cardMix(caseRows(district).cases, TODAY);
    expect(mix.open).toBeGreaterThan(400);
    expect(mix.green).toBeGreaterThan(0.75);
    expect(mix.yellow).toBeGreaterThan(0.04);
    expect(mix.yellow).toBeLessThan(0.16);
    expect(mix.red).toBeGreaterThan(0.01);
    expect(mix.red).toBeLessThan(0.08);
    // extensions come late in the handling, when the deadline nears, and are on the timeline
    const extended = cases.filter((c) => c.extensionDays > 0);
    expect(extended.length).toBeGreaterThan(300);
    expect(extended.every((c) => c.extendedAt! > c.acceptedAt! && c.extendedAt!.getTime() - c.acceptedAt!.getTime() >= 30 * 86_400_000 && c.extendedAt! <= TODAY)).toBe(true);
    expect(caseRows(district).events.filter((e) => e.action === 'EXTENDED')).toHaveLength(extended.length);
  });

  it('is live whatever the day: loaded on another date it is as green, and nothing happens after the load', () => {
    const later = new Date('2027-03-02T15:30:00+08:00');
    const other = generateDistrict(2026, 2000, later);
    const mix = cardMix(caseRows(other).cases, later);
    expect(mix.green).toBeGreaterThan(0.75);
    expect(mix.red).toBeLessThan(0.1);
    const times = other.cases.flatMap((c) => [c.registeredAt, c.acceptedAt, c.assignedAt, c.signedForAt, c.repliedAt, c.closedAt, c.reviewRequestedAt, c.reviewDecidedAt, c.reReviewRequestedAt, c.reReviewDecidedAt]);
    expect(times.filter((t) => t && t > later)).toEqual([]);
    expect(other.meetings.filter((m) => m.status === 'HELD' || m.status === 'MINUTES_PUBLISHED').every((m) => m.heldOn < '2027-03-02')).toBe(true);
  });

  it('holds two full years, so every figure of the office report has a value for both years', () => {
    const { from } = demoWindow(TODAY);
    expect(from.toISOString()).toBe('2024-11-22T16:00:00.000Z');
    expect(cases).toHaveLength(10_000);
    expect(cases.every((c) => c.registeredAt >= from && c.registeredAt <= TODAY)).toBe(true);
    for (const year of [thisYear, lastYear]) {
      expect(year.length).toBeGreaterThan(4800);
      const has = (pick: (c: (typeof cases)[number]) => boolean) => year.filter(pick).length;
      for (const channel of ['LETTER', 'VISIT', 'PHONE', 'ONLINE', 'LEADER_RECEPTION', 'ASSIGNED_FROM_ABOVE']) expect(has((c) => c.channel === channel), channel).toBeGreaterThan(0);
      for (const level of ['CITY', 'PROVINCE', 'BEIJING']) expect(has((c) => c.levelVisited === level), level).toBeGreaterThan(0);
      expect(has((c) => c.form === 'COLLECTIVE')).toBeGreaterThan(0);
      expect(has((c) => c.channel === 'PHONE' && ['CLOSED', 'ARCHIVED'].includes(c.status))).toBeGreaterThan(0);
      expect(new Set(year.map((c) => c.categorySub)).size).toBe(district.categories.length);
      // every month of the year has cases
      expect(new Set(year.map((c) => cstDate(c.registeredAt).slice(0, 7))).size).toBeGreaterThanOrEqual(12);
    }
    // numbered per year, as registerCase numbers them
    expect(cases[0].number).toBe('XF2024-000001');
    expect(cases.find((c) => c.number.startsWith('XF2025'))?.number).toBe('XF2025-000001');
    expect(new Set(cases.map((c) => c.number)).size).toBe(cases.length);
  });

  it('gives townships cases to lead and to cooperate on, so a township liaison has work', () => {
    const townships = new Set(district.departments.filter((d) => d.kind === 'TOWNSHIP' || d.kind === 'STREET').map((d) => d.id));
    const open = caseRows(district).tasks.filter((t) => (t.status === 'ASSIGNED' || t.status === 'SIGNED_FOR') && townships.has(t.unitId as string));
    expect(new Set(open.map((t) => t.unitId)).size).toBeGreaterThanOrEqual(60);
    expect(open.filter((t) => t.role === 'LEAD').length).toBeGreaterThan(10);
    expect(open.filter((t) => t.role === 'COOPERATING').length).toBeGreaterThan(100);
  });

  it('has the 件次/批次/人次 mix of the office reports', () => {
    const visits = thisYear.filter((c) => c.channel === 'VISIT' || c.channel === 'LEADER_RECEPTION');
    const collective = visits.filter((c) => c.form === 'COLLECTIVE');
    const persons = (list: typeof cases) => list.reduce((n, c) => n + c.headCount, 0);
    expect(visits.length / thisYear.length).toBeGreaterThan(0.3);
    expect(visits.length / thisYear.length).toBeLessThan(0.45);
    // a district's year: about 165 collective batches of some 2,900 person-visits
    expect(collective.length).toBeGreaterThan(120);
    expect(collective.length).toBeLessThan(260);
    expect(persons(collective) / collective.length).toBeGreaterThan(12);
    expect(persons(collective) / collective.length).toBeLessThan(25);
    expect(persons(visits) / visits.length).toBeGreaterThan(2);
    expect(persons(visits) / visits.length).toBeLessThan(4);
  });

  it('has the repeat rate the README gives', () => {
    const share = cases.filter((c) => c.isRepeat).length / cases.length;
    expect(share).toBeGreaterThan(0.16);
    expect(share).toBeLessThan(0.2);
    expect(readFileSync(new URL('../../README.md', import.meta.url), 'utf8')).toContain('about 18% repeat petitions');
  });

  it('has the next regular session scheduled after the load, and the past ones held', () => {
    const scheduled = district.meetings.filter((m) => m.status === 'SCHEDULED');
    expect(scheduled).toEqual([expect.objectContaining({ sessionNumber: 30, title: '第三十次信访联席工作会议', heldOn: '2026-12-18', kind: 'REGULAR' })]);
    const held = district.meetings.filter((m) => m.status === 'HELD' || m.status === 'MINUTES_PUBLISHED');
    expect(held.every((m) => m.heldOn < '2026-11-23')).toBe(true);
    // the minutes of every session but the last one held are out
    expect(held.filter((m) => m.status === 'HELD').map((m) => m.title)).toEqual(['第二十九次信访联席工作会议']);
    expect(district.meetings.filter((m) => m.status === 'PLANNED')).toEqual([expect.objectContaining({ sessionNumber: 31, heldOn: '2027-01-18' })]);
    expect(held.filter((m) => m.kind === 'REGULAR').map((m) => m.sessionNumber)).toEqual(Array.from({ length: 24 }, (_, i) => 6 + i));
    expect(held.find((m) => m.sessionNumber === 29)?.heldOn).toBe('2026-11-18');
    const onScheduled = district.agendaItems.filter((item) => item.meetingId === scheduled[0].id);
    expect(onScheduled.length).toBeGreaterThan(0);
    expect(onScheduled.every((item) => item.decision === undefined)).toBe(true);
  });

  it('ranks townships for the past quarters, each published before the load', () => {
    const periods = [...new Set(district.rankings.map((r) => r.period))];
    expect(periods).toEqual(['2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2', '2026-Q3']);
    expect(district.rankings.every((r) => r.publishedAt < TODAY)).toBe(true);
    expect(district.rankings.filter((r) => r.period === '2026-Q3')[0].publishedAt.toISOString()).toBe('2026-10-14T16:00:00.000Z');
  });
});
