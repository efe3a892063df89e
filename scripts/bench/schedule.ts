/**
 * Benchmark of the meeting scheduler (排会): generated instances of a month, a quarter and a Timefold-style
 * week; for each, local search and the exact MIP (HiGHS) in the same run, with the gap of local search to
 * the exact optimum where HiGHS proves one; then the planner as planMeetings runs it (AUTO: local search, then
 * HiGHS within its default 20 s when the model is small enough), saying which engine gave its plan.
 * Run: npm run bench:schedule; BENCH_TF_SEEDS=11,1,2 adds Timefold-style instances of other seeds.
 */
import { availableParallelism, loadavg } from 'node:os';
import { officialCalendar } from '@lianban/kit';
import { generateDistrictInstance, generateTimefoldStyleInstance } from '../../subgraphs/meetings/src/scheduling/generate';
import type { ScheduleInput } from '../../subgraphs/meetings/src/scheduling/model';
import { solveInWorker } from '../../subgraphs/meetings/src/scheduling/worker-client';

const calendar = officialCalendar();
const isWorkingDay = (day: string) => calendar.isWorkingDay(day);

const instances: { name: string; goalMs: number; exactSeconds: number; maxExactVariables?: number; input: ScheduleInput }[] = [
  {
    name: 'month (30 sessions, 40 units, 8 leaders, 4 rooms)',
    goalMs: 5_000,
    exactSeconds: Number(process.env.BENCH_EXACT_SECONDS ?? 300),
    input: generateDistrictInstance({ from: '2026-12-01', to: '2026-12-31', sessions: 30, units: 40, leaders: 8, rooms: [60, 40, 30, 20], isWorkingDay }),
  },
  {
    name: 'quarter (120 sessions, 40 units, 8 leaders, 4 rooms)',
    goalMs: 30_000,
    // 160,000 binaries: HiGHS in WebAssembly found no solution in 86 s on an idle machine, and under load
    // does not get through presolve in minutes; BENCH_QUARTER_EXACT=1 tries it anyway
    exactSeconds: Number(process.env.BENCH_EXACT_SECONDS ?? 120),
    maxExactVariables: process.env.BENCH_QUARTER_EXACT ? 400_000 : 60_000,
    input: generateDistrictInstance({ from: '2026-10-01', to: '2026-12-31', sessions: 120, units: 40, leaders: 8, rooms: [60, 40, 30, 20], isWorkingDay }),
  },
  ...(process.env.BENCH_TF_SEEDS ?? '11').split(',').map((seed) => ({
    name: `Timefold-style (24 meetings, 20 people, rooms 30/20/16, 4x40 grains; seed ${seed})`,
    goalMs: 5_000,
    exactSeconds: Number(process.env.BENCH_EXACT_SECONDS ?? 300),
    input: generateTimefoldStyleInstance(Number(seed)),
  })),
];

console.log(`meeting scheduler benchmark (HiGHS with mip_rel_gap 0; load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${availableParallelism()} cores)\n`);
for (const { name, goalMs, exactSeconds, maxExactVariables, input } of instances) {
  const heuristic = await solveInWorker(input, { engine: 'HEURISTIC', seed: 1 });
  const exact = await solveInWorker(input, { engine: 'EXACT', exactTimeLimitSeconds: exactSeconds, maxExactVariables: maxExactVariables ?? 400_000 });
  const h = heuristic.heuristic!;
  const e = exact.exact!;
  console.log(name);
  const firstFeasible = h.feasibleMs !== undefined ? `first 0-hard plan after ${h.feasibleMs} ms` : 'no 0-hard plan';
  console.log(`  local search : hard ${h.hard}, soft ${h.soft}, ${h.ms} ms for ${h.iterations} moves; ${firstFeasible} (goal 0 hard in < ${goalMs / 1000} s: ${h.feasibleMs !== undefined && h.feasibleMs < goalMs ? 'met' : 'NOT met'})`);
  console.log(`  exact (HiGHS, limit ${exactSeconds} s): ${e.status}, ${e.variables} binaries, ${e.rows} rows, ${e.hard !== undefined ? `hard ${e.hard}, soft ${e.soft}` : 'no solution'}, ${e.ms} ms`);
  const gapTo = (soft: number) => (e.soft === 0 ? (soft === 0 ? 0 : Infinity) : ((soft - e.soft!) / e.soft!) * 100);
  if (e.status === 'OPTIMAL' && e.soft !== undefined) {
    const gap = gapTo(h.soft);
    console.log(`  gap of local search to the optimum: ${gap.toFixed(2)}% (goal <= 5%: ${gap <= 5 ? 'met' : 'NOT met'})`);
  } else if (e.soft !== undefined) {
    console.log(`  HiGHS did not prove optimality in time; local search vs its best: ${h.soft} vs ${e.soft}`);
  }
  // the planner as the secretariat gets it: default options, as planMeetings calls it
  const planner = await solveInWorker(input, {});
  const how = planner.engine === 'EXACT' ? (planner.optimal ? 'HiGHS, proven optimal' : 'HiGHS, not proven optimal') : 'local search';
  const exactPart = planner.exact ? `HiGHS ${planner.exact.status} in ${planner.exact.ms} ms` : 'HiGHS not tried';
  const plannerGap = e.status === 'OPTIMAL' && e.soft !== undefined ? `, gap to the optimum ${gapTo(planner.soft).toFixed(2)}%` : '';
  console.log(`  planner (AUTO, as planMeetings runs it): plan from ${how}; hard ${planner.hard}, soft ${planner.soft}${plannerGap}; ${planner.solveMs} ms (local search ${planner.heuristic?.ms} ms, ${exactPart})`);
  console.log('');
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
