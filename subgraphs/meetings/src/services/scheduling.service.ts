import { randomUUID } from 'node:crypto';
import { ConflictError, NotFoundError, ValidationError, type WorkCalendar, addDays, checkId, checkText, dayOf } from '@lianban/kit';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AgendaItemCase } from '../entities/agenda-item.entity';
import { BusySubject, BusyTime } from '../entities/busy-time.entity';
import { MeetingPlan, type StoredPlannedSession } from '../entities/meeting-plan.entity';
import { Meeting } from '../entities/meeting.entity';
import { Room } from '../entities/room.entity';
import { DEFAULT_SETTINGS, SchedulingSettings } from '../entities/scheduling-settings.entity';
import { monthDay } from '../scheduling/explain';
import { DEFAULT_WEIGHTS, type BusyInput, type OfficeHours, type ScheduleInput, type SessionInput, type Weights, hhmm, minuteOf } from '../scheduling/model';
import type { SchedulePlan, SolveOptions } from '../scheduling/solve';
import { MeetingStatus } from '../types/meeting.enums';
import type { CaseParticipants, CaseParticipantsRow } from './case-participants';
import type { DirectoryNames } from './directory-names';

/** What the scheduler needs beyond the database: the cases and departments subgraphs, the solver, the calendar. */
export interface SchedulingDeps {
  participants: CaseParticipants;
  names: DirectoryNames;
  /** runs the engine off the event loop (a worker thread) */
  solve: (input: ScheduleInput, options?: SolveOptions) => Promise<SchedulePlan>;
  calendar: WorkCalendar;
  forwarded: Record<string, string>;
}

export interface RoomChange {
  name?: string | null;
  seats?: number | null;
  active?: boolean | null;
}

export interface BusyTimeChange {
  subjectKind: BusySubject;
  subjectId: string;
  reason: string;
  weekday?: number | null;
  startTime?: string | null;
  endTime?: string | null;
  startsAt?: Date | null;
  endsAt?: Date | null;
}

export interface SettingsChange {
  officeHours?: OfficeHours[] | null;
  grainMinutes?: number | null;
  defaultDurationMinutes?: number | null;
  deadlineMarginDays?: number | null;
  personsPerUnit?: number | null;
  weights?: Partial<Weights> | null;
  standingAttendees?: string[] | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
/** the longest horizon a plan covers (a quarter and a little) */
const MAX_HORIZON_DAYS = 100;

function checkDay(value: string, field: string): string {
  if (!DAY.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) {
    throw new ValidationError(`${field} must be a day written YYYY-MM-DD, got "${value}"`, field);
  }
  return value;
}

function checkInteger(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) throw new ValidationError(`${field} must be a whole number from ${min} to ${max}, got ${value}`, field);
  return value;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The scheduling settings, rooms, busy times and plans of the joint-meeting secretariat (联席办排会). */
export class SchedulingService {
  constructor(
    private readonly em: EntityManager,
    private readonly deps: SchedulingDeps,
  ) {}

  // ---------- rooms ----------

  async createRoom(input: { name: string; seats: number }): Promise<Room> {
    const name = checkText(input.name, 'input.name', 100);
    checkInteger(input.seats, 'input.seats', 1, 2000);
    if (await this.em.findOne(Room, { name })) throw new ValidationError(`A room named ${name} already exists`, 'input.name');
    const room = this.em.create(Room, { id: randomUUID(), name, seats: input.seats, active: true });
    await this.em.flush();
    return room;
  }

  async updateRoom(id: string, input: RoomChange): Promise<Room> {
    const room = await this.em.findOne(Room, { id: checkId(id, 'id') });
    if (!room) throw new NotFoundError('Room', id);
    if (input.name != null) {
      const name = checkText(input.name, 'input.name', 100);
      const other = await this.em.findOne(Room, { name, id: { $ne: room.id } });
      if (other) throw new ValidationError(`A room named ${name} already exists`, 'input.name');
      room.name = name;
    }
    if (input.seats != null) room.seats = checkInteger(input.seats, 'input.seats', 1, 2000);
    if (input.active != null) room.active = input.active;
    await this.em.flush();
    return room;
  }

