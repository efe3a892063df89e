import type { Day, Grain, Group, Model, SessionModel } from './model';
import { hhmm } from './model';

export type Feasibility = 'FEASIBLE' | 'INFEASIBLE' | 'UNKNOWN';

/** The hard constraints (硬约束) and soft constraints (软约束) a plan is scored on, with their names in Chinese. */
export const CONSTRAINTS = {
  'no-double-booking': { kind: 'HARD', label: '单位和领导不重复安排' },
  'room-single-use': { kind: 'HARD', label: '会议室同一时间只开一场会' },
  'busy-times': { kind: 'HARD', label: '避开忙碌时间' },
  capacity: { kind: 'HARD', label: '会议室容量' },
  deadline: { kind: 'HARD', label: '在办理期限前召开' },
  'working-hours': { kind: 'HARD', label: '工作日和办公时间' },
  pinned: { kind: 'HARD', label: '锁定和已发布的安排不变' },
  'preferred-attendees': { kind: 'SOFT', label: '希望出席的人员能出席' },
  sooner: { kind: 'SOFT', label: '尽早召开' },
  'unit-same-half-day': { kind: 'SOFT', label: '同一单位半天内只参加一场' },
  'room-break': { kind: 'SOFT', label: '同一会议室两场会之间留出间隔' },
  'stable-rooms': { kind: 'SOFT', label: '会议室尽量不变' },
  'larger-rooms': { kind: 'SOFT', label: '优先使用大会议室' },
  'seat-waste': { kind: 'SOFT', label: '少空座位' },
  moves: { kind: 'SOFT', label: '重新排会时尽量少改动' },
} as const;

export type ConstraintName = keyof typeof CONSTRAINTS;

export interface ConstraintScore {
  constraint: ConstraintName;
  kind: 'HARD' | 'SOFT';
  label: string;
  violations: number;
  penalty: number;
}

export interface Reason {
  constraint: ConstraintName;
  sessionIds: string[];
  message: string;
}

export interface Conflict {
  /** the minimal set of constraint groups that cannot all hold, e.g. deadline:<session>, busy:<person> */
  groups: { kind: Group['kind']; subject: string; message: string }[];
  /** the whole conflict in one sentence */
  message: string;
  /** false when the search for a smaller set ran out of time */
  minimal: boolean;
}

// ---------- wording ----------

export function monthDay(day: Day): string {
  return `${Number(day.slice(5, 7))}月${Number(day.slice(8, 10))}日`;
}

export function halfDay(minute: number): string {
  return minute < 12 * 60 ? '上午' : '下午';
}

function slot(grain: Grain): string {
  return `${monthDay(grain.day)}${halfDay(grain.minute)}${hhmm(grain.minute)}`;
}

function weekdayName(n: number): string {
  return `每周${'一二三四五六日'[n - 1]}`;
}

export class Wording {
  constructor(private readonly model: Model) {}

  name(id: string): string {
    return this.model.input.names?.[id] ?? this.model.rooms.find((r) => r.id === id)?.name ?? id;
  }

  title(session: SessionModel): string {
    return `「${session.input.title}」`;
  }

  busyReason(index: number): string {
    const busy = this.model.input.busy[index]!;
    if (busy.weekly) {
      const half = busy.weekly.end <= '12:00' ? '上午' : busy.weekly.start >= '12:00' ? '下午' : `${busy.weekly.start}-${busy.weekly.end}`;
      return `${weekdayName(busy.weekly.weekday)}${half} ${busy.reason}`;
    }
    return busy.reason;
  }

  slot(grain: Grain): string {
    return slot(grain);
  }

