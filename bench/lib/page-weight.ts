// Page weight in headless Chromium: what a first visit to a page transfers (browser cache off), by type, and how much
// JavaScript runs before the page is readable.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { NetworkLog, sumByCategory, type Category, type Transfer } from './network.ts';

export interface ScriptCount {
  scripts: number;
  bytes: number;
}

export interface PageWeight {
  /** Which page, e.g. "document". */
  page: string;
  path: string;
  bytes: Record<Category, number>;
  totalBytes: number;
  requests: number;
  /** What the same files would weigh served with gzip (level 6, body only): the common case on a real host. */
  gzipBytes: number;
  /** Scripts (external and inline) that ran before DOMContentLoaded: the JavaScript a reader waits for. */
  jsBeforeDomContentLoaded: ScriptCount;
  /** Classic scripts without async or defer: they stop the parser, so the page cannot show until they have run. */
  renderBlockingJs: ScriptCount;
  /** Every script transferred, including those loaded later (search, enhancements). */
  jsTotal: ScriptCount;
}

/** Script elements whose type makes them run as JavaScript (not JSON data or Pagefind templates). */
const RUNNABLE_TYPES = ['', 'text/javascript', 'application/javascript', 'module'];

interface InlineScripts {
  beforeDcl: ScriptCount;
  blocking: ScriptCount;
}

/** The file a static host serves for `url` from `root` ("/countries/" → countries/index.html), if there is one. */
export function servedFile(root: string, url: string, basePath = '/'): string | undefined {
  let path = decodeURIComponent(new URL(url).pathname);
  if (!path.startsWith(basePath)) return undefined;
  path = path.slice(basePath.length);
  if (path === '' || path.endsWith('/')) path += 'index.html';
  const file = join(root, path);
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/** Size of a served file with gzip, or its transfer size when it is not a file of the site (e.g. a 404). */
export function gzipSize(root: string, transfer: Pick<Transfer, 'url' | 'bytes'>, basePath = '/'): number {
  const file = servedFile(root, transfer.url, basePath);
  return file ? gzipSync(readFileSync(file), { level: 6 }).length : transfer.bytes;
}

/** Size on disk of the file served for `url`. */
export function fileSizer(root: string, basePath = '/'): (url: string) => number | undefined {
  return (url) => {
    const file = servedFile(root, url, basePath);
    return file ? statSync(file).size : undefined;
  };
}

/** Opens a search dialog before measuring, for a site whose search is a dialog rather than a page. */
export interface OpenSearch {
  openSelector: string;
  inputSelector: string;
}

/**
 * Loads `url` in a fresh browser context (empty cache) and measures what it transfers and runs; with `open`, also
 * what opening the search dialog and waiting for its box costs.
 */
export async function measurePage(
  browser: Browser,
  root: string,
  siteUrl: string,
  page: string,
  path: string,
  open?: OpenSearch,
): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const base = new URL(siteUrl).pathname;
    const log = new NetworkLog(context, fileSizer(root, base));
    const tab = await context.newPage();
    // The scripts in the document when DOMContentLoaded fires, before any listener of the page's own (this one is
    // added first): those are the ones that ran before it; a page may start others from a listener.
    await tab.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        (window as unknown as { __benchScriptsAtDcl: HTMLScriptElement[] }).__benchScriptsAtDcl = Array.from(
          document.querySelectorAll('script'),
        );
      });
    });
    await tab.goto(new URL(path, siteUrl).href, { waitUntil: 'load' });
    if (open) {
      await tab.locator(open.openSelector).first().click();
      // Focused, as a reader's click or typing would: both searches start loading Pagefind on focus.
      const input = tab.locator(open.inputSelector).first();
      await input.waitFor({ state: 'visible' });
      await input.focus();
    }
    // Enhancements load after `load` (Starlight loads its search UI when the browser is idle): count them too.
    await log.quiet(800);
    const inline = await tab.evaluate((types: string[]): InlineScripts => {
      const out = { beforeDcl: { scripts: 0, bytes: 0 }, blocking: { scripts: 0, bytes: 0 } };
      // Only scripts present in the HTML as delivered run before DOMContentLoaded without being requested later.
      const atDcl = (window as unknown as { __benchScriptsAtDcl?: HTMLScriptElement[] }).__benchScriptsAtDcl;
      for (const s of atDcl ?? Array.from(document.querySelectorAll<HTMLScriptElement>('script'))) {
        const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
        if (!types.includes(type)) continue;
        const isModule = type === 'module';
        const bytes = new TextEncoder().encode(s.textContent ?? '').length;
        if (!s.src) {
          out.beforeDcl.scripts++;
          out.beforeDcl.bytes += bytes;
        }
        if (!isModule && !s.async && !s.defer) {
          out.blocking.scripts++;
          out.blocking.bytes += s.src ? 0 : bytes;
        }
      }
      return out;
    }, RUNNABLE_TYPES);
    // Blocking external scripts: their bytes come from the network log.
    const blockingSrc = await tab.evaluate(
      (types: string[]) =>
        Array.from(document.querySelectorAll<HTMLScriptElement>('script[src]'))
          .filter(
            (s) =>
              types.includes((s.getAttribute('type') ?? '').trim().toLowerCase()) &&
              s.getAttribute('type') !== 'module' &&
              !s.async &&
              !s.defer,
          )
          .map((s) => s.src),
      RUNNABLE_TYPES,
    );
    const transfers = log.transfers;
    const scripts = transfers.filter((t) => t.category === 'js');
    // On the clock of Playwright's request timings: milliseconds since 1970.
    const domContentLoadedAt = await tab.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      return performance.timeOrigin + (navigation?.domContentLoadedEventStart ?? 0);
    });
    const early = scripts.filter((t) => t.sentAt < domContentLoadedAt);
    const sum = sumByCategory(transfers);
    return {
      page,
      path,
      bytes: sum.bytes,
      totalBytes: sum.totalBytes,
      requests: sum.totalRequests,
      gzipBytes: transfers.reduce((s, t) => s + gzipSize(root, t, base), 0),
      jsBeforeDomContentLoaded: {
        scripts: inline.beforeDcl.scripts + early.length,
        bytes: inline.beforeDcl.bytes + early.reduce((s, t) => s + t.bytes, 0),
      },
      renderBlockingJs: {
        scripts: inline.blocking.scripts,
        bytes:
          inline.blocking.bytes + scripts.filter((t) => blockingSrc.includes(t.url)).reduce((s, t) => s + t.bytes, 0),
      },
      jsTotal: {
        scripts: scripts.length + inline.beforeDcl.scripts,
        bytes: scripts.reduce((s, t) => s + t.bytes, 0) + inline.beforeDcl.bytes,
      },
    };
  } finally {
    await context.close();
  }
}
