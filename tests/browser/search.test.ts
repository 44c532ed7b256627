// Search as a reader uses it: the header's box, its results as you type and shortcuts, the search page with its filters, order and
// shareable address, the highlight on the page a result opens, and the awkward queries people type.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, serveSite, type SiteServer } from '../helpers/browser.ts';
import { buildFixture } from '../helpers/fixture-builds.ts';

let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, site, close: closeSite } = await openSite(process.env.BRIEFING_OUT ?? 'dist'));
});
afterAll(() => closeSite?.());

async function newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
  context = await browser.newContext({ viewport: { width: 1200, height: 1600 }, ...options });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    throw new Error(`a script ran and opened a browser dialog: ${d.message()}`);
  });
  return page;
}

/** The summary once a search has finished ("12 results for water", "No results for …"), within `scope`. */
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

/** How many results the summary reports. */
const countOf = (text: string) => (text.startsWith('No results') ? 0 : Number(/^(\d+) results?/.exec(text)?.[1]));

/**
 * Paths of the results shown so far, once the first `n` have loaded (each loads its data separately, and those
 * further down only as the reader scrolls to them).
 */
async function resultPaths(page: Page, scope = 'body', n = 1): Promise<string[]> {
  await page.waitForFunction(
    ({ scope, n }) => {
      const items = [...document.querySelectorAll(`${scope} ul.bf-results > li`)];
      return items.length > 0 && items.slice(0, n).every((li) => li.querySelector('.bf-result__link'));
    },
    { scope, n },
  );
  const hrefs = await page
    .locator(`${scope} .bf-result__link`)
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  return hrefs.map((h) => new URL(h).pathname);
}

async function searchFor(page: Page, queryString: string): Promise<string> {
  await page.goto(`${site.url}search/${queryString}`);
  return summary(page);
}

