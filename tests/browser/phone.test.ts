// The site on a phone, in a real browser: 375 px wide, a touch screen and no mouse. Targets a finger can hit, the
// page's contents at the top rather than after the whole text, no keyboard hint, and a scheme switch that says
// whether it is on.
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type SiteServer } from '../helpers/browser.ts';
import { smallTargets } from '../helpers/target-size.ts';

const DIST = process.env.BRIEFING_OUT ?? 'dist';
/** The page types, the long ones with many citation marks among them. */
const PAGES = [
  '',
  'countries/kazakhstan/',
  'documents/tokyo-declaration/',
  'initiatives/ca-jad-tokyo-initiative/',
  'sources/',
  'sources/s1/',
  'timeline/',
  'about/',
];

let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;
beforeAll(async () => {
  ({ browser, site, close: closeSite } = await openSite(DIST));
});
afterAll(() => closeSite?.());

const phone = (options: { javaScriptEnabled?: boolean; colorScheme?: 'light' | 'dark' } = {}) =>
  browser.newContext({ viewport: { width: 375, height: 812 }, isMobile: true, hasTouch: true, ...options });

async function withPage<T>(context: BrowserContext, path: string, use: (page: import('playwright-core').Page) => T) {
  const page = await context.newPage();
  await page.goto(site.url + path);
  try {
    return await use(page);
  } finally {
    await context.close();
  }
}

describe('on a 375 px touch screen', () => {
  it.each(PAGES)(
    'every target on /%s is at least 24 × 24 px, or far enough from the next (WCAG 2.5.8)',
    async (path) => {
      const small = await withPage(await phone(), path, smallTargets);
      expect(small.map((t) => `“${t.label}” (${t.width}×${t.height} px) next to “${t.near}”`)).toEqual([]);
    },
  );

  it('starts the page within the first quarter of the screen: the header keeps to three short rows', async () => {
    await withPage(await phone(), '', async (page) => {
      const h1 = (await page.locator('h1').boundingBox())!;
      // Every section is still in sight (none scrolled away or folded), and the switch is still named in full.
      for (const link of await page.locator('.bf-nav a').all()) expect(await link.isVisible()).toBe(true);
      expect(await page.getByRole('button', { name: 'Dark scheme' }).isVisible()).toBe(true);
      expect(h1.y).toBeLessThan(812 / 4);
    });
  });

  it('opens "On this page" from the top of a long page, folded, without JavaScript', async () => {
    await withPage(await phone({ javaScriptEnabled: false }), 'countries/kazakhstan/', async (page) => {
      const toc = page.locator('nav.bf-toc--top');
      const firstSection = page.locator('.bf-prose h2').first();
      expect(await toc.isVisible()).toBe(true);
      expect(await page.locator('nav.bf-toc--side').isVisible()).toBe(false);
      // Above the text, within the first two screens, not after 11,000 px of it.
      const tocTop = (await toc.boundingBox())!.y;
      expect(tocTop).toBeLessThan((await firstSection.boundingBox())!.y);
      expect(tocTop).toBeLessThan(2 * 812);
      const link = toc.getByRole('link', { name: 'Notes' });
      expect(await link.isVisible()).toBe(false);
      await toc.getByText('On this page').click();
      expect(await link.isVisible()).toBe(true);
      await link.click();
      expect(new URL(page.url()).hash).toBe('#notes');
    });
  });

  it('shows no "/" keyboard hint, which a wide screen with a mouse shows', async () => {
    const hint = (context: BrowserContext) =>
      withPage(context, 'countries/kazakhstan/', (page) => page.locator('.bf-search__key').isVisible());
    expect(await hint(await phone())).toBe(false);
    expect(await hint(await browser.newContext({ viewport: { width: 1280, height: 900 } }))).toBe(true);
  });
});

describe('the scheme switch', () => {
  it('says "off" and "on" as aria-pressed does, without changing size or moving the page', async () => {
    await withPage(await phone({ colorScheme: 'light' }), 'countries/kazakhstan/', async (page) => {
      const button = page.getByRole('button', { name: 'Dark scheme' });
      const layout = async () => ({
        box: await button.boundingBox(),
        heading: (await page.locator('h1').boundingBox())!.y,
      });
      expect(await button.innerText()).toMatch(/^Dark\s+(scheme\s+)?off$/);
      expect(await button.getAttribute('aria-pressed')).toBe('false');
      const before = await layout();
      await button.click();
      expect(await button.innerText()).toMatch(/^Dark\s+(scheme\s+)?on$/);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
      expect(await layout()).toEqual(before);
    });
  });

  it('says "on" when the system is dark and the reader chose nothing', async () => {
    await withPage(await phone({ colorScheme: 'dark' }), '', async (page) => {
      const button = page.getByRole('button', { name: 'Dark scheme' });
      expect(await button.innerText()).toMatch(/^Dark\s+(scheme\s+)?on$/);
      expect(await button.getAttribute('aria-pressed')).toBe('true');
    });
  });
});

describe('the target check itself', () => {
  it('finds note numbers set close together, and passes a 24 px target and a lone small link', async () => {
    const context = await phone();
    const page = await context.newPage();
    await page.setContent(
      '<p style="font-size:12px">A claim <a href="#n1">1</a>, <a href="#n2">2</a>.</p>' +
        '<p style="margin-top:60px"><a href="#n3" style="display:inline-block;width:24px;height:24px">3</a></p>' +
        '<p style="margin-top:60px;font-size:12px">Read <a href="#n4">the note</a> here.</p>',
    );
    expect((await smallTargets(page)).map((t) => t.label)).toEqual(['1', '2']);
    await context.close();
  });
});
