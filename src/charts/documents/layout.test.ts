import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { documentCountsView, type DocumentCountsView } from './view.ts';
import { OPEN_END } from '../shared/bars.ts';
import { textWidth } from '../shared/text.ts';
import { layoutDocumentCounts, PAD } from './layout.ts';

const view = documentCountsView(chartBriefing());
const withGroups = (groups: DocumentCountsView['groups']): DocumentCountsView => ({ ...view, groups });

describe('layoutDocumentCounts()', () => {
  it('puts every count on one scale from zero, proportional to its number', () => {
    const layout = layoutDocumentCounts(view, 720);
    const bars = layout.groups.flatMap((g) => g.rows.map((r) => r.bar));
    const values = view.groups.flatMap((g) => g.rows.map((r) => r.value));
    expect(bars.map((b) => b.x0)).toEqual(values.map(() => PAD));
    const perUnit = (bars[0]!.x1 - PAD) / values[0]!;
    bars.forEach((b, i) => expect(b.x1 - PAD).toBeCloseTo(values[i]! * perUnit, 6));
    expect(Math.max(...bars.map((b) => b.x1))).toBeLessThanOrEqual(720 - PAD);
  });

  it('keeps room right of the scale for the open-ended arrow of a “more than” count', () => {
    for (const width of [300, 720]) {
      const layout = layoutDocumentCounts(view, width);
      for (const row of layout.groups.flatMap((g) => g.rows)) {
        if (row.bar.qualifier === 'more-than') expect(row.bar.x1 + OPEN_END).toBeLessThanOrEqual(width - PAD);
      }
    }
  });

  it('gives every qualifier in the data, and only those, a legend entry in reading order', () => {
    expect(layoutDocumentCounts(view, 720).legend.entries.map((e) => e.key)).toEqual(['exact', 'about', 'more-than']);
  });

  it('shows each source’s count as its own bar under its country, with the source named', () => {
    const kz = layoutDocumentCounts(view, 720).groups[0]!;
    expect(kz.lines).toEqual(['Kazakhstan']);
    expect(kz.rows.map((r) => r.lines.join(' '))).toEqual([
      'more than 60 agreements · S1 ¶5',
      '14 documents · S2, weak source',
    ]);
    expect(kz.rows[0]!.tooltip).toBeUndefined();
    expect(kz.rows[1]!.tooltip).toBe('Kazakhstan: 14 documents (at the talks). Source: S2, weak source.');
  });

  it('says so where a participant has no count', () => {
    expect(layoutDocumentCounts(view, 720).groups[2]!.empty?.text).toBe('No count reported');
  });

  it('draws a single count', () => {
    const one = withGroups([{ ...view.groups[1]! }]);
    const layout = layoutDocumentCounts(one, 300);
    expect(layout.groups[0]!.rows).toHaveLength(1);
    expect(layout.groups[0]!.rows[0]!.bar.x1).toBeGreaterThan(PAD);
  });

  it('wraps a very long heading and label inside the width', () => {
    const long =
      'All documents signed or presented around the first heads-of-state summit of the Central Asia plus Japan Dialogue';
    const layout = layoutDocumentCounts(withGroups([{ ...view.groups[3]!, label: long }]), 300);
    const g = layout.groups[0]!;
    expect(g.lines.length).toBeGreaterThan(1);
    for (const line of g.lines) expect(textWidth(line, 14, true)).toBeLessThanOrEqual(300 - 2 * PAD);
  });

  it('refuses to draw nothing, naming the chart', () => {
    expect(() => layoutDocumentCounts(withGroups([{ ...view.groups[2]! }]), 720)).toThrow(
      /chart "documents": nothing to draw: no package of documents has a count/,
    );
  });
});
