import { describe, expect, it } from 'vitest';
import { fitText, textWidth, unmeasuredChars, wrapText } from './text.ts';

describe('textWidth()', () => {
  it('grows with the text and the font size, and is wider in bold and for full-width characters', () => {
    expect(textWidth('Kazakhstan', 13)).toBeGreaterThan(textWidth('Kazakh', 13));
    expect(textWidth('Kazakhstan', 26)).toBeCloseTo(2 * textWidth('Kazakhstan', 13));
    expect(textWidth('Kazakhstan', 13, true)).toBeGreaterThan(textWidth('Kazakhstan', 13));
    expect(textWidth('東京宣言', 13)).toBe(4 * 13);
  });
  it('measures the shipped typeface: kerned pairs, Cyrillic and Latin Extended letters included', () => {
    // Inter kerns "AV" tighter than its two letters set apart.
    expect(textWidth('AV', 13)).toBeLessThan(textWidth('A', 13) + textWidth('V', 13));
    // A narrow letter is narrower than a wide one: real advances, not one width for every letter.
    expect(textWidth('i', 13)).toBeLessThan(textWidth('m', 13) / 2);
    expect(unmeasuredChars('Tashkent Ташкент Oʻzbekiston Türkmenistan ¥ € $ – … ¶')).toEqual([]);
  });
  it('names characters that no shipped font draws', () => {
    expect(unmeasuredChars('a → b')).toEqual(['→']);
  });
});

describe('wrapText()', () => {
  it('breaks at spaces so no line is wider than the box', () => {
    const lines = wrapText('Environment, climate and disaster resilience', 120, 13);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Environment, climate and disaster resilience');
  });
  it('keeps short text on one line', () => {
    expect(wrapText('Water', 120, 13)).toEqual(['Water']);
  });
  it('cuts a very long label to the lines allowed, ending in an ellipsis', () => {
    const long =
      'Agreement between Japan and the Kyrgyz Republic for the Elimination of Double Taxation with respect to Taxes on Income';
    const lines = wrapText(long, 150, 13, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(150);
  });
  it('cuts a single word longer than the box', () => {
    const [line] = wrapText('Pneumonoultramicroscopicsilicovolcanoconiosis', 80, 13);
    expect(line!.endsWith('…')).toBe(true);
    expect(textWidth(line!, 13)).toBeLessThanOrEqual(80);
  });
});

describe('fitText()', () => {
  it('leaves text that fits alone', () => {
    expect(fitText('Tokyo', 100, 12)).toBe('Tokyo');
  });
});

describe('wrapText() measures long labels word by word', () => {
  /** The plain greedy wrap, every candidate line measured whole: what wrapText must give. */
  function wrapMeasuringWhole(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of text.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (textWidth(candidate, fontSize, bold) <= maxWidth) line = candidate;
      else {
        if (line) lines.push(line);
        line = textWidth(word, fontSize, bold) <= maxWidth ? word : fitText(word, maxWidth, fontSize, bold);
      }
    }
    return line ? [...lines, line] : lines;
  }
  const labels = [
    'about ¥3 trillion, the source’s conversion of about €17.9 billion — a target for business projects · S1 ¶6, S12',
    'AVA To Ty Yo “Kazakhstan.” Tokyo Declaration on the Central Asia + Japan Dialogue (CA+JAD) 1,500 $3.7 billion',
    'Ташкент Бишкек Душанбе Ашхабад Oʻzbekiston Türkmenistan Qazaqstan — “Wa” “Ve” L’Y 19–20 December 2025',
  ];
  it('gives the lines a wrap measuring every candidate line whole gives, at every width and weight', () => {
    for (const label of labels)
      for (let width = 40; width <= 420; width += 7)
        for (const bold of [false, true])
          expect(wrapText(label, width, 13, Infinity, bold), `${width} ${bold}`).toEqual(
            wrapMeasuringWhole(label, width, 13, bold),
          );
  });
});
