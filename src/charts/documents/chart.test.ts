import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { documentCountsView } from './view.ts';
import { creditLine } from '../shared/chart.ts';
import { standaloneSvg } from '../shared/frame.ts';
import { overflowing } from '../shared/test-helpers.ts';
import { buildDocumentCountsChart } from './chart.ts';

const chart = buildDocumentCountsChart(documentCountsView(chartBriefing()));

describe('the documents chart', () => {
  it('draws the fixture as its snapshots show, at both widths', async () => {
    for (const variant of ['narrow', 'wide'] as const) {
      await expect(standaloneSvg(chart.frames[variant], creditLine(chart, 'Fixture briefing'))).toMatchFileSnapshot(
        `./__snapshots__/documents-${variant}.svg`,
      );
    }
  });

  it('keeps every label inside the chart at both widths', () => {
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
  });

  it('says in its desc what each source counts, and where they differ', () => {
    expect(chart.frames.wide.desc).toBe(
      'Number of documents signed between Japan and each partner, as each source reports it. Kazakhstan: more than 60 agreements (S1 ¶5); 14 documents (S2, weak source). Kyrgyzstan: about 20 agreements (S1 ¶6). Uzbekistan: no count reported. All documents signed around the summit: more than 150 documents (S1 ¶9); 158 deals (S2, weak source). Sources give more than one count for Kazakhstan, All documents signed around the summit: they count different sets of documents or disagree.',
    );
  });

  it('tabulates every count with its number, qualifier and sources', () => {
    expect(chart.table.columns).toEqual([
      'Country or package',
      'As reported',
      'Number',
      'Qualifier',
      'What it covers',
      'Package',
      'Sources',
    ]);
    expect(chart.table.rows[0]!.cells.map((c) => c.text ?? c.links?.[0]?.title ?? c.cites?.[0]?.label)).toEqual([
      'Kazakhstan',
      'more than 60 agreements',
      '60',
      'more than',
      undefined,
      'Kazakhstan–Japan package',
      'S1 ¶5',
    ]);
  });
});
