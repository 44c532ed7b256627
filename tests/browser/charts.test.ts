// Charts in a real browser: the right layout at each width with no label cut off, read with JavaScript off, in the
// dark scheme and in print; a matrix cell is a link a keyboard reaches, with a visible focus, to what fills it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { openSite, type SiteServer } from '../helpers/browser.ts';
import { styleClass } from '../../src/charts/shared/classes.ts';
import { fillAttrs } from '../../src/charts/shared/fills.ts';
import { textWidth } from '../../src/charts/shared/text.ts';

/** A bar of the documents chart: its solid fill is a class on the page (classes.ts), the same in both schemes. */
const MARK_BAR = `rect.${styleClass(fillAttrs('', { kind: 'solid', role: 'mark' }).style as string)}`;

let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;

beforeAll(async () => {
  ({ browser, site, close: closeSite } = await openSite(process.env.BRIEFING_OUT ?? 'dist'));
});
afterAll(() => closeSite?.());

/** The drawing a wide screen shows: the wide layout, or the one layout of a chart drawn once. */
const WIDE = '.bf-chart__plot:not(.bf-chart__plot--narrow)';
const PAGES = ['', 'documents/', 'initiatives/', 'timeline/', 'countries/kazakhstan/', 'themes/'];

/** For each chart on the page: which layout shows, and every text that sticks out of its drawing. */
function measure(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('figure.bf-chart')].map((figure) => {
      const shown = [...figure.querySelectorAll<SVGSVGElement>('svg.bf-chart__svg')].filter(
        (svg) => svg.getBoundingClientRect().width > 0,
      );
      const clipped = shown.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')]
          .map((t) => ({ t, r: t.getBoundingClientRect() }))
          .filter(
            ({ r }) =>
              r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1,
          )
          .map(({ t }) => t.textContent);
      });
      return {
        id: figure.id,
        layouts: shown.map((svg) =>
          svg.closest('.bf-chart__plot')!.className.replace('bf-chart__plot bf-chart__plot--', ''),
        ),
        /** 'one' for a chart drawn once (its phone layout serves every screen), else 'two'. */
        drawings: figure.querySelector('.bf-chart__plot--one') ? 'one' : 'two',
        width: shown[0]?.getBoundingClientRect().width ?? 0,
        clipped,
      };
    }),
  );
}

describe('at 320 px, with JavaScript off', () => {
  it('shows the phone layout of every chart, as wide as the screen allows, with no label cut off and no sideways scroll', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    for (const path of PAGES) {
      await page.goto(`${site.url}${path}`);
      const charts = await measure(page);
      expect(charts.length, path).toBeGreaterThan(0);
      for (const c of charts) {
        expect(c.layouts, `${path} ${c.id}`).toEqual([c.drawings === 'one' ? 'one' : 'narrow']);
        expect(c.width, `${path} ${c.id}`).toBeGreaterThan(270);
        expect(c.clipped, `${path} ${c.id}`).toEqual([]);
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBe(0);
    }
    await context.close();
  });
});

describe('on a wide screen', () => {
  it('shows the wide layout of every chart that has one, the one drawing of the others no wider than 22rem, with no label cut off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const drawings = new Set<string>();
    for (const path of PAGES) {
      await page.goto(`${site.url}${path}`);
      for (const c of await measure(page)) {
        expect(c.layouts, `${path} ${c.id}`).toEqual([c.drawings === 'one' ? 'one' : 'wide']);
        // Its phone layout's text then stays near the caption's size instead of growing with the column.
        if (c.drawings === 'one') expect(c.width, `${path} ${c.id}`).toBeLessThanOrEqual(352);
        expect(c.clipped, `${path} ${c.id}`).toEqual([]);
        drawings.add(c.drawings);
      }
    }
    expect([...drawings].sort()).toEqual(['one', 'two']);
    await context.close();
  });

  it('draws in the dark scheme’s colours when the reader prefers dark', async () => {
    const fill = async (scheme: 'light' | 'dark') => {
      const context = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.url);
      const colour = await page
        .locator(`#chart-documents ${WIDE} svg ${MARK_BAR}`)
        .first()
        .evaluate((el) => getComputedStyle(el).fill);
      await context.close();
      return colour;
    };
    expect(await fill('light')).toBe('rgb(0, 114, 178)');
    expect(await fill('dark')).toBe('rgb(86, 180, 233)');
  });

  it('prints the wide layout (or a chart’s one drawing) in the light palette, without the download links', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 360, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    await page.emulateMedia({ media: 'print' });
    const money = page.locator('#chart-money');
    expect(await money.locator('.bf-chart__plot--wide').isVisible()).toBe(true);
    expect(await money.locator('.bf-chart__plot--narrow').isVisible()).toBe(false);
    const figure = page.locator('#chart-documents');
    expect(await figure.locator('.bf-chart__plot--one').isVisible()).toBe(true);
    expect(await figure.locator('.bf-chart__downloads').isVisible()).toBe(false);
    const colour = await figure
      .locator(`${WIDE} svg ${MARK_BAR}`)
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(colour).toBe('rgb(0, 114, 178)');
    await context.close();
  });
});

