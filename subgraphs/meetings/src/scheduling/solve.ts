import { solveExact, type ExactResult } from './exact';
import { type Conflict, type ConstraintScore, type Reason, Wording, minimalConflict } from './explain';
import { compact, solveHeuristic } from './heuristic';
import { buildModel, type Model, type ScheduleInput } from './model';
import { scorePlacement } from './score';
import { PlacementState } from './state';

export type EngineChoice = 'AUTO' | 'EXACT' | 'HEURISTIC';

export interface SolveOptions {
  /** AUTO: local search, then the exact model when it is small enough, keeping the better */
  engine?: EngineChoice;
  seed?: number;
  iterations?: number;
  heuristicTimeLimitMs?: number;
  exactTimeLimitSeconds?: number;
  maxExactVariables?: number;
  explainBudgetMs?: number;
}

export interface PlannedSession {
  sessionId: string;
  startsAt: string;
  endsAt: string;
  roomId: string | null;
  /** differs from the current plan */
  moved: boolean;
  /** pinned or published: kept where it was */
  kept: boolean;
}

export interface SchedulePlan {
  engine: 'EXACT' | 'HEURISTIC';
  /** proven optimal by HiGHS with mip_rel_gap 0 */
  optimal: boolean;
  /** no hard constraint violated */
  feasible: boolean;
  hard: number;
  soft: number;
  solveMs: number;
  sessions: PlannedSession[];
  score: ConstraintScore[];
  reasons: Reason[];
  conflict?: Conflict;
  heuristic?: { hard: number; soft: number; ms: number; iterations: number; /** ms until its first placement with no hard violation */ feasibleMs?: number };
  exact?: { status: ExactResult['status']; hard?: number; soft?: number; ms: number; variables: number; rows: number };
}

/** Hard violations and soft penalty of a placement, as the local search and the MIP count them. */
export function costOf(model: Model, assignment: Int32Array): { hard: number; soft: number } {
  const state = new PlacementState(model);
  assignment.forEach((k, s) => {
    if (k >= 0) state.place(s, k);
  });
  return { hard: state.hard, soft: state.soft };
}

/** Plans the sessions of `input`: see SolveOptions for the engines. Blocking: run it in a worker (solveInWorker). */
export async function solveSchedule(input: ScheduleInput, options: SolveOptions = {}): Promise<SchedulePlan> {
  const started = Date.now();
  const engine = options.engine ?? 'AUTO';
  const model = buildModel(input);
  let chosen: { assignment: Int32Array; engine: 'EXACT' | 'HEURISTIC'; optimal: boolean } | undefined;
  let heuristicStats: SchedulePlan['heuristic'];
  let exactStats: SchedulePlan['exact'];
  let best = Infinity; // the local search's cost, which the exact answer must match or beat
  if (engine !== 'EXACT') {
    const t0 = Date.now();
    const result = solveHeuristic(model, { seed: options.seed, iterations: options.iterations, timeLimitMs: options.heuristicTimeLimitMs });
    heuristicStats = { hard: result.hard, soft: result.soft, ms: Date.now() - t0, iterations: result.iterations, feasibleMs: result.feasibleMs };
    chosen = { assignment: result.assignment, engine: 'HEURISTIC', optimal: false };
    best = result.hard * 1e6 + result.soft;
  }
  let exactInfeasible = false;
  if (engine !== 'HEURISTIC') {
    const result = await solveExact(model, { timeLimitSeconds: options.exactTimeLimitSeconds, maxVariables: options.maxExactVariables });
    exactStats = { status: result.status, ms: result.ms, variables: result.variables, rows: result.rows };
    exactInfeasible = result.status === 'INFEASIBLE';
    if (result.assignment) {
      const cost = costOf(model, result.assignment);
      exactStats.hard = cost.hard;
      exactStats.soft = cost.soft;
      const value = cost.hard * 1e6 + cost.soft;
      // ties go to the exact answer: it carries the proof
      if (!chosen || value <= best) {
        chosen = { assignment: result.assignment, engine: 'EXACT', optimal: result.status === 'OPTIMAL' };
      }
    }
  }
  if (!chosen) {
    // the exact model alone found nothing: fall back on local search so the secretariat sees the least bad plan
    // (only the constructed one when the model was too large to try: the caller asked for the exact engine)
    const tooLarge = exactStats?.status === 'TOO_LARGE';
    const result = solveHeuristic(model, { seed: options.seed, iterations: tooLarge ? 0 : options.iterations, runs: tooLarge ? 1 : undefined, timeLimitMs: options.heuristicTimeLimitMs });
    chosen = { assignment: result.assignment, engine: 'HEURISTIC', optimal: false };
  }
  chosen.assignment = compact(model, chosen.assignment);
  const scored = scorePlacement(model, chosen.assignment);
  let conflict: Conflict | undefined;
  if (scored.hard > 0 || exactInfeasible) {
    const found = minimalConflict(model, options.explainBudgetMs);
    if (found) {
      const words = new Wording(model);
      const groups = found.groups.map((g) => model.groups[g]!);
      conflict = {
        groups: groups.map((g) => ({ kind: g.kind, subject: g.subject, message: words.group(g) })),
        message: words.conflict(groups),
        minimal: found.minimal,
      };
    }
  }
  const sessions: PlannedSession[] = model.sessions.map((session, s) => {
    const k = chosen.assignment[s]!;
    const value = k >= 0 ? session.values[k]! : undefined;
    const startMs = value ? model.grains[value.t]!.at : NaN;
    const roomId = value && value.r >= 0 ? model.rooms[value.r]!.id : null;
    const fixed = !!session.input.fixed;
    const startsAt = fixed && session.input.pinnedStart ? session.input.pinnedStart : Number.isNaN(startMs) ? '' : new Date(startMs).toISOString();
    const endsAt =
      fixed && session.input.fixedEnd
        ? session.input.fixedEnd
        : Number.isNaN(startMs)
          ? ''
          : new Date(startMs + session.input.durationMinutes * 60_000).toISOString();
    const current = session.input.current;
    const moved = !!current && (Date.parse(current.startsAt) !== Date.parse(startsAt) || (current.roomId ?? null) !== roomId);
    return { sessionId: session.input.id, startsAt, endsAt, roomId, moved, kept: fixed || !!session.input.pinnedStart };
  });
  return {
    engine: chosen.engine,
    optimal: chosen.optimal,
    feasible: scored.hard === 0,
    hard: scored.hard,
    soft: scored.soft,
    solveMs: Date.now() - started,
    sessions,
    score: scored.score,
    reasons: scored.reasons,
    conflict,
    heuristic: heuristicStats,
    exact: exactStats,
  };
}
