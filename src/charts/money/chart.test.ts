import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { moneyView } from './view.ts';
import { creditLine } from '../shared/chart.ts';
import { standaloneSvg } from '../shared/frame.ts';
import { findAll } from '../shared/svg.ts';
import { overflowing, tree } from '../shared/test-helpers.ts';
import { buildMoneyChart, NATURE_FILLS } from './chart.ts';

const chart = buildMoneyChart(moneyView(chartBriefing()));

describe('the money chart', () => {
  it('draws the fixture as its snapshots show, at both widths', async () => {
    for (const variant of ['narrow', 'wide'] as const) {
      await expect(standaloneSvg(chart.frames[variant], creditLine(chart, 'Fixture briefing'))).toMatchFileSnapshot(
        `./__snapshots__/money-${variant}.svg`,
      );
    }
  });

  it('keeps every label inside the chart at both widths', () => {
    expect(overflowing(chart.frames.narrow)).toEqual([]);
    expect(overflowing(chart.frames.wide)).toEqual([]);
  });

  it('tells kinds of money apart by fill as well as colour, so they survive black-and-white print', () => {
    const kinds = Object.values(NATURE_FILLS).map((f) => f.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    const patterns =
      findAll(tree(chart.frames.wide), (n) => n.tag === 'pattern').length + chart.frames.wide.defs.length;
    expect(patterns).toBeGreaterThan(0);
  });

  it('says in its desc that no exchange rate is applied', () => {
    expect(chart.frames.wide.desc).toContain(
      'In Japanese Yen (JPY): Tokyo Initiative: about ¥3 trillion, a target for business projects (S1 ¶2)',
    );
    expect(chart.frames.wide.desc).toContain('about €17.9 billion (a conversion of about ¥3 trillion)');
    expect(chart.frames.wide.desc).toContain('no exchange rate is applied');
  });
});
