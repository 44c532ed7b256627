// Initiatives by status and proposer: one square per initiative, in rows by proposing country, grouped by how far
// each got (proposed → announced → agreed → launched). A country's row wraps onto more lines when it runs out of width.
import { nothingToDraw } from '../shared/view.ts';
import { type InitiativeStatus, type InitiativeStatusView } from './view.ts';
import { FONT } from '../shared/frame.ts';
import { layoutLegend, type LegendLayout } from '../shared/legend.ts';
import { wrapText } from '../shared/text.ts';

export const PAD = 8;
export const SQUARE = 16;
const STEP = SQUARE + 5;
const GROUP_GAP = 12;

export interface SquareLayout {
  x: number;
  y: number;
  status: InitiativeStatus;
  path: string;
  tooltip: string;
}

export interface InitiativesLayout {
  width: number;
  height: number;
  legend: LegendLayout<InitiativeStatus>;
  rows: { lines: string[]; y: number; squares: SquareLayout[]; more?: { text: string; y: number } | undefined }[];
}

/** "Uzbekistan: 17 initiatives (15 proposed, 2 agreed)". */
export function rowSummary(view: InitiativeStatusView, row: InitiativeStatusView['rows'][number]): string {
  const parts = view.statuses
    .map((s) => [s.label.toLowerCase(), row.initiatives.filter((i) => i.status === s.key).length] as const)
    .filter(([, n]) => n > 0)
    .map(([label, n]) => `${n} ${label}`);
  const n = row.initiatives.length;
  return `${row.country.title}: ${n} initiative${n === 1 ? '' : 's'} (${parts.join(', ')})`;
}

/** Lays out the squares at `width`. */
export function layoutInitiatives(view: InitiativeStatusView, width: number): InitiativesLayout {
  if (!view.rows.some((r) => r.initiatives.length)) throw nothingToDraw(view.id, 'no initiative has a proposer');
  const inner = width - 2 * PAD;
  const total = (key: InitiativeStatus) =>
    new Set(view.rows.flatMap((r) => r.initiatives.filter((i) => i.status === key).map((i) => i.id))).size;
  const legend = layoutLegend(
    view.statuses.map((s) => ({ key: s.key, label: `${s.label} (${total(s.key)})` })),
    PAD,
    PAD,
    inner,
  );
  let y = PAD + legend.height + 4;
  const rows = view.rows.map((row) => {
    y += 12;
    const lines = wrapText(rowSummary(view, row), inner, FONT.label, 3, true);
    const textY = y + 13;
    y += lines.length * 16 + 4;
    const squares: SquareLayout[] = [];
    let x = PAD;
    let previous: InitiativeStatus | undefined;
    for (const item of row.drawn) {
      if (previous && previous !== item.status) x += GROUP_GAP;
      if (x + SQUARE > width - PAD) {
        x = PAD;
        y += STEP;
      }
      const status = view.statuses.find((s) => s.key === item.status)!.label.toLowerCase();
      squares.push({
        x,
        y,
        status: item.status,
        path: item.path,
        tooltip: `${item.title}: ${status} (proposed by ${row.country.title}).`,
      });
      x += STEP;
      previous = item.status;
    }
    y += STEP;
    const hidden = row.initiatives.length - row.drawn.length;
    let more: { text: string; y: number } | undefined;
    if (hidden > 0) {
      more = { text: `and ${hidden} more, counted above, not drawn`, y: y + 8 };
      y += 14;
    }
    return { lines, y: textY, squares, more };
  });
  return { width, height: y + PAD, legend, rows };
}
