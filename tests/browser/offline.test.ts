// The offline edition as its recipient uses it: opened from disk (file://) with no web server, read, navigated and
// searched, while nothing is asked of anything outside the folder. Search must find what the site finds online.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { offlineEditionPaths } from '../../src/lib/offline/edition.ts';
import { openSite, type SiteServer } from '../helpers/browser.ts';

const DIST = process.env.BRIEFING_OUT ?? 'dist';
const FOLDER = offlineEditionPaths(DIST).folder;
/** The folder's address, ending in "/": every request must start with it. */
const ROOT = `${pathToFileURL(FOLDER).href}/`;

let browser: Browser;
let online: SiteServer;
let closeSite: () => Promise<void>;
let context: BrowserContext | undefined;
/** What each page asked for, and what went wrong in it, for the checks after each test. */
let requested: string[] = [];
let failures: string[] = [];

beforeAll(async () => {
  if (!existsSync(`${FOLDER}/index.html`)) throw new Error(`no offline edition in ${FOLDER}: run npm run build first`);
  ({ browser, site: online, close: closeSite } = await openSite(DIST));
});
afterAll(() => closeSite?.());
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/** A page in a fresh browser profile that records every request, console error and script error. */
async function openPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1280, height: 1000 }, ...options });
  const page = await context.newPage();
  requested = [];
  failures = [];
  page.on('request', (r) => requested.push(r.url()));
  page.on('requestfailed', (r) => failures.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('pageerror', (e) => failures.push(`script error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') failures.push(`console ${m.type()}: ${m.text()}`);
  });
  return page;
}

/** Nothing was asked of anything outside the folder. */
function expectAllInsideFolder(): void {
  expect(requested.length).toBeGreaterThan(0);
  expect(requested.filter((url) => !url.startsWith(ROOT))).toEqual([]);
  expect(failures).toEqual([]);
}

/** The summary once a search has finished ("12 results for water"). */
async function summary(page: Page, scope = 'body', expected?: RegExp): Promise<string> {
  await page.waitForFunction(
    ({ scope, source }) => {
      const text = document.querySelector(`${scope} .bf-search-summary`)?.textContent?.trim() ?? '';
      return text !== '' && !text.startsWith('Searching') && (!source || new RegExp(source).test(text));
    },
    { scope, source: expected?.source },
  );
  return (await page.locator(`${scope} .bf-search-summary`).textContent())!.trim();
}

/** The first `n` results' page links, as the paths they lead to from the site's root ("documents/x/"). */
async function resultTargets(page: Page, root: string, n: number): Promise<string[]> {
  // Each result loads on its own: wait until the first n have, not any n.
  await page.waitForFunction((n) => {
    const items = [...document.querySelectorAll('ul.bf-results > li')].slice(0, n);
    return items.length === n && items.every((li) => li.querySelector('.bf-result__link'));
  }, n);
  const hrefs = await page
    .locator('.bf-result__link')
    .evaluateAll((links, n) => links.slice(0, n).map((a) => (a as HTMLAnchorElement).href), n);
  return hrefs.map((href) =>
    href
      .slice(root.length)
      .replace(/index\.html(\?.*)?$/, '')
      .replace(/\?.*$/, ''),
  );
}

describe('reading from disk', () => {
  it('opens the home page with its styles and follows links across sections', async () => {
    const page = await openPage();
    await page.goto(`${ROOT}index.html`);
    // The stylesheet applied: the skip link sits above the top of the page until focused.
    expect(await page.locator('.bf-skip').evaluate((el) => getComputedStyle(el).position)).toBe('absolute');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Countries' }).click();
    expect(page.url()).toBe(`${ROOT}countries/index.html`);
    await page.locator('main .bf-list a, main a[href*="countries/"]').filter({ hasText: 'Kazakhstan' }).first().click();
    expect(page.url()).toBe(`${ROOT}countries/kazakhstan/index.html`);
    expect(await page.locator('h1').innerText()).toContain('Kazakhstan');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Documents' }).click();
    expect(page.url()).toBe(`${ROOT}documents/index.html`);
    await page.locator('main a[href^="../documents/"]:visible').first().click();
    expect(page.url()).toMatch(new RegExp(`^${ROOT}documents/[^/]+/index\\.html$`));

    await page.locator('footer').getByRole('link', { name: 'Take it with you' }).click();
    expect(page.url()).toBe(`${ROOT}about/index.html#take-it-with-you`);
    expect(await page.getByText('You are reading the offline edition').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Download the offline edition/ }).count()).toBe(0);
    expectAllInsideFolder();
  });

  it('runs the page scripts: the colour scheme switch works', async () => {
    const page = await openPage();
    await page.goto(`${ROOT}themes/index.html`);
    const toggle = page.getByRole('button', { name: 'Dark scheme' });
    await toggle.click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    expectAllInsideFolder();
  });

  it('draws the charts and opens a chart’s data table', async () => {
    const page = await openPage();
    await page.goto(`${ROOT}documents/index.html`);
    const figure = page.locator('figure.bf-chart').first();
    const svg = figure.locator('svg.bf-chart__svg:visible').first();
    expect((await svg.boundingBox())!.width).toBeGreaterThan(200);
    const table = figure.locator('details.bf-chart__data table');
    expect(await table.isVisible()).toBe(false);
    await figure.locator('details.bf-chart__data > summary').click();
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expectAllInsideFolder();
  });

  it('opens a closed data table when arriving at one of its rows', async () => {
    const page = await openPage();
    // The matrix of initiatives by country and theme names each row of its table.
    await page.goto(`${ROOT}initiatives/index.html`);
    const rowId =
      (await page.locator('figure.bf-chart details.bf-chart__data tbody tr[id]').first().getAttribute('id')) ?? '';
    expect(rowId).not.toBe('');
    await page.goto(`${ROOT}initiatives/index.html#${rowId}`);
    await page.waitForFunction((id) => document.getElementById(id)?.closest('details')?.open === true, rowId);
    expectAllInsideFolder();
  });
});

