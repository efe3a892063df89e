import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { PROJECT_ROOT } from '../database';

/** A server running in a process of its own. */
export interface ServiceProcess {
  name: string;
  /** Its GraphQL endpoint, as it printed it. */
  url: string;
  /** Its last lines of output, for error messages. */
  output: () => string;
}

/** `… ready at <url>`, or the services' JSON log line `{…"url":"<url>",…"msg":"… ready"}`. */
const READY = /ready at (http:\/\/\S+)|"url":"(http:\/\/[^"]+)".*"msg":"[^"]* ready"/;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 5_000;
const KEPT_LINES = 20;

/**
 * The processes a benchmark starts. Each runs one TypeScript entry point with node and tsx, on the
 * same machine, and is ready when it prints `… ready at <url>` or logs that it is ready with its `url` (as
 * the project's services do); after that its output (a log line per request) is only kept, unsplit, for
 * error messages, so reading it costs the measuring process next to nothing. `stopAll`
 * ends them (SIGTERM, then SIGKILL after five seconds); if this process exits first, they are killed.
 */
export class ServiceProcesses {
  private readonly children = new Map<string, ChildProcess>();
  private stopping = false;

  constructor(private readonly baseEnv: Record<string, string | undefined>) {
    process.once('exit', () => {
      for (const child of this.children.values()) if (child.exitCode === null) child.kill('SIGKILL');
    });
  }

  /** Starts `entry` (a path from the project root) with `env` and waits until it says where it listens. */
  start(name: string, entry: string, env: Record<string, string | undefined>): Promise<ServiceProcess> {
    const child = spawn(process.execPath, ['--import', 'tsx', resolve(PROJECT_ROOT, entry)], {
      cwd: PROJECT_ROOT,
      env: { ...this.baseEnv, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.children.set(name, child);
    const lines: string[] = [];
    let tail = '';
    const output = () => [...lines, tail].join('\n').trim();
    return new Promise<ServiceProcess>((resolvePromise, reject) => {
      let ready = false;
      const timer = setTimeout(() => {
        reject(new Error(`${name} did not say it was ready within ${START_TIMEOUT_MS / 1000} s; its last output:\n${output()}`));
      }, START_TIMEOUT_MS);
      const read = (chunk: Buffer) => {
        for (const line of chunk.toString('utf8').split('\n')) {
          if (!line.trim()) continue;
          lines.push(line);
          if (lines.length > KEPT_LINES) lines.shift();
          const match = READY.exec(line);
          if (match && !ready) {
            ready = true;
            clearTimeout(timer);
            child.stdout?.off('data', read).on('data', keep);
            child.stderr?.off('data', read).on('data', keep);
            resolvePromise({ name, url: match[1] ?? match[2], output });
            return;
          }
        }
      };
      const keep = (chunk: Buffer) => {
        tail = (tail + chunk.toString('utf8')).slice(-4000);
      };
      child.stdout?.on('data', read);
      child.stderr?.on('data', read);
      child.once('error', (error) => {
        clearTimeout(timer);
        reject(new Error(`${name} could not be started: ${error.message}`));
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const how = signal ? `by ${signal}` : `with exit code ${code}`;
        if (!ready) reject(new Error(`${name} stopped before it was ready (${how}); its last output:\n${output()}`));
        else if (!this.stopping) console.error(`${name} stopped ${how} before the benchmark ended; its last output:\n${output()}`);
      });
    });
  }

  /** Whether a started process has ended (a crash during measurement). */
  exited(name: string): boolean {
    const child = this.children.get(name);
    return child !== undefined && (child.exitCode !== null || child.signalCode !== null);
  }

  async stopAll(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      [...this.children.values()].map(async (child) => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        const exited = new Promise<void>((done) => child.once('exit', () => done()));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
        await exited;
        clearTimeout(timer);
      }),
    );
    this.children.clear();
  }
}
