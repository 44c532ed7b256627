import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { buildRaw, FIXTURE } from '../briefing/test-fixtures.ts';
import { compareEditions } from './compare.ts';
import { atomFeed } from './feed.ts';
import { snapshotOf } from './snapshot.ts';

const site = {
  title: 'Central Asia + Japan & <friends>',
  shortTitle: 'CA+JAD Summit Briefing',
  publisher: 'CA+JAD Briefing Team',
  language: 'en',
};
const { raw } = buildRaw(FIXTURE);
const one = { ...snapshotOf(raw, { version: '0.1', updated: '2026-11-28' }), summary: 'First edition.' };
const two = { ...snapshotOf(raw, { version: '0.2', updated: '2026-12-01' }), summary: 'Corrected edition.' };
const changes = [compareEditions(one, two)];
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });

describe('the Atom feed of editions', () => {
  it('is well-formed XML with a feed id, title, date and author', () => {
    const xml = atomFeed(site, [one, two], changes, { base: '/', siteUrl: 'https://briefing.test/' });
    expect(XMLValidator.validate(xml)).toBe(true);
    const { feed } = parser.parse(xml);
    expect(feed.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(feed.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(feed.updated).toBe('2026-12-01T00:00:00Z');
    expect(feed.author.name).toBe('CA+JAD Briefing Team');
    expect(feed.subtitle).toBe('Each edition of Central Asia + Japan & <friends>, and what it changed.');
  });

  it('has one entry per edition, newest first, each linking to its changes', () => {
    const { feed } = parser.parse(
      atomFeed(site, [one, two], changes, { base: '/b/', siteUrl: 'https://briefing.test/' }),
    );
    expect(feed.entry.map((e: { title: string }) => e.title)).toEqual([
      'Edition 0.2, 1 December 2026',
      'Edition 0.1, 28 November 2026',
    ]);
    expect(feed.entry[0].link.href).toBe('https://briefing.test/b/changes/#edition-0-2');
    expect(feed.entry[0].summary).toBe('Corrected edition. No changes to the data.');
    expect(new Set(feed.entry.map((e: { id: string }) => e.id)).size).toBe(2);
  });

  it('links by path when the site has no address', () => {
    const { feed } = parser.parse(atomFeed(site, [one], [], { base: '/', siteUrl: undefined }));
    expect(feed.entry.link.href).toBe('/changes/#edition-0-1');
  });
});
