import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { buildDocumentCountsChart } from '../documents/chart.ts';
import { documentCountsView } from '../documents/view.ts';
import { creditLine } from './chart.ts';
import { standaloneSvg } from './frame.ts';
import { chartImage, PNG_CACHE_KEEP_MS, PNG_SCALE, pruneChartPngs } from './png.ts';
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Pixels darker than mid-grey: where something is drawn on the white ground. */
const inked = (pixels: Buffer) => {
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128) n++;
  return n;
};
const word = (attrs: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="40"><text x="4" y="28" font-size="24" ${attrs}>Sources: Kyodo</text></svg>`;

describe('chartImage()', () => {
  it('draws text with the shipped typeface whatever the SVG asks for, with no system font loaded', async () => {
    // Arial and DejaVu are not loaded: were the shipped font missing, no text would be drawn at all.
    for (const family of ['Inter', 'Arial, sans-serif', 'DejaVu Sans']) {
      const image = await chartImage(word(`font-family="${family}"`));
      expect(inked(image.pixels), family).toBeGreaterThan(500);
    }
  });

  it('draws bold as bold (a variable font would be drawn at its default weight only)', async () => {
    const regular = inked((await chartImage(word('font-family="Inter"'))).pixels);
    const bold = inked((await chartImage(word('font-family="Inter" font-weight="700"'))).pixels);
    expect(bold, `regular ${regular}`).toBeGreaterThan(regular * 1.15);
  });

  it('draws a chart at twice its size on white, title, chart and credit line included', async () => {
    const chart = buildDocumentCountsChart(documentCountsView(chartBriefing()));
    const svg = standaloneSvg(chart.frames.wide, creditLine(chart, 'Fixture briefing'));
    const [, w, h] = /viewBox="0 0 (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)"/.exec(svg)!;
    const image = await chartImage(svg);
    expect(image.width).toBe(Math.round(Number(w) * PNG_SCALE));
    expect(image.height).toBe(Math.round(Number(h) * PNG_SCALE));
    expect([...image.pixels.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
    // Ink in the title's band at the top and in the credit line's at the foot.
    const row = (y: number) => image.pixels.subarray(y * image.width * 4, (y + 1) * image.width * 4);
    const band = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => inked(row(from + i))).reduce((a, b) => a + b, 0);
    expect(band(16 * PNG_SCALE, 34 * PNG_SCALE)).toBeGreaterThan(200);
    expect(band(image.height - 30 * PNG_SCALE, image.height - 16 * PNG_SCALE)).toBeGreaterThan(100);
    expect(image.asPng().subarray(1, 4).toString()).toBe('PNG');
  }, 30_000);
});

describe('pruneChartPngs()', () => {
  it('deletes only the drawings no build has used for a day, and leaves a build beside it its fresh files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chart-png-'));
    const now = Date.now();
    const file = (name: string, ageMs: number) => {
      writeFileSync(join(dir, name), '');
      utimesSync(join(dir, name), new Date(now - ageMs), new Date(now - ageMs));
    };
    file('old.png', PNG_CACHE_KEEP_MS + 60_000);
    file('recent.png', 60_000);
    file('fresh.png.123.part', 1000);
    expect(pruneChartPngs(now, dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['fresh.png.123.part', 'recent.png']);
    rmSync(dir, { recursive: true });
  });
});
