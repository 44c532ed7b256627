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
