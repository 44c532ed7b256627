// The commitments tracker and the editions as a reader finds them in the built site, without JavaScript.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { DIST, readSite, text } from './site.ts';

const pages = readSite();
const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

describe('the commitments tracker', () => {
  const tracker = pages.get('/tracker/')!;
  const rows = tracker.$('table[data-tracker-table] tbody tr').toArray();

  it('lists at least 25 commitments, each with a status, the date it was last reported and its evidence', () => {
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const row of rows) {
      const $row = tracker.$(row);
      const id = $row.attr('id');
      expect($row.find('td .bf-badge').text(), id).toMatch(/^(proposed|announced|agreed|launched)$/);
      expect($row.find('td time').first().attr('datetime'), id).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      expect($row.find('.bf-tracker__history li sup.bf-cite a[href^="#note-"]').length, id).toBeGreaterThan(0);
      expect(text(tracker.$, $row), id).toContain('No later report in the sources (last evidence');
    }
  });

  it('resolves every evidence mark to a numbered note naming its source', () => {
    for (const a of tracker.$('.bf-tracker a[href^="#note-"]').toArray()) {
      const id = tracker.$(a).attr('href')!.slice(1);
      expect(tracker.$(`[id="${id}"]`).length, id).toBe(1);
    }
  });

  it('shows a status history with an earlier report where the sources give one', () => {
    const justice = tracker
      .$('#tracker-justice-ministers-mechanism .bf-tracker__history li')
      .toArray()
      .map((li) => text(tracker.$, tracker.$(li)));
    expect(justice[0]).toMatch(/^proposed, 4 August 2025/);
    expect(justice[1]).toMatch(/^announced, 20 December 2025/);
  });

  it('filters by status, country and theme without JavaScript, as pre-rendered views', () => {
    const links = tracker
      .$('nav.bf-tracker-filters a')
      .toArray()
      .map((a) => tracker.$(a).attr('href')!);
    expect(links).toContain('/tracker/status/proposed/');
    expect(links).toContain('/tracker/country/uzbekistan/');
    expect(links).toContain('/tracker/theme/water/');
    let total = 0;
    for (const link of links.filter((l) => l.startsWith('/tracker/status/'))) {
      const view = pages.get(link)!;
      const viewRows = view.$('table[data-tracker-table] tbody tr').toArray();
      const status = link.split('/')[3];
      for (const r of viewRows) expect(view.$(r).attr('data-status')).toBe(status);
      total += viewRows.length;
    }
    expect(total).toBe(rows.length);
    const uz = pages.get('/tracker/country/uzbekistan/')!;
    expect(uz.$('table[data-tracker-table] tbody tr').length).toBe(
      rows.filter((r) => (tracker.$(r).attr('data-countries') ?? '').split(' ').includes('uzbekistan')).length,
    );
  });

  it('exports the same rows as CSV and JSON beside the other data', () => {
    const json = JSON.parse(read('data/tracker.json'));
    expect(json.rows).toHaveLength(rows.length);
    for (const row of json.rows) {
      expect(row.status_date, row.id).toMatch(/^\d{4}/);
      expect(row.status_citations, row.id).toBeTruthy();
    }
    expect(read('data/tracker.csv').split(/\r?\n/).filter(Boolean).length).toBe(rows.length + 1);
  });

  it('gives each initiative page a short status history', () => {
    const page = pages.get('/initiatives/un-water-organisation/')!;
    const items = page
      .$('#status-history + ol li')
      .toArray()
      .map((li) => text(page.$, page.$(li)));
    expect(items).toHaveLength(2);
    expect(items[0]).toMatch(/^proposed ?, 12 December 2025/);
  });
});

describe('editions', () => {
  it('lists on the changes page what each edition changed, computed from the recorded data', () => {
    const changes = pages.get('/changes/')!;
    expect(changes.$('h2#edition-0-1').text()).toBe('Edition 0.1, 28 November 2026');
  });

  it('says on every entry page in which edition it last changed', () => {
    for (const page of pages.values()) {
      if (!/^\/(countries|initiatives|documents|themes|events|people|organisations|sources)\/[^/]+\/$/.test(page.url))
        continue;
      expect(text(page.$, '.bf-entry-edition'), page.url).toMatch(
        /^(Last changed in edition \d+(\.\d+)+ \(.+\)\. What changed|New since edition .+)$/,
      );
    }
  });
});

