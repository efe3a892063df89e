/**
 * The scheduling model of joint-meeting sessions (排会): what is placed (sessions), where (rooms), when (grains of
 * office hours on working days), around what (busy times, published sessions), and how a placement is scored.
 * Pure TypeScript, no database and no clock: the meetings service builds a `ScheduleInput`, the engine answers.
 */

/** A calendar day, YYYY-MM-DD, China time. */
export type Day = string;

/** Weights of the soft constraints (软约束), which the secretariat can change. 0 switches one off. */
export interface Weights {
  /** per preferred attendee (希望出席) who is busy during the session */
  preferredAttendees: number;
  /** per working day from the start of the horizon (sooner rather than later, 尽早召开) */
  sooner: number;
  /** per extra session a unit has in the same half-day (同一单位半天内不连续参会) */
  unitSameHalfDay: number;
  /** per pair of back-to-back sessions in one room (同一会议室两场会之间留出间隔) */
  roomBreak: number;
  /** per session not in the room the current plan gives it (会议室稳定) */
  stableRooms: number;
  /** per active room larger than the one chosen (优先使用大会议室) */
  largerRooms: number;
  /** per ten empty seats (座位浪费) */
  seatWaste: number;
  /** per session moved from its current time when re-planning (尽量少改动) */
  moves: number;
}

export const DEFAULT_WEIGHTS: Weights = {
  preferredAttendees: 10,
  sooner: 1,
  unitSameHalfDay: 5,
  roomBreak: 3,
  stableRooms: 5,
  largerRooms: 1,
  seatWaste: 0,
  moves: 20,
};

export interface OfficeHours {
  /** HH:MM, China time */
  start: string;
  end: string;
}

export const DEFAULT_OFFICE_HOURS: OfficeHours[] = [
  { start: '08:30', end: '12:00' },
  { start: '14:30', end: '17:30' },
];

export interface RoomInput {
  id: string;
  name: string;
  seats: number;
}

/** A session to place (or already placed and kept). */
export interface SessionInput {
  id: string;
  title: string;
  durationMinutes: number;
  /** units that must attend (each sends `personsPerUnit` people) */
  units: string[];
  /** people (leaders) who must attend */
  people: string[];
  /** people whose presence is wished for (soft) */
  preferredPeople?: string[];
  /** the last day the session may be held (an agenda case's handling deadline minus the margin) */
  latestDay?: Day;
  /** why, in the users' words, e.g. "XF2026-000123办理期限12月20日，提前2天" */
  latestBecause?: string;
  /** the secretariat pinned the start (ISO instant) */
  pinnedStart?: string;
  /** the secretariat pinned the room */
  pinnedRoomId?: string;
  /** published (SCHEDULED/HELD): time and room are kept as they are */
  fixed?: boolean;
  /** fixed sessions: their actual end (ISO), as published */
  fixedEnd?: string;
  /** where the current plan has it (re-planning moves as few as possible) */
  current?: { startsAt: string; roomId?: string };
}

/** 忙碌时间: a person or a unit is not available, every week or once. */
export interface BusyInput {
  resourceId: string;
  reason: string;
  /** every week: ISO weekday 1 (Monday) .. 7, HH:MM-HH:MM China time */
  weekly?: { weekday: number; start: string; end: string };
  /** once: [startsAt, endsAt) as ISO instants */
  startsAt?: string;
  endsAt?: string;
}

export interface ScheduleInput {
  /** first and last day of the horizon, inclusive */
  from: Day;
  to: Day;
  /** the official working-day calendar (调休 make-up days count, holidays do not) */
  isWorkingDay: (day: Day) => boolean;
  officeHours: OfficeHours[];
  grainMinutes: number;
  rooms: RoomInput[];
  sessions: SessionInput[];
  busy: BusyInput[];
  personsPerUnit: number;
  /** people who attend every session (the convenor, ...) */
  standingAttendees: string[];
  weights: Weights;
  /** display names of people, units (and rooms) for reasons */
  names?: Record<string, string>;
}

