import { describe, expect, it } from 'vitest';
import { citePlain, keyPrefix, pageKey, pageRecord } from './cite-page.ts';

const site = {
  title: 'Central Asia + Japan: the first CA+JAD summit',
  shortTitle: 'CA+JAD Summit Briefing',
  publisher: 'CA+JAD Briefing Team',
  version: '0.2',
  updated: '2026-12-01',
  language: 'en',
};
const page = {
  title: 'Kazakhstan',
  path: '/countries/kazakhstan/',
  key: 'cajad-briefing-kazakhstan',
  site,
  siteUrl: 'https://briefing.test/',
  firstPublished: '2026-11-28',
};

describe('keys of pages', () => {
  it('keyPrefix() takes the first and last words of the short title', () => {
    expect(keyPrefix('CA+JAD Summit Briefing')).toBe('cajad-briefing');
    expect(keyPrefix('Briefing')).toBe('briefing');
  });

  it('pageKey() uses the entry id, never the title, and keeps the collection for an id two collections share', () => {
    expect(pageKey('cajad-briefing', 'countries/kazakhstan/')).toBe('cajad-briefing-kazakhstan');
    expect(pageKey('cajad-briefing', 'people/japan/', new Set(['japan']))).toBe('cajad-briefing-people-japan');
    expect(pageKey('cajad-briefing', '')).toBe('cajad-briefing');
    expect(pageKey('cajad-briefing', 'tracker/status/proposed/')).toBe('cajad-briefing-tracker-status-proposed');
  });
});

describe('citing a page', () => {
  it('names the publisher as author, the briefing as container, the edition and both dates', () => {
    expect(pageRecord(page)).toMatchObject({
      type: 'webpage',
      title: 'Kazakhstan',
      author: 'CA+JAD Briefing Team',
      container: site.title,
      issued: '2026-11-28',
      updated: '2026-12-01',
      edition: '0.2',
      url: 'https://briefing.test/countries/kazakhstan/',
    });
  });

  it('in plain text names publisher, page, briefing, edition, date and URL', () => {
    expect(citePlain(pageRecord(page))).toBe(
      'CA+JAD Briefing Team. “Kazakhstan.” In Central Asia + Japan: the first CA+JAD summit, edition 0.2, 1 December 2026. https://briefing.test/countries/kazakhstan/',
    );
  });

  it('cites the home page as the briefing itself', () => {
    expect(citePlain(pageRecord({ ...page, title: site.shortTitle, path: '/' }))).toBe(
      'CA+JAD Briefing Team. Central Asia + Japan: the first CA+JAD summit, edition 0.2, 1 December 2026. https://briefing.test/',
    );
  });

  it('without a site address gives no URL but the page’s path, so the citation still leads somewhere', () => {
    const r = pageRecord({ ...page, siteUrl: undefined });
    expect(r.url).toBeUndefined();
    expect(citePlain(r)).toBe(
      'CA+JAD Briefing Team. “Kazakhstan.” In Central Asia + Japan: the first CA+JAD summit, edition 0.2, 1 December 2026. Page /countries/kazakhstan/ of the briefing.',
    );
  });

  it('cites the briefing book as a book', () => {
    expect(pageRecord({ ...page, title: 'Briefing book', path: '/book/', type: 'book' })).toMatchObject({
      type: 'book',
      title: `${site.title}: briefing book`,
      container: undefined,
    });
  });
});
