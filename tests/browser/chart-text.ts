// What a reader would see wrong with a chart's text in a real browser: two labels on top of each other, or a label
// cut off at the edge of its drawing. Used by the site-wide gate under each system font set.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { Page } from 'playwright-core';
import { htmlFiles } from '../gates/files.ts';

/** The fontconfig files in tests/browser/fonts/: machines with only DejaVu, only Liberation or only Noto fonts. */
export const FONT_SETS = ['dejavu', 'liberation', 'noto'] as const;

export function fontConfigFile(set: (typeof FONT_SETS)[number]): string {
  return new URL(`./fonts/${set}.conf`, import.meta.url).pathname;
}

/** The built pages that hold a chart, as paths under the site ("", "countries/kazakhstan/"). */
export function chartPages(dist: string): string[] {
  return htmlFiles(dist)
    .filter((f) => readFileSync(f, 'utf8').includes('class="bf-chart__svg"'))
    .map((f) => relative(dist, f).replace(/(^|\/)index\.html$/, '$1'));
}

/** Overlapping or clipped chart text on a loaded page, each problem naming the chart and the labels. */
export async function chartTextProblems(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  const problems = await page.evaluate(() => {
    const out: string[] = [];
    for (const svg of document.querySelectorAll<SVGSVGElement>('figure.bf-chart svg.bf-chart__svg')) {
      const box = svg.getBoundingClientRect();
      if (box.width === 0) continue;
      const chart = svg.closest('figure')!.id;
      const labels = [...svg.querySelectorAll('text')]
        .filter((t) => t.textContent?.trim())
        .map((t) => ({ text: t.textContent!.trim().slice(0, 40), r: t.getBoundingClientRect() }));
      for (const l of labels) {
        if (
          l.r.left < box.left - 1 ||
          l.r.right > box.right + 1 ||
          l.r.top < box.top - 1 ||
          l.r.bottom > box.bottom + 1
        ) {
          out.push(`${chart}: "${l.text}" is cut off at the edge of the chart`);
        }
      }
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i]!.r;
          const b = labels[j]!.r;
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          // Glyph boxes of lines set 15 units apart touch by a pixel or two: only a real overlap counts.
          if (w > 2 && h > 2) out.push(`${chart}: "${labels[i]!.text}" overlaps "${labels[j]!.text}"`);
        }
      }
    }
    return out;
  });
  return problems.map((p) => `chart text: ${p}`);
}
