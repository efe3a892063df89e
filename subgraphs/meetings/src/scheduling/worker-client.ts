import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { ScheduleInput } from './model';
import type { SchedulePlan, SolveOptions } from './solve';

function workingDaysOf(input: ScheduleInput): string[] {
  const days: string[] = [];
  for (let d = new Date(`${input.from}T00:00:00Z`); d.toISOString().slice(0, 10) <= input.to; d.setUTCDate(d.getUTCDate() + 1)) {
    const day = d.toISOString().slice(0, 10);
    if (input.isWorkingDay(day)) days.push(day);
  }
  return days;
}

/** tsx's ESM register API, found from here (works under tsx and under the test runner alike). */
function tsxApi(): string {
  const root = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  return pathToFileURL(join(root, 'dist/esm/api/index.mjs')).href;
}

/**
 * Solves in a worker thread: HiGHS and local search block the thread they run on, and the subgraph must
 * keep answering meanwhile. One worker per plan; it ends with the plan (or after `hardLimitMs`, by default the
 * exact model's time limit and a minute and a half for the rest).
 * The worker loads the TypeScript engine through tsx, as the subgraph itself runs.
 */
export function solveInWorker(
  input: ScheduleInput,
  options: SolveOptions = {},
  hardLimitMs = Math.max(120_000, (options.exactTimeLimitSeconds ?? 20) * 1000 + 90_000),
): Promise<SchedulePlan> {
  const { isWorkingDay: _calendar, ...data } = input;
  void _calendar;
  const tsx = tsxApi();
  const engine = new URL('./worker.ts', import.meta.url).href;
  const code = `const { register } = await import(${JSON.stringify(tsx)}); register(); await import(${JSON.stringify(engine)});`;
  return new Promise((resolve, reject) => {
    const worker = new Worker(code, { eval: true, workerData: { input: data, workingDays: workingDaysOf(input), options } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the scheduler did not finish within ${hardLimitMs} ms`));
    }, hardLimitMs);
    worker.once('message', (message: { plan?: SchedulePlan; error?: string }) => {
      clearTimeout(timer);
      void worker.terminate();
      if (message.plan) resolve(message.plan);
      else reject(new Error(`the scheduler failed: ${message.error}`));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}