describe('searching from disk', () => {
  it('filters, finds what the site online finds, and opens a result with the words marked', async () => {
    const query = '?q=summit';
    const page = await openPage();
    await page.goto(`${ROOT}search/index.html${query}`);
    const all = await summary(page);
    await page.getByRole('checkbox', { name: /^Document\b/ }).check();
    const documents = await summary(page, 'body', /results? for summit/);
    expect(documents).not.toBe(all);
    // The filter lives in the address, as online.
    expect(new URL(page.url()).search).toBe(`${query}&kind=Document`);
    // Once the first results have loaded (the count is known first).
    const offlineTargets = await resultTargets(page, ROOT, 3);
    const kinds = await page.locator('.bf-result__kind').allInnerTexts();
    expect(kinds.length).toBeGreaterThan(0);
    expect(kinds.every((k) => k.startsWith('Document'))).toBe(true);

    // The same engine and index online: the same count, the same first results, the same snippet.
    const web = await context!.newPage();
    await web.goto(`${online.url}search/${query}&kind=Document`);
    expect(await summary(web)).toBe(documents);
    expect(await resultTargets(web, online.url, 3)).toEqual(offlineTargets);
    const excerpt = async (p: Page) => (await p.locator('.bf-result__excerpt').first().innerText()).trim();
    expect(await excerpt(page)).toBe(await excerpt(web));
    await web.close();
    requested = requested.filter((url) => !url.startsWith(online.url));

    await page.locator('.bf-result__link').first().click();
    await page.waitForURL(new RegExp(`^${ROOT}documents/[^/]+/index\\.html\\?highlight=summit$`));
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expectAllInsideFolder();
  });

  it('shows results as you type in the header on any page, with sections, and Enter opens the search page', async () => {
    const page = await openPage();
    await page.goto(`${ROOT}countries/kazakhstan/index.html`);
    await page.keyboard.press('/');
    await page.keyboard.type('water');
    const said = await summary(page, '#bf-typeahead', /for water/);
    await page.locator('#bf-typeahead .bf-result__section').first().waitFor();
    const section = await page.locator('#bf-typeahead .bf-result__section').first().getAttribute('href');
    expect(section).toMatch(/^\.\.\/\.\.\/[a-z-]+\/[^/]+\/index\.html\?highlight=water#.+$/);
    expect(await page.locator('#bf-typeahead .bf-search-more').getAttribute('href')).toBe(
      `${ROOT}search/index.html?q=water`,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${ROOT}search/index.html?q=water`);
    expect(await summary(page, 'body', /for water/)).toBe(said);
    expectAllInsideFolder();
  });
});

describe('without JavaScript', () => {
  it('reads and navigates, and the search box leads to the search page, which explains', async () => {
    const page = await openPage({ javaScriptEnabled: false });
    await page.goto(`${ROOT}initiatives/index.html`);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Timeline' }).click();
    expect(page.url()).toBe(`${ROOT}timeline/index.html`);
    await page.getByRole('searchbox', { name: 'Search the briefing' }).fill('rail');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    expect(page.url()).toBe(`${ROOT}search/index.html?q=rail`);
    expect(await page.getByText('Search needs JavaScript').isVisible()).toBe(true);
    expectAllInsideFolder();
  });
});
