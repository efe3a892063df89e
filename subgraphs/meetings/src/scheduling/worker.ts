import { parentPort, workerData } from 'node:worker_threads';
import type { ScheduleInput } from './model';
import { solveSchedule, type SolveOptions } from './solve';

/** The worker side: solves one instance and posts the plan (the input's calendar arrives as a list of working days). */
const { input, workingDays, options } = workerData as { input: Omit<ScheduleInput, 'isWorkingDay'>; workingDays: string[]; options: SolveOptions };
const working = new Set(workingDays);
solveSchedule({ ...input, isWorkingDay: (day) => working.has(day) }, options).then(
  (plan) => parentPort!.postMessage({ plan }),
  (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? `${error.message}\n${error.stack}` : String(error) }),
);
