// The one way tests and the bench get a browser and a site to point it at: Debian's Chromium (through the product's
// own launcher, scripts/lib/chromium.ts, which `npm run book` uses too) and a built site served on 127.0.0.1.
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type SiteServer } from './server.ts';

export { CHROMIUM_PATH, launchChromium } from '../../scripts/lib/chromium.ts';
export { serveSite, type SiteServer } from './server.ts';

export interface OpenSite {
  browser: Browser;
  site: SiteServer;
  /** Closes the browser and stops the server; safe to call when either never started. */
  close: () => Promise<void>;
}

/**
 * Launches Chromium and serves `dir` under `basePath`, for a test file's beforeAll:
 * `beforeAll(async () => ({ browser, site, close } = await openSite(DIST)))` and `afterAll(() => close?.())`.
 */
export async function openSite(dir: string, basePath = '/'): Promise<OpenSite> {
  const site = await serveSite(dir, basePath);
  try {
    const { browser, close } = await launchChromium();
    return {
      browser,
      site,
      close: async () => {
        await close();
        await site.close();
      },
    };
  } catch (error) {
    await site.close();
    throw error;
  }
}
