import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The console's package; its build goes to dist/, which the gateway serves at `/`. */
export const CONSOLE_DIR = join(root, 'console');
const BUILT = join(CONSOLE_DIR, 'dist', 'index.html');
/** What the build is made from: newer than the build means the build is stale. */
const SOURCES = ['src', 'index.html', 'vite.config.ts', 'package.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Why the console needs building, or null when its build is newer than every source file. */
export function consoleBuildStale(): string | null {
  if (!existsSync(BUILT)) return 'not built yet';
  const built = statSync(BUILT).mtimeMs;
  const changed = SOURCES.find((source) => newest(join(CONSOLE_DIR, source)) > built);
  return changed ? `console/${changed} changed since the last build` : null;
}

/**
 * Builds the console (vite build, a few seconds) when it is missing or older than its sources;
 * `log` hears why and the bundle budget line. Resolves with whether it built.
 */
export async function ensureConsoleBuilt(log: (line: string) => void = () => undefined): Promise<boolean> {
  const reason = consoleBuildStale();
  if (!reason) return false;
  log(`console   building (${reason})…`);
  const vite = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: CONSOLE_DIR, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.on('error', reject);
    child.on('close', resolve);
  });
  const text = output.join('');
  if (code !== 0) throw new Error(`the console did not build (vite exited with ${code}):\n${text}`);
  const budget = text.split('\n').find((line) => line.startsWith('console bundle:'));
  if (budget) log(`console   ${budget.replace(/^console bundle: /, '')}`);
  return true;
}
