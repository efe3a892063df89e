import { officialCalendar } from '@lianban/kit';
import { describe, expect, it } from 'vitest';
import { Cadence } from '../types/screening.enums';
import { cycleByKey, cycleLabel, cycleOf, cyclesDueBetween, lastCycleDue } from './cycles';

const calendar = officialCalendar();

describe('screening cycles', () => {
  it('are ISO weeks (Monday to Sunday) and calendar months', () => {
    expect(cycleOf(Cadence.WEEKLY, '2026-11-23', calendar)).toEqual({ key: '2026-W48', cadence: Cadence.WEEKLY, startsOn: '2026-11-23', endsOn: '2026-11-29', dueOn: '2026-11-27' });
    expect(cycleOf(Cadence.WEEKLY, '2026-11-29', calendar).key).toBe('2026-W48');
    expect(cycleOf(Cadence.MONTHLY, '2026-02-10', calendar)).toEqual({ key: '2026-02', cadence: Cadence.MONTHLY, startsOn: '2026-02-01', endsOn: '2026-02-28', dueOn: '2026-02-28' });
    // the ISO week-year: 2027-01-01 (a Friday) is in the 53rd week of 2026
    expect(cycleOf(Cadence.WEEKLY, '2027-01-01', calendar).key).toBe('2026-W53');
    expect(cycleOf(Cadence.WEEKLY, '2025-12-29', calendar).key).toBe('2026-W01');
  });

  it('fall due on their last working day under the official calendar', () => {
    // National Day: the week of 28 September works Monday to Wednesday only
    expect(cycleByKey('2026-W40', calendar).dueOn).toBe('2026-09-30');
    // the week after it ends with a make-up working Saturday (调休)
    expect(cycleByKey('2026-W41', calendar).dueOn).toBe('2026-10-10');
    // Spring Festival fills a whole week: due on the first working day after it
    expect(cycleByKey('2026-W08', calendar)).toMatchObject({ startsOn: '2026-02-16', endsOn: '2026-02-22', dueOn: '2026-02-24' });
    // a month whose last day is a Saturday is due on the Friday
    expect(cycleByKey('2026-10', calendar).dueOn).toBe('2026-10-30');
  });

  it('read keys back and refuse keys naming no cycle', () => {
    expect(cycleByKey('2026-W53', calendar).startsOn).toBe('2026-12-28');
    for (const bad of ['2025-W53', '2026-W00', '2026-13', '2026-11-01', 'W48']) {
      expect(() => cycleByKey(bad, calendar, 'input.cycle')).toThrow(/input\.cycle must name a week/);
    }
  });

  it('list the cycles that fell due in a range', () => {
    const due = cyclesDueBetween(Cadence.WEEKLY, new Date('2026-11-01T00:00:00+08:00'), new Date('2026-12-01T00:00:00+08:00'), calendar);
    expect(due.map((c) => c.key)).toEqual(['2026-W45', '2026-W46', '2026-W47', '2026-W48']);
    const months = cyclesDueBetween(Cadence.MONTHLY, new Date('2026-01-01T00:00:00+08:00'), new Date('2026-04-01T00:00:00+08:00'), calendar);
    expect(months.map((c) => c.key)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('name the last cycle that fell due: the one a missing-report notice is about', () => {
    // W48 falls due at the end of Friday 27 November: until then the last one due is W47
    expect(lastCycleDue(Cadence.WEEKLY, new Date('2026-11-27T23:59:00+08:00'), calendar).key).toBe('2026-W47');
    expect(lastCycleDue(Cadence.WEEKLY, new Date('2026-11-28T00:00:00+08:00'), calendar).key).toBe('2026-W48');
    // Spring Festival's week falls due on the Tuesday after it
    expect(lastCycleDue(Cadence.WEEKLY, new Date('2026-02-24T12:00:00+08:00'), calendar).key).toBe('2026-W07');
    expect(lastCycleDue(Cadence.WEEKLY, new Date('2026-02-25T00:00:00+08:00'), calendar).key).toBe('2026-W08');
    expect(lastCycleDue(Cadence.MONTHLY, new Date('2026-11-24T00:00:00+08:00'), calendar).key).toBe('2026-10');
    expect(cycleLabel(cycleByKey('2026-W08', calendar))).toBe('2026年第8周');
    expect(cycleLabel(cycleByKey('2026-03', calendar))).toBe('2026年3月');
  });
});
