// The charts as a reader gets them from the built site: where they are, what they say without a picture, their
// tables and their downloads, and that their numbers are the ones the entry pages show.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, readSite, text, type Page } from './site.ts';

const pages = readSite();
const page = (url: string): Page => {
  const p = pages.get(url);
  if (!p) throw new Error(`no page ${url}`);
  return p;
};
const figureIds = (p: Page) =>
  p
    .$('figure.bf-chart')
    .toArray()
    .map((f) => p.$(f).attr('id'));

/** Where each chart belongs. */
const PLACES: Record<string, string[]> = {
  '/': ['chart-documents', 'chart-money', 'chart-map', 'chart-initiatives'],
  '/documents/': ['chart-documents', 'chart-money'],
  '/initiatives/': ['chart-initiatives', 'chart-themes'],
  '/themes/': ['chart-themes'],
  '/timeline/': ['chart-timeline'],
  '/countries/kazakhstan/': ['chart-documents-kazakhstan', 'chart-money-kazakhstan', 'chart-initiatives-kazakhstan'],
  '/countries/uzbekistan/': ['chart-money-uzbekistan', 'chart-initiatives-uzbekistan'],
  // A theme's page lists its countries instead (see below).
  '/themes/water/': [],
  // Placed by its author in the MDX body.
  '/initiatives/middle-corridor/': ['chart-map'],
};
/** The drawing a wide screen shows: the wide layout, or the one layout of a chart drawn once. */
const WIDE = '.bf-chart__plot:not(.bf-chart__plot--narrow)';
const chartPages = [...pages.values()].filter((p) => figureIds(p).length > 0);

describe('the six charts', () => {
  it('stand where they belong', () => {
    for (const [url, ids] of Object.entries(PLACES)) expect(figureIds(page(url)).sort(), url).toEqual([...ids].sort());
  });

  it('leave out a chart with nothing in it: Uzbekistan has no count of documents', () => {
    expect(figureIds(page('/countries/uzbekistan/'))).not.toContain('chart-documents-uzbekistan');
  });

  it('are each an image (a group when it holds links) with a title and a description written from the data, in every layout a page holds', () => {
    for (const p of chartPages) {
      for (const figure of p.$('figure.bf-chart').toArray()) {
        const svgs = p.$(figure).find('svg[role]').toArray();
        const plots = p.$(figure).children('.bf-chart__plot').toArray();
        expect(svgs, `${p.url} ${p.$(figure).attr('id')}`).toHaveLength(plots.length);
        expect(plots.map((d) => p.$(d).attr('class')).sort()).toEqual(
          plots.length === 1
            ? ['bf-chart__plot bf-chart__plot--one']
            : ['bf-chart__plot bf-chart__plot--narrow', 'bf-chart__plot bf-chart__plot--wide'],
        );
        for (const svg of svgs) {
          const links = p.$(svg).find('a').length > 0;
          expect(p.$(svg).attr('role')).toBe(links ? 'group' : 'img');
          const [titleId, descId] = links
            ? [p.$(svg).attr('aria-labelledby'), p.$(svg).attr('aria-describedby')]
            : p.$(svg).attr('aria-labelledby')!.split(' ');
          expect(p.$(svg).children('title').attr('id')).toBe(titleId);
          expect(p.$(svg).children('desc').attr('id')).toBe(descId);
          expect(p.$(svg).children('desc').text().length, `${p.url} desc`).toBeGreaterThan(60);
          expect(p.$(svg).attr('viewBox')).toMatch(/^0 0 \d+ \d+(\.\d+)?$/);
        }
      }
    }
  });

  it('are drawn once where the phone layout serves every screen, twice only where it really differs', () => {
    const drawings = (url: string) =>
      Object.fromEntries(
        page(url)
          .$('figure.bf-chart')
          .toArray()
          .map((f) => [page(url).$(f).attr('id'), page(url).$(f).find('svg.bf-chart__svg').length]),
      );
    // The counts and the initiatives differ at the two widths only in how far their bars and rows run; the map
    // places other labels on a taller frame, and the money chart's phone layout wraps so much that on a wide screen
    // it would be over one and a half times as tall.
    expect(drawings('/')).toEqual({ 'chart-documents': 1, 'chart-initiatives': 1, 'chart-map': 2, 'chart-money': 2 });
    expect(drawings('/countries/kazakhstan/')).toEqual({
      'chart-documents-kazakhstan': 1,
      'chart-money-kazakhstan': 2,
      'chart-initiatives-kazakhstan': 2,
    });
  });

  it('keep element ids unique on every page that has charts, even one showing a chart twice (the book)', () => {
    for (const p of chartPages) {
      const ids = p
        .$('[id]')
        .toArray()
        .map((el) => p.$(el).attr('id')!);
      const seen = new Set<string>();
      const twice = ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
      expect(twice, p.url).toEqual([]);
    }
  });

  it('have a caption naming the chart and its sources, and a data table that starts closed', () => {
    for (const p of chartPages) {
      for (const figure of p.$('figure.bf-chart').toArray()) {
        const $f = p.$(figure);
        expect($f.find('figcaption .bf-chart__name').text().length).toBeGreaterThan(5);
        expect($f.find('.bf-chart__sources').text()).toMatch(/Sources: |Sources \(\d+\)|Built from/);
        const details = $f.find('details.bf-chart__data');
        expect(details.attr('open'), p.url).toBeUndefined();
        expect(details.find('table thead th').length).toBeGreaterThan(2);
        expect(details.find('table tbody tr').length).toBeGreaterThan(0);
      }
    }
  });

  it('offer their data as CSV and the chart as SVG, files that exist and match the table', () => {
    for (const p of chartPages) {
      for (const figure of p.$('figure.bf-chart').toArray()) {
        const $f = p.$(figure);
        // A second copy of a chart on one page has ids of its own ("chart-map-2") but the same files.
        const [csvLink, svgLink] = $f
          .find('.bf-chart__downloads a[download]')
          .toArray()
          .map((a) => p.$(a).attr('href')!);
        const id = /\/charts\/([a-z0-9-]+)\.csv$/.exec(csvLink!)![1]!;
        expect($f.attr('id')).toMatch(new RegExp(`^chart-${id}(-\\d+)?$`));
        expect(svgLink).toMatch(new RegExp(`/charts/${id}\\.svg$`));
        const csv = readFileSync(join(DIST, 'charts', `${id}.csv`), 'utf8');
        const lines = csv
          .replace(/^\uFEFF/, '')
          .trimEnd()
          .split('\r\n');
        const header = $f
          .find('thead th')
          .toArray()
          .map((th) => p.$(th).text());
        expect(lines[0]).toBe(header.join(','));
        expect(lines.length - 1).toBe($f.find('tbody tr').length);
        const svg = readFileSync(join(DIST, 'charts', `${id}.svg`), 'utf8');
        // A drawing with links (the matrix's cells) is a group, not an image, which would hide them.
        expect($f.find('svg[role="img"] a').length, `${p.url} ${id}: no link nested in an image`).toBe(0);
        expect(svg).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        expect(svg).toContain('<title');
        expect(svg).toContain('<desc');
        expect(svg).not.toContain('var(--');
      }
    }
  });

  it('keep the search index to words: axis labels and the phone layout’s repeats are ignored', () => {
    const home = page('/');
    expect(home.$('.bf-chart__axis[data-pagefind-ignore]').length).toBeGreaterThan(0);
    for (const plot of home.$('.bf-chart__plot--narrow').toArray())
      expect(home.$(plot).attr('data-pagefind-ignore')).toBe('all');
    // A chart drawn once is indexed from that drawing.
    for (const plot of home.$('.bf-chart__plot--one, .bf-chart__plot--wide').toArray())
      expect(home.$(plot).attr('data-pagefind-ignore')).toBeUndefined();
  });
});

