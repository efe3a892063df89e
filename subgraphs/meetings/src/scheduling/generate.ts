import { random } from './heuristic';
import { DEFAULT_WEIGHTS, type BusyInput, type Day, type ScheduleInput, type SessionInput } from './model';

export interface GenerateOptions {
  from: Day;
  to: Day;
  sessions: number;
  units: number;
  leaders: number;
  rooms: number[];
  isWorkingDay: (day: Day) => boolean;
  seed?: number;
}

const pick = <T>(rand: () => number, list: T[], n: number): T[] => {
  const copy = [...list];
  const out: T[] = [];
  while (out.length < n && copy.length > 0) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
  return out;
};

/**
 * A district-like instance: sessions of 1-2 hours with 2-5 units and a leader each, a convenor at every
 * session, leaders with a weekly standing meeting and a few one-off engagements, deadlines on a third of
 * the sessions. Seeded: the same options give the same instance.
 */
export function generateDistrictInstance(options: GenerateOptions): ScheduleInput {
  const rand = random(options.seed ?? 7);
  const units = Array.from({ length: options.units }, (_, i) => `unit-${i + 1}`);
  const leaders = Array.from({ length: options.leaders }, (_, i) => `leader-${i + 1}`);
  const days: Day[] = [];
  for (let d = new Date(`${options.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= options.to; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    if (options.isWorkingDay(day)) days.push(day);
  }
  const busy: BusyInput[] = leaders.flatMap((leader, i) => [
    { resourceId: leader, reason: '区委常委会', weekly: { weekday: 1, start: '08:30', end: '12:00' } },
    { resourceId: leader, reason: '分管领域例会', weekly: { weekday: 2 + (i % 4), start: '14:30', end: '17:30' } },
    ...Array.from({ length: Math.ceil(days.length / 10) }, () => {
      const day = days[Math.floor(rand() * days.length)]!;
      const morning = rand() < 0.5;
      return {
        resourceId: leader,
        reason: '下乡调研',
        startsAt: `${day}T${morning ? '08:30' : '14:30'}:00+08:00`,
        endsAt: `${day}T${morning ? '12:00' : '17:30'}:00+08:00`,
      };
    }),
  ]);
  const sessions: SessionInput[] = Array.from({ length: options.sessions }, (_, i) => {
    const people = pick(rand, leaders, 1);
    const deadline = rand() < 0.33 ? days[Math.min(days.length - 1, 5 + Math.floor(rand() * (days.length - 5)))] : undefined;
    return {
      id: `session-${i + 1}`,
      title: `第${i + 1}场`,
      durationMinutes: rand() < 0.5 ? 60 : 120,
      units: pick(rand, units, 2 + Math.floor(rand() * 4)),
      people,
      preferredPeople: rand() < 0.5 ? pick(rand, leaders.filter((l) => !people.includes(l)), 1) : [],
      latestDay: deadline,
      latestBecause: deadline ? `案件办理期限前` : undefined,
    };
  });
  return {
    from: options.from,
    to: options.to,
    isWorkingDay: options.isWorkingDay,
    officeHours: [
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
    grainMinutes: 30,
    rooms: options.rooms.map((seats, i) => ({ id: `room-${i + 1}`, name: `第${i + 1}会议室`, seats })),
    sessions,
    busy,
    personsPerUnit: 2,
    standingAttendees: [],
    weights: { ...DEFAULT_WEIGHTS },
  };
}

/**
 * After Timefold's meeting-scheduling example: 24 meetings of 30 minutes to 2 hours, 20 people (each meeting
 * with required and preferred attendees), rooms of 30, 20 and 16 seats, 4 days of 40 fifteen-minute grains.
 */
export function generateTimefoldStyleInstance(seed = 11): ScheduleInput {
  const rand = random(seed);
  const people = Array.from({ length: 20 }, (_, i) => `person-${i + 1}`);
  const sessions: SessionInput[] = Array.from({ length: 24 }, (_, i) => {
    const required = pick(rand, people, 2 + Math.floor(rand() * 4));
    return {
      id: `meeting-${i + 1}`,
      title: `Meeting ${i + 1}`,
      durationMinutes: 30 + 15 * Math.floor(rand() * 7),
      units: [],
      people: required,
      preferredPeople: pick(rand, people.filter((p) => !required.includes(p)), 1 + Math.floor(rand() * 3)),
    };
  });
  const busy: BusyInput[] = pick(rand, people, 6).map((person, i) => ({
    resourceId: person,
    reason: 'other commitment',
    startsAt: `2027-03-0${1 + (i % 4)}T${i % 2 ? '13' : '09'}:00:00+08:00`,
    endsAt: `2027-03-0${1 + (i % 4)}T${i % 2 ? '15' : '11'}:00:00+08:00`,
  }));
  return {
    from: '2027-03-01',
    to: '2027-03-04',
    isWorkingDay: () => true,
    officeHours: [{ start: '08:00', end: '18:00' }],
    grainMinutes: 15,
    rooms: [
      { id: 'room-a', name: 'Room A', seats: 30 },
      { id: 'room-b', name: 'Room B', seats: 20 },
      { id: 'room-c', name: 'Room C', seats: 16 },
    ],
    sessions,
    busy,
    personsPerUnit: 0,
    standingAttendees: [],
    weights: { ...DEFAULT_WEIGHTS },
  };
}