describe('reading a page', () => {
  it('loads nothing of search until the reader focuses the search box', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}documents/tokyo-declaration/`, { waitUntil: 'networkidle' });
    expect(requested.filter((p) => p.includes('/pagefind/'))).toEqual([]);
    await expect(page.getByRole('searchbox', { name: 'Search the briefing' }).isVisible()).resolves.toBe(true);
    const ui = page.waitForRequest(/\/pagefind\/pagefind\.js$/);
    await page.keyboard.press('/');
    await ui;
    // The words the search reads queries with wait for the first keystroke.
    expect(requested).not.toContain('/pagefind/bf-terms.js');
    await context.close();
  });

  it('fetches the figures the entries hold only for a query with a sum of money in it', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await searchFor(page, '?q=critical+minerals');
    await resultPaths(page);
    expect(requested).not.toContain('/pagefind/bf-figures.js');
    // Read as the figure the entry is indexed under, the sum finds the package before the pages that report it.
    await searchFor(page, '?q=%2412+billion');
    expect(requested).toContain('/pagefind/bf-figures.js');
    expect((await resultPaths(page))[0]).toBe('/documents/uz-jp-agreements/');
    await context.close();
  });
});

describe('with JavaScript off', () => {
  it('the header box is a form that opens the search page, which says search needs JavaScript and how to browse', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(site.url);
    await page.getByRole('searchbox', { name: 'Search the briefing' }).fill('water');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=water$/);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Search needs JavaScript');
    expect(await page.getByRole('link', { name: 'Documents', exact: true }).last().isVisible()).toBe(true);
    expect(await page.locator('[data-bf-search-ui]').isVisible()).toBe(false);
    // The "/" hint promises a shortcut that needs JavaScript, so it stays hidden.
    expect(await page.locator('[data-bf-search-key]').isVisible()).toBe(false);
    await context.close();
  });
});

/** Records what the live regions say, as a screen reader would hear it (they clear themselves afterwards). */
async function listen(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
    new MutationObserver(() => {
      for (const region of document.querySelectorAll('[aria-live]'))
        if (region.textContent) heard.push(region.textContent);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  return () => page.evaluate(() => (window as unknown as { heard: string[] }).heard);
}

const PANEL = '#bf-typeahead';

describe('results as you type in the header', () => {
  it('shows what "Tokaev" finds under the box, says how many, and shifts nothing on the page', async () => {
    const page = await newPage();
    await page.goto(`${site.url}timeline/`);
    const heard = await listen(page);
    const heading = () => page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
    const before = await heading();
    await page.getByRole('searchbox', { name: 'Search the briefing' }).click();
    await page.keyboard.type('Tokaev');
    const said = await summary(page, PANEL, /for Tokaev/);
    const paths = await resultPaths(page, PANEL, 3);
    expect(paths[0]).toBe('/people/tokayev/');
    // Another spelling of the name finds what the name finds: the talks with Kazakhstan, not only the person.
    expect(paths.slice(0, 3)).toContain('/events/talks-japan-kazakhstan-2025/');
    expect(await page.locator(PANEL).isVisible()).toBe(true);
    expect(await heading()).toBe(before);
    await page.waitForFunction(
      (text) => (window as unknown as { heard: string[] }).heard.includes(text),
      `${countOf(said)} results for Tokaev`,
    );
    expect((await heard()).some((t) => /^\d+ results for Tokaev$/.test(t))).toBe(true);
    await context.close();
  });

  it('walks the results with the arrow keys, closes with Escape, and opens the search page with Enter', async () => {
    const page = await newPage();
    await page.goto(`${site.url}countries/japan/`);
    const box = page.getByRole('searchbox', { name: 'Search the briefing' });
    await box.click();
    await page.keyboard.type('Mizuho');
    const said = await summary(page, PANEL, /for Mizuho/);
    await resultPaths(page, PANEL);
    await page.keyboard.press('ArrowDown');
    const focused = () => page.evaluate(() => (document.activeElement as HTMLAnchorElement).href ?? '');
    expect(new URL(await focused()).pathname).toBe('/organisations/mizuho/');
    await page.keyboard.press('ArrowUp');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bf-search-q');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Escape');
    expect(await page.locator(PANEL).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('bf-search-q');
    // The down arrow opens it again with the same results.
    await page.keyboard.press('ArrowDown');
    expect(await page.locator(PANEL).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=Mizuho$/);
    expect(await summary(page)).toBe(said);
    await context.close();
  });

  it('puts the cursor in the box with "/", Ctrl+K and ⌘K, but "/" in a field is a character', async () => {
    const page = await newPage();
    await page.goto(`${site.url}countries/japan/`);
    const box = page.getByRole('searchbox', { name: 'Search the briefing' });
    for (const keys of ['/', 'Control+k', 'Meta+k']) {
      await page.locator('.bf-brand').focus();
      await page.keyboard.press(keys);
      expect(await page.evaluate(() => document.activeElement?.id), keys).toBe('bf-search-q');
    }
    await box.fill('');
    await page.keyboard.type('a/b');
    expect(await box.inputValue()).toBe('a/b');
    await context.close();
  });

  it('leads to the search page with the same words, where filters and order are', async () => {
    const page = await newPage();
    await page.goto(site.url);
    await page.keyboard.press('Control+k');
    await page.keyboard.type('critical minerals');
    await summary(page, PANEL, /for critical minerals/);
    await page.getByRole('link', { name: 'All results, with filters and order, on the search page' }).click();
    await page.waitForURL(/\/search\/\?q=critical\+minerals$/);
    expect(countOf(await summary(page))).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the search page', () => {
  it('restores a search from ?q= and keeps the address in step with what the reader types', async () => {
    const page = await newPage();
    await searchFor(page, '?q=Mizuho');
    expect(await page.locator('[data-bf-search-input]').inputValue()).toBe('Mizuho');
    expect((await resultPaths(page))[0]).toBe('/organisations/mizuho/');
    await page.locator('[data-bf-search-input]').fill('critical minerals');
    await summary(page, 'body', /for critical minerals/);
    expect(new URL(page.url()).search).toBe('?q=critical+minerals');
    // Here the header's box and "/" search this page rather than show results of their own.
    await page.getByRole('searchbox', { name: 'Search the briefing' }).first().fill('water');
    await page.keyboard.press('Enter');
    await summary(page, 'body', /for water$/);
    expect(new URL(page.url()).search).toBe('?q=water');
    await page.locator('.bf-brand').focus();
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.matches('[data-bf-search-ui] [data-bf-search-input]'));
    expect(await page.locator(PANEL).count()).toBe(0);
    await context.close();
  });

  it('finds what a reader expects for every query in the brief, including other spellings of names', async () => {
    const page = await newPage();
    const expectations: [string, string, number][] = [
      // query, a page it must find, within the first n results
      ['Middle Corridor', '/initiatives/middle-corridor/', 1],
      ['critical minerals', '/themes/critical-minerals/', 3],
      ['Mizuho', '/organisations/mizuho/', 1],
      ['158', '/documents/summit-documents-total/', 3],
      ['Tokayev', '/people/tokayev/', 3],
      ['Tokaev', '/people/tokayev/', 1],
      ['CA+JAD', '/events/summit-2025/', 3],
      ['CAJAD', '/events/summit-2025/', 3],
      ['Turkmenistan', '/countries/turkmenistan/', 3],
      ['Türkmenistan', '/countries/turkmenistan/', 3],
    ];
    for (const [query, path, within] of expectations) {
      await searchFor(page, `?q=${encodeURIComponent(query)}`);
      expect((await resultPaths(page, 'body', within)).slice(0, within), query).toContain(path);
    }
    await context.close();
  });

  it('narrows with filters, combines them, keeps them in the address, and can remove them', async () => {
    const page = await newPage();
    const all = countOf(await searchFor(page, '?q=summit'));
    await page.getByRole('checkbox', { name: /^Document\b/ }).check();
    const documents = countOf(await summary(page));
    expect(documents).toBeGreaterThan(0);
    expect(documents).toBeLessThan(all);
    await resultPaths(page);
    const kinds = await page.locator('.bf-result__kind').allInnerTexts();
    expect(kinds.every((k) => k.startsWith('Document'))).toBe(true);
    await page.locator('summary', { hasText: /^Country/i }).click();
    await page.getByRole('checkbox', { name: /^Kyrgyzstan\b/ }).check();
    const both = countOf(await summary(page));
    expect(both).toBeGreaterThan(0);
    expect(both).toBeLessThan(documents);
    expect(new URL(page.url()).search).toBe('?q=summit&kind=Document&country=Kyrgyzstan');
    await page.reload();
    expect(countOf(await summary(page))).toBe(both);
    expect(await page.getByRole('checkbox', { name: /^Document\b/ }).isChecked()).toBe(true);
    await page.getByRole('button', { name: 'Remove all filters' }).first().click();
    expect(countOf(await summary(page, 'body', /^\d+ results? for summit$/))).toBe(all);
    expect(new URL(page.url()).search).toBe('?q=summit');
    await context.close();
  });

  it('counts, beside each filter value, the results that ticking it leaves', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    const all = countOf(await searchFor(page, '?q=summit'));
    await resultPaths(page);
    // The values are there from the start; their counts wait until the reader reaches for the filters, since
    // counting is the costly part of a search on a large site.
    expect(await page.getByRole('checkbox', { name: /^Document\b/ }).isVisible()).toBe(true);
    expect(requested.filter((p) => p.includes('/pagefind/filter/'))).toEqual([]);
    expect(new Set(await page.locator('.bf-filter__count').allTextContents())).toEqual(new Set(['']));
    await page.locator('summary', { hasText: /^Kind$/ }).hover();
    const label = page.locator('label', { hasText: /^Document \(\d+\)$/ });
    await label.waitFor();
    const shown = Number(/\((\d+)\)/.exec(await label.innerText())![1]);
    // The values drawn at build time are the index's own, every one of them, and each has its count.
    const drawn = await page
      .locator('[data-bf-filter] input[type="checkbox"]')
      .evaluateAll((boxes) =>
        boxes.map(
          (b) => `${b.closest<HTMLElement>('[data-bf-filter]')!.dataset.bfFilter}:${(b as HTMLInputElement).value}`,
        ),
      );
    // A string, so the test runner leaves the import to the page.
    const indexed = await page.evaluate<string[]>(`import('${site.url}pagefind/pagefind.js')
      .then((pagefind) => pagefind.filters())
      .then((all) => Object.entries(all).flatMap(([key, values]) => Object.keys(values).map((v) => key + ':' + v)))`);
    expect(drawn.sort()).toEqual(indexed.sort());
    expect(await page.locator('[data-bf-filter="kind"] .bf-filter__count').allTextContents()).not.toContain('');
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(all);
    await page.getByRole('checkbox', { name: /^Document\b/ }).check();
    await page.waitForURL(/kind=Document/);
    const best = countOf(await summary(page, 'body', /^\d+ results? for summit$/));
    // The weaker matches wait behind "Show all N results"; the count is of every match.
    const held = page.getByRole('button', { name: /^Show all \d+ results$/ });
    const every = (await held.count()) ? Number(/\d+/.exec(await held.innerText())![0]) : best;
    expect(every).toBe(shown);
    await context.close();
  });

  it('sorts dated pages newest or oldest first', async () => {
    const page = await newPage();
    const dates = async () => {
      await resultPaths(page, 'body', 5);
      const lines = await page.locator('.bf-result__kind').allInnerTexts();
      // "Event · 19–20 December 2025" → the first day; "2027" → that year.
      return lines.slice(0, 5).map((l) =>
        Date.parse(
          l
            .split(' · ')[1]!
            .replace(/^(\d+)–\d+/, '$1')
            .replace(/ – .*$/, ''),
        ),
      );
    };
    await searchFor(page, '?q=summit&kind=Event&sort=newest');
    expect(await page.getByLabel('Order').inputValue()).toBe('newest');
    const newest = await dates();
    expect(newest.every((d) => !Number.isNaN(d))).toBe(true);
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    await page.getByLabel('Order').selectOption('oldest');
    await page.waitForURL(/sort=oldest/);
    await summary(page);
    const oldest = await dates();
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(oldest[0]).toBeLessThan(newest[0]!);
    await context.close();
  });

  it('goes from the search field to the results with the arrow key, and opens one with Enter', async () => {
    const page = await newPage();
    await searchFor(page, '?q=Mizuho');
    await page.locator('[data-bf-search-input]').focus();
    await page.keyboard.press('ArrowDown');
    const href = await page.evaluate(() => (document.activeElement as HTMLAnchorElement).href);
    expect(new URL(href).pathname).toBe('/organisations/mizuho/');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/organisations\/mizuho\//);
    await context.close();
  });
});

describe('what the results show', () => {
  it('snippets from the prose: no fact-box labels, citation marks or "Cite this page"', async () => {
    const page = await newPage();
    // Source pages open with a fact box (publisher, date, kind, address), and they match a leader's name.
    await searchFor(page, '?q=Takaichi&kind=Source');
    await resultPaths(page, 'body', 5);
    const excerpts = await page.locator('.bf-result__excerpt').allInnerTexts();
    expect(excerpts.length).toBeGreaterThanOrEqual(5);
    for (const text of excerpts) {
      expect(text).not.toMatch(/Label in the research notes|Cite this page|Publisher|\[\d+\]/);
    }
    await context.close();
  });

  it('names the filters in the case the site writes labels', async () => {
    const page = await newPage();
    await searchFor(page, '?q=summit');
    const names = page.locator('.bf-filter__name');
    await names.first().waitFor();
    // innerText is the text as shown, after CSS such as text-transform.
    const shown = await names.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
    expect(shown).toContain('Document kind');
    expect(shown).toContain('Kind');
    expect(shown.filter((name) => name === name.toUpperCase())).toEqual([]);
    await context.close();
  });

  it('starts the first result on the first screen of a 375 px phone', async () => {
    const page = await newPage({ viewport: { width: 375, height: 667 } });
    await searchFor(page, '?q=Tokayev');
    const first = page.locator('.bf-result__link').first();
    await first.waitFor();
    const box = (await first.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(667);
    // The filters are one line above the results, and open with a tap.
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('checkbox', { name: /^Person\b/ }).check();
    expect(countOf(await summary(page, 'body', /for Tokayev/))).toBeGreaterThan(0);
    await context.close();
  });
});

describe('the page a result opens', () => {
  it('marks the searched words, and a section result lands on its section', async () => {
    const page = await newPage();
    await searchFor(page, '?q=Mizuho');
    await resultPaths(page);
    await page.locator('.bf-result__link').first().click();
    await page.waitForURL(/\/organisations\/mizuho\/\?highlight=mizuho$/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    expect(await page.locator('mark.pagefind-highlight').first().innerText()).toBe('Mizuho');

    // Whichever section of the initiative matches most (that changes as its text is edited).
    await searchFor(page, '?q=middle+corridor');
    const section = page.locator('.bf-result__section[href*="/initiatives/middle-corridor/"]').first();
    const id = (await section.getAttribute('href'))!.split('#')[1]!;
    await section.click();
    await page.waitForURL(new RegExp(`/initiatives/middle-corridor/\\?highlight=.*#${id}$`));
    await page.locator(`#${id} ~ * mark.pagefind-highlight`).first().waitFor();
    await context.close();
  });
});

