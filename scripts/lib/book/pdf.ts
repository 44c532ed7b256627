// Prints the single-file book to PDF with the machine's Chromium: A4, backgrounds, page numbers in the footer, a
// tagged PDF with an outline. Chromium cannot number pages in CSS (no target-counter()), so the table of contents
// gets its numbers in passes: print, read from the PDF on which page each section's anchor landed, write those
// numbers in, print again, until the numbers in the contents are the pages the sections start on.
import { writeFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { footerTemplate, SIDE_MARGIN } from './footer.ts';
import { pdfDestinations } from './poppler.ts';

/** Slots for page numbers in the contents: `<span data-book-page="countries-kazakhstan">`. */
const SLOT = '[data-book-page]';
/** The footer's text, set by the book page on its main element. */
const FOOTER = '[data-book-footer]';
/** Stand-in for the numbers in the first pass, as wide as a page number of a long book. */
const PLACEHOLDER = '000';
const MAX_PASSES = 4;

export interface PdfResult {
  /** Page on which each section of the contents starts. */
  pages: Map<string, number>;
  /** How many times the book was printed to get the numbers right. */
  passes: number;
}

async function fill(page: Page, numbers: Map<string, number> | undefined): Promise<void> {
  await page.$$eval(
    SLOT,
    (slots, [entries, placeholder]) => {
      const map = new Map(entries as [string, number][]);
      for (const slot of slots as HTMLElement[])
        slot.textContent = entries ? String(map.get(slot.dataset.bookPage!) ?? '') : (placeholder as string);
    },
    [numbers ? [...numbers] : null, PLACEHOLDER] as const,
  );
}

/** Prints `htmlFile` (a self-contained book) to `pdfFile`. */
export async function printBook(htmlFile: string, pdfFile: string): Promise<PdfResult> {
  const { browser, close } = await launchChromium();
  try {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const url = pathToFileURL(htmlFile).href;
    // The book asks for nothing; were it to, the PDF must not depend on it.
    await page.route(
      (u) => u.href !== url,
      (route) => route.abort('blockedbyclient'),
    );
    await page.goto(url, { waitUntil: 'load' });
    const anchors = await page.$$eval(SLOT, (slots) => (slots as HTMLElement[]).map((s) => s.dataset.bookPage!));
    const footer = (await page.getAttribute(FOOTER, 'data-book-footer')) ?? '';
    let numbers: Map<string, number> | undefined;
    for (let pass = 1; pass <= MAX_PASSES; pass++) {
      await fill(page, numbers);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate: footerTemplate(footer),
        margin: { top: '18mm', bottom: '20mm', left: SIDE_MARGIN, right: SIDE_MARGIN },
        // Tagging (for screen readers) and the outline take a third of the time: the first pass only measures.
        outline: numbers !== undefined,
        tagged: numbers !== undefined,
      });
      await writeFile(pdfFile, pdf);
      const landed = await pdfDestinations(pdfFile);
      const missing = anchors.filter((a) => !landed.has(a));
      if (missing.length)
        throw new Error(
          `the PDF has no destination for ${missing.slice(0, 5).join(', ')}: is each section's anchor an element id?`,
        );
      const found = new Map(anchors.map((a) => [a, landed.get(a)!]));
      if (numbers && anchors.every((a) => numbers!.get(a) === found.get(a))) return { pages: found, passes: pass };
      numbers = found;
    }
    throw new Error(`the page numbers of the contents did not settle in ${MAX_PASSES} passes`);
  } finally {
    await close();
  }
}
