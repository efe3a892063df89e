import { officialCalendar } from '@lianban/kit';
import { describe, expect, it } from 'vitest';
import { generateDistrictInstance, generateTimefoldStyleInstance } from './generate';
import { random, solveHeuristic } from './heuristic';
import { DEFAULT_WEIGHTS, buildModel, type ScheduleInput, type SessionInput } from './model';
import { type SchedulePlan, solveSchedule } from './solve';
import { PlacementState } from './state';
import { solveInWorker } from './worker-client';

const calendar = officialCalendar();
const isWorkingDay = (day: string) => calendar.isWorkingDay(day);

/** A week of December 2026 (Mon 14 - Fri 18), two rooms, office hours 08:30-12:00 and 14:30-17:30. */
function instance(sessions: SessionInput[], extra: Partial<ScheduleInput> = {}): ScheduleInput {
  return {
    from: '2026-12-14',
    to: '2026-12-18',
    isWorkingDay,
    officeHours: [
      { start: '08:30', end: '12:00' },
      { start: '14:30', end: '17:30' },
    ],
    grainMinutes: 30,
    rooms: [
      { id: 'big', name: '第一会议室', seats: 40 },
      { id: 'small', name: '第二会议室', seats: 20 },
    ],
    sessions,
    busy: [],
    personsPerUnit: 2,
    standingAttendees: [],
    weights: { ...DEFAULT_WEIGHTS },
    names: { zhang: '张副区长', li: '李副区长', wang: '王副区长', jian: '区建设局', min: '区民政局', gong: '区公安分局' },
    ...extra,
  };
}

const session = (id: string, over: Partial<SessionInput> = {}): SessionInput => ({
  id,
  title: `专题会议${id}`,
  durationMinutes: 120,
  units: ['jian'],
  people: ['zhang'],
  ...over,
});

/** China-time "MM-DD HH:MM" of a planned session. */
function local(plan: SchedulePlan, id: string): string {
  const s = plan.sessions.find((x) => x.sessionId === id)!;
  return new Date(Date.parse(s.startsAt) + 8 * 3_600_000).toISOString().slice(5, 16).replace('T', ' ');
}

function interval(plan: SchedulePlan, id: string): [number, number] {
  const s = plan.sessions.find((x) => x.sessionId === id)!;
  return [Date.parse(s.startsAt), Date.parse(s.endsAt)];
}

const overlaps = (a: [number, number], b: [number, number]) => a[0] < b[1] && b[0] < a[1];

const engines = ['HEURISTIC', 'EXACT'] as const;

