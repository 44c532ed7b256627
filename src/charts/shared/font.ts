// The typeface the site ships (src/styles/fonts.css), read at build time so that charts are laid out with the
// advance widths a reader's browser will use: the same woff2 files, the same subsets, the same weights.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import wawoff2 from 'wawoff2';

/** The subsets fonts.css declares, in its order; the browser tries the last-declared face first (CSS Fonts 4 §4.5). */
export const SUBSETS = ['cyrillic-ext', 'cyrillic', 'latin-ext', 'latin'] as const;
export type Subset = (typeof SUBSETS)[number];

/** The weights charts draw text in: regular and bold. */
export const WEIGHTS = { regular: 400, bold: 700 } as const;

const require = createRequire(import.meta.url);

/** Path of one subset's variable woff2 in the fontsource package (the file Vite copies into the site). */
export function fontFile(subset: Subset): string {
  return require.resolve(`@fontsource-variable/inter/files/inter-${subset}-wght-normal.woff2`);
}

/** The package's unicode-range of each subset, as fonts.css must declare it. */
export const UNICODE_RANGES: Record<Subset, string> = JSON.parse(
  readFileSync(require.resolve('@fontsource-variable/inter/unicode.json'), 'utf8'),
);

function parseRanges(spec: string): [number, number][] {
  return spec.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(from!, 16), parseInt(to ?? from!, 16)];
  });
}

export interface LoadedSubset {
  subset: Subset;
  ranges: [number, number][];
  /** The subset as TrueType (fontkit cannot apply variations to woff2; foliojs/fontkit#377, open), for resvg too. */
  ttf: Buffer;
  /** One instance per weight. */
  faces: Record<keyof typeof WEIGHTS, fontkit.Font>;
  unitsPerEm: number;
}

async function load(subset: Subset): Promise<LoadedSubset> {
  const ttf = Buffer.from(await wawoff2.decompress(readFileSync(fontFile(subset))));
  const base = fontkit.create(ttf) as fontkit.Font;
  return {
    subset,
    ranges: parseRanges(UNICODE_RANGES[subset]),
    ttf,
    faces: { regular: base.getVariation({ wght: WEIGHTS.regular }), bold: base.getVariation({ wght: WEIGHTS.bold }) },
    unitsPerEm: base.unitsPerEm,
  };
}

/** Every subset, last-declared first: the order in which a browser looks for a character. */
export const FONTS: readonly LoadedSubset[] = await (async () => {
  // One at a time: wawoff2 hands back a view of its WebAssembly memory, which the next decompression reuses.
  const loaded: LoadedSubset[] = [];
  for (const subset of SUBSETS) loaded.unshift(await load(subset));
  return loaded;
})();

/** The subset a browser draws `codePoint` with, or undefined when none has it (it falls back to other fonts). */
export function subsetFor(codePoint: number): LoadedSubset | undefined {
  return FONTS.find(
    (f) =>
      f.ranges.some(([a, b]) => codePoint >= a && codePoint <= b) && f.faces.regular.hasGlyphForCodePoint(codePoint),
  );
}
