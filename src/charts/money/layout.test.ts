import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { moneyView, type MoneyRow, type MoneyView } from './view.ts';
import { textWidth } from '../shared/text.ts';
import { layoutMoney, moneyLabel, PAD, splitScale } from './layout.ts';

const b = chartBriefing();
const view = moneyView(b);

/** The fixture with one more yen figure in the Tokyo Initiative's group: ten times the others, and flagged. */
function withYen(extra: Partial<MoneyRow>): MoneyView {
  const yen = view.panels[0]!;
  const first = yen.groups[0]!.rows[0]!;
  const row: MoneyRow = {
    ...first,
    amount: 30e12,
    text: '¥30 trillion',
    qualifier: 'exact',
    field: 'money.9',
    ...extra,
  };
  const groups = [{ ...yen.groups[0]!, rows: [...yen.groups[0]!.rows, row] }, ...yen.groups.slice(1)];
  return { ...view, panels: [{ ...yen, groups }, ...view.panels.slice(1)] };
}

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

  it('draws a figure the briefing flags off the scale: it does not set the axis, and its label writes the amount', () => {
    const layout = layoutMoney(withYen({ flagged: 'an evident error' }), 720);
    const yen = layout.panels[0]!;
    expect(yen.scaleMax).toBe(3e12);
    expect(Math.max(...yen.axis.ticks.map((t) => t.value))).toBeLessThan(4e12);
    const rows = yen.groups.flatMap((g) => g.rows);
    const flagged = rows.find((r) => r.offScale)!;
    expect(flagged.lines.join(' ')).toMatch(/^¥30 trillion \(off the scale; flagged: an evident error\) — /);
    expect(flagged.bar.broken).toBe(true);
    // The real figures keep the width: ¥3 trillion reaches most of the way across.
    for (const r of rows.filter((r) => !r.offScale)) expect(r.bar.x1).toBeGreaterThan(720 * 0.8);
    expect(rows.filter((r) => r.offScale)).toHaveLength(1);
  });

  it('draws an amount far above the rest off the scale only when at least three share the scale', () => {
    const one = { amount: 1, flagged: undefined };
    const outlier = { amount: 100, flagged: undefined };
    expect(splitScale([one, { amount: 2 }, outlier]).off).toEqual([outlier]);
    expect(splitScale([one, outlier]).off).toEqual([]);
    expect(splitScale([{ amount: 7 }, { amount: 5 }, { amount: 40 }]).off).toEqual([]);
    // An unflagged ¥30 trillion beside three of ¥3 trillion is ten times the next: off the scale too, unflagged.
    const yen = layoutMoney(withYen({}), 720).panels[0]!;
    expect(yen.scaleMax).toBe(3e12);
    expect(
      yen.groups
        .flatMap((g) => g.rows)
        .find((r) => r.offScale)!
        .lines.join(' '),
    ).toMatch(/^¥30 trillion \(off the scale\) — /);
  });

  it('keeps a country’s panel on the briefing’s scale, with the largest figure drawn there shown for scale', () => {
    const kg = layoutMoney(moneyView(b, { country: 'kyrgyzstan' }), 720);
    const euro = kg.panels.find((p) => p.lines.join(' ').startsWith('Euro'))!;
    const [own, reference] = euro.groups;
    expect(reference!.reference).toBe(true);
    expect(reference!.lines.join(' ')).toBe('For scale, the largest EUR figure in the briefing: Tokyo Initiative');
    expect(euro.scaleMax).toBe(17.9e9);
    // €3 billion is a sixth of €17.9 billion: it no longer fills the width.
    expect(own!.rows[0]!.bar.x1).toBeLessThan(720 * 0.3);
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