describe.each(engines)('the %s engine keeps every hard constraint', (engine) => {
  it('never books a leader into two sessions at once, even when the sessions are many', async () => {
    const sessions = Array.from({ length: 8 }, (_, i) => session(`s${i}`, { units: [`u${i}`] }));
    const plan = await solveSchedule(instance(sessions), { engine });
    expect(plan.hard).toBe(0);
    for (let i = 0; i < 8; i++) for (let j = i + 1; j < 8; j++) expect(overlaps(interval(plan, `s${i}`), interval(plan, `s${j}`))).toBe(false);
  });

  it('keeps a unit out of two sessions at once and one room to one session at a time', async () => {
    const sessions = [session('a', { people: ['zhang'] }), session('b', { people: ['li'] }), session('c', { people: ['wang'], units: ['min'] })];
    const plan = await solveSchedule(instance(sessions, { weights: { ...DEFAULT_WEIGHTS, unitSameHalfDay: 0 } }), { engine });
    expect(plan.hard).toBe(0);
    expect(overlaps(interval(plan, 'a'), interval(plan, 'b'))).toBe(false);
    const c = plan.sessions.find((s) => s.sessionId === 'c')!;
    for (const other of ['a', 'b']) {
      const o = plan.sessions.find((s) => s.sessionId === other)!;
      if (o.roomId === c.roomId) expect(overlaps(interval(plan, other), interval(plan, 'c'))).toBe(false);
    }
  });

  it('avoids busy times, weekly and one-off', async () => {
    const busy = [
      { resourceId: 'zhang', reason: '区委常委会', weekly: { weekday: 1, start: '08:30', end: '12:00' } },
      { resourceId: 'zhang', reason: '下乡调研', startsAt: '2026-12-14T14:30:00+08:00', endsAt: '2026-12-15T12:00:00+08:00' },
    ];
    const plan = await solveSchedule(instance([session('a')], { busy }), { engine });
    expect(plan.hard).toBe(0);
    expect(local(plan, 'a')).toBe('12-15 14:30');
  });

  it('puts a session in a room with enough seats', async () => {
    // 10 units x 2 people + 1 leader = 21 seats: only the big room
    const units = Array.from({ length: 10 }, (_, i) => `u${i}`);
    const plan = await solveSchedule(instance([session('a', { units })], { weights: { ...DEFAULT_WEIGHTS, largerRooms: 0, seatWaste: 5 } }), { engine });
    expect(plan.sessions[0]!.roomId).toBe('big');
  });

  it('uses working days only: holidays no, 调休 make-up Saturdays yes, and office hours', async () => {
    // National Day 2026: 1-7 October off, Saturday 10 October a make-up working day
    const busy = ['2026-10-08', '2026-10-09'].map((day) => ({ resourceId: 'zhang', reason: '出差', startsAt: `${day}T00:00:00+08:00`, endsAt: `${day}T23:59:00+08:00` }));
    const plan = await solveSchedule(instance([session('a')], { from: '2026-10-01', to: '2026-10-12', busy }), { engine });
    expect(plan.hard).toBe(0);
    expect(local(plan, 'a')).toBe('10-10 08:30');
  });

  it('never crosses the lunch break and never runs past office hours', async () => {
    const sessions = Array.from({ length: 6 }, (_, i) => session(`s${i}`, { durationMinutes: 180, people: [`p${i}`], units: [`u${i}`] }));
    const plan = await solveSchedule(instance(sessions), { engine });
    for (const s of plan.sessions) {
      const start = local(plan, s.sessionId).slice(6);
      // 3 hours fit 08:30-11:30..12:00 or 14:30-17:30 only
      expect(['08:30', '09:00', '14:30']).toContain(start);
    }
  });

  it('holds a session before its deadline', async () => {
    const busy = [{ resourceId: 'zhang', reason: '区委常委会', weekly: { weekday: 1, start: '08:30', end: '12:00' } }];
    const weights = { ...DEFAULT_WEIGHTS, sooner: 0, largerRooms: 0 };
    const sessions = [session('late', { latestDay: '2026-12-15', preferredPeople: ['li'] })];
    const liBusyEarly = [
      ...busy,
      { resourceId: 'li', reason: '接访', startsAt: '2026-12-14T00:00:00+08:00', endsAt: '2026-12-16T00:00:00+08:00' },
    ];
    const plan = await solveSchedule(instance(sessions, { busy: liBusyEarly, weights }), { engine });
    expect(plan.hard).toBe(0);
    // li would be free from the 16th, but the deadline is the 15th
    expect(local(plan, 'late') <= '12-15 23:59').toBe(true);
  });

  it('keeps a pinned time, and a pinned room, and fills the rest around them', async () => {
    const sessions = [
      session('pinned', { pinnedStart: '2026-12-16T14:30:00+08:00' }),
      session('roomPinned', { people: ['li'], units: ['min'], pinnedStart: '2026-12-16T14:30:00+08:00', pinnedRoomId: 'small' }),
      session('free', { units: ['gong'] }),
    ];
    const plan = await solveSchedule(instance(sessions), { engine });
    expect(plan.hard).toBe(0);
    expect(local(plan, 'pinned')).toBe('12-16 14:30');
    expect(plan.sessions.find((s) => s.sessionId === 'roomPinned')!.roomId).toBe('small');
    expect(plan.sessions.find((s) => s.sessionId === 'pinned')!.roomId).toBe('big');
    expect(plan.sessions.find((s) => s.sessionId === 'pinned')!.kept).toBe(true);
    expect(local(plan, 'free')).toBe('12-14 08:30');
  });

  it('plans around a published session: its leader and room are taken then', async () => {
    const sessions = [
      session('published', { fixed: true, pinnedStart: '2026-12-14T08:30:00+08:00', fixedEnd: '2026-12-14T10:30:00+08:00', pinnedRoomId: 'big' }),
      session('new', { units: ['min'] }),
    ];
    const plan = await solveSchedule(instance(sessions), { engine });
    expect(plan.hard).toBe(0);
    expect(local(plan, 'published')).toBe('12-14 08:30');
    expect(overlaps(interval(plan, 'published'), interval(plan, 'new'))).toBe(false);
  });
});

