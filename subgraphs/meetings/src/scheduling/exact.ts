import type { Model, SessionModel } from './model';

export interface ExactOptions {
  /** seconds HiGHS may take */
  timeLimitSeconds?: number;
  /** placements (binary variables) above which the exact model is not attempted */
  maxVariables?: number;
}

export interface ExactResult {
  status: 'OPTIMAL' | 'FEASIBLE' | 'INFEASIBLE' | 'UNKNOWN' | 'TOO_LARGE';
  assignment?: Int32Array;
  objective?: number;
  variables: number;
  rows: number;
  ms: number;
}

/**
 * The placements the exact model chooses among: those violating no unary hard constraint; for a pinned or
 * published session with none, where it is pinned (it is kept, and its violations are reported as they are).
 */
export function exactDomain(session: SessionModel): number[] {
  if (session.strict.length > 0) return session.strict;
  return session.input.fixed || session.input.pinnedStart || session.input.pinnedRoomId ? session.search : [];
}

/** The placements MIP in CPLEX LP format, with the names of its placement variables. */
export function buildLp(model: Model): { lp: string; vars: [number, number, string][]; rows: number } | undefined {
  const sessions = model.sessions;
  const G = model.grains.length;
  const grains = model.grains;
  const w = model.input.weights;
  const vars: [number, number, string][] = [];
  const objective: string[] = [];
  const rows: string[] = [];
  const coverResource = new Map<number, Map<number, string[]>>();
  const coverRoom = new Map<number, string[]>();
  const unitBlock = new Map<number, string[]>();
  const roomStarts = new Map<number, string[]>();
  const roomEnds = new Map<number, string[]>();
  const push = <K>(map: Map<K, string[]>, key: K, name: string) => {
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  };
  for (let s = 0; s < sessions.length; s++) {
    const session = sessions[s]!;
    const domain = exactDomain(session);
    // a published session outside office hours takes no grain: nothing to place, nothing it blocks
    if (session.input.fixed && session.values.length === 0) continue;
    if (domain.length === 0) return undefined;
    const names: string[] = [];
    for (const k of domain) {
      const v = session.values[k]!;
      const name = `x${s}_${k}`;
      vars.push([s, k, name]);
      names.push(name);
      const cost = v.soft + v.violates.length * 100_000;
      if (cost !== 0) objective.push(`${cost} ${name}`);
      for (const p of session.required) {
        let perGrain = coverResource.get(p);
        if (!perGrain) coverResource.set(p, (perGrain = new Map()));
        for (let g = v.t; g < v.t + v.len; g++) push(perGrain, g, name);
      }
      if (v.r >= 0) {
        for (let g = v.t; g < v.t + v.len; g++) push(coverRoom, v.r * G + g, name);
        push(roomStarts, v.r * G + v.t, name);
        push(roomEnds, v.r * G + v.t + v.len - 1, name);
      }
      for (const u of session.units) push(unitBlock, u * model.blockStart.length + grains[v.t]!.block, name);
    }
    rows.push(`one${s}: ${names.join(' + ')} = 1`);
  }
  const distinctSessions = (names: string[]) => new Set(names.map((n) => n.slice(1, n.indexOf('_')))).size;
  for (const [p, perGrain] of coverResource) {
    for (const [g, names] of perGrain) if (distinctSessions(names) > 1) rows.push(`p${p}_${g}: ${names.join(' + ')} <= 1`);
  }
  for (const [key, names] of coverRoom) if (distinctSessions(names) > 1) rows.push(`r${key}: ${names.join(' + ')} <= 1`);
  const continuous: string[] = [];
  if (w.unitSameHalfDay > 0) {
    for (const [key, names] of unitBlock) {
      if (distinctSessions(names) < 2) continue;
      rows.push(`h${key}: ${names.join(' + ')} - z${key} <= 1`);
      objective.push(`${w.unitSameHalfDay} z${key}`);
      continuous.push(`z${key}`);
    }
  }
  if (w.roomBreak > 0) {
    for (const [key, ends] of roomEnds) {
      const g = key % G;
      if (g + 1 >= G || grains[g + 1]!.block !== grains[g]!.block) continue;
      const starts = roomStarts.get(key + 1);
      if (!starts) continue;
      rows.push(`b${key}: ${ends.join(' + ')} + ${starts.join(' + ')} - y${key} <= 1`);
      objective.push(`${w.roomBreak} y${key}`);
      continuous.push(`y${key}`);
    }
  }
  const wrap = (terms: string) => terms.replace(/((?:\S+\s+){40})/g, '$1\n ');
  const lp = [
    'Minimize',
    ` obj: ${objective.length > 0 ? wrap(objective.join(' + ')) : '0 ' + vars[0]![2]}`,
    'Subject To',
    ...rows.map((r) => ` ${wrap(r)}`),
    'Bounds',
    ...continuous.map((c) => ` 0 <= ${c} <= 1e9`),
    'Binary',
    ...vars.map((v) => ` ${v[2]}`),
    'End',
  ].join('\n');
  return { lp, vars, rows: rows.length };
}

type Highs = { solve(lp: string, options: Record<string, unknown>): { Status: string; ObjectiveValue: number; Columns: Record<string, { Primal?: number }> } };
let highsPromise: Promise<Highs> | undefined;

/** HiGHS (WebAssembly), loaded once per thread. */
export function loadHighs(): Promise<Highs> {
  highsPromise ??= import('highs').then(async (module) => {
    const loader = (module as unknown as { default: (options?: unknown) => Promise<Highs> }).default;
    return loader();
  });
  return highsPromise;
}

/**
 * Solves the placements MIP with HiGHS: `mip_rel_gap` 0, so OPTIMAL means proven optimal; a time limit
 * gives FEASIBLE (the best found) or UNKNOWN. It blocks its thread: callers run it in a worker.
 */
export async function solveExact(model: Model, options: ExactOptions = {}): Promise<ExactResult> {
  const started = Date.now();
  const count = model.sessions.reduce((sum, s) => sum + exactDomain(s).length, 0);
  if (count > (options.maxVariables ?? 60_000)) return { status: 'TOO_LARGE', variables: count, rows: 0, ms: 0 };
  const built = buildLp(model);
  if (!built) return { status: 'INFEASIBLE', variables: count, rows: 0, ms: Date.now() - started };
  const highs = await loadHighs();
  const result = highs.solve(built.lp, {
    output_flag: false,
    mip_rel_gap: 0,
    time_limit: options.timeLimitSeconds ?? 20,
    random_seed: 1,
  });
  const ms = Date.now() - started;
  if (result.Status === 'Infeasible') return { status: 'INFEASIBLE', variables: built.vars.length, rows: built.rows, ms };
  const assignment = new Int32Array(model.sessions.length).fill(-1);
  let complete = result.Columns !== undefined;
  if (complete) {
    for (const [s, k, name] of built.vars) if ((result.Columns[name]?.Primal ?? 0) > 0.5) assignment[s] = k;
    complete = assignment.every((k, s) => k >= 0 || model.sessions[s]!.values.length === 0);
  }
  if (!complete) return { status: 'UNKNOWN', variables: built.vars.length, rows: built.rows, ms };
  return {
    status: result.Status === 'Optimal' ? 'OPTIMAL' : 'FEASIBLE',
    assignment,
    objective: result.ObjectiveValue,
    variables: built.vars.length,
    rows: built.rows,
    ms,
  };
}
