import type { Model } from './model';
import { PlacementState } from './state';

export interface HeuristicOptions {
  seed?: number;
  /** moves tried (the run is deterministic for a seed and a move count) */
  iterations?: number;
  /** a safety cap on wall time, ms */
  timeLimitMs?: number;
  /** late-acceptance history length */
  history?: number;
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
 * Constructive placement (most constrained session first, each at its cheapest place) followed by late
 * acceptance hill climbing over two neighbourhoods: move one session (time and/or room), and swap the
 * places of two sessions. Returns the best placement seen.
 */
export function solveHeuristic(model: Model, options: HeuristicOptions = {}): { assignment: Int32Array; hard: number; soft: number; iterations: number } {
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
  const movable = order.filter((s) => sessions[s]!.search.length > 1);
  const best = { assignment: Int32Array.from(state.assignment), hard: state.hard, soft: state.soft };
  if (movable.length === 0) return { ...best, iterations: 0 };

  const iterations = options.iterations ?? 20_000 + 2_000 * n;
  const deadline = Date.now() + (options.timeLimitMs ?? 30_000);
  const L = options.history ?? 500;
  const history = new Float64Array(L).fill(state.cost);
  let done = 0;
  for (let it = 0; it < iterations; it++) {
    if ((it & 1023) === 0 && Date.now() > deadline) break;
    done = it + 1;
    const before = state.cost;
    const s1 = movable[Math.floor(rand() * movable.length)]!;
    const k1 = state.assignment[s1]!;
    let undo: () => void;
    if (rand() < 0.75 || movable.length < 2) {
      const search = sessions[s1]!.search;
      const k = search[Math.floor(rand() * search.length)]!;
      if (k === k1) continue;
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
    if (after <= before || after <= history[slot]!) {
      if (after < best.hard * 1_000_000 + best.soft) {
        best.assignment = Int32Array.from(state.assignment);
        best.hard = state.hard;
        best.soft = state.soft;
      }
    } else {
      undo();
    }
    if (state.cost < history[slot]!) history[slot] = state.cost;
  }
  return { ...best, iterations: done };
}