describe('edition 0.2', () => {
  const changes = pages.get('/changes/')!;
  const section = changes.$('section[aria-labelledby="edition-0-2"]');

  it('lists on the changes page the corrections it made, each dated, computed from the recorded data', () => {
    expect(changes.$('h2#edition-0-2').text()).toBe('Edition 0.2, 1 December 2026');
    const corrections = section
      .find('h3:contains("Corrections") + ul li')
      .toArray()
      .map((li) => text(changes.$, changes.$(li)));
    expect(corrections.length).toBeGreaterThanOrEqual(5);
    const summit = corrections.find((c) => c.includes('planned and undated'));
    expect(summit).toMatch(
      /\(\s?1 December 2026\s?\)\s?: Edition 0\.1 dated the next summit to the month its plan was reported/,
    );
    expect(corrections.some((c) => c.includes('weak source'))).toBe(true);
    // Entries whose content changed, computed from the two records.
    expect(section.find('.bf-changes__revised li').length).toBeGreaterThan(10);
  });

  it('is in the feed after editions 0.5, 0.4 and 0.3, and every page it corrected lists its correction', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('editions.xml'));
    expect(feed.entry[3].title).toBe('Edition 0.2, 1 December 2026');
    const page = pages.get('/events/next-summit-kazakhstan/')!;
    // Changed again since (edition 0.5 gave it a lead), so the page names the later edition as its last change.
    expect(text(page.$, '.bf-entry-edition')).toMatch(/^Last changed in edition 0\.5 \(2 December 2026\)/);
    expect(text(page.$, '.bf-corrections')).toMatch(
      /Edition 0\.2, 1 December 2026\s?: Edition 0\.1 dated the next summit/,
    );
  });
});

describe('edition 0.3', () => {
  const changes = pages.get('/changes/')!;
  const section = changes.$('section[aria-labelledby="edition-0-3"]');

  it('says what changed for readers, lists the pages it revised and its correction, computed from the records', () => {
    expect(changes.$('h2#edition-0-3').text()).toBe('Edition 0.3, 2 December 2026');
    expect(text(changes.$, section.find('p').first())).toMatch(/^The briefing reads as a briefing/);
    const revised = section
      .find('.bf-changes__revised a')
      .toArray()
      .map((a) => changes.$(a).attr('href') ?? '');
    for (const id of ['countries/kazakhstan', 'documents/tokyo-declaration', 'documents/kz-jp-agreements'])
      expect(
        revised.some((href) => href.includes(id)),
        id,
      ).toBe(true);
    expect(text(changes.$, section.find('h3:contains("Corrections") + ul'))).toContain('perhaps the most impressive');
  });

  it('follows edition 0.4 in the feed, and is the edition the pages it changed last name', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('editions.xml'));
    expect(feed.entry[2].title).toBe('Edition 0.3, 2 December 2026');
    const page = pages.get('/countries/kazakhstan/')!;
    expect(text(page.$, '.bf-entry-edition')).toMatch(/^Last changed in edition 0\.3 \(2 December 2026\)/);
  });
});

describe('edition 0.4', () => {
  const changes = pages.get('/changes/')!;
  const section = changes.$('section[aria-labelledby="edition-0-4"]');

  it('lists its corrections to the joint statements’ signatories, each on the page it corrected', () => {
    expect(changes.$('h2#edition-0-4').text()).toBe('Edition 0.4, 2 December 2026');
    const corrections = text(changes.$, section.find('h3:contains("Corrections") + ul'));
    expect(corrections).toContain('the sources name only President Tokayev');
    expect(corrections).toContain('no signatory is listed');
    const page = pages.get('/documents/kz-jp-joint-statement/')!;
    expect(text(page.$, '.bf-corrections')).toContain('the sources name only President Tokayev');
    // A page it changed and no later edition did: S11's title got its "$" back.
    const s11 = pages.get('/sources/s11/')!;
    expect(text(s11.$, '.bf-entry-edition')).toMatch(/^Last changed in edition 0\.4 \(2 December 2026\)/);
  });

  it('follows edition 0.5 in the feed', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('editions.xml'));
    expect(feed.entry[1].title).toBe('Edition 0.4, 2 December 2026');
  });
});

describe('edition 0.5', () => {
  const changes = pages.get('/changes/')!;
  const section = changes.$('section[aria-labelledby="edition-0-5"]');

  it('says what changed, and lists its corrections each on the page it corrected', () => {
    expect(changes.$('h2#edition-0-5').text()).toBe('Edition 0.5, 2 December 2026');
    expect(text(changes.$, section.find('p').first())).toMatch(/^Every page of a country, document, initiative/);
    const corrections = text(changes.$, section.find('h3:contains("Corrections") + ul'));
    expect(corrections).toContain('said President Mirziyoyev signed the joint statement');
    expect(corrections).toContain('called Turkmenhimiya a chemicals concern');
    for (const [url, said] of [
      ['/countries/uzbekistan/', 'no signatory is named'],
      ['/people/mirziyoyev/', 'only that one was signed'],
      ['/countries/turkmenistan/', 'it is now named only'],
      ['/initiatives/direct-flights/', 'now said to come in 2026'],
    ] as const) {
      const page = pages.get(url)!;
      expect(text(page.$, '.bf-corrections'), url).toContain(said);
      expect(text(page.$, '.bf-entry-edition'), url).toMatch(/^Last changed in edition 0\.5 \(2 December 2026\)/);
    }
  });

  it('is the newest entry of the feed', () => {
    const { feed } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(read('editions.xml'));
    expect(feed.entry[0].title).toBe('Edition 0.5, 2 December 2026');
  });
});
