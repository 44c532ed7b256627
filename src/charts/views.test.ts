import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../lib/briefing/chart-fixtures.ts';
import { bodyChartRequests, chartCatalogue, entryCharts } from './placements.ts';
import { chartId, ChartError } from './shared/view.ts';
import { documentCountsView } from './documents/view.ts';
import { hasData } from './registry.ts';
import { initiativeStatusView } from './initiatives/view.ts';
import { mapView } from './map/view.ts';
import { moneyView } from './money/view.ts';
import { themeMatrixView } from './themes/view.ts';
import { timelineChartView } from './timeline/view.ts';

const b = chartBriefing();

describe('chartId()', () => {
  it('names a chart by its kind and what it is narrowed to', () => {
    expect(chartId({ kind: 'documents' })).toBe('documents');
    expect(chartId({ kind: 'money', country: 'uzbekistan', currency: 'EUR' })).toBe('money-uzbekistan-in-eur');
    expect(chartId({ kind: 'themes', theme: 'water' })).toBe('themes-theme-water');
  });
});

describe('documentCountsView()', () => {
  it('groups every source’s count by partner country, leaving the host out, and lists a participant with none', () => {
    const view = documentCountsView(b);
    expect(view.host?.title).toBe('Japan');
    expect(view.groups.map((g) => [g.label, g.rows.map((r) => r.text)])).toEqual([
      ['Kazakhstan', ['more than 60 agreements', '14 documents']],
      ['Kyrgyzstan', ['about 20 agreements']],
      ['Uzbekistan', []],
      ['All documents signed around the summit', ['more than 150 documents', '158 deals']],
    ]);
  });

  it('cites each count with its source id and locator, and marks a weak source', () => {
    const [first, second] = documentCountsView(b).groups[0]!.rows;
    expect(first!.cites.map((c) => [c.label, c.weak, c.path])).toEqual([['S1 ¶5', false, 'sources/s1/']]);
    expect(second!.cites.map((c) => [c.label, c.weak])).toEqual([['S2', true]]);
  });

  it('narrows to one country', () => {
    const view = documentCountsView(b, { country: 'kyrgyzstan' });
    expect(view.id).toBe('documents-kyrgyzstan');
    expect(view.groups.map((g) => g.label)).toEqual(['Kyrgyzstan']);
  });

  it('fails for an unknown country, naming the chart and listing the ids', () => {
    expect(() => documentCountsView(b, { country: 'kazakstan' })).toThrowErrorMatchingInlineSnapshot(`
      [ChartError: The briefing's content has 1 problem.

      **charts → documents-kazakstan** has a problem:
        - chart "documents-kazakstan": unknown country "kazakstan"
          Fix: use the id of an entry in content/countries/: japan, kazakhstan, kyrgyzstan, uzbekistan, china.]
    `);
  });
});

describe('moneyView()', () => {
  it('puts each amount in the panel of its own currency, and a sourced conversion in the panel of its currency', () => {
    const view = moneyView(b);
    expect(view.panels.map((p) => [p.currency, p.groups.flatMap((g) => g.rows.map((r) => r.text))])).toEqual([
      ['JPY', ['about ¥3 trillion', 'about ¥3 trillion']],
      ['EUR', ['about €17.9 billion', '€3 billion']],
      ['USD', ['$3.7 billion']],
    ]);
    const conversion = view.panels[1]!.groups[0]!.rows[0]!;
    expect(conversion.convertedFrom).toBe('about ¥3 trillion');
    expect(conversion.field).toBe('money.0.equivalents.0');
    expect(conversion.natureText).toBe('a target for business projects');
  });

  it('names the kind of money as the source does', () => {
    const natures = moneyView(b).panels[0]!.groups[0]!.rows.map((r) => r.natureText);
    expect(natures).toEqual(['a target for business projects', 'private money']);
  });

  it('draws everything in one currency only through sourced conversions, and fails where there is none', () => {
    expect(() => moneyView(b, { currency: 'EUR' })).toThrowErrorMatchingInlineSnapshot(`
      [ChartError: The briefing's content has 2 problems.

      **initiatives → tokyo-initiative** (content/initiatives/tokyo-initiative.mdx) has a problem:
        - **money.1**: chart "money-in-eur": about ¥3 trillion has no sourced conversion to EUR
          Fix: add an equivalent in EUR with the citation of the source that states it, or draw the chart without currency="EUR" (each currency on its own scale).

      **documents → kz-package** (content/documents/kz-package.mdx) has a problem:
        - **value.0**: chart "money-in-eur": $3.7 billion has no sourced conversion to EUR
          Fix: add an equivalent in EUR with the citation of the source that states it, or draw the chart without currency="EUR" (each currency on its own scale).]
    `);
    const kg = moneyView(b, { country: 'kyrgyzstan', currency: 'EUR' });
    expect(kg.panels.map((p) => p.currency)).toEqual(['EUR']);
  });

  it('keeps an error’s short form free of the word that trips Astro’s browser hint', () => {
    let error: ChartError | undefined;
    try {
      moneyView(b, { currency: 'EUR' });
    } catch (e) {
      error = e as ChartError;
    }
    expect(error).toBeInstanceOf(ChartError);
    expect(String(error)).toBe('ChartError: chart "money-in-eur" cannot be drawn');
    expect(error!.message).toContain('documents → kz-package');
  });
});

