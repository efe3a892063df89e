import type { Model } from './model';
import { HARD, PlacementState } from './state';

export interface HeuristicOptions {
  seed?: number;
  /** moves tried (the run is deterministic for a seed and a move count) */
  iterations?: number;
  /** a safety cap on wall time, ms */
  timeLimitMs?: number;
  /** late-acceptance history length */
  history?: number;
  /** simulated annealing (default) or late acceptance */
  acceptance?: 'ANNEALING' | 'LATE_ACCEPTANCE';
  startTemperature?: number;
  /** cost of a hard violation during the search (the result is always judged hard first) */
  hardWeight?: number;
  /** share of moves that place a session and re-place what it clashes with */
  ejectRate?: number;
  /** share of moves that ruin and recreate a few sessions (default 0.2, less above 40 sessions) */
  ruinRate?: number;
  /** cumulative shares of ruin moves that take random sessions, and a room's or half-day's sessions (the rest: a session and those sharing an attendee) */
  ruinShares?: [number, number];
  /** sessions one ruin move takes out at most */
  ruinMax?: number;
  /** places tried when re-placing a session after ruin or ejection (when not every place is tried) */
  sampleSize?: number;
  /** re-place a session at its cheapest place of all (default when no weight is negative) */
  exactInsert?: boolean;
  /** independent runs */
  runs?: number;
}

/** A small, seedable PRNG (mulberry32): the same seed gives the same plan. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Constructive placement (most constrained session first, each at its cheapest place) followed by simulated
 * annealing (or late acceptance) over five neighbourhoods: move one session (anywhere, to another room, or a
 * grain or two), swap the places of two sessions, eject (put a session at a good place and re-place what it
 * clashes with), and ruin and recreate (take out a few related sessions: random ones, those of one room's
 * half-day or of one half-day, or those sharing an attendee; put them back one by one, longest first or in a
 * random order, each at its cheapest place of all). Returns the best placement seen, after steepest descent.
 */
export function solveHeuristic(
  model: Model,
  options: HeuristicOptions = {},
): { assignment: Int32Array; hard: number; soft: number; iterations: number; feasibleMs?: number } {
  // a few independent runs (seeds derived from the seed), each finished by steepest descent; the best wins
  const runs = options.runs ?? 2;
  const seed = options.seed ?? 1;
  // at least 0.8 M moves: small instances are quick, and tightly packed weeks need them to reach the optimum
  const iterations = options.iterations ?? Math.max(800_000, 150_000 + 15_000 * model.sessions.length);
  const deadline = Date.now() + (options.timeLimitMs ?? 60_000);
  let best: ReturnType<typeof runOnce> | undefined;
  let total = 0;
  const started = Date.now();
  let feasibleMs: number | undefined;
  const onFeasible = () => {
    feasibleMs ??= Date.now() - started;
  };
  for (let run = 0; run < runs; run++) {
    const left = deadline - Date.now();
    if (run > 0 && left <= 0) break;
    const result = runOnce(model, { ...options, seed: seed * 7919 + run, iterations: Math.ceil(iterations / runs), timeLimitMs: Math.max(1, left / (runs - run)) }, onFeasible);
    total += result.iterations;
    if (!best || result.hard * HARD + result.soft < best.hard * HARD + best.soft) best = result;
  }
  return { ...best!, iterations: total, feasibleMs };
}

function descend(model: Model, state: PlacementState, inSearch: Set<number>[]): void {
  for (let improved = true; improved; ) {
    improved = false;
    for (let s = 0; s < model.sessions.length; s++) {
      const session = model.sessions[s]!;
      if (session.search.length <= 1) continue;
      const k0 = state.assignment[s]!;
      let bestK = k0;
      let bestCost = state.cost;
      state.unplace(s);
      for (const k of session.search) {
        state.place(s, k);
        if (state.cost < bestCost - 1e-9) {
          bestCost = state.cost;
          bestK = k;
        }
        state.unplace(s);
      }
      state.place(s, bestK);
      if (bestK !== k0) improved = true;
    }
  }
  void inSearch;
}

