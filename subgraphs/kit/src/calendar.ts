import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

const calendarFile = z.object({
  years: z.record(
    z.string().regex(/^\d{4}$/),
    z.object({
      source: z.string().min(1),
      holidays: z.array(z.string().regex(DATE)),
      workdays: z.array(z.string().regex(DATE)),
    }),
  ),
});

/** A calendar day, YYYY-MM-DD, in China Standard Time. */
export type Day = string;

/** The CST calendar day an instant falls on. */
export function dayOf(instant: Date): Day {
  return new Date(instant.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The end of a CST calendar day (23:59:59.999 CST), as an instant: deadlines fall due then. */
export function endOfDay(day: Day): Date {
  return new Date(Date.parse(`${day}T00:00:00+08:00`) + 86_400_000 - 1);
}

export function addDays(day: Day, n: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

function isWeekend(day: Day): boolean {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return weekday === 0 || weekday === 6;
}

/**
 * Working days under the official Chinese calendar: weekends and public holidays are off, except the
 * weekend days the State Council declares make-up working days (调休). A year without a published
 * calendar falls back to weekends only, and says so.
 */
export class WorkCalendar {
  private readonly holidays: Set<Day>;
  private readonly workdays: Set<Day>;
  private readonly sources: Map<number, string>;

  constructor(years: Record<string, { source: string; holidays: Day[]; workdays: Day[] }>) {
    this.holidays = new Set(Object.values(years).flatMap((y) => y.holidays));
    this.workdays = new Set(Object.values(years).flatMap((y) => y.workdays));
    this.sources = new Map(Object.entries(years).map(([year, y]) => [Number(year), y.source]));
  }

  /** Reads a calendar file (see the kit's data/official-calendar.json), refusing a malformed one. */
  static fromFile(path: string): WorkCalendar {
    const parsed = calendarFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      throw new Error(`The calendar file ${path} is malformed: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    return new WorkCalendar(parsed.data.years);
  }

  /** Whether the official calendar of `year` is known (else working days there are weekdays only). */
  isPublished(year: number): boolean {
    return this.sources.has(year);
  }

  isWorkingDay(day: Day): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    return !isWeekend(day);
  }

  /** `day` itself when it is a working day, else the first working day after it. */
  nextWorkingDayFrom(day: Day): Day {
    let current = day;
    while (!this.isWorkingDay(current)) current = addDays(current, 1);
    return current;
  }

  /** The `n`th working day after `day` (counting starts the next day, as the regulations do). */
  addWorkingDays(day: Day, n: number): Day {
    let current = day;
    for (let counted = 0; counted < n; ) {
      current = addDays(current, 1);
      if (this.isWorkingDay(current)) counted += 1;
    }
    return current;
  }

  /** Working days from the day after `from` up to and including `to` (0 when `to` is not after `from`). */
  workingDaysBetween(from: Day, to: Day): number {
    let count = 0;
    for (let current = addDays(from, 1); current <= to; current = addDays(current, 1)) {
      if (this.isWorkingDay(current)) count += 1;
    }
    return count;
  }

  /** The years between two days whose calendar is not published (the count fell back to weekends only). */
  unpublishedYears(from: Day, to: Day): number[] {
    const years: number[] = [];
    for (let year = Number(from.slice(0, 4)); year <= Number(to.slice(0, 4)); year++) {
      if (!this.isPublished(year)) years.push(year);
    }
    return years;
  }
}

const OFFICIAL_CALENDAR_FILE = fileURLToPath(new URL('../data/official-calendar.json', import.meta.url));
let shippedCalendar: WorkCalendar | undefined;

/**
 * The official calendar shipped with the kit (data/official-calendar.json: public holidays and 调休
 * make-up working days per year), read once. Case clocks, meeting plans and assessment periods all use it.
 */
export function officialCalendar(): WorkCalendar {
  shippedCalendar ??= WorkCalendar.fromFile(OFFICIAL_CALENDAR_FILE);
  return shippedCalendar;
}