  group(group: Group): string {
    const session = this.model.sessions.find((s) => s.input.id === group.subject);
    switch (group.kind) {
      case 'deadline':
        return `${this.title(session!)}须在${monthDay(session!.input.latestDay!)}前召开${session!.input.latestBecause ? `（${session!.input.latestBecause}）` : ''}`;
      case 'capacity':
        return `${this.title(session!)}需要${session!.size}个座位`;
      case 'pinned':
        return `${this.title(session!)}已锁定${session!.input.pinnedStart ? `在${this.instant(session!.input.pinnedStart)}` : ''}${session!.input.pinnedRoomId ? `（${this.name(session!.input.pinnedRoomId)}）` : ''}`;
      case 'fixed':
        return `${this.title(session!)}已发布${session!.input.pinnedStart ? `，时间为${this.instant(session!.input.pinnedStart)}` : ''}`;
      case 'busy': {
        const index = this.model.resourceIndex.get(group.subject)!;
        const reasons = [...new Set([...this.model.busyAt[index]!.values()].map((b) => this.busyReason(b)))];
        return `${this.name(group.subject)}的忙碌时间（${reasons.slice(0, 3).join('、')}${reasons.length > 3 ? '等' : ''}）`;
      }
      case 'attend':
        return `${this.name(group.subject)}不能同时出席两场会议`;
      case 'room':
        return `${this.name(group.subject)}同一时间只能开一场会`;
    }
  }

  instant(iso: string): string {
    const ms = Date.parse(iso);
    const local = new Date(ms + 8 * 3_600_000).toISOString();
    const minute = Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16));
    return `${monthDay(local.slice(0, 10))}${halfDay(minute)}${local.slice(11, 16)}`;
  }

  /** One sentence for a whole conflict, in the users' words. */
  conflict(groups: Group[]): string {
    const deadlines = groups.filter((g) => g.kind === 'deadline');
    const busy = groups.filter((g) => g.kind === 'busy');
    const capacity = groups.filter((g) => g.kind === 'capacity');
    if (deadlines.length === 1 && busy.length > 0 && deadlines.length + busy.length === groups.length) {
      const session = this.model.sessions.find((s) => s.input.id === deadlines[0]!.subject)!;
      const who = busy.map((g) => this.name(g.subject)).join('、');
      const because = session.input.latestBecause ? `（${session.input.latestBecause}）` : '';
      return `${who}在${monthDay(session.input.latestDay!)}${because}之前的每个半天都有安排，${this.title(session)}排不进去`;
    }
    if (capacity.length === 1 && groups.length === 1) {
      const session = this.model.sessions.find((s) => s.input.id === capacity[0]!.subject)!;
      const largest = Math.max(0, ...this.model.rooms.map((r) => r.seats));
      return `${this.title(session)}需要${session.size}个座位（${session.units.length}个单位各${this.model.input.personsPerUnit}人，另有${session.size - session.units.length * this.model.input.personsPerUnit}位领导），最大的会议室只有${largest}座`;
    }
    if (busy.length > 0 && groups.every((g) => g.kind === 'busy')) {
      return `在排会期间内，${busy.map((g) => this.name(g.subject)).join('、')}的每个半天都有安排`;
    }
    return `以下安排不能同时满足：${groups.map((g) => this.group(g)).join('；')}`;
  }
}

// ---------- feasibility and the minimal conflicting set ----------

/**
 * Whether some placement meets every hard constraint except the `disabled` groups: a backtracking search
 * (fewest remaining places first) that gives up after `nodeLimit` nodes (UNKNOWN).
 */
