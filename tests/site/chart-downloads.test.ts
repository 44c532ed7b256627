// A chart's three downloads as a reader gets them from the built site: the data (CSV), the chart (SVG) and an image
// (PNG), linked from under every chart, each a file that says what it is and where it comes from once saved.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { chartImage, PNG_SCALE } from '../../src/charts/shared/png.ts';
import { DIST, readSite } from './site.ts';

const pages = [...readSite().values()].filter((p) => p.$('figure.bf-chart').length > 0);
const charts = readdirSync(join(DIST, 'charts'))
  .filter((f) => f.endsWith('.svg'))
  .map((f) => f.replace(/\.svg$/, ''));
const svgOf = (id: string) => readFileSync(join(DIST, 'charts', `${id}.svg`), 'utf8');
const site = { title: 'Central Asia + Japan: the first CA+JAD summit', licence: 'CC BY 4.0' };

/** Width and height of a PNG, from its header (after the 8-byte signature, the IHDR chunk comes first). */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The credit at the foot of a downloaded SVG: the text drawn outside the chart, after its title (bold). */
function credit(svg: string): string {
  const $ = cheerio.load(svg, { xml: true });
  return $('svg > text:not([font-weight])')
    .toArray()
    .map((t) => $(t).text())
    .join(' ');
}

describe('the downloads under each chart', () => {
  it('link the data (CSV), the chart (SVG) and an image (PNG), files of the site that exist', () => {
    expect(pages.length).toBeGreaterThan(10);
    for (const p of pages) {
      for (const figure of p.$('figure.bf-chart').toArray()) {
        const paragraph = p.$(figure).find('.bf-chart__downloads');
        const where = `${p.url} ${p.$(figure).attr('id')}`;
        expect(paragraph.text().replace(/\s+/g, ' ').trim(), where).toBe(
          'Download the data (CSV), the chart (SVG) or an image (PNG)',
        );
        const links = paragraph
          .find('a')
          .toArray()
          .map((a) => ({ href: p.$(a).attr('href')!, download: p.$(a).attr('download') }));
        const id = /charts\/([a-z0-9-]+)\.csv$/.exec(links[0]!.href)?.[1];
        expect(id, where).toBeDefined();
        expect(links.map((l) => l.download)).toEqual(['csv', 'svg', 'png'].map((ext) => `${id}.${ext}`));
        for (const { href } of links) {
          // A path inside the site, so it works from a sub-path and offline: no host, made up or real.
          expect(href, where).toMatch(/^\/[^/]/);
          expect(existsSync(join(DIST, href.replace(/^\//, ''))), `${where}: ${href}`).toBe(true);
        }
      }
    }
  });

  it('exist as PNG for every chart that has CSV and SVG, drawn at twice the SVG’s size', () => {
    expect(charts.length).toBeGreaterThan(15);
    for (const id of charts) {
      expect(existsSync(join(DIST, 'charts', `${id}.csv`)), id).toBe(true);
      const [, w, h] = /viewBox="0 0 (\S+) (\S+)"/.exec(svgOf(id))!;
      const size = pngSize(readFileSync(join(DIST, 'charts', `${id}.png`)));
      expect(size, id).toEqual({ width: Math.round(Number(w) * PNG_SCALE), height: Math.round(Number(h) * PNG_SCALE) });
      expect(size.width, id).toBe(1440);
    }
  });

  it('are PNGs of the very SVG files, credit line and all: drawing the built SVG again gives the same image', async () => {
    for (const id of ['map', 'documents-kazakhstan', 'themes']) {
      const png = readFileSync(join(DIST, 'charts', `${id}.png`));
      expect((await chartImage(svgOf(id))).asPng().equals(png), id).toBe(true);
    }
  });
});

describe('the credit line of a downloaded chart', () => {
  it('names its sources by title, never by the site’s bare codes, and gives the briefing and the licence', () => {
    for (const id of charts) {
      const line = credit(svgOf(id));
      expect(line, id).toMatch(/^(Sources: |Built from )/);
      expect(line, id).not.toMatch(/\bS\d+\b/);
      expect(line, id).toContain(`From: ${site.title}, version `);
      expect(line, id).toContain(`Licence: ${site.licence}, https://creativecommons.org/licenses/by/4.0/.`);
      // This build has no site address: no absolute link to the site, and no placeholder host.
      expect(line.replace('https://creativecommons.org/licenses/by/4.0/', ''), id).not.toMatch(/https?:\/\//);
    }
    expect(credit(svgOf('map'))).toContain(
      'Sources: Trans-Caspian International Transport Route, Wikipedia; Kazakh President welcomes Japan',
    );
  });

  it('says where the sources it cannot name are listed, when it names only the first few', () => {
    const line = credit(svgOf('money'));
    expect(line).toMatch(/; and \d+ more, listed with their addresses in the data: money\.csv\. From: /);
  });
});