  listRooms(includeInactive: boolean): Promise<Room[]> {
    return this.em.find(Room, includeInactive ? {} : { active: true }, { orderBy: { seats: 'desc', name: 'asc' } });
  }

  // ---------- busy times ----------

  async createBusyTime(input: BusyTimeChange): Promise<BusyTime> {
    const subjectId = checkId(input.subjectId, 'input.subjectId');
    const reason = checkText(input.reason, 'input.reason', 100);
    const weekly = input.weekday != null || input.startTime != null || input.endTime != null;
    const once = input.startsAt != null || input.endsAt != null;
    if (weekly === once) throw new ValidationError('A busy time is either weekly (weekday, startTime, endTime) or once (startsAt, endsAt)', weekly ? 'input.startsAt' : 'input.weekday');
    const busy = this.em.create(BusyTime, { id: randomUUID(), subjectKind: input.subjectKind, subjectId, reason });
    if (weekly) {
      if (input.weekday == null) throw new ValidationError('A weekly busy time needs its weekday (1 Monday .. 7 Sunday)', 'input.weekday');
      checkInteger(input.weekday, 'input.weekday', 1, 7);
      if (!input.startTime || !TIME.test(input.startTime)) throw new ValidationError('input.startTime must be HH:MM', 'input.startTime');
      if (!input.endTime || !TIME.test(input.endTime)) throw new ValidationError('input.endTime must be HH:MM', 'input.endTime');
      if (input.endTime <= input.startTime) throw new ValidationError('input.endTime must be after input.startTime', 'input.endTime');
      Object.assign(busy, { weekday: input.weekday, startTime: input.startTime, endTime: input.endTime });
    } else {
      if (!input.startsAt || Number.isNaN(input.startsAt.getTime())) throw new ValidationError('A one-off busy time needs startsAt', 'input.startsAt');
      if (!input.endsAt || Number.isNaN(input.endsAt.getTime())) throw new ValidationError('A one-off busy time needs endsAt', 'input.endsAt');
      if (input.endsAt <= input.startsAt) throw new ValidationError('input.endsAt must be after input.startsAt', 'input.endsAt');
      Object.assign(busy, { startsAt: input.startsAt, endsAt: input.endsAt });
    }
    await this.em.flush();
    return busy;
  }

  async deleteBusyTime(id: string): Promise<boolean> {
    const busy = await this.em.findOne(BusyTime, { id: checkId(id, 'id') });
    if (!busy) throw new NotFoundError('BusyTime', id);
    this.em.remove(busy);
    await this.em.flush();
    return true;
  }

  listBusyTimes(subjectId?: string | null): Promise<BusyTime[]> {
    return this.em.find(BusyTime, subjectId ? { subjectId: checkId(subjectId, 'subjectId') } : {}, { orderBy: { subjectId: 'asc', weekday: 'asc', startsAt: 'asc', id: 'asc' } });
  }

  // ---------- settings ----------

  async settings(): Promise<SchedulingSettings> {
    const found = await this.em.findOne(SchedulingSettings, { id: 1 });
    if (found) return found;
    // not saved yet: the defaults
    return this.em.create(SchedulingSettings, { ...DEFAULT_SETTINGS }, { persist: false });
  }

