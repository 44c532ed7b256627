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

  it('draws a flagged figure as a bar broken at the end of its axis, as its snapshot shows', async () => {
    const view = moneyView(chartBriefing());
    const yen = view.panels[0]!;
    const first = yen.groups[0]!.rows[0]!;
    const flagged = {
      ...first,
      amount: 30e12,
      text: '¥30 trillion',
      qualifier: 'exact' as const,
      flagged: 'an evident error',
    };
    const groups = [{ ...yen.groups[0]!, rows: [...yen.groups[0]!.rows, flagged] }];
    const broken = buildMoneyChart({ ...view, panels: [{ ...yen, groups }] });
    expect(broken.caption).toContain('A bar broken at the end of its axis is off the scale');
    expect(broken.frames.wide.desc).toContain(
      '¥30 trillion, a target for business projects (S1 ¶2), flagged as an evident error, drawn off the scale',
    );
    expect(overflowing(broken.frames.narrow)).toEqual([]);
    await expect(standaloneSvg(broken.frames.wide, 'Fixture briefing')).toMatchFileSnapshot(
      './__snapshots__/money-flagged-wide.svg',
    );
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
