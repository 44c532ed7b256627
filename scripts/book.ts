// npm run book: builds the site, then makes the briefing book from its book page: a PDF (A4, page numbers, the
// contents numbered) and a single HTML file to e-mail, in dist-book/. Needs Chromium (/usr/bin/chromium or
// CHROMIUM_PATH) and poppler-utils. BRIEFING_CONTENT, BRIEFING_BASE and BRIEFING_OUT apply as to the build.
// Usage: npm run book [-- --no-build] [--out <folder>]   (--no-build: use the site already built in BRIEFING_OUT or dist/)
import { spawnSync } from 'node:child_process';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { settings } from '../src/settings.ts';
import { makeBook } from './lib/book/make-book.ts';

const { values } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'dist-book' },
  },
});
const site = settings.outDir.replace(/^\.\/|\/+$/g, '');
const started = performance.now();

if (!values['no-build']) {
  // The book page is one page of the site and draws on the same build; building it alone is not possible in Astro.
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

try {
  const book = await makeBook(site, values.out);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `Briefing book from ${site}/ (${book.pages.size} sections in the contents, numbered in ${book.passes} passes, ${seconds} s):`,
  );
  console.log(`  ${relative(process.cwd(), book.pdf) || book.pdf}`);
  console.log(`  ${relative(process.cwd(), book.html) || book.html}`);
} catch (error) {
  console.error(`npm run book: ${(error as Error).message}`);
  process.exit(1);
}
