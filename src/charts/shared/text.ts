// Text in a chart is laid out at build time with the advance widths of the typeface the site ships (font.ts reads
// the very files the pages load), so a label's box here is its box in the reader's browser, kerning included.
import { FONTS, subsetFor, type LoadedSubset } from './font.ts';

/** Kana, kanji and full-width forms: drawn by the reader's Japanese font (fonts.css), one em each in every such font. */
const FULL_WIDTH = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;

/** Width in em of characters no shipped font has and that are not full-width: kept wide so a label errs short. */
const UNKNOWN_EM = 0.7;

const cache = new Map<string, number>();

/**
 * How far, in em, a line measured word by word may be from the same line measured whole (kerning and contextual
 * forms across its spaces): text.test.ts checks the bound on every label the charts draw.
 */
export const SUM_SLACK_EM = 0.5;

/** Splits text into runs drawn by one font each (a browser switches fonts per character, and kerns only within one). */
function runs(text: string): { font: LoadedSubset | undefined; text: string }[] {
  const out: { font: LoadedSubset | undefined; text: string }[] = [];
  for (const c of text) {
    const font = subsetFor(c.codePointAt(0)!);
    const last = out.at(-1);
    if (last && last.font === font) last.text += c;
    else out.push({ font, text: c });
  }
  return out;
}

/** Width of `text` in em, at the regular or bold weight. */
function emWidth(text: string, bold: boolean): number {
  const key = `${bold ? 'b' : 'r'}${text}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  let em = 0;
  for (const run of runs(text)) {
    if (run.font) em += run.font.faces[bold ? 'bold' : 'regular'].layout(run.text).advanceWidth / run.font.unitsPerEm;
    else for (const c of run.text) em += FULL_WIDTH.test(c) ? 1 : UNKNOWN_EM;
  }
  cache.set(key, em);
  return em;
}

/** Width of `text` at `fontSize` (in the same units as the font size), regular or bold (700). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  return emWidth(text, bold) * fontSize;
}

/** Characters of `text` that neither the shipped typeface nor a Japanese font draws: chart text must have none. */
export function unmeasuredChars(text: string): string[] {
  return [...new Set([...text].filter((c) => !subsetFor(c.codePointAt(0)!) && !FULL_WIDTH.test(c) && !/\s/.test(c)))];
}

/** Whether `text` is drawn by the shipped typeface throughout (no Japanese fallback). */
export function inShippedFont(text: string): boolean {
  return [...text].every((c) => FONTS.some((f) => f === subsetFor(c.codePointAt(0)!)));
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
export function wrapText(
  text: string,
  maxWidth: number,
  fontSize: number,
  maxLines = Infinity,
  bold = false,
): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  /** Width of `line` in em, as the sum of its words and spaces measured apart (see fits). */
  let lineEm = 0;
  const space = emWidth(' ', bold);
  const maxEm = maxWidth / fontSize;
  /**
   * Whether `candidate` fits. A line's width is its words' widths and its spaces', give or take the kerning and
   * contextual forms across a space, which are a small part of an em: only a line that close to the limit is
   * measured whole, so a long label is not re-measured word after word (quadratic) yet wraps exactly as measured.
   */
  const fits = (candidate: string, sumEm: number): boolean => {
    if (sumEm <= maxEm - SUM_SLACK_EM) return true;
    if (sumEm > maxEm + SUM_SLACK_EM) return false;
    return textWidth(candidate, fontSize, bold) <= maxWidth;
  };
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    const candidateEm = line ? lineEm + space + emWidth(word, bold) : emWidth(word, bold);
    if (fits(candidate, candidateEm)) {
      line = candidate;
      lineEm = candidateEm;
      continue;
    }
    if (line) lines.push(line);
    line = textWidth(word, fontSize, bold) <= maxWidth ? word : fitText(word, maxWidth, fontSize, bold);
    lineEm = emWidth(line, bold);
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  // The next line did not fit after the last kept one, so joining them and cutting always ends in "…".
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = fitText(`${kept[maxLines - 1]} ${lines[maxLines]}`, maxWidth, fontSize, bold);
  return kept;
}
