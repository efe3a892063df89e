import type { Model } from './model';

/** Weight of one hard violation against soft penalties when a single number must order placements. */
export const HARD = 1_000_000;

/**
 * A placement of every session with its cost kept up to date move by move (incremental occupancy counts),
 * so local search evaluates a move in time proportional to the session, not the plan.
 */
export class PlacementState {
  readonly assignment: Int32Array;
  hard = 0;
  soft = 0;
  private readonly G: number;
  private readonly resourceCount: Int16Array;
  private readonly roomCount: Int16Array;
  private readonly unitBlock: Int16Array;
  private readonly roomStart: Int16Array;
  private readonly roomEnd: Int16Array;
  private readonly B: number;

  constructor(private readonly model: Model) {
    this.G = model.grains.length;
    this.B = model.blockStart.length;
    this.assignment = new Int32Array(model.sessions.length).fill(-1);
    this.resourceCount = new Int16Array(model.resources.length * this.G);
    this.roomCount = new Int16Array(model.rooms.length * this.G);
    this.unitBlock = new Int16Array(model.resources.length * this.B);
    this.roomStart = new Int16Array(model.rooms.length * this.G);
    this.roomEnd = new Int16Array(model.rooms.length * this.G);
  }

  /** what one hard violation costs in `cost` (local search lowers it to cross infeasible ground) */
  hardWeight = HARD;

  get cost(): number {
    return this.hard * this.hardWeight + this.soft;
  }

  /** Puts session `s` at value `k` (it must be unplaced). */
  place(s: number, k: number): void {
    this.apply(s, k, 1);
    this.assignment[s] = k;
  }

  /** Takes session `s` out. */
  unplace(s: number): void {
    const k = this.assignment[s]!;
    if (k < 0) return;
    this.apply(s, k, -1);
    this.assignment[s] = -1;
  }

  /** Cost change of moving `s` to `k`, leaving the state as it was. */
  moveDelta(s: number, k: number): number {
    const before = this.cost;
    const old = this.assignment[s]!;
    this.unplace(s);
    this.place(s, k);
    const after = this.cost;
    this.unplace(s);
    if (old >= 0) this.place(s, old);
    return after - before;
  }

  /**
   * What placing the unplaced session `s` at `k` would add to `cost`, without changing the state; it stops
   * counting once the addition reaches `bound` (the answer is then `bound` or more). Weights are never
   * negative, so the addition is at least the value's own soft penalty: callers scanning values cheapest first
   * can stop there.
   */
  placeCost(s: number, k: number, bound = Infinity): number {
    const session = this.model.sessions[s]!;
    const value = session.values[k]!;
    const { G, B } = this;
    const grains = this.model.grains;
    const w = this.model.input.weights;
    const end = value.t + value.len;
    let added = value.violates.length * this.hardWeight + value.soft;
    if (added >= bound) return added;
    if (value.r >= 0) {
      const base = value.r * G;
      for (let g = value.t; g < end; g++) if (this.roomCount[base + g]! >= 1) added += this.hardWeight;
      if (added >= bound) return added;
    }
    for (const p of session.required) {
      const base = p * G;
      for (let g = value.t; g < end; g++) if (this.resourceCount[base + g]! >= 1) added += this.hardWeight;
      if (added >= bound) return added;
    }
    const block = grains[value.t]!.block;
    for (const u of session.units) if (this.unitBlock[u * B + block]! >= 1) added += w.unitSameHalfDay;
    if (value.r >= 0) {
      const base = value.r * G;
      let adjacent = 0;
      if (value.t > 0 && grains[value.t - 1]!.block === block) adjacent += this.roomEnd[base + value.t - 1]!;
      if (end < G && grains[end]!.block === grains[end - 1]!.block) adjacent += this.roomStart[base + end]!;
      added += w.roomBreak * adjacent;
    }
    return added;
  }

  private apply(s: number, k: number, sign: 1 | -1): void {
    const session = this.model.sessions[s]!;
    const value = session.values[k]!;
    const { G, B } = this;
    const grains = this.model.grains;
    const w = this.model.input.weights;
    const end = value.t + value.len;
    this.hard += sign * value.violates.length;
    this.soft += sign * value.soft;
    for (const p of session.required) {
      const base = p * G;
      for (let g = value.t; g < end; g++) {
        if (sign > 0) {
          if (this.resourceCount[base + g]! >= 1) this.hard += 1;
          this.resourceCount[base + g]! += 1;
        } else {
          this.resourceCount[base + g]! -= 1;
          if (this.resourceCount[base + g]! >= 1) this.hard -= 1;
        }
      }
    }
    const block = grains[value.t]!.block;
    for (const u of session.units) {
      const at = u * B + block;
      if (sign > 0) {
        if (this.unitBlock[at]! >= 1) this.soft += w.unitSameHalfDay;
        this.unitBlock[at]! += 1;
      } else {
        this.unitBlock[at]! -= 1;
        if (this.unitBlock[at]! >= 1) this.soft -= w.unitSameHalfDay;
      }
    }
    if (value.r < 0) return;
    const base = value.r * G;
    for (let g = value.t; g < end; g++) {
      if (sign > 0) {
        if (this.roomCount[base + g]! >= 1) this.hard += 1;
        this.roomCount[base + g]! += 1;
      } else {
        this.roomCount[base + g]! -= 1;
        if (this.roomCount[base + g]! >= 1) this.hard -= 1;
      }
    }
    if (sign < 0) {
      this.roomStart[base + value.t]! -= 1;
      this.roomEnd[base + end - 1]! -= 1;
    }
    let adjacent = 0;
    if (value.t > 0 && grains[value.t - 1]!.block === block) adjacent += this.roomEnd[base + value.t - 1]!;
    if (end < G && grains[end]!.block === grains[end - 1]!.block) adjacent += this.roomStart[base + end]!;
    this.soft += sign * w.roomBreak * adjacent;
    if (sign > 0) {
      this.roomStart[base + value.t]! += 1;
      this.roomEnd[base + end - 1]! += 1;
    }
  }
}