describe('published sessions outside office hours', () => {
  it.each(engines)('neither block nor break a plan (%s)', async (engine) => {
    const sessions = [
      session('evening', { fixed: true, pinnedStart: '2026-12-14T10:00:00Z', fixedEnd: '2026-12-14T12:00:00Z', pinnedRoomId: 'big' }),
      session('new'),
    ];
    const plan = await solveSchedule(instance(sessions), { engine });
    expect(plan.feasible).toBe(true);
    expect(plan.conflict).toBeUndefined();
    expect(local(plan, 'new')).toBe('12-14 08:30');
    expect(plan.sessions.find((s) => s.sessionId === 'evening')).toMatchObject({ startsAt: '2026-12-14T10:00:00Z', kept: true });
  });
});

describe('soft constraints and their weights', () => {
  it('lets the weights decide between sooner and a preferred attendee', async () => {
    const busy = [{ resourceId: 'li', reason: '接访', startsAt: '2026-12-14T00:00:00+08:00', endsAt: '2026-12-15T00:00:00+08:00' }];
    const sessions = [session('a', { preferredPeople: ['li'] })];
    const keen = await solveSchedule(instance(sessions, { busy, weights: { ...DEFAULT_WEIGHTS, preferredAttendees: 10, sooner: 1 } }), { engine: 'EXACT' });
    expect(local(keen, 'a')).toBe('12-15 08:30');
    const hurried = await solveSchedule(instance(sessions, { busy, weights: { ...DEFAULT_WEIGHTS, preferredAttendees: 0.5, sooner: 1 } }), { engine: 'EXACT' });
    expect(local(hurried, 'a')).toBe('12-14 08:30');
    expect(hurried.score.find((c) => c.constraint === 'preferred-attendees')).toMatchObject({ violations: 1, penalty: 0.5 });
    expect(hurried.reasons.find((r) => r.constraint === 'preferred-attendees')!.message).toContain('李副区长希望出席「专题会议a」');
  });

  it('spreads a unit over half-days and leaves a break between sessions in one room when weighted', async () => {
    const sessions = [session('a', { people: ['zhang'], durationMinutes: 60 }), session('b', { people: ['li'], durationMinutes: 60 })];
    const rooms = [{ id: 'big', name: '第一会议室', seats: 40 }];
    const packed = await solveSchedule(instance(sessions, { rooms, weights: { ...DEFAULT_WEIGHTS, unitSameHalfDay: 0, roomBreak: 0 } }), { engine: 'EXACT' });
    expect([local(packed, 'a'), local(packed, 'b')].sort()).toEqual(['12-14 08:30', '12-14 09:30']);
    const spread = await solveSchedule(instance(sessions, { rooms, weights: { ...DEFAULT_WEIGHTS, unitSameHalfDay: 5 } }), { engine: 'EXACT' });
    expect([local(spread, 'a'), local(spread, 'b')].sort()).toEqual(['12-14 08:30', '12-14 14:30']);
    const breakOnly = await solveSchedule(instance(sessions, { rooms, weights: { ...DEFAULT_WEIGHTS, unitSameHalfDay: 0, roomBreak: 3 } }), { engine: 'EXACT' });
    expect([local(breakOnly, 'a'), local(breakOnly, 'b')].sort()).toEqual(['12-14 08:30', '12-14 10:00']);
  });

  it('re-plans moving as few sessions as possible and says which moved', async () => {
    const sessions = ['a', 'b', 'c', 'd'].map((id, i) => session(id, { people: ['zhang'], units: [`u${i}`] }));
    const first = await solveSchedule(instance(sessions), { engine: 'EXACT' });
    const current = first.sessions.map((s) => ({ id: s.sessionId, startsAt: s.startsAt, roomId: s.roomId! }));
    // zhang becomes busy at the time of one session
    const moving = current[1]!;
    const busy = [{ resourceId: 'zhang', reason: '临时接访', startsAt: moving.startsAt, endsAt: new Date(Date.parse(moving.startsAt) + 3_600_000).toISOString() }];
    const again = sessions.map((s, i) => ({ ...s, current: { startsAt: current[i]!.startsAt, roomId: current[i]!.roomId } }));
    for (const engine of engines) {
      const replan = await solveSchedule(instance(again, { busy }), { engine });
      expect(replan.hard).toBe(0);
      expect(replan.sessions.filter((s) => s.moved).map((s) => s.sessionId)).toEqual([moving.id]);
      expect(replan.reasons.filter((r) => r.constraint === 'moves')).toHaveLength(1);
    }
  });

  it('prefers larger rooms, or fewer empty seats, as weighted', async () => {
    const larger = await solveSchedule(instance([session('a')], { weights: { ...DEFAULT_WEIGHTS, largerRooms: 1, seatWaste: 0 } }), { engine: 'EXACT' });
    expect(larger.sessions[0]!.roomId).toBe('big');
    const snug = await solveSchedule(instance([session('a')], { weights: { ...DEFAULT_WEIGHTS, largerRooms: 0, seatWaste: 1 } }), { engine: 'EXACT' });
    expect(snug.sessions[0]!.roomId).toBe('small');
  });
});

