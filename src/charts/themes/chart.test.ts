import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { themeMatrixView } from './view.ts';
import { cellParts, creditLine, tableCsv } from '../shared/chart.ts';
import { standaloneSvg } from '../shared/frame.ts';
import { findAll, textOf } from '../shared/svg.ts';
import { overflowing, tree } from '../shared/test-helpers.ts';
import { buildThemeMatrixChart, CELL_LINKS } from './chart.ts';

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

  it('makes each filled cell a link, named by its title, to the table row that lists its initiatives', () => {
    for (const variant of ['narrow', 'wide'] as const) {
      const links = findAll(tree(chart.frames[variant]), (n) => n.tag === 'a');
      const rows = chart.table.rows.map((r) => `#${r.id}`);
      expect(links.map((a) => a.attrs.href).sort()).toEqual([...rows].sort());
      const names = links.map((a) => textOf(a.children.find((c) => typeof c !== 'string' && c.tag === 'title')!));
      expect(names).toContain('Kazakhstan, Water: 1 initiative proposed');
      expect(names).toContain('Japan, Transport and connectivity: 2 initiatives proposed');
      // Links inside an image would be hidden from assistive technology: the drawing is a group.
      expect(chart.frames[variant].role).toBe('group');
    }
  });

  it('names at most a few initiatives in a crowded cell of the page’s table, and leads to the theme’s page', () => {
    const crowded = chartBriefing((input) => {
      for (let i = 1; i <= CELL_LINKS + 3; i++) {
        input.initiatives![`extra-${i}`] = {
          data: {
            title: `Extra initiative ${i}`,
            proposer: { countries: ['kazakhstan'] },
            status: 'proposed',
            date: '2025-12-20',
            event: 'summit',
            themes: ['water'],
            summary: 'More.',
            cite: ['s1 ¶2'],
          },
        };
      }
    });
    const table = buildThemeMatrixChart(themeMatrixView(crowded)).table;
    const row = table.rows.find(
      (r) => r.cells[0]!.links![0]!.title === 'Kazakhstan' && r.cells[1]!.links![0]!.title === 'Water',
    )!;
    const parts = cellParts(row.cells[2]!, (p) => p);
    expect(parts).toHaveLength(CELL_LINKS + 1);
    expect(parts.at(-1)).toEqual({ text: 'and 4 more, listed on the Water page', href: 'themes/water/' });
    expect(row.cells[3]!.text).toBe(String(CELL_LINKS + 4));
    expect(tableCsv(table)).toContain(`Extra initiative ${CELL_LINKS + 3}`);
  });

  it('counts each initiative once in its desc, and no documents', () => {
    expect(chart.frames.wide.desc).toContain(
      'Kazakhstan: 2 of 2 themes, most in Transport and connectivity and Water (1); 2 initiatives in all.',
    );
    expect(chart.frames.wide.desc).not.toContain('document');
    expect(chart.table.columns).toEqual(['Country', 'Theme', 'Initiatives proposed', 'Count']);
  });
});
