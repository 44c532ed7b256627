// A small briefing that exercises every chart: qualifiers and disagreeing counts, money in three currencies with a
// sourced conversion, a route, a cancelled and a planned meeting, a summit week. Fixed, so snapshots stay put.
import { SiteSchema, type Site } from '../../schemas/site.ts';
import { Briefing } from './briefing.ts';
import { buildRaw, KZ_PACKAGE, type RawInput } from './test-fixtures.ts';

export const CHART_SITE: Site = SiteSchema.parse({
  title: 'Fixture briefing',
  shortTitle: 'Fixture',
  description: 'A fixture.',
  summit: 'summit',
  publisher: 'Tests',
  version: '1',
  updated: '2026-01-01',
});

const country = (
  name: string,
  iso: string,
  order: number,
  capital: string,
  coords: [number, number],
  role = 'participant',
) => ({
  data: {
    name,
    role,
    iso2: name.slice(0, 2).toUpperCase(),
    isoNumeric: iso,
    capital,
    capitalCoords: coords,
    summary: `${name}.`,
    cite: ['s1 ¶1'],
    order,
  },
});

export const CHART_FIXTURE: RawInput = {
  sources: {
    s1: { data: { label: 'S1', title: 'Summit article', kind: 'analysis' } },
    s2: {
      data: { label: 'S2', title: 'Wire report', publisher: 'Wire', kind: 'press', reliability: 'One aggregator.' },
    },
    s3: { data: { label: 'S3', title: 'Ministry page', publisher: 'Ministry', kind: 'official' } },
  },
  countries: {
    japan: country('Japan', '392', 1, 'Tokyo', [139.6917, 35.6895]),
    kazakhstan: country('Kazakhstan', '398', 2, 'Astana', [71.4491, 51.1694]),
    kyrgyzstan: country('Kyrgyzstan', '417', 3, 'Bishkek', [74.5698, 42.8746]),
    uzbekistan: country('Uzbekistan', '860', 4, 'Tashkent', [69.2401, 41.2995]),
    china: country('China', '156', 10, 'Beijing', [116.4074, 39.9042], 'context'),
  },
  themes: {
    transport: { data: { title: 'Transport and connectivity', summary: 'Routes.', order: 1 } },
    water: { data: { title: 'Water', summary: 'Water.', order: 2 } },
  },
  events: {
    founding: {
      data: {
        title: 'First ministers’ meeting',
        kind: 'ministerial',
        start: '2004-08-28',
        place: 'Astana',
        country: 'kazakhstan',
        summary: 'Founding.',
        cite: ['s3'],
      },
    },
    ministerial: {
      data: {
        title: 'Seventh ministers’ meeting',
        kind: 'ministerial',
        start: '2019-05',
        summary: 'A meeting.',
        cite: ['s3'],
      },
    },
    cancelled: {
      data: {
        title: 'Planned first summit (cancelled)',
        kind: 'summit',
        status: 'cancelled',
        start: '2024-08',
        summary: 'Called off.',
        cite: ['s3'],
      },
    },
    summit: {
      data: {
        title: 'First summit',
        kind: 'summit',
        start: '2025-12-19',
        end: '2025-12-20',
        place: 'Tokyo',
        country: 'japan',
        summary: 'The summit.',
        cite: ['s1 ¶1'],
      },
    },
    talks: {
      data: {
        title: 'Talks with Kazakhstan',
        kind: 'bilateral-talks',
        start: '2025-12-18',
        partOf: 'summit',
        summary: 'Talks.',
        cite: ['s2'],
      },
    },
    undated: {
      data: {
        title: 'Talks with Uzbekistan',
        kind: 'bilateral-talks',
        start: '2025-12',
        partOf: 'summit',
        summary: 'Talks.',
        cite: ['s1 ¶4'],
      },
    },
    next: {
      data: {
        title: 'Next summit',
        kind: 'summit',
        status: 'planned',
        start: '2026',
        summary: 'Next.',
        cite: ['s1 ¶9'],
      },
    },
    other: {
      data: {
        title: 'China–Central Asia summit',
        kind: 'context-summit',
        dialogue: false,
        start: '2025-06',
        place: 'Astana',
        summary: 'Context.',
        cite: ['s3'],
      },
    },
  },
  documents: {
    'kz-package': {
      data: {
        ...KZ_PACKAGE,
        themes: ['transport'],
        count: [...KZ_PACKAGE.count, { value: 14, unit: 'documents', scope: 'at the talks', cite: ['s2'] }],
      },
    },
    'kg-package': {
      data: {
        title: 'Kyrgyzstan–Japan package',
        kind: 'package',
        parties: ['japan', 'kyrgyzstan'],
        date: '2025-12',
        themes: ['water'],
        summary: 'Agreements.',
        cite: ['s1 ¶6'],
        count: [{ value: 20, qualifier: 'about', unit: 'agreements', cite: ['s1 ¶6'] }],
        value: [{ amount: 3e9, currency: 'EUR', nature: 'deal-value', cite: ['s2'] }],
      },
    },
    total: {
      data: {
        title: 'All documents signed around the summit',
        kind: 'package',
        parties: ['japan', 'kazakhstan', 'kyrgyzstan', 'uzbekistan'],
        date: '2025-12',
        event: 'summit',
        themes: ['transport'],
        summary: 'The tally.',
        cite: ['s1 ¶9'],
        count: [
          { value: 150, qualifier: 'more-than', unit: 'documents', cite: ['s1 ¶9'] },
          { value: 158, unit: 'deals', cite: ['s2'] },
        ],
      },
    },
    declaration: {
      data: {
        title: 'Tokyo Declaration',
        officialTitle: true,
        kind: 'declaration',
        parties: ['japan', 'kazakhstan', 'kyrgyzstan', 'uzbekistan'],
        date: '2025-12-20',
        event: 'summit',
        themes: ['transport', 'water'],
        summary: 'The declaration.',
        cite: ['s1 ¶9'],
      },
    },
  },
  initiatives: {
    'tokyo-initiative': {
      data: {
        title: 'Tokyo Initiative',
        proposer: { countries: ['japan'] },
        status: 'announced',
        date: '2025-12-20',
        event: 'summit',
        themes: ['transport', 'water'],
        summary: 'The initiative.',
        cite: ['s1 ¶2'],
        money: [
          {
            amount: 3e12,
            currency: 'JPY',
            qualifier: 'about',
            nature: 'business-target',
            cite: ['s1 ¶2'],
            equivalents: [{ amount: 17.9e9, currency: 'EUR', cite: ['s1 ¶2'] }],
          },
          { amount: 3e12, currency: 'JPY', qualifier: 'about', nature: 'private', cite: ['s3'] },
        ],
      },
    },
    corridor: {
      data: {
        title: 'Middle Corridor',
        proposer: { countries: ['kazakhstan'] },
        status: 'agreed',
        themes: ['transport'],
        summary: 'The route.',
        cite: ['s1 ¶5'],
        route: {
          waypoints: [
            { name: 'China', isoNumeric: '156', cite: ['s3'] },
            { name: 'Kazakhstan', isoNumeric: '398', cite: ['s3'] },
            { name: 'Aktau', coords: [51.17, 43.65], cite: ['s2'] },
            { name: 'Azerbaijan', isoNumeric: '031', via: 'sea', cite: ['s3'] },
            { name: 'Turkey', isoNumeric: '792', cite: ['s3'] },
          ],
        },
      },
    },
    'water-body': {
      data: {
        title: 'UN water organisation',
        proposer: { countries: ['kazakhstan'] },
        status: 'proposed',
        themes: ['water'],
        summary: 'Water.',
        cite: ['s1 ¶5'],
      },
    },
    'expert-forum': {
      data: {
        title: 'Expert forum',
        proposer: { countries: ['uzbekistan', 'japan'] },
        status: 'proposed',
        themes: ['transport'],
        summary: 'A forum.',
        cite: ['s1 ¶3'],
      },
    },
  },
};

/** The fixture briefing, or a changed copy of it. */
export function chartBriefing(change?: (input: RawInput) => void): Briefing {
  const input = structuredClone(CHART_FIXTURE);
  change?.(input);
  const { raw, problems } = buildRaw(input);
  if (problems.length) throw new Error(`chart fixture does not parse: ${JSON.stringify(problems, null, 1)}`);
  return new Briefing(raw, CHART_SITE);
}