export interface Grain {
  day: Day;
  /** working day number from the start of the horizon */
  dayIndex: number;
  /** half-day (office-hours block) number from the start of the horizon */
  block: number;
  /** minutes after midnight, China time */
  minute: number;
  /** the instant it starts, ms */
  at: number;
}

/** One place a session can take: a start grain, a length in grains and a room (-1: none). */
export interface Value {
  t: number;
  len: number;
  r: number;
  /** unary hard groups (by index) this value violates */
  violates: number[];
  /** weighted unary soft penalty */
  soft: number;
  /** its part for holding the session later (sooner rather than later) */
  sooner: number;
}

export type GroupKind = 'deadline' | 'capacity' | 'pinned' | 'fixed' | 'busy' | 'attend' | 'room';

/** A group of hard constraints, relaxed together when explaining a conflict. */
export interface Group {
  kind: GroupKind;
  /** session id, resource id or room id */
  subject: string;
}

export interface Model {
  input: ScheduleInput;
  grains: Grain[];
  /** per office-hours block: its first grain */
  blockStart: number[];
  rooms: RoomInput[];
  resources: string[];
  resourceIndex: Map<string, number>;
  sessions: SessionModel[];
  groups: Group[];
  groupIndex: Map<string, number>;
  /** per resource: busy grain -> index into input.busy */
  busyAt: Map<number, number>[];
}

export interface SessionModel {
  input: SessionInput;
  /** required resources (units, people, standing attendees), by index */
  required: number[];
  units: number[];
  size: number;
  len: number;
  /** every placement considered, with the unary groups it violates */
  values: Value[];
  /** placements that violate no unary hard constraint */
  strict: number[];
  /** what local search moves among: strict ones, or the least bad when there are none */
  search: number[];
  /** index of the value at (t, r): t * R + (r + 1) */
  lookup: Map<number, number>;
  /** the current plan's value, if any */
  current?: number;
}

export const groupKey = (g: Group): string => `${g.kind}:${g.subject}`;

export function minuteOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h! * 60 + m!;
}