describe('awkward queries', () => {
  it('says so when nothing matches, and suggests removing filters when filters are on', async () => {
    const page = await newPage();
    expect(await searchFor(page, '?q=xylophone')).toBe('No results for xylophone');
    expect(await page.locator('[data-bf-search-advice]').innerText()).toContain('Check the spelling');
    expect(await page.getByRole('button', { name: 'Remove all filters' }).first().isVisible()).toBe(false);

    expect(countOf(await searchFor(page, '?q=Mizuho&kind=Event'))).toBe(0);
    await page.locator('[data-bf-search-advice]').getByRole('button', { name: 'Remove all filters' }).click();
    expect(countOf(await summary(page, 'body', /^\d+ results? for Mizuho$/))).toBeGreaterThan(0);
    expect(await page.locator('[data-bf-search-advice]').isVisible()).toBe(false);
    await context.close();
  });

  it('answers one letter, cuts a very long query, and treats quotes as an exact phrase', async () => {
    const page = await newPage();
    expect(countOf(await searchFor(page, '?q=m'))).toBeGreaterThan(0);
    await searchFor(page, `?q=${encodeURIComponent('corridor '.repeat(150))}`);
    expect((await page.locator('[data-bf-search-input]').inputValue()).length).toBeLessThanOrEqual(200);
    expect(await page.locator('[data-bf-search-input]').getAttribute('maxlength')).toBe('200');

    const loose = countOf(await searchFor(page, '?q=corridor+middle'));
    const phrase = countOf(await searchFor(page, `?q=${encodeURIComponent('"middle corridor"')}`));
    const reversed = countOf(await searchFor(page, `?q=${encodeURIComponent('"corridor middle"')}`));
    expect(phrase).toBeGreaterThan(0);
    expect(reversed).toBeLessThan(phrase);
    expect(phrase).toBeLessThanOrEqual(loose);
    await context.close();
  });

  it('shows +, & and <script> as the text typed, and never runs it', async () => {
    const page = await newPage();
    await page.goto(`${site.url}search/`);
    const typed = 'CA+JAD & <script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">';
    await page.locator('[data-bf-search-input]').fill(typed);
    const said = await summary(page, 'body', /<script>/);
    expect(said).toContain(typed);
    expect(new URL(page.url()).searchParams.get('q')).toBe(typed);
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('main img, .bf-search-summary script').count()).toBe(0);

    // The same words typed in the header's box, on another page.
    await page.goto(`${site.url}about/`);
    await page.getByRole('searchbox', { name: 'Search the briefing' }).click();
    await page.keyboard.type('<b>CA+JAD</b>');
    expect(await summary(page, PANEL, /CA\+JAD/)).toMatch(/results? for <b>CA\+JAD<\/b>$/);
    expect(await page.locator(`${PANEL} .bf-search-summary b`).count()).toBe(0);
    await context.close();
  });
});

describe('under a base path', () => {
  let sub: SiteServer;
  beforeAll(async () => {
    const build = buildFixture('tests/fixtures/mini-content', { base: '/briefing/' });
    if (build.status !== 0) throw new Error(`build under /briefing/ failed:\n${build.output}`);
    sub = await serveSite(build.out, '/briefing/');
  });
  afterAll(() => sub?.close());

  it('loads the index, links results and highlights under that path', async () => {
    const page = await newPage();
    await page.goto(`${sub.url}countries/aland/`);
    await page.keyboard.press('/');
    await page.keyboard.type('accord');
    await summary(page, PANEL, /for accord/);
    expect(await resultPaths(page, PANEL)).toContain('/briefing/documents/fixture-accord/');
    await page.locator(`${PANEL} .bf-result__link[href*="fixture-accord"]`).first().click();
    await page.waitForURL(/\/briefing\/documents\/fixture-accord\/\?highlight=accord$/);
    await page.locator('mark.pagefind-highlight').first().waitFor();
    await context.close();
  });
});
