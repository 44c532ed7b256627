// Search as a reader meets it: open the search, type a query, and time until the first result is on screen; then a
// second query. Bytes are what each step transfers until the network is quiet again.
import type { Browser, Page } from 'playwright-core';
import { NetworkLog, sumByCategory } from './network.ts';

/** How to drive one site's search UI. */
export interface SearchUi {
  /** Page that holds the search, e.g. "search/" (ours) or "" (Starlight's dialog on every page). */
  path: string;
  /** Clicked first to open the search (Starlight's dialog), if any. */
  openSelector?: string;
  /** The text box to type into. */
  inputSelector: string;
  /** A rendered result: matches only once a result shows its title and link, not a loading placeholder. */
  resultSelector: string;
}

export interface QueryMeasure {
  query: string;
  /** From the input event to the frame after the first new result appeared, per run. */
  ms: number[];
  /** Bytes transferred from typing until the network was quiet again (first run). */
  bytes: number;
  requests: number;
}

export interface SearchMeasure {
  /** Bytes and requests to load the page, open the search and focus its box, until the network is quiet (first run). */
  pageBytes: number;
  pageRequests: number;
  first: QueryMeasure;
  next: QueryMeasure;
  /** Everything under /pagefind/ that the whole session transferred (first run). */
  pagefindBytes: number;
}

declare global {
  interface Window {
    __benchStart?: number | undefined;
    __benchDone?: Promise<number>;
  }
}

/**
 * Arms the page to time the next query: the clock starts at the input event, and stops at the first animation
 * frame after an element matching `selector` appears that was not on the page before (so a following query
 * waits for its own results, not the previous ones).
 */
async function armTimer(page: Page, selector: string): Promise<void> {
  await page.evaluate((sel: string) => {
    const before = new Set(Array.from(document.querySelectorAll(sel)));
    window.__benchStart = undefined;
    document.addEventListener('input', (e) => (window.__benchStart ??= e.timeStamp), { capture: true, once: true });
    window.__benchDone = new Promise<number>((resolve) => {
      const isShown = () =>
        Array.from(document.querySelectorAll<HTMLElement>(sel)).some(
          (el) => !before.has(el) && el.textContent!.trim() !== '' && el.getClientRects().length > 0,
        );
      const observer = new MutationObserver(() => {
        if (!isShown()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now()));
      });
      observer.observe(document.documentElement, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
      });
    });
  }, selector);
}

async function timeQuery(page: Page, ui: SearchUi, query: string, timeoutMs: number): Promise<number> {
  await armTimer(page, ui.resultSelector);
  await page.locator(ui.inputSelector).first().fill(query);
  const done = page.evaluate(async () => {
    const end = await window.__benchDone!;
    return end - window.__benchStart!;
  });
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error(`no result for "${query}" within ${timeoutMs} ms`)), timeoutMs),
  );
  return Math.round(await Promise.race([done, timeout]));
}

/** One session: load the page, open the search, type `queries[0]`, then `queries[1]`. */
async function searchSession(
  browser: Browser,
  siteUrl: string,
  ui: SearchUi,
  queries: [string, string],
  timeoutMs: number,
  fileSize: (url: string) => number | undefined,
) {
  const context = await browser.newContext();
  try {
    const log = new NetworkLog(context, fileSize);
    const page = await context.newPage();
    await page.goto(new URL(ui.path, siteUrl).href, { waitUntil: 'load' });
    if (ui.openSelector) await page.locator(ui.openSelector).first().click();
    const input = page.locator(ui.inputSelector).first();
    await input.waitFor({ state: 'visible', timeout: timeoutMs });
    // A reader clicks into the box before typing; both searches start loading Pagefind on focus. Starlight
    // focuses the box when its dialog opens, unless the UI has not mounted yet: focus it in every case.
    await input.focus();
    await log.quiet();
    const pageStep = sumByCategory(log.transfers);
    const m1 = log.mark();
    const firstMs = await timeQuery(page, ui, queries[0], timeoutMs);
    await log.quiet();
    const first = sumByCategory(log.since(m1));
    const m2 = log.mark();
    const nextMs = await timeQuery(page, ui, queries[1], timeoutMs);
    await log.quiet();
    const next = sumByCategory(log.since(m2));
    const pagefindBytes = log.transfers
      .filter((t) => new URL(t.url).pathname.includes('/pagefind/'))
      .reduce((s, t) => s + t.bytes, 0);
    return { pageStep, firstMs, first, nextMs, next, pagefindBytes };
  } finally {
    await context.close();
  }
}

/** Times both queries in `runs` fresh sessions (empty cache each time); bytes come from the first session. */
export async function measureSearch(
  browser: Browser,
  siteUrl: string,
  ui: SearchUi,
  queries: [string, string],
  options: { runs: number; fileSize: (url: string) => number | undefined; timeoutMs?: number },
): Promise<SearchMeasure> {
  const sessions = [];
  for (let i = 0; i < options.runs; i++)
    sessions.push(await searchSession(browser, siteUrl, ui, queries, options.timeoutMs ?? 30_000, options.fileSize));
  const [one] = sessions;
  return {
    pageBytes: one!.pageStep.totalBytes,
    pageRequests: one!.pageStep.totalRequests,
    first: {
      query: queries[0],
      ms: sessions.map((s) => s.firstMs),
      bytes: one!.first.totalBytes,
      requests: one!.first.totalRequests,
    },
    next: {
      query: queries[1],
      ms: sessions.map((s) => s.nextMs),
      bytes: one!.next.totalBytes,
      requests: one!.next.totalRequests,
    },
    pagefindBytes: one!.pagefindBytes,
  };
}