  async updateSettings(input: SettingsChange): Promise<SchedulingSettings> {
    let settings = await this.em.findOne(SchedulingSettings, { id: 1 });
    settings ??= this.em.create(SchedulingSettings, { ...DEFAULT_SETTINGS });
    const grain = input.grainMinutes != null ? input.grainMinutes : settings.grainMinutes;
    if (input.grainMinutes != null && ![5, 10, 15, 20, 30, 60].includes(input.grainMinutes)) {
      throw new ValidationError('input.grainMinutes must be one of 5, 10, 15, 20, 30, 60', 'input.grainMinutes');
    }
    const hours = input.officeHours ?? settings.officeHours;
    if (input.officeHours != null) {
      if (input.officeHours.length === 0) throw new ValidationError('input.officeHours needs at least one period', 'input.officeHours');
      let previous = -1;
      input.officeHours.forEach((period, i) => {
        const field = `input.officeHours.${i}`;
        if (!TIME.test(period.start) || !TIME.test(period.end)) throw new ValidationError(`${field}: start and end must be HH:MM`, field);
        const start = minuteOf(period.start);
        const end = minuteOf(period.end);
        if (end <= start) throw new ValidationError(`${field}: end must be after start`, field);
        if (start < previous) throw new ValidationError(`${field}: periods must be in order and must not overlap`, field);
        previous = end;
      });
    }
    for (const [i, period] of hours.entries()) {
      if (minuteOf(period.end) - minuteOf(period.start) < grain) throw new ValidationError(`input.officeHours.${i} is shorter than one grain (${grain} minutes)`, `input.officeHours.${i}`);
    }
    const duration = input.defaultDurationMinutes ?? settings.defaultDurationMinutes;
    if (input.defaultDurationMinutes != null) checkInteger(input.defaultDurationMinutes, 'input.defaultDurationMinutes', 15, 600);
    const longest = Math.max(...hours.map((h) => minuteOf(h.end) - minuteOf(h.start)));
    if (duration > longest) throw new ValidationError(`input.defaultDurationMinutes (${duration}) is longer than the longest office-hours period (${longest} minutes)`, 'input.defaultDurationMinutes');
    if (input.deadlineMarginDays != null) checkInteger(input.deadlineMarginDays, 'input.deadlineMarginDays', 0, 60);
    if (input.personsPerUnit != null) checkInteger(input.personsPerUnit, 'input.personsPerUnit', 1, 20);
    const weights = { ...DEFAULT_WEIGHTS, ...settings.weights };
    if (input.weights != null) {
      for (const [key, value] of Object.entries(input.weights)) {
        if (value == null) continue;
        if (!(key in DEFAULT_WEIGHTS)) throw new ValidationError(`input.weights.${key} is not a soft constraint`, `input.weights.${key}`);
        if (!Number.isFinite(value) || value < 0 || value > 10_000) throw new ValidationError(`input.weights.${key} must be from 0 to 10000`, `input.weights.${key}`);
        weights[key as keyof Weights] = value;
      }
    }
    const standing = input.standingAttendees?.map((id, i) => checkId(id, `input.standingAttendees.${i}`));
    settings.officeHours = hours;
    settings.grainMinutes = grain;
    settings.defaultDurationMinutes = duration;
    if (input.deadlineMarginDays != null) settings.deadlineMarginDays = input.deadlineMarginDays;
    if (input.personsPerUnit != null) settings.personsPerUnit = input.personsPerUnit;
    settings.weights = weights;
    if (standing) settings.standingAttendees = [...new Set(standing)];
    await this.em.flush();
    return settings;
  }

  // ---------- the instance ----------

  /** Agenda cases of each meeting, and who those cases call in (one call to the cases subgraph). */
  private async participantsOf(meetingIds: string[]): Promise<Map<string, CaseParticipantsRow[]>> {
    const links = meetingIds.length
      ? await this.em.find(AgendaItemCase, { agendaItem: { meeting: { $in: meetingIds } } }, { populate: ['agendaItem'], orderBy: { caseId: 'asc' } })
      : [];
    const caseIds = [...new Set(links.map((l) => l.caseId))];
    const rows = caseIds.length ? await this.deps.participants.participants(caseIds, this.deps.forwarded) : [];
    const byCase = new Map(rows.map((r) => [r.caseId, r]));
    const result = new Map<string, CaseParticipantsRow[]>(meetingIds.map((id) => [id, []]));
    for (const link of links) {
      const row = byCase.get(link.caseId);
      const list = result.get(link.agendaItem.meeting.id)!;
      if (row && !list.includes(row)) list.push(row);
    }
    return result;
  }

