import autocannon from 'autocannon';

/** A GraphQL answer as it comes over HTTP. */
export interface GraphqlAnswer {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a GraphQL operation and returns its answer; throws on anything but a JSON answer. */
export async function postGraphql(url: string, query: string, variables: Record<string, unknown> = {}, authorization?: string): Promise<GraphqlAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  try {
    return JSON.parse(text) as GraphqlAnswer;
  } catch {
    throw new Error(`${url} answered HTTP ${response.status} with something that is not JSON: ${text.slice(0, 200)}`);
  }
}

/** One measurement of one target. */
export interface Sample {
  /** Answers received within the measurement. */
  answered: number;
  requestsPerSecond: number;
  /** Mean time from request to full response, in milliseconds, at full precision. */
  latencyMs: number;
}

export interface LoadOptions {
  url: string;
  query: string;
  authorization: string;
  connections: number;
  seconds: number;
}

/**
 * Sends `query` over `connections` keep-alive connections for `seconds` and returns the throughput and
 * mean latency. Every answer must be HTTP 2xx without `errors`, or the measurement fails. (The mean is
 * taken from each response's own time: autocannon's histogram keeps whole milliseconds only.)
 */
export function measure(options: LoadOptions): Promise<Sample> {
  let answered = 0;
  let totalMs = 0;
  let firstError: string | undefined;
  return new Promise<Sample>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: options.authorization },
        body: JSON.stringify({ query: options.query }),
        connections: options.connections,
        duration: options.seconds,
        verifyBody: (body) => {
          const text = String(body);
          if (!text.includes('"errors"')) return true;
          firstError ??= text.slice(0, 500);
          return false;
        },
      },
      (error: unknown, result) => {
        if (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        const failed = result.non2xx + result.errors + result.timeouts + result.mismatches;
        if (failed > 0) {
          reject(
            new Error(
              `${options.url} failed ${failed} of ${result.requests.total} requests at ${options.connections} connections ` +
                `(${result.non2xx} not 2xx, ${result.mismatches} with errors, ${result.errors} connection errors, ${result.timeouts} timeouts)` +
                (firstError ? `; the first with errors: ${firstError}` : ''),
            ),
          );
          return;
        }
        resolve({ answered, requestsPerSecond: answered / result.duration, latencyMs: answered ? totalMs / answered : Number.NaN });
      },
    );
    // autocannon emits (client, statusCode, bytes, milliseconds); its typings leave out the client
    (instance as NodeJS.EventEmitter).on('response', (_client: unknown, statusCode: number, _bytes: number, milliseconds: number) => {
      if (statusCode >= 200 && statusCode < 300) {
        answered += 1;
        totalMs += milliseconds;
      }
    });
  });
}

/** The middle value (the mean of the two middle ones of an even count). */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
