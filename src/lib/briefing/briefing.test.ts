import { describe, expect, it } from 'vitest';
import { Briefing, entryCitations } from './briefing.ts';
import { buildRaw, FIXTURE, fixtureSite } from './test-fixtures.ts';
import { entryView, keyFigures } from './views.ts';

const site = fixtureSite('2026');
const briefing = new Briefing(buildRaw(FIXTURE).raw, site);

describe('Briefing', () => {
  it('follows references both ways: a country lists the documents it is party to', () => {
    const kz = briefing.get({ collection: 'countries', id: 'kazakhstan' });
    const view = entryView(briefing, kz);
    expect(view.related.map((g) => [g.heading, g.entries.map((e) => e.id)])).toEqual([
      ['Documents', ['kz-package']],
      ['Themes', ['transport-connectivity']],
      ['Events', ['summit-2025']],
    ]);
  });

  it('lists what the briefing takes from a source, with the locators used', () => {
    const uses = briefing.citing('s1').map((u) => [u.entry.id, u.at]);
    expect(uses).toContainEqual(['kz-package', ['¶5']]);
    expect(uses).toContainEqual(['summit-2025', ['¶1']]);
  });

  it('orders an entry’s citations as its page shows them: own sources, figures, body', () => {
    const doc = briefing.get({ collection: 'documents', id: 'kz-package' });
    expect(entryCitations(doc).map((c) => c.source.id + (c.at ?? ''))).toEqual(['s1¶5', 's1¶5', 's1¶5']);
  });

  it('leads the home page with money and counted packages', () => {
    expect(keyFigures(briefing).map((f) => `${f.entry.id}:${f.field}`)).toEqual([
      'kz-package:count',
      'kz-package:value',
    ]);
  });

  it('throws a short error for a dangling reference', () => {
    expect(() => briefing.get({ collection: 'countries', id: 'atlantis' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: unknown countries entry: "atlantis"]`,
    );
  });
});