  private sessionOf(meeting: Meeting, cases: CaseParticipantsRow[], settings: SchedulingSettings): SessionInput {
    const units = [...new Set(cases.flatMap((c) => [c.leadUnitId, ...c.cooperatingUnitIds]).filter((u): u is string => !!u))];
    const people = [...new Set(cases.map((c) => c.ownerLeaderId).filter((p): p is string => !!p))];
    const townships = [...new Set(cases.map((c) => c.townshipId).filter((t): t is string => !!t && !units.includes(t)))];
    let latestDay: string | undefined;
    let latestBecause: string | undefined;
    for (const c of cases) {
      if (!c.handlingDueAt) continue;
      const due = dayOf(new Date(c.handlingDueAt));
      const latest = addDays(due, -settings.deadlineMarginDays);
      if (!latestDay || latest < latestDay) {
        latestDay = latest;
        latestBecause = `${c.number}办理期限${monthDay(due)}${settings.deadlineMarginDays ? `，提前${settings.deadlineMarginDays}天` : ''}`;
      }
    }
    const fixed = meeting.status === MeetingStatus.SCHEDULED || meeting.status === MeetingStatus.HELD || meeting.status === MeetingStatus.MINUTES_PUBLISHED;
    return {
      id: meeting.id,
      title: meeting.title,
      durationMinutes: fixed && meeting.startsAt && meeting.endsAt ? Math.round((meeting.endsAt.getTime() - meeting.startsAt.getTime()) / 60_000) : (meeting.durationMinutes ?? settings.defaultDurationMinutes),
      units,
      people,
      preferredPeople: townships,
      latestDay: fixed ? undefined : latestDay,
      latestBecause: fixed ? undefined : latestBecause,
      fixed,
      fixedEnd: fixed ? meeting.endsAt?.toISOString() : undefined,
      pinnedStart: (fixed || meeting.pinnedTime) && meeting.startsAt ? meeting.startsAt.toISOString() : undefined,
      pinnedRoomId: (fixed || meeting.pinnedRoom) && meeting.roomId ? meeting.roomId : undefined,
      current: !fixed && meeting.startsAt ? { startsAt: meeting.startsAt.toISOString(), roomId: meeting.roomId } : undefined,
    };
  }

  private busyInputs(busy: BusyTime[]): BusyInput[] {
    return busy.map((b) =>
      b.weekday != null
        ? { resourceId: b.subjectId, reason: b.reason, weekly: { weekday: b.weekday, start: b.startTime!, end: b.endTime! } }
        : { resourceId: b.subjectId, reason: b.reason, startsAt: b.startsAt!.toISOString(), endsAt: b.endsAt!.toISOString() },
    );
  }

  // ---------- plans ----------

