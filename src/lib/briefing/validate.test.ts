import { describe, expect, it } from 'vitest';
import { formatContentProblems } from '../errors.ts';
import { buildRaw, FIXTURE, withChange } from './test-fixtures.ts';
import { validateBriefing } from './validate.ts';

/** Everything a broken entry would make the build say. */
function report(input: Parameters<typeof buildRaw>[0]): string {
  const { raw, problems } = buildRaw(input);
  const all = [...problems, ...validateBriefing(raw)];
  return all.length ? formatContentProblems(all) : 'no problems';
}

describe('the fixture', () => {
  it('is valid, so each test below breaks exactly one thing', () => {
    expect(report(FIXTURE)).toBe('no problems');
  });
});

describe('bad content is reported with the entry, the field, what was expected and how to fix it', () => {
  it('an unknown reference', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      d.parties = ['japan', 'kazakstan'];
    });
    expect(report(input)).toMatchInlineSnapshot(`
      "The briefing's content has 1 problem.

      **documents → kz-package** (content/documents/kz-package.mdx) has a problem:
        - **parties.1**: unknown countries entry "kazakstan"
          Fix: did you mean "kazakhstan"? Otherwise add content/countries/kazakstan.mdx."
    `);
  });

  it('a "collection/id" reference to a collection that does not exist', () => {
    const term = { term: 'CA+JAD', definition: 'A dialogue.', seeAlso: ['initiative/ca-jad-tokyo-initiative'] };
    const input = { ...FIXTURE, glossary: { 'ca-jad': { data: term } } };
    expect(report(input)).toContain(
      '**seeAlso.0**: unknown collection "initiative" in "initiative/ca-jad-tokyo-initiative"\n' +
        '    Fix: did you mean "initiatives/ca-jad-tokyo-initiative"?',
    );
  });

  it('an unknown theme', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      d.themes = ['railways'];
    });
    expect(report(input)).toContain('**themes.0**: unknown themes entry "railways"');
    expect(report(input)).toContain(
      'Fix: add content/themes/railways.mdx, or use an existing id from content/themes/.',
    );
  });

  it('a title in Japanese without its language', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      d.titleVariants = [{ text: '東京宣言', cite: ['s1 ¶5'] }];
    });
    expect(report(input)).toContain(
      '**titleVariants.0.lang**: "東京宣言" is not in English: add its language, e.g. lang: ja for Japanese',
    );
    const tagged = withChange('documents', 'kz-package', (d) => {
      d.titleVariants = [{ text: '東京宣言', lang: 'ja', cite: ['s1 ¶5'] }];
    });
    expect(report(tagged)).toBe('no problems');
  });

  it('a bad currency code', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      (d.value as Record<string, unknown>[])[0]!.currency = 'usd$';
    });
    expect(report(input)).toContain(
      '**value.0.currency**: expected an ISO 4217 currency code like "USD", "JPY" or "EUR", got "usd$"',
    );
  });

  it('a negative amount', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      (d.value as Record<string, unknown>[])[0]!.amount = -5;
    });
    expect(report(input)).toContain('**value.0.amount**: an amount must be greater than zero');
  });

  it('an impossible date', () => {
    const input = withChange('events', 'summit-2025', (d) => {
      d.start = '2025-02-30';
    });
    expect(report(input)).toContain('**events → summit-2025** (content/events/summit-2025.mdx) has a problem:');
    expect(report(input)).toContain('**start**: no such day in "2025-02-30": that month has 28 days');
  });

  it('a figure without a citation', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      (d.count as Record<string, unknown>[])[0]!.cite = [];
    });
    expect(report(input)).toContain(
      '**count.0.cite**: needs at least one citation, e.g. cite: ["s1 ¶5"] — every figure, date, count and title names its source',
    );
  });

  it('a citation of a source that does not exist', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      d.cite = ['s99 ¶2'];
    });
    expect(report(input)).toContain('**cite.0.source**: unknown sources entry "s99"');
  });

  it('a malformed citation in an MDX body', () => {
    const input = structuredClone(FIXTURE);
    input.events!['summit-2025']!.body = 'It met. <Cite s="S1, paragraph 1" />';
    expect(report(input)).toContain('**body (citation 1)**: <Cite s="S1, paragraph 1" /> is not a citation');
  });

  it('a duplicate id', () => {
    const { raw } = buildRaw(FIXTURE);
    const first = raw.countries[0]!;
    raw.countries.push({ ...first, file: 'content/countries/old/japan.mdx' });
    expect(formatContentProblems(validateBriefing(raw))).toContain(
      '**countries → japan** (content/countries/old/japan.mdx) has a problem:\n  - duplicate id: content/countries/japan.mdx and content/countries/old/japan.mdx both make "japan"\n    Fix: ids come from file names; rename one of the files.',
    );
  });

  it('an unknown qualifier', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      (d.count as Record<string, unknown>[])[0]!.qualifier = 'roughly';
    });
    expect(report(input)).toContain(
      '**count.0.qualifier**: expected one of "exact", "about", "more-than", "up-to", got "roughly"',
    );
  });

  it('a leader who belongs to another country', () => {
    const input = withChange('countries', 'kazakhstan', (d) => {
      d.leader = 'takaichi';
    });
    expect(report(input)).toContain('**leader**: leader "takaichi" belongs to "japan", not "kazakhstan"');
  });

  it('an equivalent in the same currency as its amount', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      (d.value as Record<string, unknown>[])[0]!.equivalents = [{ amount: 1, currency: 'USD', cite: ['s5'] }];
    });
    expect(report(input)).toContain('**value.0.equivalents.0.currency**: an equivalent must be in another currency');
  });

  it('an official record that is not an official source, or has no address', () => {
    const press = withChange('documents', 'kz-package', (d) => {
      d.officialRecord = { sources: ['s5'] };
    });
    expect(report(press)).toContain(
      '**officialRecord.sources.0**: "s5" is a source of kind "press", not an official record',
    );
    const textOnly = withChange('sources', 's1', (d) => {
      d.kind = 'official';
    });
    (textOnly.documents!['kz-package']!.data as Record<string, unknown>).officialRecord = { sources: ['s1'] };
    expect(report(textOnly)).toContain(
      '**officialRecord.sources.0**: "s1" has no address, so the page cannot link to it',
    );
    const empty = withChange('documents', 'kz-package', (d) => {
      d.officialRecord = { sources: [] };
    });
    expect(report(empty)).toContain('name at least one official source');
  });

  it('a lead of one sentence, or of more than three', () => {
    const one = withChange('countries', 'kazakhstan', (d) => {
      d.lead = [{ text: 'Guest.', cite: ['s1 ¶5'] }];
    });
    expect(report(one)).toContain('**lead**: a lead has two or three sentences');
    const four = withChange('countries', 'kazakhstan', (d) => {
      d.lead = Array.from({ length: 4 }, () => ({ text: 'Guest.', cite: ['s1 ¶5'] }));
    });
    expect(report(four)).toContain('**lead**: a lead has at most three sentences; move the rest into the body');
    const uncited = withChange('countries', 'kazakhstan', (d) => {
      d.lead = [{ text: 'It signed 60 deals.' }, { text: 'Guest.', cite: ['s1 ¶5'] }];
    });
    expect(report(uncited)).toContain('**lead.0.cite**');
  });

  it('a disagreement about a field that is not the title or a figure', () => {
    const input = withChange('documents', 'kz-package', (d) => {
      d.discrepancies = [
        {
          topic: 'Date',
          about: 'date',
          accounts: [
            { says: 'a', cite: ['s1 ¶5'] },
            { says: 'b', cite: ['s5'] },
          ],
        },
      ];
    });
    expect(report(input)).toContain('**discrepancies.0.about**: expected "title", or a figure field');
  });
});
