// How a page starts, as a phone on a slow network sees it: nothing but the inline colour-scheme script runs before
// DOMContentLoaded (every other script starts after it, src/lib/theme-script.ts), what those scripts do still works
// once the page has loaded, and nothing on the page moves while it loads.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEME_SCRIPT } from '../../src/lib/theme-script.ts';
import { openSite, type SiteServer } from '../helpers/browser.ts';

let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;

beforeAll(async () => {
  ({ browser, site, close: closeSite } = await openSite(process.env.BRIEFING_OUT ?? 'dist'));
});
afterAll(() => closeSite?.());

const PAGES = ['', 'countries/kazakhstan/', 'documents/astana-tokyo-memorandum/', 'search/'];

/** What had run or been asked for by DOMContentLoaded: script elements that run, and scripts fetched. */
interface AtDcl {
  inline: { type: string; text: string }[];
  external: string[];
  fetched: string[];
}

async function scriptsAtDcl(context: BrowserContext, path: string): Promise<{ page: Page; atDcl: AtDcl }> {
  const page = await context.newPage();
  // Added before any of the page's scripts, so this listener runs before the page's own.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const runs = (s: HTMLScriptElement) => ['', 'text/javascript', 'module'].includes(s.type.toLowerCase());
      const scripts = [...document.querySelectorAll('script')].filter(runs);
      (window as unknown as { atDcl: AtDcl }).atDcl = {
        inline: scripts.filter((s) => !s.src).map((s) => ({ type: s.type, text: s.textContent ?? '' })),
        external: scripts.filter((s) => s.src).map((s) => s.src),
        fetched: performance
          .getEntriesByType('resource')
          .filter((e) => (e as PerformanceResourceTiming).initiatorType === 'script' || /\.m?js$/.test(e.name))
          .map((e) => e.name),
      };
    });
  });
  await page.goto(`${site.url}${path}`);
  return { page, atDcl: await page.evaluate(() => (window as unknown as { atDcl: AtDcl }).atDcl) };
}

describe('before DOMContentLoaded', () => {
  it.each(PAGES)('/%s runs only the inline colour-scheme script', async (path) => {
    const context = await browser.newContext();
    const { atDcl } = await scriptsAtDcl(context, path);
    expect(atDcl).toEqual({ inline: [{ type: '', text: THEME_SCRIPT }], external: [], fetched: [] });
    await context.close();
  });
});

describe('after load, the scripts that started late', () => {
  it('put the cursor in the header box with "/" and Ctrl+K, and show results as the reader types', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page } = await scriptsAtDcl(context, 'countries/kazakhstan/');
    for (const keys of ['/', 'Control+k']) {
      await page.locator('.bf-brand').focus();
      await page.keyboard.press(keys);
      expect(await page.evaluate(() => document.activeElement?.id), keys).toBe('bf-search-q');
    }
    await page.keyboard.type('Tokaev');
    await page.locator('#bf-typeahead .bf-result__link').first().waitFor();
    expect(await page.locator('#bf-typeahead').isVisible()).toBe(true);
    await context.close();
  });

  it('switch the colour scheme and say so', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const { page } = await scriptsAtDcl(context, '');
    const toggle = page.getByRole('button', { name: 'Dark scheme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });

  it('start once each, however many charts carry the same script, and a chart mark still leads to its entry', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const { page } = await scriptsAtDcl(context, '');
    await page.waitForLoadState('load');
    const started = await page.evaluate(() => ({
      templatesLeft: document.querySelectorAll('template[data-bf-later]').length,
      chartScripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('data-bf-href'))
        .length,
      charts: document.querySelectorAll('.bf-chart').length,
    }));
    expect(started.charts).toBeGreaterThan(1);
    expect(started).toEqual({ templatesLeft: 0, chartScripts: 1, charts: started.charts });
    const mark = page.locator('.bf-chart svg [data-bf-href]').first();
    const target = await mark.getAttribute('data-bf-href');
    await Promise.all([page.waitForURL((u) => !u.href.endsWith(site.url)), mark.dispatchEvent('click')]);
    expect(decodeURIComponent(page.url())).toContain(target!.replace(/^#/, ''));
    await context.close();
  });

  it('filter the tracker', async () => {
    const context = await browser.newContext();
    const { page } = await scriptsAtDcl(context, 'tracker/');
    await page.getByLabel('By status').selectOption('proposed');
    expect(await page.locator('[data-tracker-count]').innerText()).toMatch(/^\d+ of \d+ commitments shown\.$/);
    await context.close();
  });
});

/** A phone, as Lighthouse's mobile test emulates it; a desktop screen, where lines are longest. */
const SCREENS = {
  phone: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  desktop: { viewport: { width: 1350, height: 940 } },
};

/** Layout shifts while `path` loads over a slow network with a slow processor, as Lighthouse's test does. */
async function shiftsOnLoad(
  path: string,
  screen: keyof typeof SCREENS,
  ready?: string,
): Promise<{ value: number; sources: string[] }[]> {
  const context = await browser.newContext(SCREENS[screen]);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 150,
    downloadThroughput: 1.6e6 / 8,
    uploadThroughput: 750e3 / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // The typeface comes late, after the first paint: the moment a swap would move lines. Nothing may move (running
  // text never swaps to it once drawn, charts wait for it: fonts.css). Besides it, what scripts show and what
  // loads late.
  await page.route('**/*.woff2', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    await route.continue();
  });
  // Layout shifts reach an observer only (performance.getEntriesByType() never lists them): one is set up before
  // anything of the page has run, and keeps each shift as a reader's browser would count it.
  await page.addInitScript(() => {
    const shifts: { value: number; sources: string[] }[] = [];
    (window as unknown as { shifts: typeof shifts }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources: { node?: Node }[];
      }[]) {
        if (e.hadRecentInput) continue;
        shifts.push({
          value: e.value,
          sources: e.sources.map((s) =>
            s.node instanceof Element ? s.node.outerHTML.slice(0, 80) : String(s.node?.nodeName),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${site.url}${path}`);
  // What the page's script shows late (the search page's interface) has been shown.
  if (ready) await page.waitForSelector(ready, { state: 'visible' });
  // Every font the page asked for has come (or failed), and a frame has been drawn with it.
  const shifts = await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts;
  });
  await context.close();
  return shifts;
}

describe.each(Object.keys(SCREENS) as (keyof typeof SCREENS)[])(
  'while a page loads over a slow network on a %s',
  (screen) => {
    it.each([...PAGES.filter((p) => p !== 'search/'), 'tracker/'])('/%s moves nothing', async (path) => {
      expect(await shiftsOnLoad(path, screen)).toEqual([]);
    });
    it('/search/ moves nothing when its interface replaces the notice that search needs JavaScript', async () => {
      expect(await shiftsOnLoad('search/', screen, '[data-bf-search-input]')).toEqual([]);
    });
  },
);