  /** Plans the PLANNED sessions of [from, to] around the published and pinned ones, and stores the plan. */
  async plan(fromDay: string, toDay: string, createdBy: string, options: SolveOptions = {}): Promise<MeetingPlan> {
    const from = checkDay(fromDay, 'from');
    const to = checkDay(toDay, 'to');
    if (to < from) throw new ValidationError('to must not be before from', 'to');
    if (daysBetween(from, to) > MAX_HORIZON_DAYS) throw new ValidationError(`A plan covers at most ${MAX_HORIZON_DAYS} days (a quarter)`, 'to');
    const settings = await this.settings();
    const rangeStart = new Date(`${from}T00:00:00+08:00`);
    const rangeEnd = new Date(`${addDays(to, 1)}T00:00:00+08:00`);
    const planned = await this.em.find(Meeting, { status: MeetingStatus.PLANNED, heldOn: { $gte: from, $lte: to } }, { orderBy: { heldOn: 'asc', id: 'asc' } });
    const fixed = await this.em.find(
      Meeting,
      { status: { $in: [MeetingStatus.SCHEDULED, MeetingStatus.HELD, MeetingStatus.MINUTES_PUBLISHED] }, startsAt: { $gte: rangeStart, $lt: rangeEnd } },
      { orderBy: { startsAt: 'asc', id: 'asc' } },
    );
    if (planned.length === 0) throw new ValidationError(`No planned session (计划中的会议) falls between ${from} and ${to}`, 'from');
    const meetings = [...fixed, ...planned];
    const participants = await this.participantsOf(meetings.map((m) => m.id));
    const rooms = await this.em.find(Room, { active: true }, { orderBy: { seats: 'desc', name: 'asc' } });
    const sessions = meetings.map((m) => this.sessionOf(m, participants.get(m.id)!, settings));
    const resources = new Set(sessions.flatMap((s) => [...s.units, ...s.people, ...(s.preferredPeople ?? [])]));
    for (const p of settings.standingAttendees) resources.add(p);
    const busy = resources.size ? await this.em.find(BusyTime, { subjectId: { $in: [...resources] } }, { orderBy: { id: 'asc' } }) : [];
    const unitIds = [...new Set(sessions.flatMap((s) => [...s.units, ...(s.preferredPeople ?? [])]))];
    const personIds = [...new Set([...sessions.flatMap((s) => s.people), ...settings.standingAttendees])];
    const names = await this.deps.names.names({ unitIds, personIds }, this.deps.forwarded).catch(() => new Map<string, string>());
    const calendar = this.deps.calendar;
    const input: ScheduleInput = {
      from,
      to,
      isWorkingDay: (day) => calendar.isWorkingDay(day),
      officeHours: settings.officeHours,
      grainMinutes: settings.grainMinutes,
      rooms: rooms.map((r) => ({ id: r.id, name: r.name, seats: r.seats })),
      sessions,
      busy: this.busyInputs(busy),
      personsPerUnit: settings.personsPerUnit,
      standingAttendees: settings.standingAttendees,
      weights: { ...DEFAULT_WEIGHTS, ...settings.weights },
      names: Object.fromEntries(names),
    };
    const result = await this.deps.solve(input, options);
    const versions = new Map(meetings.map((m) => [m.id, m.version]));
    const plannedIds = new Set(planned.map((m) => m.id));
    const plan = this.em.create(MeetingPlan, {
      id: randomUUID(),
      fromDay: from,
      toDay: to,
      createdBy,
      engine: result.engine,
      optimal: result.optimal,
      feasible: result.feasible,
      hard: result.hard,
      soft: result.soft,
      solveMs: result.solveMs,
      sessions: result.sessions.map((s): StoredPlannedSession => ({ ...s, version: versions.get(s.sessionId)!, planned: plannedIds.has(s.sessionId) })),
      score: result.score,
      reasons: result.reasons,
      conflict: result.conflict,
    });
    await this.em.flush();
    return plan;
  }

  async findPlan(id: string): Promise<MeetingPlan> {
    const plan = await this.em.findOne(MeetingPlan, { id: checkId(id, 'id') });
    if (!plan) throw new NotFoundError('MeetingPlan', id);
    return plan;
  }

  /** Writes the plan's times and rooms into its PLANNED sessions, unless anything changed since it was made. */
  async apply(planId: string): Promise<MeetingPlan> {
    return this.em.transactional(async (em) => {
      const plan = await em.findOne(MeetingPlan, { id: checkId(planId, 'planId') });
      if (!plan) throw new NotFoundError('MeetingPlan', planId);
      if (plan.appliedAt) throw new ConflictError('This plan was already applied (该排会方案已经采用过)');
      if (!plan.feasible) throw new ValidationError('This plan breaks hard constraints and cannot be applied (该方案违反硬性条件，不能采用): see its reasons and conflict', 'planId');
      const meetings = await em.find(Meeting, { id: { $in: plan.sessions.map((s) => s.sessionId) } });
      const byId = new Map(meetings.map((m) => [m.id, m]));
      for (const session of plan.sessions) {
        const meeting = byId.get(session.sessionId);
        if (!meeting || meeting.version !== session.version) {
          throw new ConflictError(`${meeting ? `「${meeting.title}」` : 'A session'} changed after this plan was made (排会后会议有变动): plan again`);
        }
        if (session.planned && meeting.status !== MeetingStatus.PLANNED) throw new ConflictError(`「${meeting.title}」is no longer planned (已不是计划中): plan again`);
      }
      const roomIds = [...new Set(plan.sessions.map((s) => s.roomId).filter((r): r is string => !!r))];
      const rooms = roomIds.length ? await em.find(Room, { id: { $in: roomIds }, active: true }) : [];
      if (rooms.length !== roomIds.length) throw new ConflictError('A room of this plan was changed or taken out of use after the plan was made: plan again');
      for (const session of plan.sessions) {
        if (!session.planned) continue;
        const meeting = byId.get(session.sessionId)!;
        meeting.startsAt = new Date(session.startsAt);
        meeting.endsAt = new Date(session.endsAt);
        meeting.roomId = session.roomId ?? undefined;
        meeting.heldOn = dayOf(meeting.startsAt);
      }
      plan.appliedAt = new Date();
      await em.flush();
      return plan;
    });
  }

