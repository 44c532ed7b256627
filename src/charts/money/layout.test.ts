import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { moneyView, type MoneyView } from './view.ts';
import { textWidth } from '../shared/text.ts';
import { layoutMoney, moneyLabel, PAD } from './layout.ts';

const view = moneyView(chartBriefing());

describe('layoutMoney()', () => {
  it('gives each currency its own panel, named, with its own axis in its own money', () => {
    const layout = layoutMoney(view, 720);
    expect(layout.panels.map((p) => p.lines.join(' '))).toEqual([
      'Japanese Yen (JPY): its own scale',
      'Euro (EUR): its own scale',
      'US Dollar (USD): its own scale',
    ]);
    expect(layout.panels[0]!.axis.ticks.filter((t) => t.label).map((t) => t.label)).toContain('¥1tn');
    expect(layout.panels[2]!.axis.ticks.map((t) => t.label).join(' ')).toMatch(/\$\d+bn/);
  });

  it('scales each panel on its own: the largest amount of each currency reaches about as far', () => {
    const layout = layoutMoney(view, 720);
    const ends = layout.panels.map((p) => Math.max(...p.groups.flatMap((g) => g.rows.map((r) => r.bar.x1))));
    for (const end of ends) expect(end).toBeGreaterThan(720 * 0.6);
  });

  it('labels a conversion as the source’s, with the amount it converts', () => {
    const conversion = view.panels[1]!.groups[0]!.rows[0]!;
    expect(moneyLabel(conversion)).toBe(
      'about €17.9 billion, the source’s conversion of about ¥3 trillion — a target for business projects · S1 ¶2',
    );
  });

  it('lists in the legend the kinds of money and the qualifiers present', () => {
    expect(layoutMoney(view, 720).legend.entries.map((e) => e.key)).toEqual([
      'private',
      'business-target',
      'deal-value',
      'q:about',
    ]);
  });

  it('draws a single amount', () => {
    const one: MoneyView = { ...view, panels: [{ ...view.panels[2]! }] };
    const layout = layoutMoney(one, 300);
    expect(layout.panels).toHaveLength(1);
    expect(layout.panels[0]!.groups[0]!.rows[0]!.bar.x1).toBeGreaterThan(PAD);
  });

  it('wraps long labels inside the width', () => {
    const layout = layoutMoney(view, 300);
    for (const row of layout.panels.flatMap((p) => p.groups.flatMap((g) => g.rows))) {
      for (const line of row.lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(300 - 2 * PAD);
    }
  });

  it('refuses to draw nothing, naming the chart', () => {
    expect(() => layoutMoney({ ...view, panels: [] }, 720)).toThrow(
      /chart "money": nothing to draw: no sum of money is reported/,
    );
  });
});
