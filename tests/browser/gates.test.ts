// Site-wide gates in a real browser, over every page of the built site: accessibility in both schemes, nothing
// logged, nothing requested from outside, no horizontal scrolling, keyboard focus, print. Screenshots of the main
// page types are saved for review in test-results/screenshots/.
import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditContext, auditPage, auditProblems, sameOrigin } from '../helpers/browser-audit.ts';
import { htmlFiles } from '../gates/files.ts';
import { launchChromium, openSite, type SiteServer } from '../helpers/browser.ts';
import { chartPages, chartTextProblems, fontConfigFile, FONT_SETS } from './chart-text.ts';

const DIST = process.env.BRIEFING_OUT ?? 'dist';
const paths = htmlFiles(DIST).map((f) => relative(DIST, f).replace(/(^|\/)index\.html$/, '$1'));
const MAIN_TYPES = [
  '',
  'countries/kazakhstan/',
  'documents/tokyo-declaration/',
  'initiatives/ca-jad-tokyo-initiative/',
  'documents/',
  'timeline/',
  'search/',
];

let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;
beforeAll(async () => {
  ({ browser, site, close: closeSite } = await openSite(DIST));
});
afterAll(() => closeSite?.());

/** Audits every page in `context`, two at a time (the machine has two cores). */
async function auditAll(context: BrowserContext, label: string, options: { axe: boolean; dark: boolean }) {
  const queue = [...paths];
  const problems: string[] = [];
  await Promise.all(
    [0, 1].map(async () => {
      for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
        problems.push(
          ...auditProblems(await auditPage(context, site.url + path, sameOrigin(site.url), options), label),
        );
      }
    }),
  );
  return problems.sort();
}

describe('every page', () => {
  // One visit a page: the light scheme with every rule, then the same page switched to the dark scheme with the
  // rules a scheme can change (colour contrast): names, roles and structure read the same in either scheme.
  it('has no accessibility violation (WCAG 2.2 A/AA) in the light or the dark scheme, console message, outside request or overflow at 1280 px', async () => {
    const context = await auditContext(browser, 'light', 1280);
    expect(await auditAll(context, 'light 1280', { axe: true, dark: true })).toEqual([]);
    await context.close();
  }, 900_000);

  it('fits a 360 px screen without horizontal scrolling', async () => {
    const context = await auditContext(browser, 'light', 360);
    expect(await auditAll(context, 'light 360', { axe: false, dark: false })).toEqual([]);
    await context.close();
  }, 900_000);
});

// The site ships its typeface, so what a reader sees must not depend on the fonts their machine has: the pages with
// charts, on machines with only DejaVu, only Liberation or only Noto fonts (fontconfig files in fonts/). Only these
// pages and only the layout checks (no axe crawl), to keep the run short.
describe.each(FONT_SETS)('with only the %s fonts installed', (set) => {
  it('the chart pages have no overlapping or cut-off text and no sideways scroll, at 1280 and 360 px', async () => {
    const { browser: other, close } = await launchChromium(undefined, {
      env: { ...process.env, FONTCONFIG_FILE: fontConfigFile(set) },
    });
    const problems: string[] = [];
    for (const width of [1280, 360]) {
      const context = await other.newContext({ viewport: { width, height: 900 } });
      for (const path of chartPages(DIST)) {
        const audit = await auditPage(context, site.url + path, sameOrigin(site.url), {
          axe: false,
          also: chartTextProblems,
        });
        problems.push(...auditProblems(audit, `${set} ${width}`));
      }
      await context.close();
    }
    await close();
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('the main page types', () => {
  it('let the keyboard reach every link and control, each with a visible focus, starting with a skip link', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const path of MAIN_TYPES) {
      // The search page fills in its filters and results after loading: wait until it has.
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      // Number every element the keyboard should reach, then Tab until focus comes back round.
      const reachable = await page.evaluate(() => {
        const els = [
          ...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary, [tabindex]'),
        ].filter(
          (el) =>
            el.tabIndex >= 0 &&
            !el.closest('[inert]') &&
            el.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }),
        );
        els.forEach((el, n) => (el.dataset.bfTab = String(n)));
        return els.length;
      });
      // A page that puts focus somewhere on arrival (the search page's search field) starts from there.
      const startsAtTop = await page.evaluate(() => document.activeElement === document.body);
      const seen = new Set<string>();
      for (let i = 0; i < reachable + 5; i++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate((i) => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return null;
          // The indicator may be drawn on the control or on a wrapper around it (Pagefind's checkboxes use :has()).
          const shows = (e: Element | null) => {
            if (!e) return false;
            const s = getComputedStyle(e);
            return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
          };
          const visible = shows(el) || shows(el.parentElement) || shows(el.parentElement?.parentElement ?? null);
          const label =
            (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40) ||
            `<${el.tagName.toLowerCase()} class="${el.className}">`;
          return {
            id: el.dataset.bfTab ?? `unnumbered ${label}`,
            visible,
            text: label,
            first: i === 0 ? String(el.className) : '',
          };
        }, i);
        if (!focus) continue;
        if (i === 0 && startsAtTop && !focus.first.includes('bf-skip'))
          problems.push(`/${path}: the first Tab stop is not the skip link`);
        if (!focus.visible) problems.push(`/${path}: "${focus.text}" has no visible focus`);
        seen.add(focus.id);
      }
      if (seen.size < reachable) problems.push(`/${path}: Tab reached ${seen.size} of ${reachable} links and controls`);
    }
    expect(problems).toEqual([]);
    await context.close();
  }, 300_000);

  it('print without navigation, with the addresses of cited sources written out', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}countries/kazakhstan/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.bf-header').isVisible()).toBe(false);
    expect(await page.locator('.bf-footer').isVisible()).toBe(false);
    const after = await page.evaluate(() => {
      const a = document.querySelector('.bf-notes a[href^="http"]');
      return a ? getComputedStyle(a, '::after').content : '';
    });
    expect(after).toContain('http');
    await context.close();
  });

  it('are photographed at 360 and 1280 px, light and dark, for review', async () => {
    mkdirSync('test-results/screenshots', { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      for (const width of [360, 1280]) {
        const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
        const page = await context.newPage();
        for (const path of MAIN_TYPES) {
          await page.goto(site.url + path);
          const name = (path.replace(/\/$/, '').replace(/\//g, '-') || 'home') + `-${width}-${scheme}.png`;
          await page.screenshot({ path: `test-results/screenshots/${name}`, fullPage: true });
        }
        await context.close();
      }
    }
    expect(MAIN_TYPES.length * 4).toBe(28);
  }, 300_000);
});
