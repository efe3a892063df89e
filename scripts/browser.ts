import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

/** Flags for a headless Chromium on a machine with no display, GPU, sandbox or internet. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

/**
 * A headless Chromium for the console's browser tests and screenshots: the system's /usr/bin/chromium
 * when there is one (or CHROMIUM_PATH), else the one @sparticuz/chromium unpacks from npm.
 */
export async function launchBrowser(): Promise<Browser> {
  const system = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => path && existsSync(path));
  if (system) return chromium.launch({ executablePath: system, headless: true, args: FLAGS });
  const { default: packaged } = await import('@sparticuz/chromium');
  // its own arguments are made for serverless functions: --single-process shares storage between browser
  // contexts (one user's sign-in would leak into the next) and --disable-web-security turns off the
  // same-origin checks the console relies on, so only the harmless ones are kept
  const kept = packaged.args.filter((arg) => /^--(no-zygote|font-render-hinting|use-gl|use-angle|enable-unsafe-swiftshader|in-process-gpu|disk-cache-size)/.test(arg));
  return chromium.launch({ executablePath: await packaged.executablePath(), headless: true, args: [...new Set([...kept, ...FLAGS])] });
}
