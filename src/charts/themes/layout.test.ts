import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { themeMatrixView, type ThemeMatrixView } from './view.ts';
import { textWidth } from '../shared/text.ts';
import { cellAnchor, layoutThemeMatrix, PAD, stepOf } from './layout.ts';

const b = chartBriefing();
const view = themeMatrixView(b);

describe('stepOf()', () => {
  it('shades 0 not at all, then 1, 2, 3–4, 5–7 and 8 or more in five steps', () => {
    expect([0, 1, 2, 3, 4, 5, 7, 8, 30].map(stepOf)).toEqual([0, 1, 2, 3, 3, 4, 4, 5, 5]);
  });
});

describe('layoutThemeMatrix()', () => {
  it('draws a cell per country and theme, counting only initiatives proposed, linking the filled ones to the table', () => {
    const layout = layoutThemeMatrix(view, 720);
    expect(layout.cells).toHaveLength(view.countries.length * view.themes.length);
    const anchor = cellAnchor('themes', { country: 'kazakhstan', theme: 'water' });
    expect(anchor).toBe('chart-themes-kazakhstan-water');
    const kzWater = layout.cells.find((c) => c.anchor === anchor)!;
    // Kazakhstan is also party to a document in water: not added in.
    expect(kzWater.count).toBe(1);
    expect(kzWater.name).toBe('Kazakhstan, Water: 1 initiative proposed');
  });

  it('leaves an empty cell without a link', () => {
    const empty: ThemeMatrixView = {
      ...view,
      cells: view.cells.map((c) => (c.country === 'uzbekistan' ? { ...c, initiatives: [] } : c)),
    };
    const uzbek = layoutThemeMatrix(empty, 720).cells.filter((c) => c.name.startsWith('Uzbekistan'));
    expect(uzbek.map((c) => [c.count, c.step, c.anchor, c.name])).toEqual([
      [0, 0, undefined, 'Uzbekistan, Transport and connectivity: none proposed'],
      [0, 0, undefined, 'Uzbekistan, Water: none proposed'],
    ]);
  });

  it('turns the country names upright when they do not fit their columns', () => {
    expect(layoutThemeMatrix(view, 720).columnsTurned).toBe(false);
    expect(layoutThemeMatrix(view, 300).columnsTurned).toBe(true);
  });

  it('draws a single theme as one row', () => {
    const layout = layoutThemeMatrix(themeMatrixView(b, { theme: 'water' }), 300);
    expect(layout.rows).toHaveLength(1);
    expect(layout.cells).toHaveLength(4);
  });

  it('wraps a very long theme name to two lines inside its column', () => {
    const long: ThemeMatrixView = {
      ...view,
      themes: view.themes.map((t, i) =>
        i ? t : { ...t, title: 'Environment, climate, disaster resilience and early warning in mountain regions' },
      ),
    };
    const layout = layoutThemeMatrix(long, 300);
    expect(layout.rows[0]!.lines).toHaveLength(2);
    const labelWidth = Math.min(260, Math.round((300 - 2 * PAD) * 0.38));
    for (const line of layout.rows[0]!.lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(labelWidth - 8);
  });

  it('refuses to draw a matrix with nothing in it', () => {
    const none: ThemeMatrixView = { ...view, cells: view.cells.map((c) => ({ ...c, initiatives: [] })) };
    expect(() => layoutThemeMatrix(none, 720)).toThrow(/chart "themes": nothing to draw/);
  });
});
