// The briefing book as `npm run book` makes it from the built site: the PDF's text (what a reader can select and
// search), its contents' page numbers against the pages its sections start on, its footer and its vector charts;
// the single HTML file opened from disk with nothing else; the book page's light colours in a dark scheme.
import { mkdtemp, rm } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as cheerio from 'cheerio';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BookFiles, makeBook } from '../../scripts/lib/book/make-book.ts';
import { pdfImages, pdfInfo, pdfPages } from '../../scripts/lib/book/poppler.ts';
import { openSite, type SiteServer } from '../helpers/browser.ts';
import { styleClass } from '../../src/charts/shared/classes.ts';
import { fillAttrs } from '../../src/charts/shared/fills.ts';

const DIST = process.env.BRIEFING_OUT ?? 'dist';
const $ = cheerio.load(readFileSync(join(DIST, 'book', 'index.html'), 'utf8'));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
/** Text to compare with a title: pdftotext drops the hyphen of a word broken at a line's end ("applied-" "science"). */
const words = (s: string) => fold(s).replace(/-/g, '');
/** The contents as the page lists them: title and anchor, parts and entries in order. */
const contents = $('.bf-book-contents a')
  .toArray()
  .map((a) => ({ title: fold($(a).text()), anchor: $(a).attr('href')!.slice(1) }));

let out: string;
let book: BookFiles;
let pages: string[];
let laidOut: string[];
let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'briefing-book-'));
  book = await makeBook(DIST, out);
  pages = await pdfPages(book.pdf);
  laidOut = await pdfPages(book.pdf, { layout: true });
  ({ browser, site, close: closeSite } = await openSite(DIST));
}, 300_000);
afterAll(async () => {
  await closeSite?.();
  if (out) await rm(out, { recursive: true, force: true });
});

/**
 * Lines of the contents as pdftotext lays them out: "Kazakhstan ........ 30". A title too long for one line runs on
 * to the next, which ends with the number.
 */
function contentsLines(): { title: string; page: number }[] {
  const lines: { title: string; page: number }[] = [];
  let start = '';
  // The contents run from page 2 up to the page before the first part.
  for (const text of laidOut.slice(1, book.pages.get(contents[0]!.anchor)! - 1)) {
    for (const line of text.split('\n')) {
      if (/^\s*(Contents|Page \d+ of \d+|.*· version .*)\s*$/.test(line) || !line.trim()) continue;
      const m = /^\s*(.*?)\s{2,}(\d+)\s*$/.exec(line) ?? /^\s*(.*?)\s(\d+)\s*$/.exec(line);
      if (m) {
        lines.push({ title: fold(`${start} ${m[1]}`), page: Number(m[2]) });
        start = '';
      } else start = fold(`${start} ${line}`);
    }
  }
  return lines;
}

describe('the PDF', () => {
  it('is A4, tagged for screen readers, titled, with text a reader can select and search', async () => {
    const info = await pdfInfo(book.pdf);
    expect(info.get('Page size')).toContain('(A4)');
    expect(info.get('Tagged')).toBe('yes');
    expect(info.get('Title')).toBe($('head > title').text());
    expect(Number(info.get('Pages'))).toBe(pages.length);
    expect(pages.length).toBeGreaterThan(100);
  });

  it('opens with the cover: the briefing’s title, the summit and the version', () => {
    const cover = fold(pages[0]!);
    expect(cover).toContain(fold($('h1').text()));
    expect(cover).toContain('19–20 December 2025, Tokyo');
    expect(cover).toMatch(/Version \S+, updated/);
  });

  it('has a table of contents with page numbers, each the page on which its section starts', () => {
    expect(fold(pages[1]!)).toMatch(/^Contents The summit/);
    const lines = contentsLines();
    expect(lines.map((l) => l.title)).toEqual(contents.map((c) => c.title));
    const numbers = lines.map((l) => l.page);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const [i, line] of lines.entries()) {
      expect(line.page, line.title).toBe(book.pages.get(contents[i]!.anchor));
      expect(words(pages[line.page - 1]!), `${line.title} on page ${line.page}`).toContain(words(line.title));
    }
    // A country starts where its kind and its name stand together.
    const kz = lines.find((l) => l.title === 'Kazakhstan')!;
    expect(fold(pages[kz.page - 1]!)).toContain('COUNTRY Kazakhstan');
  });

  it('numbers every page in the footer', () => {
    const missing = pages
      .map((p, i) => (p.includes(`Page ${i + 1} of ${pages.length}`) ? null : i + 1))
      .filter((n) => n !== null);
    expect(missing).toEqual([]);
  });

  it('gives the figures in the words of the sources, with their notes', () => {
    const all = fold(pages.join(' '));
    expect(all).toContain('more than 60 bilateral agreements');
    expect(all).toContain('about ¥3 trillion');
    expect(all).toMatch(/Notes 1\. /);
  });

  it('draws the charts as vectors: their words are text, and there is no picture made of pixels', async () => {
    expect(await pdfImages(book.pdf)).toEqual([]);
    const all = fold(pages.join(' '));
    for (const chart of ['Documents signed, by country', 'Money on the table']) expect(all).toContain(chart);
    expect(all).toContain('No count reported');
  });
});

describe('the single HTML file', () => {
  it('opens from disk with scripts off and reads in full, asking for nothing else, light in a dark scheme', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      colorScheme: 'dark',
      viewport: { width: 1280, height: 900 },
    });
    const page = await context.newPage();
    const url = pathToFileURL(resolve(book.html)).href;
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(url);
    expect(requests).toEqual([url]);
    expect(await page.locator('h1').innerText()).toBe($('h1').text());
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
    // The contents lead within the file.
    await page.locator('.bf-book-contents a', { hasText: /^Kazakhstan$/ }).click();
    expect(new URL(page.url()).hash).toBe('#countries-kazakhstan');
    expect(
      await page.locator('#countries-kazakhstan').getByRole('heading', { name: 'Kazakhstan', exact: true }).isVisible(),
    ).toBe(true);
    // Charts are drawn, in the light colours.
    // The money chart's wide layout, the counts chart's one drawing (its phone layout, see narrowDiffers).
    expect((await page.locator('#chart-money .bf-chart__plot--wide svg').boundingBox())!.width).toBeGreaterThan(500);
    expect((await page.locator('#chart-documents .bf-chart__plot--one svg').boundingBox())!.width).toBeGreaterThan(300);
    // The colour a bar is painted in, not the variable behind it (a light-dark() pair, resolved by the page's scheme).
    const mark = await page
      // A bar's solid fill is a class on the page (src/charts/shared/classes.ts), in the book as on the site.
      .locator(
        `#chart-documents svg rect.${styleClass(fillAttrs('', { kind: 'solid', role: 'mark' }).style as string)}`,
      )
      .first()
      .evaluate((el) => getComputedStyle(el).fill);
    expect(mark).toBe('rgb(0, 114, 178)');
    expect(requests).toEqual([url]);
    await context.close();
  });
});

describe('the book page of the site', () => {
  it('keeps the light colours when the reader prefers dark', async () => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(`${site.url}book/`);
    const colours = await page.evaluate(() => ({
      bg: getComputedStyle(document.body).backgroundColor,
      text: getComputedStyle(document.body).color,
    }));
    expect(colours).toEqual({ bg: 'rgb(255, 255, 255)', text: 'rgb(26, 31, 36)' });
    await context.close();
  });
});
