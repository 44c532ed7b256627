// The briefing book from a built site: the book page as one self-contained HTML file, then that file printed to PDF.
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { printBook } from './pdf.ts';
import { standaloneHtml } from './standalone.ts';

/** Where the book page is in a built site. */
export const BOOK_PAGE = join('book', 'index.html');
/** File names of the book, without extension. */
export const BOOK_NAME = 'briefing-book';

export interface BookFiles {
  html: string;
  pdf: string;
  /** Page on which each section of the contents starts. */
  pages: Map<string, number>;
  passes: number;
}

/** Makes the book from the site built in `site` into the folder `out`. */
export async function makeBook(site: string, out: string): Promise<BookFiles> {
  const pagePath = join(site, BOOK_PAGE);
  if (!existsSync(pagePath)) throw new Error(`no book page at ${pagePath}: build the site first (npm run build)`);
  const html = standaloneHtml(await readFile(pagePath, 'utf8'), (path) => {
    const file = resolve(site, decodeURIComponent(path));
    if (!file.startsWith(resolve(site))) throw new Error(`${path} is outside the built site`);
    return readFileSync(file, 'utf8');
  });
  await mkdir(out, { recursive: true });
  const files = { html: join(out, `${BOOK_NAME}.html`), pdf: join(out, `${BOOK_NAME}.pdf`) };
  await writeFile(files.html, html);
  const { pages, passes } = await printBook(resolve(files.html), resolve(files.pdf));
  return { ...files, pages, passes };
}