describe('explanations', () => {
  it('names the minimal conflict when a leader is busy every half-day before a deadline', async () => {
    const busy = [{ resourceId: 'zhang', reason: '省委巡视', startsAt: '2026-12-14T00:00:00+08:00', endsAt: '2026-12-17T00:00:00+08:00' }];
    const sessions = [session('a', { latestDay: '2026-12-16', latestBecause: 'XF2026-000123办理期限12月18日，提前2天' }), session('b', { people: ['li'], units: ['min'] })];
    for (const engine of engines) {
      const plan = await solveSchedule(instance(sessions, { busy }), { engine });
      expect(plan.feasible).toBe(false);
      expect(plan.conflict!.groups.map((g) => `${g.kind}:${g.subject}`).sort()).toEqual(['busy:zhang', 'deadline:a']);
      expect(plan.conflict!.minimal).toBe(true);
      expect(plan.conflict!.message).toBe('张副区长在12月16日（XF2026-000123办理期限12月18日，提前2天）之前的每个半天都有安排，「专题会议a」排不进去');
      // the rest is still planned, and the violation is told
      expect(plan.reasons.some((r) => r.sessionIds.includes('a'))).toBe(true);
    }
  });

  it('finds the conflicting set among sessions: two sessions pinned at one time share a leader', async () => {
    const sessions = [
      session('a', { pinnedStart: '2026-12-15T08:30:00+08:00' }),
      session('b', { units: ['min'], pinnedStart: '2026-12-15T09:30:00+08:00' }),
      session('c', { people: ['li'], units: ['gong'] }),
    ];
    const plan = await solveSchedule(instance(sessions), { engine: 'EXACT' });
    expect(plan.feasible).toBe(false);
    expect(plan.conflict!.groups.map((g) => `${g.kind}:${g.subject}`).sort()).toEqual(['attend:zhang', 'pinned:a', 'pinned:b']);
    expect(plan.conflict!.message).toContain('张副区长不能同时出席两场会议');
    expect(plan.reasons.find((r) => r.constraint === 'no-double-booking')!.message).toContain('张副区长同时被安排参加');
  });

  it('says when no room is large enough', async () => {
    const units = Array.from({ length: 25 }, (_, i) => `u${i}`);
    const plan = await solveSchedule(instance([session('a', { units })]), { engine: 'HEURISTIC' });
    expect(plan.conflict!.groups.map((g) => g.kind)).toEqual(['capacity']);
    expect(plan.conflict!.message).toBe('「专题会议a」需要51个座位（25个单位各2人，另有1位领导），最大的会议室只有40座');
    expect(plan.score.find((c) => c.constraint === 'capacity')!.violations).toBe(1);
  });
});