  /** 锁定: fixes a planned session's start (and room): later plans keep it. */
  async pin(meetingId: string, startsAt: Date, roomId?: string | null): Promise<Meeting> {
    const meeting = await this.em.findOne(Meeting, { id: checkId(meetingId, 'meetingId') });
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    if (meeting.status !== MeetingStatus.PLANNED) throw new ValidationError(`Only a planned session (计划中) can be pinned; this one is ${meeting.status}`, 'meetingId');
    if (Number.isNaN(startsAt.getTime())) throw new ValidationError('startsAt is not a valid time', 'startsAt');
    const settings = await this.settings();
    const day = dayOf(startsAt);
    if (!this.deps.calendar.isWorkingDay(day)) throw new ValidationError(`${monthDay(day)}不是工作日 (${day} is not a working day)`, 'startsAt');
    const local = new Date(startsAt.getTime() + 8 * 3_600_000);
    const minute = local.getUTCHours() * 60 + local.getUTCMinutes();
    const duration = meeting.durationMinutes ?? settings.defaultDurationMinutes;
    const period = settings.officeHours.find((h) => minute >= minuteOf(h.start) && minute + duration <= minuteOf(h.end));
    const hoursText = settings.officeHours.map((h) => `${h.start}-${h.end}`).join('、');
    if (!period || local.getUTCSeconds() !== 0 || local.getUTCMilliseconds() !== 0) {
      throw new ValidationError(`${hhmm(minute)}开始、${duration}分钟的会议不在办公时间内（${hoursText}）`, 'startsAt');
    }
    if ((minute - minuteOf(period.start)) % settings.grainMinutes !== 0) {
      throw new ValidationError(`开始时间须按${settings.grainMinutes}分钟排（从${period.start}起）`, 'startsAt');
    }
    let room: Room | null = null;
    if (roomId) {
      room = await this.em.findOne(Room, { id: checkId(roomId, 'roomId') });
      if (!room || !room.active) throw new ValidationError(`Room ${roomId} is not a room in use (会议室不存在或已停用)`, 'roomId');
      const cases = (await this.participantsOf([meeting.id])).get(meeting.id)!;
      const session = this.sessionOf(meeting, cases, settings);
      const people = new Set([...session.people, ...settings.standingAttendees]);
      const size = session.units.length * settings.personsPerUnit + people.size;
      if (room.seats < size) throw new ValidationError(`会议室容量不足：「${meeting.title}」需要${size}个座位，${room.name}只有${room.seats}座`, 'roomId');
    }
    meeting.startsAt = startsAt;
    meeting.endsAt = new Date(startsAt.getTime() + duration * 60_000);
    meeting.heldOn = day;
    meeting.pinnedTime = true;
    meeting.pinnedRoom = !!room;
    if (room) meeting.roomId = room.id;
    await this.em.flush();
    return meeting;
  }

  async unpin(meetingId: string): Promise<Meeting> {
    const meeting = await this.em.findOne(Meeting, { id: checkId(meetingId, 'meetingId') });
    if (!meeting) throw new NotFoundError('Meeting', meetingId);
    meeting.pinnedTime = false;
    meeting.pinnedRoom = false;
    await this.em.flush();
    return meeting;
  }
}

export { BusySubject };
