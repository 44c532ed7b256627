// Does search find what readers type, the way they spell it? Every query of tests/browser/relevance.md, on the
// search page of the site served over HTTP and of the offline edition opened from disk.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineEditionPaths } from '../../src/lib/offline/edition.ts';
import { launchChromium, serveSite, type SiteServer } from '../helpers/browser.ts';

interface Case {
  query: string;
  first: string;
  alsoTopThree: string[];
  sameAs?: string;
}

/** The rows of the table in relevance.md. */
function readCases(): Case[] {
  const rows = readFileSync(new URL('./relevance.md', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| Query') && !line.startsWith('| ---'));
  return rows.map((line) => {
    const [query, first, also, sameAs] = line
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim());
    return { query: query!, first: first!, alsoTopThree: also ? also.split(/\s+/) : [], ...(sameAs && { sameAs }) };
  });
}

const DIST = process.env.BRIEFING_OUT ?? 'dist';
const cases = readCases();

let browser: Browser;
let closeBrowser: () => Promise<void>;
let site: SiteServer;
let page: Page;

beforeAll(async () => {
  ({ browser, close: closeBrowser } = await launchChromium());
  site = await serveSite(DIST);
  page = await (await browser.newContext({ viewport: { width: 1280, height: 2400 } })).newPage();
});
afterAll(async () => {
  await closeBrowser?.();
  await site?.close();
});

/** The paths of the first three results of a query on the search page at `searchPage`, as the reader sees them. */
async function topThree(root: string, query: string): Promise<string[]> {
  const searchPage = root.startsWith('file:') ? `${root}search/index.html` : `${root}search/`;
  await page.goto(`${searchPage}?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => {
    const summary = document.querySelector('.bf-search-summary')?.textContent ?? '';
    if (/^No results/.test(summary.trim())) return true;
    const items = [...document.querySelectorAll('ul.bf-results > li')].slice(0, 3);
    return /result/.test(summary) && items.length > 0 && items.every((li) => li.querySelector('.bf-result__link'));
  });
  const hrefs = await page
    .locator('.bf-result__link')
    .evaluateAll((links) => links.slice(0, 3).map((a) => (a as HTMLAnchorElement).href));
  // From the site's root: online "/documents/x/"; from disk ".../documents/x/index.html" names its file.
  const rootPath = new URL(root).pathname;
  return hrefs.map((href) => `/${new URL(href).pathname.slice(rootPath.length)}`.replace(/index\.html$/, ''));
}

const editions = [
  { name: 'online', root: () => site.url },
  { name: 'from disk (file://)', root: () => `${pathToFileURL(offlineEditionPaths(DIST).folder).href}/` },
];

describe.each(editions)('search relevance $name', ({ root }) => {
  it('has at least 40 queries to check', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
  });

  it.each(cases)('"$query" finds $first first', async ({ query, first, alsoTopThree, sameAs }) => {
    const top = await topThree(root(), query);
    expect(top[0], `first result for "${query}" (top three: ${top.join(', ')})`).toBe(first);
    for (const path of alsoTopThree) expect(top, `top three for "${query}"`).toContain(path);
    if (sameAs) expect(top, `"${query}" ranked as "${sameAs}"`).toEqual(await topThree(root(), sameAs));
  });
});
