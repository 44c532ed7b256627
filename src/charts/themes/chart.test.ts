import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { themeMatrixView } from './view.ts';
import { creditLine } from '../shared/chart.ts';
import { standaloneSvg } from '../shared/frame.ts';
import { findAll } from '../shared/svg.ts';
import { overflowing, tree } from '../shared/test-helpers.ts';
import { buildThemeMatrixChart } from './chart.ts';

const chart = buildThemeMatrixChart(themeMatrixView(chartBriefing()));

describe('the country × theme chart', () => {
  it('draws the fixture as its snapshots show, at both widths', async () => {
    for (const variant of ['narrow', 'wide'] as const) {
      await expect(standaloneSvg(chart.frames[variant], creditLine(chart, 'Fixture briefing'))).toMatchFileSnapshot(
        `./__snapshots__/themes-${variant}.svg`,
      );
    }
  });

  it('keeps every label inside the chart at both widths', () => {
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
  });

  it('leads from each filled cell to the table row that lists what fills it, without nesting a link in the image', () => {
    const marks = findAll(tree(chart.frames.wide), (n) => n.attrs['data-bf-href'] !== undefined);
    const rows = chart.table.rows.map((r) => `#${r.id}`);
    expect(marks.map((m) => m.attrs['data-bf-href']).sort()).toEqual([...rows].sort());
    expect(findAll(tree(chart.frames.wide), (n) => n.tag === 'a')).toEqual([]);
  });

  it('counts each initiative and document once in its desc', () => {
    expect(chart.frames.wide.desc).toContain(
      'Kazakhstan: 2 of 2 themes, most in Transport and connectivity (4); 2 initiatives proposed and 3 documents it is party to, in all.',
    );
  });
});
