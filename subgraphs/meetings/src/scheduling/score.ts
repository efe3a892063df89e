import { CONSTRAINTS, type ConstraintName, type ConstraintScore, type Reason, Wording, monthDay, halfDay } from './explain';
import type { Model } from './model';

const MAX_REASONS_PER_CONSTRAINT = 20;

/**
 * Scores a placement from scratch, constraint by constraint, with a reason in the users' words for each
 * violation (hard) or penalty worth telling (soft). Agrees with PlacementState's running totals.
 */
export function scorePlacement(model: Model, assignment: Int32Array): { hard: number; soft: number; score: ConstraintScore[]; reasons: Reason[] } {
  const words = new Wording(model);
  const w = model.input.weights;
  const totals = new Map<ConstraintName, { violations: number; penalty: number }>(
    (Object.keys(CONSTRAINTS) as ConstraintName[]).map((c) => [c, { violations: 0, penalty: 0 }]),
  );
  const reasons: Reason[] = [];
  const add = (constraint: ConstraintName, penalty: number, sessionIds: string[], message?: string) => {
    const total = totals.get(constraint)!;
    total.violations += 1;
    total.penalty += penalty;
    if (message && reasons.filter((r) => r.constraint === constraint).length < MAX_REASONS_PER_CONSTRAINT) reasons.push({ constraint, sessionIds, message });
  };
  const grains = model.grains;
  const placed = model.sessions
    .map((session, s) => ({ session, s, value: assignment[s]! >= 0 ? session.values[assignment[s]!]! : undefined }))
    .filter((p): p is typeof p & { value: NonNullable<typeof p.value> } => p.value !== undefined);

  for (const { session, value } of placed) {
    const id = session.input.id;
    const at = grains[value.t]!;
    for (const g of value.violates) {
      const group = model.groups[g]!;
      switch (group.kind) {
        case 'deadline':
          add('deadline', 1, [id], `${words.title(session)}安排在${monthDay(at.day)}，晚于${monthDay(session.input.latestDay!)}${session.input.latestBecause ? `（${session.input.latestBecause}）` : ''}`);
          break;
        case 'capacity': {
          const room = value.r >= 0 ? model.rooms[value.r]! : undefined;
          add('capacity', 1, [id], room ? `${words.title(session)}需要${session.size}个座位，${room.name}只有${room.seats}座` : `${words.title(session)}没有会议室`);
          break;
        }
        case 'pinned':
        case 'fixed':
          add('pinned', 1, [id], `${words.title(session)}没有按锁定的时间或会议室安排`);
          break;
        case 'busy': {
          const index = model.resourceIndex.get(group.subject)!;
          let busy = -1;
          for (let t = value.t; t < value.t + value.len && busy < 0; t++) busy = model.busyAt[index]!.get(t) ?? -1;
          add('busy-times', 1, [id], `${words.title(session)}安排在${words.slot(at)}，${words.name(group.subject)}当时有安排：${busy >= 0 ? words.busyReason(busy) : ''}`);
          break;
        }
        default:
          break;
      }
    }
    // soft, unary
    const sooner = value.sooner;
    if (sooner > 0) {
      const total = totals.get('sooner')!;
      total.penalty += sooner;
      total.violations += 1;
    }
    for (const person of session.input.preferredPeople ?? []) {
      const index = model.resourceIndex.get(person);
      if (index === undefined) continue;
      for (let t = value.t; t < value.t + value.len; t++) {
        const busy = model.busyAt[index]!.get(t);
        if (busy !== undefined) {
          add('preferred-attendees', w.preferredAttendees, [id], `${words.name(person)}希望出席${words.title(session)}，但${words.slot(at)}有安排：${words.busyReason(busy)}`);
          break;
        }
      }
    }
    if (value.r >= 0) {
      const larger = model.rooms.filter((r) => r.seats > model.rooms[value.r]!.seats).length;
      if (larger > 0 && w.largerRooms > 0) {
        const total = totals.get('larger-rooms')!;
        total.violations += 1;
        total.penalty += w.largerRooms * larger;
      }
      const waste = Math.floor(Math.max(0, model.rooms[value.r]!.seats - session.size) / 10);
      if (waste > 0 && w.seatWaste > 0) {
        const total = totals.get('seat-waste')!;
        total.violations += 1;
        total.penalty += w.seatWaste * waste;
      }
    }
    const current = session.input.current;
    if (current && !session.input.fixed) {
      const before = session.current !== undefined ? session.values[session.current]! : undefined;
      const currentRoom = current.roomId ? model.rooms.findIndex((r) => r.id === current.roomId) : -1;
      if (before && before.t !== value.t && w.moves > 0) {
        add('moves', w.moves, [id], `${words.title(session)}从${words.slot(grains[before.t]!)}改到${words.slot(at)}`);
      }
      if (currentRoom >= 0 && value.r >= 0 && currentRoom !== value.r && w.stableRooms > 0) {
        add('stable-rooms', w.stableRooms, [id], `${words.title(session)}从${model.rooms[currentRoom]!.name}换到${model.rooms[value.r]!.name}`);
      }
    }
  }

  // pairwise
  for (let i = 0; i < placed.length; i++) {
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i]!;
      const b = placed[j]!;
      const aEnd = a.value.t + a.value.len;
      const bEnd = b.value.t + b.value.len;
      const overlap = Math.max(0, Math.min(aEnd, bEnd) - Math.max(a.value.t, b.value.t));
      const ids = [a.session.input.id, b.session.input.id];
      const pair = `${words.title(a.session)}和${words.title(b.session)}`;
      if (overlap > 0) {
        const shared = a.session.required.filter((p) => b.session.required.includes(p));
        for (const p of shared) {
          totals.get('no-double-booking')!.violations += overlap;
          totals.get('no-double-booking')!.penalty += overlap;
          if (reasons.filter((r) => r.constraint === 'no-double-booking').length < MAX_REASONS_PER_CONSTRAINT) {
            reasons.push({ constraint: 'no-double-booking', sessionIds: ids, message: `${words.name(model.resources[p]!)}同时被安排参加${pair}（${words.slot(grains[Math.max(a.value.t, b.value.t)]!)}）` });
          }
        }
        if (a.value.r >= 0 && a.value.r === b.value.r) {
          totals.get('room-single-use')!.violations += overlap;
          totals.get('room-single-use')!.penalty += overlap;
          reasons.push({ constraint: 'room-single-use', sessionIds: ids, message: `${pair}同时安排在${model.rooms[a.value.r]!.name}` });
        }
      }
      if (a.value.r >= 0 && a.value.r === b.value.r && w.roomBreak > 0) {
        const adjacent =
          (aEnd === b.value.t && grains[aEnd - 1]!.block === grains[b.value.t]!.block) || (bEnd === a.value.t && grains[bEnd - 1]!.block === grains[a.value.t]!.block);
        if (adjacent) add('room-break', w.roomBreak, ids, `${model.rooms[a.value.r]!.name}里${pair}前后紧挨着，中间没有间隔`);
      }
    }
  }
  if (w.unitSameHalfDay > 0) {
    const byUnitBlock = new Map<string, typeof placed>();
    for (const p of placed) {
      for (const u of p.session.units) {
        const key = `${u}:${grains[p.value.t]!.block}`;
        byUnitBlock.set(key, [...(byUnitBlock.get(key) ?? []), p]);
      }
    }
    for (const [key, list] of byUnitBlock) {
      if (list.length < 2) continue;
      const u = Number(key.slice(0, key.indexOf(':')));
      const first = grains[list[0]!.value.t]!;
      const total = totals.get('unit-same-half-day')!;
      total.violations += list.length - 1;
      total.penalty += w.unitSameHalfDay * (list.length - 1);
      if (reasons.filter((r) => r.constraint === 'unit-same-half-day').length < MAX_REASONS_PER_CONSTRAINT) {
        reasons.push({
          constraint: 'unit-same-half-day',
          sessionIds: list.map((p) => p.session.input.id),
          message: `${words.name(model.resources[u]!)}在${monthDay(first.day)}${halfDay(first.minute)}要参加${list.map((p) => words.title(p.session)).join('和')}`,
        });
      }
    }
  }
  const score: ConstraintScore[] = (Object.keys(CONSTRAINTS) as ConstraintName[]).map((constraint) => ({
    constraint,
    kind: CONSTRAINTS[constraint].kind,
    label: CONSTRAINTS[constraint].label,
    ...totals.get(constraint)!,
  }));
  const hard = score.filter((c) => c.kind === 'HARD').reduce((sum, c) => sum + c.violations, 0);
  const soft = score.filter((c) => c.kind === 'SOFT').reduce((sum, c) => sum + c.penalty, 0);
  return { hard, soft, score, reasons };
}
