import { describe, expect, it } from 'vitest';
import { WorkCalendar, dayOf, officialCalendar } from '@lianban/kit';
import { Card, ClockKind, RULE_SETS, Warning, clockState, computeDeadline, defineRuleSet } from './rules';

const calendar = officialCalendar();
const at = (iso: string) => new Date(`${iso}T10:00:00+08:00`);

describe('official working-day calendar', () => {
  it('knows holidays and make-up working days (调休)', () => {
    expect(calendar.isWorkingDay('2026-02-16')).toBe(false); // Spring Festival, a Monday
    expect(calendar.isWorkingDay('2026-02-14')).toBe(true); // make-up Saturday
    expect(calendar.isWorkingDay('2026-02-28')).toBe(true); // make-up Saturday
    expect(calendar.isWorkingDay('2026-03-07')).toBe(false); // an ordinary Saturday
    expect(calendar.isWorkingDay('2025-10-08')).toBe(false); // National Day 2025, a Wednesday
    expect(calendar.isWorkingDay('2025-10-11')).toBe(true); // make-up Saturday
  });

  it('counts working days from the next day across the Spring Festival', () => {
    // registered Thu 2026-02-12: Fri 13 (1), Sat 14 make-up (2), 15-23 off, Tue 24 (3), Wed 25 (4), Thu 26 (5)
    expect(calendar.addWorkingDays('2026-02-12', 5)).toBe('2026-02-26');
    // weekends only would have said Thu 19
    expect(new WorkCalendar({}).addWorkingDays('2026-02-12', 5)).toBe('2026-02-19');
  });

  it('uses CST days for instants', () => {
    expect(dayOf(new Date('2026-02-12T17:30:00Z'))).toBe('2026-02-13');
  });
});

describe('deadlines', () => {
  it('gives the national 60-day handling limit in calendar days, holidays included', () => {
    const due = computeDeadline(ClockKind.HANDLE, RULE_SETS.NATIONAL.clocks.HANDLE, at('2026-01-10'), calendar);
    expect(due.dueDay).toBe('2026-03-11');
    expect(due.dueAt.toISOString()).toBe('2026-03-11T15:59:59.999Z');
    expect(due.rule.basis).toMatch(/60日/);
  });

  it('gives a 12345 case 5 working days, crossing a holiday with make-up days', () => {
    const due = computeDeadline(ClockKind.HANDLE, RULE_SETS.HOTLINE_12345.clocks.HANDLE, at('2026-09-30'), calendar);
    // Oct 1-7 off, Thu 8 (1), Fri 9 (2), Sat 10 make-up (3), Mon 12 (4), Tue 13 (5)
    expect(due.dueDay).toBe('2026-10-13');
    expect(due.unpublishedYears).toEqual([]);
  });

  it('falls back to weekends only in a year with no published calendar, and says so', () => {
    const due = computeDeadline(ClockKind.HANDLE, RULE_SETS.HOTLINE_12345.clocks.HANDLE, at('2027-01-28'), calendar);
    expect(due.dueDay).toBe('2027-02-04');
    expect(due.unpublishedYears).toEqual([2027]);
  });

  it('adds approved extension days to the limit', () => {
    const due = computeDeadline(ClockKind.HANDLE, RULE_SETS.NATIONAL.clocks.HANDLE, at('2026-01-10'), calendar, 30);
    expect(due.dueDay).toBe('2026-04-10');
    expect(due.extensionDays).toBe(30);
  });
});

describe('cards and warnings', () => {
  const handle = (extension = 0) => computeDeadline(ClockKind.HANDLE, RULE_SETS.NATIONAL.clocks.HANDLE, at('2026-01-10'), calendar, extension);

  it('is green with no warning early, warns at half and three quarters of the time, red when overdue', () => {
    expect(clockState(handle(), calendar, at('2026-01-20'))).toEqual({ card: Card.GREEN, warning: Warning.NONE, used: 0.167 });
    expect(clockState(handle(), calendar, at('2026-02-09')).warning).toBe(Warning.HALF_USED);
    expect(clockState(handle(), calendar, at('2026-02-24')).warning).toBe(Warning.THREE_QUARTERS_USED);
    expect(clockState(handle(), calendar, new Date('2026-03-11T15:59:59Z')).card).toBe(Card.GREEN);
    expect(clockState(handle(), calendar, new Date('2026-03-11T16:00:01Z'))).toMatchObject({ card: Card.RED, warning: Warning.OVERDUE });
  });

  it('is yellow once extended, and keeps the colour it had when the work stopped', () => {
    expect(clockState(handle(30), calendar, at('2026-03-20')).card).toBe(Card.YELLOW);
    expect(clockState(handle(), calendar, at('2026-06-01'), at('2026-03-01'))).toMatchObject({ card: Card.GREEN, warning: Warning.NONE });
    expect(clockState(handle(), calendar, at('2026-06-01'), at('2026-03-20')).card).toBe(Card.RED);
  });
});

describe('a last day on a rest day (《民法典》第二百零三条)', () => {
  const accept = (start: string, rules = RULE_SETS.NATIONAL) => computeDeadline(ClockKind.ACCEPT, rules.clocks.ACCEPT, at(start), calendar);

  it('moves the national 15 days from 2026-09-16, ending on National Day, to the first working day after it', () => {
    const due = accept('2026-09-16');
    expect([due.movedFrom, due.dueDay, due.dueAt.toISOString()]).toEqual(['2026-10-01', '2026-10-08', '2026-10-08T15:59:59.999Z']);
    expect(due.rule.basis).toMatch(/15日内决定是否受理并告知; 期间最后一日是法定休假日的, 以法定休假日结束的次日为期间的最后一日 \(《民法典》第二百零三条\)$/);
  });

  it('moves an ordinary Sunday to Monday, and keeps a make-up Saturday (调休) and a working day as they are', () => {
    expect(accept('2026-03-07')).toMatchObject({ movedFrom: '2026-03-22', dueDay: '2026-03-23' });
    expect(accept('2026-09-25')).toMatchObject({ movedFrom: undefined, dueDay: '2026-10-10' });
    expect(accept('2026-03-02')).toMatchObject({ movedFrom: undefined, dueDay: '2026-03-17' });
  });

  it('is a property of the rule set: a set without it keeps the last day where it falls', () => {
    const local = defineRuleSet({ ...RULE_SETS.NATIONAL, code: 'LOCAL', lastDayOffMoves: false });
    expect(RULE_SETS.NATIONAL.lastDayOffMoves).toBe(true);
    const due = accept('2026-09-16', local);
    expect([due.movedFrom, due.dueDay]).toEqual([undefined, '2026-10-01']);
    expect(local.clocks.ACCEPT.basis).toBe('《信访工作条例》第二十四条: 15日内决定是否受理并告知');
  });

  it('counts the days up to the moved last day when it grades the clock', () => {
    // 2026-10-05: 19 of the 22 days to 10-08 used, green and warned, not yet overdue
    expect(clockState(accept('2026-09-16'), calendar, at('2026-10-05'))).toEqual({ card: Card.GREEN, warning: Warning.THREE_QUARTERS_USED, used: 0.864 });
    expect(clockState(accept('2026-09-16'), calendar, at('2026-10-09')).card).toBe(Card.RED);
  });

  it('says when the last day falls in a year whose official calendar is not published', () => {
    expect(accept('2026-12-20')).toMatchObject({ dueDay: '2027-01-04', unpublishedYears: [2027] });
  });
});
