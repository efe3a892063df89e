import type { z } from 'zod';

/**
 * Reads a benchmark process's environment with `schema`, failing with one line per wrong variable. The
 * servers of `bench:overhead` use this rather than the kit's `parseEnv` so that the limit and the bare
 * gateway load nothing of the project.
 */
export function readEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined> = process.env): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}

/** Stops `stop` on SIGINT or SIGTERM and exits, as the project's own services do. */
export function stopOnSignal(stop: () => Promise<void>) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      stop().then(
        () => process.exit(0),
        (error: unknown) => {
          console.error(error);
          process.exit(1);
        },
      );
    });
  }
}
