// A downloaded chart as a PNG: the standalone SVG (title, chart, sources, origin, licence) rasterised by resvg
// with the site's own typeface, never the machine's fonts, so the image is the same on every machine that builds it.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  existsSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderAsync, type RenderedImage } from '@resvg/resvg-js';
import wawoff2 from 'wawoff2';
import { FONTS, WEIGHTS } from './font.ts';

/** Pixels per layout unit: the wide layout (720 units) becomes a 1,440 px image, sharp on high-density screens. */
export const PNG_SCALE = 2;

const require = createRequire(import.meta.url);

/**
 * Inter's static cuts at the weights charts use (fontsource's `@fontsource/inter`, the same design as the variable
 * files the pages load: advance widths agree within 0.1 %). resvg 2.6 draws a variable font only at its default
 * weight, so bold labels need the static bold. Its woff2 files become TrueType once per font version, in a folder
 * of the system's temporary directory named by their content (resvg reads fonts from files only).
 */
async function fontFiles(): Promise<string[]> {
  // Latin first, as a browser looks (FONTS' order): resvg takes the first face of the family at the weight asked
  // for, and only for a character that face lacks looks through the others.
  const sources = FONTS.flatMap(({ subset }) =>
    Object.values(WEIGHTS).map((weight) =>
      require.resolve(`@fontsource/inter/files/inter-${subset}-${weight}-normal.woff2`),
    ),
  );
  const woff2 = sources.map((file) => readFileSync(file));
  const hash = createHash('sha256');
  for (const data of woff2) hash.update(data);
  const dir = join(tmpdir(), `briefing-fonts-${hash.digest('hex').slice(0, 16)}`);
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  for (const [i, data] of woff2.entries()) {
    const file = join(
      dir,
      sources[i]!.split(/[\\/]/)
        .pop()!
        .replace(/\.woff2$/, '.ttf'),
    );
    if (!existsSync(file)) {
      // Written aside and renamed, so a build running beside this one never reads half a font.
      const part = `${file}.${process.pid}.part`;
      // One at a time: wawoff2 hands back a view of its WebAssembly memory, which the next decompression reuses.
      writeFileSync(part, await wawoff2.decompress(data));
      renameSync(part, file);
    }
    files.push(file);
  }
  return files;
}

let fonts: Promise<string[]> | undefined;

/**
 * The standalone SVG of a chart drawn at `PNG_SCALE` pixels per unit, on white, only with the shipped typeface.
 * resvg draws on a thread of its own, so several charts are drawn at once while the build goes on with pages.
 */
export async function chartImage(svg: string): Promise<RenderedImage> {
  fonts ??= fontFiles();
  return renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: false, fontFiles: await fonts, defaultFontFamily: 'Inter', sansSerifFamily: 'Inter' },
    logLevel: 'off',
  });
}

/** Where drawn charts are kept between builds, by the SVG, the fonts and the scale: an unchanged chart is not redrawn. */
const CACHE = resolve('node_modules/.cache/chart-png');
const RESVG: string = require('@resvg/resvg-js/package.json').version;

/** The same, as the bytes of a PNG file. */
export async function chartPng(svg: string): Promise<Buffer> {
  fonts ??= fontFiles();
  const key = createHash('sha256')
    .update(`${RESVG}\0${PNG_SCALE}\0${(await fonts).join('\0')}\0${svg}`)
    .digest('hex');
  const file = join(CACHE, `${key}.png`);
  used.add(`${key}.png`);
  try {
    const png = readFileSync(file);
    // Marked as used, so that no build prunes it while builds still ask for it (pruneChartPngs).
    utimesSync(file, new Date(), new Date());
    return png;
  } catch {
    // Not drawn yet, or pruned by a build beside this one since: draw it.
  }
  const png = (await chartImage(svg)).asPng();
  mkdirSync(CACHE, { recursive: true });
  const part = `${file}.${process.pid}.part`;
  writeFileSync(part, png);
  renameSync(part, file);
  return png;
}

/** The cache files this build asked for. */
const used = new Set<string>();

/** A cached drawing no build has asked for in this long is deleted: builds beside this one keep theirs in use. */
export const PNG_CACHE_KEEP_MS = 24 * 3_600_000;

/**
 * Deletes the cache files this build did not ask for and no build has used for PNG_CACHE_KEEP_MS (a hit touches its
 * file), and stale parts of interrupted writes. Returns how many files it deleted. The cache was never pruned: every
 * changed chart left its old drawing behind.
 */
export function pruneChartPngs(now = Date.now(), dir = CACHE): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let pruned = 0;
  for (const name of names) {
    if (used.has(name)) continue;
    const file = join(dir, name);
    try {
      if (now - statSync(file).mtimeMs < PNG_CACHE_KEEP_MS) continue;
      rmSync(file, { force: true });
      pruned++;
    } catch {
      // Gone already: another build pruned it.
    }
  }
  return pruned;
}