export function checkFeasible(model: Model, disabled: Set<number>, nodeLimit = 20_000): Feasibility {
  const G = model.grains.length;
  const domains = model.sessions.map((s) => {
    const allowed: number[] = [];
    s.values.forEach((v, k) => {
      if (v.violates.every((g) => disabled.has(g))) allowed.push(k);
    });
    return allowed;
  });
  if (domains.some((d, s) => d.length === 0 && model.sessions[s]!.values.length > 0)) return 'INFEASIBLE';
  const enforced = model.resources.map((id) => {
    const group = model.groupIndex.get(`attend:${id}`);
    return group !== undefined && !disabled.has(group);
  });
  const roomEnforced = model.rooms.map((r) => !disabled.has(model.groupIndex.get(`room:${r.id}`)!));
  const resourceUsed = new Uint8Array(model.resources.length * G);
  const roomUsed = new Uint8Array(model.rooms.length * G);
  const n = model.sessions.length;
  const assigned = new Int32Array(n).fill(-1);
  // sessions with no place at all (published outside office hours) take no grain
  let placedUpfront = 0;
  model.sessions.forEach((session, s) => {
    if (session.values.length === 0) {
      assigned[s] = -2;
      placedUpfront += 1;
    }
  });
  let nodes = 0;
  const fits = (s: number, k: number): boolean => {
    const session = model.sessions[s]!;
    const v = session.values[k]!;
    for (let g = v.t; g < v.t + v.len; g++) {
      for (const p of session.required) if (enforced[p] && resourceUsed[p * G + g]) return false;
      if (v.r >= 0 && roomEnforced[v.r] && roomUsed[v.r * G + g]) return false;
    }
    return true;
  };
  const mark = (s: number, k: number, on: 0 | 1) => {
    const session = model.sessions[s]!;
    const v = session.values[k]!;
    for (let g = v.t; g < v.t + v.len; g++) {
      for (const p of session.required) if (enforced[p]) resourceUsed[p * G + g] = on;
      if (v.r >= 0 && roomEnforced[v.r]) roomUsed[v.r * G + g] = on;
    }
  };
  let unknown = false;
  const search = (depth: number): boolean => {
    if (depth === n) return true;
    if (depth === 0 && placedUpfront > 0) return search(placedUpfront);
    if (++nodes > nodeLimit) {
      unknown = true;
      return false;
    }
    let pick = -1;
    let pickValues: number[] = [];
    for (let s = 0; s < n; s++) {
      if (assigned[s]! !== -1) continue;
      const values = domains[s]!.filter((k) => fits(s, k));
      if (values.length === 0) return false;
      if (pick < 0 || values.length < pickValues.length) {
        pick = s;
        pickValues = values;
      }
    }
    for (const k of pickValues) {
      assigned[pick] = k;
      mark(pick, k, 1);
      if (search(depth + 1)) return true;
      mark(pick, k, 0);
      assigned[pick] = -1;
      if (unknown) return false;
    }
    return false;
  };
  if (search(0)) return 'FEASIBLE';
  return unknown ? 'UNKNOWN' : 'INFEASIBLE';
}

const DELETION_ORDER: Group['kind'][] = ['room', 'attend', 'capacity', 'busy', 'deadline', 'pinned', 'fixed'];

/**
 * A minimal set of hard-constraint groups that cannot all hold (deletion filter): start from every group,
 * drop each one whose removal leaves the rest still infeasible. When one session has no place at all, its
 * own constraints are filtered (fast); else the whole model, with a feasibility search per step.
 * Undefined when infeasibility is not proven.
 */
export function minimalConflict(model: Model, budgetMs = 5_000): { groups: number[]; minimal: boolean } | undefined {
  const started = Date.now();
  const all = model.groups.map((_, i) => i);
  const byOrder = (a: number, b: number) => DELETION_ORDER.indexOf(model.groups[a]!.kind) - DELETION_ORDER.indexOf(model.groups[b]!.kind) || a - b;
  const empty = model.sessions.find((s) => s.strict.length === 0 && s.values.length > 0);
  let infeasible: (enabled: Set<number>) => Feasibility;
  let candidates: number[];
  if (empty) {
    candidates = [...new Set(empty.values.flatMap((v) => v.violates))].sort(byOrder);
    infeasible = (enabled) => (empty.values.some((v) => v.violates.every((g) => !enabled.has(g))) ? 'FEASIBLE' : 'INFEASIBLE');
  } else {
    candidates = all.sort(byOrder);
    infeasible = (enabled) => checkFeasible(model, new Set(all.filter((g) => !enabled.has(g))));
  }
  if (infeasible(new Set(candidates)) !== 'INFEASIBLE') return undefined;
  const kept = new Set(candidates);
  let minimal = true;
  for (const g of candidates) {
    if (Date.now() - started > budgetMs) {
      minimal = false;
      break;
    }
    kept.delete(g);
    const answer = infeasible(kept);
    if (answer !== 'INFEASIBLE') {
      kept.add(g);
      if (answer === 'UNKNOWN') minimal = false;
    }
  }
  return { groups: [...kept].sort(byOrder), minimal };
}