describe('themeMatrixView()', () => {
  it('lists, per participant and theme, the initiatives it proposed (one measure: no documents added in)', () => {
    const view = themeMatrixView(b);
    expect(view.countries.map((c) => c.id)).toEqual(['japan', 'kazakhstan', 'kyrgyzstan', 'uzbekistan']);
    const cell = (country: string, theme: string) =>
      view.cells.find((c) => c.country === country && c.theme === theme)!;
    expect(cell('kazakhstan', 'water').initiatives.map((i) => i.id)).toEqual(['water-body']);
    expect(Object.keys(cell('kazakhstan', 'water'))).toEqual(['country', 'theme', 'initiatives']);
    expect(cell('uzbekistan', 'transport').initiatives.map((i) => i.id)).toEqual(['expert-forum']);
  });

  it('narrows to one theme, and fails for an unknown one', () => {
    expect(themeMatrixView(b, { theme: 'water' }).themes.map((t) => t.id)).toEqual(['water']);
    expect(() => themeMatrixView(b, { theme: 'waters' })).toThrow(/unknown theme "waters"/);
  });
});

describe('mapView()', () => {
  it('holds the participants, the summit city (the host’s capital) and each route with its waypoints', () => {
    const view = mapView(b);
    expect(view.countries.map((c) => [c.name, c.isoNumeric, c.capital?.name])).toEqual([
      ['Japan', '392', 'Tokyo'],
      ['Kazakhstan', '398', 'Astana'],
      ['Kyrgyzstan', '417', 'Bishkek'],
      ['Uzbekistan', '860', 'Tashkent'],
    ]);
    expect(view.summit).toMatchObject({ city: 'Tokyo', date: '19–20 December 2025', coords: [139.6917, 35.6895] });
    expect(view.routes[0]!.waypoints.map((w) => `${w.name}:${w.via}`)).toEqual([
      'China:land',
      'Kazakhstan:land',
      'Aktau:land',
      'Azerbaijan:sea',
      'Turkey:land',
    ]);
  });
});

describe('timelineChartView()', () => {
  it('puts the dialogue’s meetings in one lane and other partners’ summits in another; the week’s parts go to the week', () => {
    const view = timelineChartView(b);
    expect(view.events.map((e) => `${e.lane}:${e.id}:${e.status}`)).toEqual([
      'dialogue:founding:held',
      'dialogue:ministerial:held',
      'dialogue:cancelled:cancelled',
      'context:other:held',
      'dialogue:summit:held',
      'dialogue:next:planned',
    ]);
  });

  it('lays the summit week out day by day, with the documents signed and the meetings with no day given', () => {
    const week = timelineChartView(b).week!;
    expect(week.days).toEqual(['2025-12-18', '2025-12-19', '2025-12-20']);
    expect(week.items.map((i) => `${i.date} ${i.what} ${i.id}`)).toEqual([
      '2025-12-18 Meeting talks',
      '2025-12-19 Meeting summit',
      '2025-12-20 Meeting summit',
      '2025-12-20 Signed declaration',
    ]);
    expect(week.undated.map((i) => i.id)).toEqual(['undated']);
  });
});

describe('initiativeStatusView()', () => {
  it('lists each proposer’s initiatives from proposed to launched, and those with two proposers', () => {
    const view = initiativeStatusView(b);
    expect(view.rows.map((r) => [r.country.id, r.initiatives.map((i) => `${i.id}:${i.status}`)])).toEqual([
      ['japan', ['expert-forum:proposed', 'tokyo-initiative:announced']],
      ['kazakhstan', ['water-body:proposed', 'corridor:agreed']],
      ['uzbekistan', ['expert-forum:proposed']],
    ]);
    expect(view.shared.map((s) => s.id)).toEqual(['expert-forum']);
  });
});

describe('which charts the site shows', () => {
  it('shows a country its counts, money and proposals, and leaves out a chart with nothing in it', () => {
    expect(entryCharts(b, b.get({ collection: 'countries', id: 'kazakhstan' })).map((v) => v.id)).toEqual([
      'documents-kazakhstan',
      'money-kazakhstan',
      'initiatives-kazakhstan',
    ]);
    expect(entryCharts(b, b.get({ collection: 'countries', id: 'china' }))).toEqual([]);
    expect(hasData(documentCountsView(b, { country: 'uzbekistan' }))).toBe(false);
  });

  it('finds the charts an MDX body places, with their props', () => {
    expect(bodyChartRequests('Text <MoneyChart currency="EUR" country=\'kyrgyzstan\' /> and <MapChart/>.')).toEqual([
      { kind: 'money', currency: 'EUR', country: 'kyrgyzstan' },
      { kind: 'map' },
    ]);
  });

  it('lists every chart once, including those MDX bodies place', () => {
    const withBody = chartBriefing((input) => {
      input.themes!.water!.body = 'See <MoneyChart country="kyrgyzstan" currency="EUR" />.';
    });
    const ids = chartCatalogue(withBody).map((v) => v.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('money-kyrgyzstan-in-eur');
    expect(ids).toContain('timeline');
    expect(ids).toContain('themes');
    // A theme's page lists its countries instead of drawing a one-row matrix.
    expect(ids).not.toContain('themes-theme-water');
  });
});
