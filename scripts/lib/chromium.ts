// Launches Debian's Chromium through playwright-core: the one launcher of the briefing book (npm run book), the
// browser tests and the bench (through tests/helpers/browser.ts).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags for headless runs on a machine with no network to spare: no sandbox (root in CI), nothing phoned home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why Chromium cannot be launched from `path`, with the fix, or undefined when it is there. */
export function missingChromium(path: string): string | undefined {
  if (existsSync(path)) return undefined;
  return `Chromium not found at ${path}. Install Debian's package: apt-get update && apt-get install -y chromium (.ci/run does this), or set CHROMIUM_PATH.`;
}

/** Starts headless Chromium (playwright's launch() gives it a new, empty profile each time); fails with a clear message when it is not installed. */
export async function launchChromium(
  executablePath = CHROMIUM_PATH,
  // The chart gate starts one with FONTCONFIG_FILE set, to see the pages as on a machine with other fonts.
  options: { env?: Record<string, string | undefined> } = {},
): Promise<{ browser: Browser; close: () => Promise<void> }> {
  const missing = missingChromium(executablePath);
  if (missing) throw new Error(missing);
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
    ...(options.env ? { env: options.env } : {}),
  });
  return {
    browser,
    close: () => browser.close(),
  };
}
