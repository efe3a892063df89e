import { type Day, type WorkCalendar, ValidationError, addDays, endOfDay } from '@lianban/kit';
import { Cadence } from '../types/screening.enums';

/**
 * A screening cycle (排查周期): a China-time week (Monday to Sunday, ISO weeks: `2026-W48`) or calendar
 * month (`2026-11`). Its report falls due at the end of its last working day under the official calendar
 * (a week whose last days are a holiday is due on its last working day before it).
 */
export interface Cycle {
  key: string;
  cadence: Cadence;
  startsOn: Day;
  endsOn: Day;
  /** The last working day of the cycle: the report is due by its end (23:59:59.999 China time). */
  dueOn: Day;
}

const WEEK_KEY = /^(\d{4})-W(\d{2})$/;
const MONTH_KEY = /^(\d{4})-(\d{2})$/;

function weekday(day: Day): number {
  // 1 = Monday … 7 = Sunday
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

function lastWorkingDay(startsOn: Day, endsOn: Day, calendar: WorkCalendar): Day {
  for (let day = endsOn; day >= startsOn; day = addDays(day, -1)) if (calendar.isWorkingDay(day)) return day;
  // a cycle of rest days only (never a month; a week only in theory): due on the next working day
  return calendar.nextWorkingDayFrom(addDays(endsOn, 1));
}

function make(cadence: Cadence, key: string, startsOn: Day, endsOn: Day, calendar: WorkCalendar): Cycle {
  return { key, cadence, startsOn, endsOn, dueOn: lastWorkingDay(startsOn, endsOn, calendar) };
}

/** The cycle of `cadence` that a China-time day falls in. */
export function cycleOf(cadence: Cadence, day: Day, calendar: WorkCalendar): Cycle {
  if (cadence === Cadence.MONTHLY) {
    const startsOn = `${day.slice(0, 7)}-01`;
    const next = new Date(`${startsOn}T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    return make(cadence, day.slice(0, 7), startsOn, addDays(next.toISOString().slice(0, 10), -1), calendar);
  }
  const startsOn = addDays(day, 1 - weekday(day));
  // the ISO week-year is the year of the week's Thursday
  const thursday = addDays(startsOn, 3);
  const year = Number(thursday.slice(0, 4));
  const firstThursday = addDays(`${year}-01-04`, 4 - weekday(`${year}-01-04`));
  const week = Math.round((Date.parse(thursday) - Date.parse(firstThursday)) / (7 * 86_400_000)) + 1;
  return make(cadence, `${year}-W${String(week).padStart(2, '0')}`, startsOn, addDays(startsOn, 6), calendar);
}

/** The cycle a key names (`2026-W48`, `2026-11`); BAD_USER_INPUT naming `field` for anything else. */
export function cycleByKey(key: string, calendar: WorkCalendar, field = 'cycle'): Cycle {
  const week = WEEK_KEY.exec(key);
  if (week) {
    const [year, number] = [Number(week[1]), Number(week[2])];
    const jan4 = `${year}-01-04`;
    const startsOn = addDays(addDays(jan4, 1 - weekday(jan4)), (number - 1) * 7);
    const cycle = cycleOf(Cadence.WEEKLY, startsOn, calendar);
    if (number >= 1 && cycle.key === key) return cycle;
  }
  const month = MONTH_KEY.exec(key);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return cycleOf(Cadence.MONTHLY, `${key}-01`, calendar);
  throw new ValidationError(`${field} must name a week such as 2026-W48 or a month such as 2026-11, got "${key}"`, field);
}

/** When a cycle's report falls due, as an instant. */
export function dueAt(cycle: Cycle): Date {
  return endOfDay(cycle.dueOn);
}

/** Every cycle of `cadence` whose report fell due in [from, to): the cycles a unit owed then. */
export function cyclesDueBetween(cadence: Cadence, from: Date, to: Date, calendar: WorkCalendar): Cycle[] {
  const cycles: Cycle[] = [];
  // a cycle falls due at its end at the latest, so cycles starting up to one cycle before `from` may count
  let day = addDays(new Date(from.getTime() + 8 * 3_600_000).toISOString().slice(0, 10), cadence === Cadence.MONTHLY ? -31 : -7);
  const lastDay = new Date(to.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  while (day <= lastDay) {
    const cycle = cycleOf(cadence, day, calendar);
    const due = dueAt(cycle).getTime();
    if (due >= from.getTime() && due < to.getTime()) cycles.push(cycle);
    day = addDays(cycle.endsOn, 1);
  }
  return cycles;
}

/**
 * The last cycle of `cadence` whose report fell due before `now`: the one cycle a missing-report notice
 * may be about (older ones stay on `missingScreeningReports` for the bureau).
 */
export function lastCycleDue(cadence: Cadence, now: Date, calendar: WorkCalendar): Cycle {
  // two cycles back always holds a due time, even when holidays move one
  const cycles = cyclesDueBetween(cadence, new Date(now.getTime() - (cadence === Cadence.MONTHLY ? 62 : 14) * 86_400_000), now, calendar);
  return cycles[cycles.length - 1] as Cycle;
}

/** How a cycle is named to people: 2026年第48周, 2026年11月. */
export function cycleLabel(cycle: Cycle): string {
  const week = WEEK_KEY.exec(cycle.key);
  if (week) return `${week[1]}年第${Number(week[2])}周`;
  return `${cycle.key.slice(0, 4)}年${Number(cycle.key.slice(5, 7))}月`;
}
