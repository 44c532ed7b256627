// Lighthouse (mobile, its default: an emulated mid-range phone with simulated throttling, so no real network is
// needed) against a built site served on 127.0.0.1, in Debian's Chromium started by chrome-launcher with the same
// flags as every other browser here (headless, no sandbox, no background networking).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, missingChromium } from '../../scripts/lib/chromium.ts';
import { LIGHTHOUSE_CATEGORIES, summarise, type LhrLike, type LighthouseRun } from './lighthouse-score.ts';

/** Runs Lighthouse on each page of the site at `siteUrl`, one after another (one browser for all). */
export async function measureLighthouse(
  siteUrl: string,
  pages: { page: string; path: string }[],
): Promise<LighthouseRun[]> {
  const missing = missingChromium(CHROMIUM_PATH);
  if (missing) throw new Error(missing);
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS],
  });
  try {
    const runs: LighthouseRun[] = [];
    for (const { page, path } of pages) {
      const result = await lighthouse(new URL(path, siteUrl).href, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: [...LIGHTHOUSE_CATEGORIES],
      });
      if (!result) throw new Error(`Lighthouse returned nothing for ${page}`);
      if (result.lhr.runtimeError) throw new Error(`Lighthouse on ${page}: ${result.lhr.runtimeError.message}`);
      runs.push(summarise(page, path, result.lhr as unknown as LhrLike));
    }
    return runs;
  } finally {
    chrome.kill();
  }
}
