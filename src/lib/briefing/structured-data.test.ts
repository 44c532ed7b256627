import { describe, expect, it } from 'vitest';
import { Briefing } from './briefing.ts';
import { jsonLdScript, structuredData } from './structured-data.ts';
import { buildRaw, FIXTURE, fixtureSite } from './test-fixtures.ts';

const site = fixtureSite();
const b = new Briefing(buildRaw(FIXTURE).raw, site);
const graph = (ld: Record<string, unknown>) => ld['@graph'] as Record<string, unknown>[];

describe('structuredData()', () => {
  it('describes an event page as a schema.org Event with its dates, place and participants', () => {
    const ld = structuredData(
      b,
      'https://x.org/b/',
      'events/summit-2025/',
      'First summit',
      'The first summit.',
      b.get({ collection: 'events', id: 'summit-2025' }),
    );
    expect(graph(ld)[2]).toEqual({
      '@type': 'Event',
      name: 'First summit',
      description: 'The first summit.',
      startDate: '2025-12-20',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'Place', name: 'Tokyo' },
      attendee: [
        { '@type': 'Country', name: 'Japan' },
        { '@type': 'Country', name: 'Kazakhstan' },
      ],
      url: 'https://x.org/b/events/summit-2025/',
    });
  });

  it('describes a document as a CreativeWork with its kind, date and parties', () => {
    const ld = structuredData(
      b,
      'https://x.org/',
      'documents/kz-package/',
      'P',
      'S',
      b.get({ collection: 'documents', id: 'kz-package' }),
    );
    expect(graph(ld)[2]).toMatchObject({
      '@type': 'CreativeWork',
      genre: 'package',
      dateCreated: '2025-12',
      spatialCoverage: [{ name: 'Japan' }, { name: 'Kazakhstan' }],
    });
  });

  it('puts the summit on the home page, and every page inside the website', () => {
    const ld = structuredData(b, 'https://x.org/', '', 'Home', 'D');
    expect(graph(ld).map((n) => n['@type'])).toEqual(['WebSite', 'WebPage', 'Event']);
  });

  it('gives no url at all when the site has no address, rather than a made-up host', () => {
    const ld = structuredData(b, undefined, '', 'Home', 'D');
    expect(JSON.stringify(ld)).not.toMatch(/"url"|"@id":"http/);
    expect(graph(ld)[1]).toMatchObject({ '@type': 'WebPage', isPartOf: { '@id': '#website' } });
  });
});

describe('jsonLdScript()', () => {
  it('cannot be closed by text in the data', () => {
    expect(jsonLdScript({ name: '</script><script>alert(1)</script>' })).toBe(
      '{"name":"\\u003c/script>\\u003cscript>alert(1)\\u003c/script>"}',
    );
  });
});