describe('the data behind a chart', () => {
  it('opens from the keyboard: the table’s summary toggles it, and the table scrolls in a focusable region', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${site.url}documents/`);
    const summary = page.locator('#chart-documents details.bf-chart__data > summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('#chart-documents details.bf-chart__data').getAttribute('open')).toBe('');
    const region = page.locator('#chart-documents section.bf-table-wrap');
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.getAttribute('aria-label')).toBe('Data: Documents signed, by country');
    expect(await page.locator('#chart-documents table').isVisible()).toBe(true);
    await context.close();
  });

  it('a matrix cell is a link reached by Tab, named by what it counts, with a visible focus, to the row listing it', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(`${site.url}initiatives/`);
      const svg = page.locator(`#chart-themes ${WIDE} svg`);
      const filled = await svg.locator('a').count();
      expect(filled).toBe(await page.locator('#chart-themes tbody tr').count());
      // From the caption, Tab walks every filled cell of the shown layout, in reading order, then leaves the chart.
      const fromCaption = () =>
        page.locator('#chart-themes figcaption').evaluate((el) => {
          el.setAttribute('tabindex', '-1');
          (el as HTMLElement).focus();
        });
      await fromCaption();
      const reached: string[] = [];
      for (let i = 0; i <= filled; i++) {
        await page.keyboard.press('Tab');
        const href = await page.evaluate(() => document.activeElement?.closest('svg a')?.getAttribute('href'));
        if (!href) break;
        reached.push(href);
      }
      expect(reached).toHaveLength(filled);
      expect(reached).toEqual(await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))));

      // The browser's own accessibility tree names the cell a link: "Kazakhstan, Water: 1 initiative proposed".
      const cell = svg.locator('a[href="#chart-themes-kazakhstan-water"]');
      await fromCaption();
      for (let i = 0; i <= reached.indexOf('#chart-themes-kazakhstan-water'); i++) await page.keyboard.press('Tab');
      const cdp = await context.newCDPSession(page);
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'document.activeElement' });
      const { nodes } = await cdp.send('Accessibility.getPartialAXTree', {
        objectId: result.objectId!,
        fetchRelatives: false,
      });
      expect([nodes[0]!.role?.value, nodes[0]!.name?.value]).toEqual([
        'link',
        'Kazakhstan, Water: 1 initiative proposed',
      ]);

      // Focused (by keyboard), the cell's box is drawn in the focus colour, 3 units thick; unfocused it is not.
      const stroke = () =>
        cell.locator('rect').evaluate((r) => getComputedStyle(r).stroke + ' ' + getComputedStyle(r).strokeWidth);
      expect(await stroke()).toBe('rgb(194, 65, 12) 3px');
      const box = (await cell.boundingBox())!;
      const clip = { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 };
      const focused = await page.screenshot({ clip });
      await page.locator('h1').click();
      expect(await stroke()).not.toBe('rgb(194, 65, 12) 3px');
      expect((await page.screenshot({ clip })).equals(focused)).toBe(false);

      // Enter follows the link to the row of the (closed) data table, which opens, with or without JavaScript.
      await cell.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL(/#chart-themes-kazakhstan-water$/);
      const row = page.locator('#chart-themes-kazakhstan-water');
      await expect.poll(() => row.isVisible(), { timeout: 2000 }).toBe(true);
      expect(await row.innerText()).toContain('UN Water International Organization');
      await context.close();
    }
  });

  it('an initiative’s square opens the initiative’s page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.url}initiatives/`);
    await page.locator(`#chart-initiatives ${WIDE} [data-bf-href="initiatives/middle-corridor/"]`).click();
    await page.waitForURL(/\/initiatives\/middle-corridor\/$/);
    expect(await page.locator('h1').innerText()).toContain('Middle Corridor');
    await context.close();
  });

  it('downloads as files served from the site itself', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    for (const ext of ['csv', 'svg']) {
      const response = await page.request.get(`${site.url}charts/money.${ext}`);
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(
        ext === 'csv' ? 'about ¥3 trillion' : '<title id="chart-money-wide-title">Money on the table</title>',
      );
    }
    await context.close();
  });
});