function runOnce(model: Model, options: HeuristicOptions, onFeasible: () => void = () => {}): { assignment: Int32Array; hard: number; soft: number; iterations: number } {
  const rand = random(options.seed ?? 1);
  const state = new PlacementState(model);
  const sessions = model.sessions;
  const n = sessions.length;
  const order = sessions
    .map((s, i) => ({ i, fixed: s.search.length <= 1 ? 0 : 1, size: s.search.length, weight: s.required.length }))
    .sort((a, b) => a.fixed - b.fixed || a.size - b.size || b.weight - a.weight || a.i - b.i)
    .map((o) => o.i);
  for (const s of order) {
    const session = sessions[s]!;
    if (session.search.length === 0) continue;
    // a re-plan starts from the current plan where it still holds
    let best = session.current !== undefined && session.search.includes(session.current) ? session.current : -1;
    if (best < 0) {
      let bestCost = Infinity;
      for (const k of session.search) {
        state.place(s, k);
        const cost = state.cost;
        state.unplace(s);
        if (cost < bestCost) {
          bestCost = cost;
          best = k;
        }
      }
    }
    state.place(s, best);
  }
  const inSearch = sessions.map((s) => new Set(s.search));
  if (state.hard === 0) onFeasible();
  const movable = order.filter((s) => sessions[s]!.search.length > 1);
  const best = { assignment: Int32Array.from(state.assignment), hard: state.hard, soft: state.soft };
  if (movable.length === 0) return { ...best, iterations: 0 };

  const iterations = options.iterations ?? 20_000 + 2_000 * n;
  const deadline = Date.now() + (options.timeLimitMs ?? 30_000);
  descend(model, state, inSearch);
  const L = options.history ?? 500;
  const history = new Float64Array(L).fill(state.cost);
  best.assignment = Int32Array.from(state.assignment);
  best.hard = state.hard;
  best.soft = state.soft;
  let done = 0;
  if (options.hardWeight) state.hardWeight = options.hardWeight;
  // ruin and recreate is the move that repacks a room's day; it costs more the more places a session has,
  // so large instances (a quarter) do fewer of them
  const ruinRate = options.ruinRate ?? 0.2 * Math.min(1, 40 / n);
  const sampleSize = options.sampleSize ?? 120;
  // each session's places, cheapest first: ejection moves favour the good ones, and re-placing can stop early
  const bySoft = sessions.map((session) => [...session.search].sort((a, b) => session.values[a]!.soft - session.values[b]!.soft || a - b));
  const w = model.input.weights;
  const exactInsert = options.exactInsert ?? Object.values(w).every((x) => x >= 0);
  /**
   * The cheapest place of unplaced session `o`, for re-placing: every place, cheapest first, stopping where a
   * place's own penalty reaches the best addition found (weights are never negative); or a sample.
   */
  const bestPlace = (o: number): number => {
    if (exactInsert) {
      const values = sessions[o]!.values;
      let bestK = -1;
      let bestAdd = Infinity;
      for (const candidate of bySoft[o]!) {
        if (values[candidate]!.soft >= bestAdd - 1e-9) break;
        const add = state.placeCost(o, candidate, bestAdd + 1e-9);
        if (add < bestAdd - 1e-9) {
          bestAdd = add;
          bestK = candidate;
        }
      }
      return bestK;
    }
    const search = sessions[o]!.search;
    const sample = search.length <= sampleSize ? search : Array.from({ length: sampleSize }, () => search[Math.floor(rand() * search.length)]!);
    let bestK = -1;
    let bestCost = Infinity;
    for (const candidate of sample) {
      state.place(o, candidate);
      const cost = state.cost;
      state.unplace(o);
      if (cost < bestCost) {
        bestCost = cost;
        bestK = candidate;
      }
    }
    return bestK;
  };
  const ejectRate = options.ejectRate ?? 0.03;
  const sharesResource = sessions.map((a) => sessions.map((b) => a.required.some((p) => b.required.includes(p))));
  /** whether session `o`, where it is, overlaps `v` of session `s` in a person, unit or room */
  const clashes = (o: number, s: number, v: { t: number; len: number; r: number }): boolean => {
    const ko = state.assignment[o]!;
    if (ko < 0) return false;
    const w = sessions[o]!.values[ko]!;
    if (w.t >= v.t + v.len || v.t >= w.t + w.len) return false;
    return (w.r >= 0 && w.r === v.r) || sharesResource[o]![s]!;
  };
  const ruinShares = options.ruinShares ?? [1 / 3, 2 / 3];
  const ruinMax = options.ruinMax ?? 8;
  const shuffle = (list: number[]) => {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  };
  const annealing = (options.acceptance ?? 'ANNEALING') === 'ANNEALING';
  const t0 = options.startTemperature ?? 10;
  const tEnd = 0.05;
  for (let it = 0; it < iterations; it++) {
    if ((it & 1023) === 0 && Date.now() > deadline) break;
    done = it + 1;
    const before = state.cost;
    const s1 = movable[Math.floor(rand() * movable.length)]!;
    const k1 = state.assignment[s1]!;
    let undo: () => void;
    const kind = rand();
    if (kind < ejectRate) {
      // ejection: put the session at a promising place, then re-place whatever it now clashes with
      const ranked = bySoft[s1]!;
      const k = ranked[Math.floor(rand() * rand() * ranked.length)]!;
      if (k === k1) continue;
      const v = sessions[s1]!.values[k]!;
      state.unplace(s1);
      const clashing = movable.filter((o) => o !== s1 && clashes(o, s1, v));
      const old = clashing.map((o) => state.assignment[o]!);
      for (const o of clashing) state.unplace(o);
      state.place(s1, k);
      for (const o of clashing) state.place(o, bestPlace(o));
      undo = () => {
        for (const o of clashing) state.unplace(o);
        state.unplace(s1);
        state.place(s1, k1);
        clashing.forEach((o, i) => state.place(o, old[i]!));
      };
    } else if (kind < ejectRate + ruinRate && movable.length > 2) {
      // ruin and recreate: take a few related sessions out, put each back at its cheapest place of all
      const pick = rand();
      let taken: number[];
      if (pick < ruinShares[0]) {
        taken = [...new Set(Array.from({ length: 2 + Math.floor(rand() * 4) }, () => movable[Math.floor(rand() * movable.length)]!))];
      } else if (pick < ruinShares[1]) {
        // everything in s1's room during its half-day, or everything in that half-day
        const v1 = sessions[s1]!.values[k1]!;
        const block = model.grains[v1.t]!.block;
        const room = rand() < 0.5 ? v1.r : -2;
        taken = movable.filter((o) => {
          const v = sessions[o]!.values[state.assignment[o]!]!;
          return model.grains[v.t]!.block === block && (room === -2 || v.r === room);
        });
      } else {
        // s1 and the sessions that share an attendee with it
        taken = movable.filter((o) => o === s1 || sharesResource[o]![s1]!);
      }
      if (taken.length < 2) continue;
      shuffle(taken);
      if (taken.length > ruinMax) taken.length = ruinMax;
      // re-place in a random order, or the longest first (they are the hardest to fit)
      if (rand() < 0.5) taken.sort((a, b) => sessions[b]!.len - sessions[a]!.len);
      const old = taken.map((s) => state.assignment[s]!);
      for (const s of taken) state.unplace(s);
      for (const s of taken) state.place(s, bestPlace(s));
      undo = () => {
        for (const s of taken) state.unplace(s);
        taken.forEach((s, i) => state.place(s, old[i]!));
      };
    } else if (kind < 0.8 || movable.length < 2) {
      const session = sessions[s1]!;
      const search = session.search;
      const v1 = session.values[k1]!;
      const R1 = model.rooms.length + 1;
      let k: number | undefined;
      if (kind < 0.35) k = search[Math.floor(rand() * search.length)]!;
      else if (kind < 0.55) k = session.lookup.get(v1.t * R1 + Math.floor(rand() * model.rooms.length) + 1);
      else {
        const shift = (rand() < 0.5 ? -1 : 1) * (1 + Math.floor(rand() * 2));
        k = session.lookup.get((v1.t + shift) * R1 + v1.r + 1);
      }
      if (k === undefined || k === k1 || !inSearch[s1]!.has(k)) continue;
      state.unplace(s1);
      state.place(s1, k);
      undo = () => {
        state.unplace(s1);
        state.place(s1, k1);
      };
    } else {
      const s2 = movable[Math.floor(rand() * movable.length)]!;
      if (s2 === s1) continue;
      const k2 = state.assignment[s2]!;
      const v1 = sessions[s1]!.values[k1]!;
      const v2 = sessions[s2]!.values[k2]!;
      const R1 = model.rooms.length + 1;
      const n1 = sessions[s1]!.lookup.get(v2.t * R1 + v2.r + 1);
      const n2 = sessions[s2]!.lookup.get(v1.t * R1 + v1.r + 1);
      if (n1 === undefined || n2 === undefined) continue;
      if (!inSearch[s1]!.has(n1) || !inSearch[s2]!.has(n2)) continue;
      state.unplace(s1);
      state.unplace(s2);
      state.place(s1, n1);
      state.place(s2, n2);
      undo = () => {
        state.unplace(s1);
        state.unplace(s2);
        state.place(s1, k1);
        state.place(s2, k2);
      };
    }
    const after = state.cost;
    const slot = it % L;
    const temperature = t0 * Math.pow(tEnd / t0, it / iterations);
    const accept = annealing
      ? after <= before || rand() < Math.exp((before - after) / temperature)
      : after <= before || after <= history[slot]!;
    if (accept) {
      if (state.hard < best.hard || (state.hard === best.hard && state.soft < best.soft)) {
        if (state.hard === 0) onFeasible();
        best.assignment = Int32Array.from(state.assignment);
        best.hard = state.hard;
        best.soft = state.soft;
      }
    } else {
      undo();
    }
    if (state.cost < history[slot]!) history[slot] = state.cost;
  }
  // finish from the best seen with steepest descent
  state.hardWeight = HARD;
  for (let s = 0; s < n; s++) state.unplace(s);
  best.assignment.forEach((k, s) => {
    if (k >= 0) state.place(s, k);
  });
  descend(model, state, inSearch);
  return { assignment: Int32Array.from(state.assignment), hard: state.hard, soft: state.soft, iterations: done };
}

