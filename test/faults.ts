import type { GraphQLResponse, TestPlatform } from './harness';

/** What one read got: its HTTP status, whether it had data, and the codes of its errors. */
export interface ReadOutcome<TData> {
  status: number;
  data: TData | null;
  codes: string[];
  messages: string[];
}

const loops = new Set<() => Promise<unknown>>();

/** Ends every read loop still going (after a test failed before it could). */
export async function stopReads() {
  await Promise.all([...loops].map((stop) => stop()));
  loops.clear();
}

/** Sends `query` again and again (`parallel` at a time) until `stop` is called; keeps every outcome. */
export function readContinuously<TData>(platform: TestPlatform, query: string, as: string, parallel = 3) {
  const outcomes: ReadOutcome<TData>[] = [];
  let running = true;
  const worker = async () => {
    while (running) {
      let result: GraphQLResponse<TData>;
      try {
        result = await platform.query<TData>(query, undefined, as);
      } catch (error) {
        result = { status: 0, errors: [{ message: error instanceof Error ? error.message : String(error) }] };
      }
      outcomes.push({
        status: result.status,
        data: result.data ?? null,
        codes: (result.errors ?? []).map((e) => String(e.extensions?.code)),
        messages: (result.errors ?? []).map((e) => e.message),
      });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
  const workers = Array.from({ length: parallel }, worker);
  const stop = async () => {
    running = false;
    await Promise.all(workers);
    return outcomes;
  };
  loops.add(stop);
  return {
    outcomes,
    async stop() {
      loops.delete(stop);
      return stop();
    },
  };
}

/** Waits until `check` passes (retrying every 100 ms), or fails with its last error after `timeoutMs`. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