/** Each chart label on the page (wide drawings, Latin text): its width in the browser and at build time. */
async function labelWidths(page: Page): Promise<{ text: string; browser: number; measured: number }[]> {
  await page.evaluate(() => document.fonts.ready);
  const labels = await page.evaluate(() =>
    [...document.querySelectorAll<SVGTextElement>('.bf-chart__plot:not(.bf-chart__plot--narrow) svg text')]
      .filter((t) => t.textContent?.trim() && !t.closest('[lang]:not(html)'))
      .map((t) => {
        const s = getComputedStyle(t);
        return {
          text: t.textContent!,
          size: parseFloat(t.getAttribute('font-size') ?? t.closest('[font-size]')?.getAttribute('font-size') ?? '13'),
          bold: Number(s.fontWeight) >= 600,
          width: t.getComputedTextLength(),
        };
      }),
  );
  return labels.map((l) => ({ text: l.text, browser: l.width, measured: textWidth(l.text, l.size, l.bold) }));
}

/** The labels drawn wider or narrower than the layout measured them. */
const offWidth = (labels: Awaited<ReturnType<typeof labelWidths>>) =>
  labels
    .filter((l) => Math.abs(l.browser - l.measured) > 0.5 + 0.01 * l.browser)
    .map((l) => `${l.text}: ${l.browser.toFixed(1)} in the browser, ${l.measured.toFixed(1)} measured`);

describe('the typeface', () => {
  it('is the one the layouts measured: each label’s width in the browser is its width at build time', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const labels: Awaited<ReturnType<typeof labelWidths>> = [];
    for (const path of ['', 'timeline/', 'initiatives/']) {
      await page.goto(`${site.url}${path}`);
      labels.push(...(await labelWidths(page)));
    }
    expect(labels.length).toBeGreaterThan(100);
    expect(offWidth(labels)).toEqual([]);
    await context.close();
  });

  it('draws the charts even when it comes late, after the first paint: the text waits for it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // Long past the moment in which running text still takes it (font-display: optional), well within the wait
    // charts allow it (block).
    await page.route('**/*.woff2', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      await route.continue();
    });
    await page.goto(site.url);
    const labels = await labelWidths(page);
    expect(labels.length).toBeGreaterThan(30);
    expect(offWidth(labels)).toEqual([]);
    await context.close();
  });

  it('falls back to local fonts sized like it, so the swap to the typeface moves no line', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url);
    const widths = await page.evaluate(async () => {
      await document.fonts.ready;
      const sample =
        'The Tokyo Declaration was adopted on 20 December 2025 by the leaders of Japan and the five Central Asian republics.';
      const out: Record<string, number> = {};
      for (const family of ['Inter Variable', 'Inter Fallback Arial', 'Inter Fallback DejaVu', 'Inter Fallback Noto']) {
        for (const weight of [400, 700]) {
          const span = document.createElement('span');
          span.style.cssText = `font: ${weight} 16px '${family}', monospace; white-space: nowrap; position: absolute`;
          span.textContent = sample;
          document.body.append(span);
          await document.fonts.load(`${weight} 16px '${family}'`);
          out[`${family} ${weight}`] = span.getBoundingClientRect().width;
          span.remove();
        }
      }
      return out;
    });
    for (const family of ['Arial', 'DejaVu', 'Noto']) {
      for (const weight of [400, 700]) {
        const ratio = widths[`Inter Fallback ${family} ${weight}`]! / widths[`Inter Variable ${weight}`]!;
        expect(ratio, `${family} ${weight}`).toBeGreaterThan(0.97);
        expect(ratio, `${family} ${weight}`).toBeLessThan(1.03);
      }
    }
    await context.close();
  });
});