/**
 * Moves each session as early in its day as it can go without raising the cost (the objective counts
 * days, so within one the earliest start is the tidy one). Sessions are taken in start order.
 */
export function compact(model: Model, assignment: Int32Array): Int32Array {
  const state = new PlacementState(model);
  assignment.forEach((k, s) => {
    if (k >= 0) state.place(s, k);
  });
  const R1 = model.rooms.length + 1;
  const order = [...assignment.keys()].filter((s) => assignment[s]! >= 0).sort((a, b) => model.sessions[a]!.values[assignment[a]!]!.t - model.sessions[b]!.values[assignment[b]!]!.t || a - b);
  for (const s of order) {
    const session = model.sessions[s]!;
    if (session.search.length <= 1) continue;
    const k0 = state.assignment[s]!;
    const v = session.values[k0]!;
    let dayStart = v.t;
    while (dayStart > 0 && model.grains[dayStart - 1]!.day === model.grains[v.t]!.day) dayStart -= 1;
    const allowed = new Set(session.search);
    for (let t = dayStart; t < v.t; t++) {
      const k = session.lookup.get(t * R1 + v.r + 1);
      if (k === undefined || !allowed.has(k)) continue;
      if (state.moveDelta(s, k) <= 0) {
        state.unplace(s);
        state.place(s, k);
        break;
      }
    }
  }
  return Int32Array.from(state.assignment);
}
