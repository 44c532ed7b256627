// The charts' colours: Okabe–Ito hues (distinguishable with the common colour-vision deficiencies), darkened for
// the light scheme and lightened for the dark one so every mark keeps at least 3:1 against the page (WCAG 1.4.11).
// Colour is never the only cue: each category also has its own fill pattern or shape, so charts survive
// black-and-white printing. charts.css holds the same values as CSS variables; palette.test.ts keeps them equal.

/** One colour role in both schemes. */
export interface Swatch {
  light: string;
  dark: string;
}

export const PALETTE = {
  /** Bars of the counts chart, timeline marks of the dialogue. */
  mark: { light: '#0072b2', dark: '#56b4e9' },
  /** Context marks (other partners' summits). */
  context: { light: '#8a5a00', dark: '#e69f00' },
  /** Initiative statuses. */
  proposed: { light: '#0072b2', dark: '#56b4e9' },
  announced: { light: '#b34700', dark: '#ff9b6b' },
  agreed: { light: '#00785a', dark: '#3fc8a4' },
  launched: { light: '#a2418a', dark: '#e38fc4' },
  /** What kind of money a sum is. */
  public: { light: '#0072b2', dark: '#56b4e9' },
  private: { light: '#b34700', dark: '#ff9b6b' },
  'business-target': { light: '#00785a', dark: '#3fc8a4' },
  'deal-value': { light: '#8a5a00', dark: '#e69f00' },
  portfolio: { light: '#a2418a', dark: '#e38fc4' },
  unspecified: { light: '#5a6570', dark: '#9aa5b1' },
  /** The map. */
  water: { light: '#cfe3f3', dark: '#0d2233' },
  land: { light: '#ebe8e1', dark: '#2c333c' },
  border: { light: '#ffffff', dark: '#12161b' },
  /** The participants, one colour each in their order (neighbours in Central Asia never share one). */
  'country-1': { light: '#3d79b3', dark: '#6aa8e0' },
  'country-2': { light: '#00785a', dark: '#3fc8a4' },
  'country-3': { light: '#a2418a', dark: '#e38fc4' },
  'country-4': { light: '#8a5a00', dark: '#e69f00' },
  'country-5': { light: '#7a5cb8', dark: '#b8a2ef' },
  'country-6': { light: '#5a6570', dark: '#9aa5b1' },
  route: { light: '#b34700', dark: '#ff9b6b' },
  /** Halo behind labels and the route, in the page's background colour. */
  halo: { light: '#ffffff', dark: '#12161b' },
  /** Country × theme cells, from few entries to many, and the text that reads on each. */
  'ramp-1': { light: '#dbe8f5', dark: '#1d2b3b' },
  'ramp-2': { light: '#b3cfea', dark: '#1f3d5c' },
  'ramp-3': { light: '#7fafdc', dark: '#2b5a87' },
  'ramp-4': { light: '#0b5fa5', dark: '#7fb4e8' },
  'ramp-5': { light: '#08447a', dark: '#b5d6f7' },
  'ramp-text-1': { light: '#1a1f24', dark: '#e7ebef' },
  'ramp-text-2': { light: '#1a1f24', dark: '#e7ebef' },
  'ramp-text-3': { light: '#1a1f24', dark: '#e7ebef' },
  'ramp-text-4': { light: '#ffffff', dark: '#12161b' },
  'ramp-text-5': { light: '#ffffff', dark: '#12161b' },
} as const satisfies Record<string, Swatch>;

export type ColourRole = keyof typeof PALETTE;

/** Colours of the page itself (global.css), which chart text and grid lines follow. */
export const PAGE = {
  text: { light: '#1a1f24', dark: '#e7ebef' },
  'text-soft': { light: '#4a5560', dark: '#aab4be' },
  border: { light: '#d5dbe1', dark: '#36414d' },
  bg: { light: '#ffffff', dark: '#12161b' },
} as const satisfies Record<string, Swatch>;

/**
 * A paint value for a chart colour: the page's CSS variable (so an inline chart follows the reader's scheme), with
 * the light colour as fallback (so a downloaded SVG, which has no page around it, still has its colours).
 */
export function paint(role: ColourRole): string {
  return `var(--bf-ch-${role}, ${PALETTE[role].light})`;
}

/** A paint value for one of the page's own colours (text, soft text, borders, background). */
export function pagePaint(role: keyof typeof PAGE): string {
  return `var(--bf-${role}, ${PAGE[role].light})`;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
    number,
    number,
    number,
  ];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two #rrggbb colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
