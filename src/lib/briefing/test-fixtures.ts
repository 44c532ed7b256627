// Small, valid content for unit tests: one summit with two countries, a source, a theme, a document.
import type { CollectionName } from '../../schemas/index.ts';
import { COLLECTIONS, specOf } from './collections/index.ts';
import type { ContentProblem } from '../errors.ts';
import type { Site } from '../../schemas/site.ts';
import type { Entry, RawBriefing } from './model.ts';
import { parseEntry } from './parse.ts';

export type RawInput = Partial<Record<CollectionName, Record<string, { data: unknown; body?: string }>>>;

/** The site.yaml the unit tests build their briefing with; `updated` varies by test where it matters. */
export function fixtureSite(updated = '2026-01-02'): Site {
  return {
    title: 'T',
    shortTitle: 'T',
    description: 'D',
    summit: 'summit-2025',
    publisher: 'P',
    version: '1',
    updated,
    language: 'en',
    license: 'CC BY 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
  };
}

/** The fixture's one document, a package with a count and a value (the chart fixture draws it too). */
export const KZ_PACKAGE = {
  title: 'Kazakhstan–Japan package',
  kind: 'package',
  parties: ['japan', 'kazakhstan'],
  date: '2025-12',
  themes: ['transport-connectivity'],
  summary: 'Agreements.',
  cite: ['s1 ¶5'],
  count: [{ value: 60, qualifier: 'more-than', unit: 'agreements', cite: ['s1 ¶5'] }],
  value: [{ amount: 3.7e9, currency: 'USD', nature: 'deal-value', cite: ['s1 ¶5'] }],
};

export const FIXTURE: RawInput = {
  sources: {
    s1: { data: { label: 'S1', title: 'Summit article', kind: 'analysis' } },
    s5: {
      data: {
        label: 'S5',
        title: '158 public-private deals',
        publisher: 'Jiji Press',
        url: 'https://example.org/158',
        kind: 'press',
        published: '2025-12-20',
      },
    },
  },
  countries: {
    japan: {
      data: {
        name: 'Japan',
        role: 'participant',
        iso2: 'JP',
        iso3: 'JPN',
        summary: 'Host.',
        cite: ['s1 ¶1'],
        leader: 'takaichi',
        order: 1,
      },
    },
    kazakhstan: {
      data: {
        name: 'Kazakhstan',
        role: 'participant',
        iso2: 'KZ',
        iso3: 'KAZ',
        summary: 'Guest.',
        cite: ['s1 ¶5'],
        order: 2,
      },
    },
  },
  people: {
    takaichi: {
      data: {
        name: 'Sanae Takaichi',
        role: 'Prime Minister of Japan',
        country: 'japan',
        leader: true,
        summary: 'Chair.',
        cite: ['s1 ¶1'],
      },
    },
  },
  themes: {
    'transport-connectivity': { data: { title: 'Transport and connectivity', summary: 'Routes.', order: 1 } },
  },
  events: {
    'summit-2025': {
      data: {
        title: 'First summit',
        kind: 'summit',
        start: '2025-12-20',
        place: 'Tokyo',
        participants: ['japan', 'kazakhstan'],
        summary: 'The first summit.',
        cite: ['s1 ¶1'],
      },
      body: 'It met. <Cite s="s1 ¶1" />',
    },
  },
  documents: {
    'kz-package': { data: KZ_PACKAGE },
  },
};

/** Parses fixture input as the site would: schema problems first, then cross-entry problems via `check`. */
export function buildRaw(input: RawInput): { raw: RawBriefing; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const raw = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as Entry[]])) as unknown as RawBriefing;
  for (const c of COLLECTIONS) {
    for (const [id, { data, body }] of Object.entries(input[c] ?? {})) {
      const parsed = parseEntry(c, id, `content/${c}/${id}.${specOf(c).files}`, data, body);
      problems.push(...parsed.problems);
      if (parsed.entry) (raw[c] as Entry[]).push(parsed.entry);
    }
  }
  return { raw, problems };
}

/** A copy of the fixture with one entry's data changed. */
export function withChange(
  collection: CollectionName,
  id: string,
  change: (data: Record<string, unknown>) => void,
): RawInput {
  const copy = structuredClone(FIXTURE);
  const entry = copy[collection]?.[id];
  if (!entry) throw new Error(`no fixture ${collection}/${id}`);
  change(entry.data as Record<string, unknown>);
  return copy;
}