export function hhmm(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

export function instantOf(day: Day, minute: number): number {
  return Date.parse(`${day}T${hhmm(minute)}:00+08:00`);
}

function addDay(day: Day, n: number): Day {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

/** ISO weekday (1 Monday .. 7 Sunday) of a day. */
export function weekdayOf(day: Day): number {
  return new Date(`${day}T00:00:00Z`).getUTCDay() || 7;
}

/** The CST day of an instant. */
export function cstDay(ms: number): Day {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
}

/** The grains of the horizon: office hours of working days, cut into `grainMinutes`. */
export function buildGrains(input: Pick<ScheduleInput, 'from' | 'to' | 'isWorkingDay' | 'officeHours' | 'grainMinutes'>): { grains: Grain[]; blockStart: number[] } {
  const grains: Grain[] = [];
  const blockStart: number[] = [];
  let dayIndex = 0;
  let block = 0;
  for (let day = input.from; day <= input.to; day = addDay(day, 1)) {
    if (!input.isWorkingDay(day)) continue;
    for (const hours of input.officeHours) {
      const start = minuteOf(hours.start);
      const end = minuteOf(hours.end);
      if (end - start < input.grainMinutes) continue;
      blockStart.push(grains.length);
      for (let minute = start; minute + input.grainMinutes <= end; minute += input.grainMinutes) {
        grains.push({ day, dayIndex, block, minute, at: instantOf(day, minute) });
      }
      block += 1;
    }
    dayIndex += 1;
  }
  return { grains, blockStart };
}

/** Builds the model: grains, resources, busy grains, and every session's placements with what they violate. */
export function buildModel(input: ScheduleInput): Model {
  const { grains, blockStart } = buildGrains(input);
  const grainMs = input.grainMinutes * 60_000;
  const rooms = input.rooms;
  const R = rooms.length;
  const resources: string[] = [];
  const resourceIndex = new Map<string, number>();
  const resource = (id: string): number => {
    let index = resourceIndex.get(id);
    if (index === undefined) {
      index = resources.length;
      resources.push(id);
      resourceIndex.set(id, index);
    }
    return index;
  };
  const groups: Group[] = [];
  const groupIndex = new Map<string, number>();
  const group = (kind: GroupKind, subject: string): number => {
    const key = `${kind}:${subject}`;
    let index = groupIndex.get(key);
    if (index === undefined) {
      index = groups.length;
      groups.push({ kind, subject });
      groupIndex.set(key, index);
    }
    return index;
  };
  for (const room of rooms) group('room', room.id);

  const sessionsBase = input.sessions.map((s) => {
    const units = [...new Set(s.units)].map(resource);
    const people = [...new Set([...s.people, ...input.standingAttendees])].filter((p) => !s.units.includes(p)).map(resource);
    return { s, units, people };
  });
  for (const b of input.busy) resource(b.resourceId);
  const busyAt: Map<number, number>[] = resources.map(() => new Map());
  input.busy.forEach((busy, index) => {
    const map = busyAt[resourceIndex.get(busy.resourceId)!]!;
    grains.forEach((grain, g) => {
      let from: number;
      let to: number;
      if (busy.weekly) {
        if (weekdayOf(grain.day) !== busy.weekly.weekday) return;
        from = instantOf(grain.day, minuteOf(busy.weekly.start));
        to = instantOf(grain.day, minuteOf(busy.weekly.end));
      } else {
        from = Date.parse(busy.startsAt!);
        to = Date.parse(busy.endsAt!);
      }
      if (grain.at < to && grain.at + grainMs > from && !map.has(g)) map.set(g, index);
    });
  });

  const largerThan = rooms.map((room) => rooms.filter((o) => o.seats > room.seats).length);
  const w = input.weights;
  const roomIndex = new Map(rooms.map((r, i) => [r.id, i]));
  const grainAt = new Map(grains.map((g, i) => [g.at, i]));
  /** the grain an instant falls in (rounded down), or -1 outside office hours */
  const grainOf = (ms: number): number => {
    const exact = grainAt.get(ms);
    if (exact !== undefined) return exact;
    for (let i = grains.length - 1; i >= 0; i--) if (grains[i]!.at <= ms && ms < grains[i]!.at + grainMs) return i;
    return -1;
  };

  const sessions: SessionModel[] = sessionsBase.map(({ s, units, people }) => {
    const required = [...units, ...people];
    const size = units.length * input.personsPerUnit + people.length;
    const len = Math.max(1, Math.ceil(s.durationMinutes / input.grainMinutes));
    const deadlineGroup = s.latestDay ? group('deadline', s.id) : -1;
    const capacityGroup = group('capacity', s.id);
    const pinGroup = s.fixed ? group('fixed', s.id) : s.pinnedStart || s.pinnedRoomId ? group('pinned', s.id) : -1;
    const preferred = (s.preferredPeople ?? []).filter((p) => resourceIndex.has(p)).map((p) => resourceIndex.get(p)!);
    const pinnedT = s.pinnedStart ? grainOf(Date.parse(s.pinnedStart)) : -2;
    const pinnedR = s.pinnedRoomId ? (roomIndex.get(s.pinnedRoomId) ?? -2) : -2;
    const currentT = s.current ? grainOf(Date.parse(s.current.startsAt)) : -2;
    const currentR = s.current?.roomId ? (roomIndex.get(s.current.roomId) ?? -2) : -2;
    const values: Value[] = [];
    const lookup = new Map<number, number>();
    const evaluate = (t: number, vlen: number, r: number): Value => {
      const violates: number[] = [];
      const first = grains[t]!;
      if (s.latestDay && first.day > s.latestDay) violates.push(deadlineGroup);
      if (r >= 0 && rooms[r]!.seats < size) violates.push(capacityGroup);
      if (r < 0 && !s.fixed) violates.push(capacityGroup);
      if (pinGroup >= 0) {
        const fixedT = s.fixed ? fixedStart : pinnedT;
        const fixedR = s.fixed ? fixedRoom : pinnedR;
        if ((fixedT !== -2 && t !== fixedT) || (fixedR !== -2 && r !== fixedR)) violates.push(pinGroup);
      }
      const busyResources = new Set<number>();
      for (let g = t; g < t + vlen; g++) for (const p of required) if (busyAt[p]!.has(g)) busyResources.add(p);
      for (const p of busyResources) violates.push(group('busy', resources[p]!));
      // by working day from the start of the horizon; within a day the solve moves sessions as early as
      // costs allow (compact), so the objective keeps few distinct values, which HiGHS prunes far better
      const sooner = w.sooner * first.dayIndex;
      let soft = sooner;
      let preferredBusy = 0;
      for (const p of preferred) {
        for (let g = t; g < t + vlen; g++) {
          if (busyAt[p]!.has(g)) {
            preferredBusy += 1;
            break;
          }
        }
      }
      soft += w.preferredAttendees * preferredBusy;
      if (r >= 0) {
        soft += w.largerRooms * largerThan[r]!;
        soft += w.seatWaste * Math.floor(Math.max(0, rooms[r]!.seats - size) / 10);
        if (currentR >= 0 && r !== currentR) soft += w.stableRooms;
      }
      if (currentT >= 0 && t !== currentT) soft += w.moves;
      return { t, len: vlen, r, violates, soft, sooner };
    };
    // a published session is where it is, even off the grid
    let fixedStart = -2;
    let fixedRoom = -2;
    let fixedLen = len;
    if (s.fixed && s.pinnedStart) {
      const start = Date.parse(s.pinnedStart);
      const end = s.fixedEnd ? Date.parse(s.fixedEnd) : start + s.durationMinutes * 60_000;
      const covered = grains.map((g, i) => [g, i] as const).filter(([g]) => g.at < end && g.at + grainMs > start);
      if (covered.length > 0) {
        fixedStart = covered[0]![1];
        fixedLen = covered[covered.length - 1]![1] - fixedStart + 1;
      }
      fixedRoom = s.pinnedRoomId ? (roomIndex.get(s.pinnedRoomId) ?? -1) : -1;
      if (fixedStart >= 0) {
        const value = evaluate(fixedStart, fixedLen, fixedRoom);
        lookup.set(fixedStart * (R + 1) + fixedRoom + 1, values.length);
        values.push(value);
      }
    }
    if (!s.fixed || fixedStart >= 0) {
      for (let t = 0; t + len <= grains.length; t++) {
        if (grains[t + len - 1]!.block !== grains[t]!.block) continue;
        for (let r = 0; r < R; r++) {
          const key = t * (R + 1) + r + 1;
          if (lookup.has(key)) continue;
          lookup.set(key, values.length);
          values.push(evaluate(t, len, r));
        }
      }
    }
    const strict = values.map((v, i) => (v.violates.length === 0 ? i : -1)).filter((i) => i >= 0);
    let search = strict;
    if (strict.length === 0 && values.length > 0) {
      // nothing satisfies every unary constraint: keep what is pinned, and let the search find the least bad
      const kept = pinGroup >= 0 ? values.map((v, i) => (v.violates.includes(pinGroup) ? -1 : i)).filter((i) => i >= 0) : [];
      search = kept.length > 0 ? kept : values.map((_, i) => i);
    }
    const current = currentT >= 0 ? lookup.get(currentT * (R + 1) + (currentR >= 0 ? currentR : 0) + 1) : undefined;
    return { input: s, required, units, size, len, values, strict, search, lookup, current };
  });
  // every resource that two sessions share must not be double-booked
  const users = new Map<number, number>();
  for (const session of sessions) for (const p of session.required) users.set(p, (users.get(p) ?? 0) + 1);
  for (const [p, count] of users) if (count > 1) group('attend', resources[p]!);
  return { input, grains, blockStart, rooms, resources, resourceIndex, sessions, groups, groupIndex, busyAt };
}