describe('local search against the exact optimum', () => {
  it.each([1, 2, 3])('stays within 5%% of the optimum on a small generated instance (seed %i)', async (seed) => {
    const input = generateDistrictInstance({ from: '2026-12-07', to: '2026-12-11', sessions: 8, units: 12, leaders: 4, rooms: [40, 20], isWorkingDay, seed });
    const exact = await solveSchedule(input, { engine: 'EXACT', exactTimeLimitSeconds: 60 });
    const heuristic = await solveSchedule(input, { engine: 'HEURISTIC', seed: 1 });
    expect(exact.optimal).toBe(true);
    expect(heuristic.hard).toBe(0);
    expect(heuristic.exact).toBeUndefined();
    expect(heuristic.heuristic!.soft).toBeLessThanOrEqual(exact.exact!.soft! * 1.05 + 1e-9);
  });

  it('is deterministic for a seed', async () => {
    const input = generateDistrictInstance({ from: '2026-12-01', to: '2026-12-31', sessions: 12, units: 20, leaders: 4, rooms: [40, 20], isWorkingDay, seed: 5 });
    const a = await solveSchedule(input, { engine: 'HEURISTIC', seed: 3 });
    const b = await solveSchedule(input, { engine: 'HEURISTIC', seed: 3 });
    expect(a.sessions).toEqual(b.sessions);
  });
});

describe('ruin and recreate', () => {
  it('prices a place exactly as placing the session there does, with unit half-days and room breaks counted', () => {
    const district = generateDistrictInstance({ from: '2026-12-07', to: '2026-12-11', sessions: 10, units: 6, leaders: 3, rooms: [40, 20], isWorkingDay, seed: 4 });
    for (const input of [district, generateTimefoldStyleInstance(3)]) {
      const model = buildModel(input);
      const state = new PlacementState(model);
      const rand = random(9);
      model.sessions.forEach((session, s) => state.place(s, session.search[Math.floor(rand() * session.search.length)]!));
      let checked = 0;
      for (let step = 0; step < 400; step++) {
        const s = Math.floor(rand() * model.sessions.length);
        const search = model.sessions[s]!.search;
        const k = search[Math.floor(rand() * search.length)]!;
        state.unplace(s);
        const before = state.cost;
        const priced = state.placeCost(s, k);
        // a bound below the price: counting stops, but never under the bound
        expect(state.placeCost(s, k, priced / 2)).toBeGreaterThanOrEqual(priced / 2);
        state.place(s, k);
        expect(priced).toBe(state.cost - before);
        checked += 1;
      }
      expect(checked).toBe(400);
    }
  });

  it('with only ruin-and-recreate moves keeps pinned sessions where they are pinned and books no one twice', () => {
    const sessions = [
      session('pinned', { pinnedStart: '2026-12-15T08:30:00+08:00' }),
      session('roomPinned', { people: ['li'], units: ['min'], pinnedStart: '2026-12-15T08:30:00+08:00', pinnedRoomId: 'small' }),
      ...Array.from({ length: 8 }, (_, i) => session(`free${i}`, { people: [i % 2 ? 'zhang' : 'li'], units: [`u${i % 3}`] })),
    ];
    const model = buildModel(instance(sessions));
    const result = solveHeuristic(model, { seed: 5, ruinRate: 1, ejectRate: 0, iterations: 4_000 });
    expect(result.hard).toBe(0);
    const at = (id: string) => {
      const s = model.sessions.findIndex((x) => x.input.id === id);
      const v = model.sessions[s]!.values[result.assignment[s]!]!;
      return { start: new Date(model.grains[v.t]!.at).toISOString(), room: model.rooms[v.r]!.id };
    };
    expect(at('pinned').start).toBe('2026-12-15T00:30:00.000Z');
    expect(at('roomPinned')).toEqual({ start: '2026-12-15T00:30:00.000Z', room: 'small' });
    expect(at('pinned').room).toBe('big');
  });
});

describe('the worker', () => {
  it('solves off the main thread and answers the same plan', async () => {
    const input = instance([session('a'), session('b', { units: ['min'] })]);
    const inWorker = await solveInWorker(input, { engine: 'EXACT' });
    const here = await solveSchedule(input, { engine: 'EXACT' });
    expect(inWorker.sessions).toEqual(here.sessions);
    expect(inWorker.optimal).toBe(true);
  });
});
