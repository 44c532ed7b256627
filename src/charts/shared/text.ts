// Text in a chart is laid out at build time, without a browser to measure it: widths are estimated on the generous
// side for the site's system sans-serif, so a label may end up a little short of its box but never spills out of it.

const NARROW = new Set([...'iljtfrI.,;:!|()[]\'"-/ ']);
const WIDE = new Set([...'mwMW@%&']);

/** Estimated width of one character, in units of the font size. */
function charWidth(c: string): number {
  if (NARROW.has(c)) return 0.36;
  if (WIDE.has(c)) return 0.9;
  // Japanese, Chinese and other full-width characters take a full em.
  if (c.codePointAt(0)! >= 0x2e80) return 1;
  if (/[A-Z]/.test(c)) return 0.7;
  if (/[0-9]/.test(c)) return 0.6;
  return 0.58;
}

/** Estimated width of `text` at `fontSize` (in the same units as the font size); bold text runs about 10% wider. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const c of text) em += charWidth(c);
  return em * fontSize * (bold ? 1.1 : 1);
}

/** Shortens `text` to fit `maxWidth`, ending it with "…" when it had to be cut. */
export function fitText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  const chars = [...text];
  while (chars.length > 1 && textWidth(`${chars.join('').trimEnd()}…`, fontSize, bold) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces; a word too long for a line is cut with "…".
 * With `maxLines`, the last line that fits ends with "…" when text is left over.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize, bold) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = textWidth(word, fontSize, bold) <= maxWidth ? word : fitText(word, maxWidth, fontSize, bold);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  // The next line did not fit after the last kept one, so joining them and cutting always ends in "…".
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize, bold);
  return kept;
}