describe('what the charts say', () => {
  const table = (url: string, id: string) => text(page(url).$, `#chart-${id} table`);

  it('counts documents with their qualifiers, every source’s count shown', () => {
    const t = table('/', 'documents');
    expect(t).toContain('more than 60 bilateral agreements');
    expect(t).toContain('14 documents');
    expect(t).toMatch(/about 20 agreements/);
    expect(t).toContain('No count reported');
    expect(t).toContain('more than 150 documents');
    expect(t).toContain('158 deals');
  });

  it('keeps money in its own currency, shows only sourced conversions, and says what kind of money it is', () => {
    const t = table('/', 'money');
    expect(t).toContain('about ¥3 trillion');
    expect(t).toContain('about €17.9 billion');
    expect(t).toContain('a target for business projects');
    expect(t).toContain('private-sector projects');
    expect(t).not.toContain('private money');
    expect(t).toContain('more than $12 billion');
    const desc = page('/').$(`#chart-money ${WIDE} desc`).text();
    expect(desc).toContain('no exchange rate is applied');
  });

  it('shows each sum as the entry’s own page does', () => {
    const home = page('/');
    for (const row of home.$('#chart-money tbody tr').toArray()) {
      const cells = home.$(row).find('th, td').toArray();
      if (home.$(cells[6]).text().trim()) continue; // a conversion: shown beside its amount on the entry page
      const href = home.$(cells[0]).find('a').attr('href')!;
      const facts = text(page(href).$, '.bf-facts');
      expect(facts, href).toContain(home.$(cells[1]).text().trim());
    }
  });

  it('makes each filled cell of the country × theme matrix a link named by what it counts, to the row listing it', () => {
    const p = page('/initiatives/');
    const links = p.$(`#chart-themes ${WIDE} svg a`).toArray();
    expect(links.length).toBeGreaterThan(20);
    for (const a of links) {
      const href = p.$(a).attr('href')!;
      const row = p.$(href);
      expect(row.is('tr'), href).toBe(true);
      // "Uzbekistan, Water: 1 initiative proposed": the row holds that many initiatives, of that country and theme.
      const name = p.$(a).children('title').text();
      const [, country, theme, count] = name.match(/^(.+?), (.+): (\d+) initiatives? proposed$/)!;
      const cells = row.find('th, td').toArray();
      expect(p.$(cells[0]).text(), name).toBe(country);
      expect(p.$(cells[1]).text(), name).toBe(theme);
      expect(p.$(cells[2]).find('a').length, name).toBe(Number(count));
      expect(p.$(a).find('text').text(), name).toBe(count);
    }
    // One measure: Japan's column no longer adds in the documents it is party to (every one).
    const japanWater = p.$(`#chart-themes ${WIDE} svg a[href="#chart-themes-japan-water"]`);
    expect(japanWater.length).toBe(0);
    expect(text(p.$, '#chart-themes figcaption')).toContain('Documents signed are not added in');
  });

  it('lists a theme’s countries on its page, each with what it proposed and is party to there, instead of a one-row matrix', () => {
    const p = page('/themes/water/');
    expect(p.$('figure.bf-chart').length).toBe(0);
    const items = p.$('#related-countries + ul > li').toArray();
    const byName = new Map(items.map((li) => [p.$(li).find('.bf-list__title').text().trim(), p.$(li)]));
    expect([...byName.keys()]).toEqual(['Japan', 'Kazakhstan', 'Kyrgyzstan', 'Uzbekistan']);
    const kz = byName.get('Kazakhstan')!;
    expect(kz.text()).toMatch(/Proposed: .*UN Water/);
    expect(kz.find('p a').attr('href')).toMatch(/initiatives\/un-water-organisation\/$/);
    expect(byName.get('Japan')!.text()).toMatch(/^Japan\s*Party to: /);
  });

  it('maps the six participants from Natural Earth, the summit city and the Middle Corridor’s places', () => {
    const svg = page('/').$(`#chart-map ${WIDE} svg`);
    expect(svg.find('path').length).toBeGreaterThan(8);
    expect(text(page('/').$, `#chart-map ${WIDE} svg g[data-pagefind-ignore]`)).toMatch(/Tokyo: the summit.*Astana/);
    const t = table('/', 'map');
    for (const place of ['China', 'Aktau', 'Caspian train ferries', 'Azerbaijan', 'Georgia', 'Turkey'])
      expect(t).toContain(place);
    expect(text(page('/').$, '#chart-map figcaption')).toContain('Natural Earth');
  });

  it('runs the timeline from the 2004 founding through the cancelled summit to the next one, with the week day by day', () => {
    const desc = page('/timeline/').$(`#chart-timeline ${WIDE} desc`).text();
    expect(desc).toMatch(/^The dialogue: 1st Central Asia \+ Japan Foreign Ministers' Meeting, 28 August 2004/);
    expect(desc).toContain('Planned first CA+JAD summit in Astana (cancelled), August 2024 (cancelled)');
    // No source dates the next summit: it must not be drawn at a date (the timeline page lists it as not yet dated).
    expect(desc).not.toContain('Next CA+JAD summit, in Kazakhstan, December 2025');
    expect(desc).toContain('for context: First Russia–Central Asia summit');
    expect(desc).toContain('19 December 2025: First CA+JAD summit; Dinner for the Central Asian presidents');
  });

  it('shows who proposed what and how far it got', () => {
    const desc = page('/initiatives/').$(`#chart-initiatives ${WIDE} desc`).text();
    expect(desc).toMatch(/Uzbekistan: \d+ initiatives \(\d+ proposed, \d+ agreed\)/);
    expect(desc).toContain('None is reported as launched.');
  });
});

describe('the downloads', () => {
  it('exist for every chart a page shows', () => {
    const shown = new Set(
      chartPages.flatMap((p) =>
        p
          .$('.bf-chart__downloads a[download]')
          .toArray()
          .map((a) =>
            p
              .$(a)
              .attr('download')!
              .replace(/\.(csv|svg|png)$/, ''),
          ),
      ),
    );
    // 19 with this briefing: six charts, and the country pages' narrowed ones.
    expect(shown.size).toBeGreaterThan(15);
    for (const id of shown) {
      expect(existsSync(join(DIST, 'charts', `${id}.csv`)), id).toBe(true);
      expect(existsSync(join(DIST, 'charts', `${id}.svg`)), id).toBe(true);
      expect(existsSync(join(DIST, 'charts', `${id}.png`)), id).toBe(true);
    }
  });
});
