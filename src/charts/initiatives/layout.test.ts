import { describe, expect, it } from 'vitest';
import { chartBriefing } from '../../lib/briefing/chart-fixtures.ts';
import { drawnItems, INITIATIVES_CAP, initiativeStatusView, type InitiativeStatusView } from './view.ts';
import { layoutInitiatives, PAD, rowSummary, SQUARE } from './layout.ts';

const view = initiativeStatusView(chartBriefing());

describe('layoutInitiatives()', () => {
  it('gives each proposer a row that says what it put forward and how far each got', () => {
    expect(view.rows.map((r) => rowSummary(view, r))).toEqual([
      'Japan: 2 initiatives (1 proposed, 1 announced)',
      'Kazakhstan: 2 initiatives (1 proposed, 1 agreed)',
      'Uzbekistan: 1 initiative (1 proposed)',
    ]);
  });

  it('counts each initiative once in the legend, even with two proposers', () => {
    expect(layoutInitiatives(view, 720).legend.entries.map((e) => e.label)).toEqual([
      'Proposed (2)',
      'Announced (1)',
      'Agreed (1)',
      'Launched (0)',
    ]);
  });

  it('wraps a long row of squares inside the width', () => {
    const many: InitiativeStatusView = {
      ...view,
      rows: [
        {
          ...view.rows[0]!,
          initiatives: Array.from({ length: 30 }, (_, i) => ({ ...view.rows[0]!.initiatives[0]!, id: `i${i}` })),
          drawn: Array.from({ length: 30 }, (_, i) => ({ ...view.rows[0]!.initiatives[0]!, id: `i${i}` })),
        },
      ],
    };
    const squares = layoutInitiatives(many, 300).rows[0]!.squares;
    expect(new Set(squares.map((s) => s.y)).size).toBeGreaterThan(1);
    for (const s of squares) expect(s.x + SQUARE).toBeLessThanOrEqual(300 - PAD);
  });

  it('draws at most INITIATIVES_CAP squares a row, shared among statuses by their counts, and says how many more', () => {
    const item = view.rows[0]!.initiatives[0]!;
    const items = Array.from({ length: 100 }, (_, i) => ({
      ...item,
      id: `i${i}`,
      status: i < 90 ? ('proposed' as const) : i < 99 ? ('agreed' as const) : ('launched' as const),
    }));
    const drawn = drawnItems(items);
    expect(drawn).toHaveLength(INITIATIVES_CAP);
    expect(['proposed', 'agreed', 'launched'].map((s) => drawn.filter((d) => d.status === s).length)).toEqual([
      21, 2, 1,
    ]);
    const row = layoutInitiatives({ ...view, rows: [{ ...view.rows[0]!, initiatives: items, drawn }] }, 300).rows[0]!;
    expect(row.squares).toHaveLength(INITIATIVES_CAP);
    expect(row.more?.text).toBe('and 76 more, counted above, not drawn');
  });

  it('draws a single initiative, linking it to its page', () => {
    const one = initiativeStatusView(chartBriefing(), { country: 'uzbekistan' });
    const [square] = layoutInitiatives(one, 300).rows[0]!.squares;
    expect(square).toMatchObject({
      status: 'proposed',
      path: 'initiatives/expert-forum/',
      tooltip: 'Expert forum: proposed (proposed by Uzbekistan).',
    });
  });

  it('refuses to draw nothing', () => {
    expect(() => layoutInitiatives({ ...view, rows: [] }, 720)).toThrow(/chart "initiatives": nothing to draw/);
  });
});
