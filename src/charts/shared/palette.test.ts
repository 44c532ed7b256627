import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, PAGE, PALETTE, type ColourRole, type Swatch } from './palette.ts';

const css = readFileSync(new URL('./charts.css', import.meta.url), 'utf8');

/** The variables set in the first block of CSS that starts with `selector`, each as light-dark(light, dark). */
function block(selector: string): Record<string, Swatch> {
  const start = css.indexOf(selector);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--bf-ch-([a-z0-9-]+):\s*light-dark\((#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\)/g)].map((m) => [
      m[1]!,
      { light: m[2]!, dark: m[3]! },
    ]),
  );
}

const roles = Object.keys(PALETTE) as ColourRole[];
/** Marks that must stand out from the page (WCAG 1.4.11): everything but grounds, halos, borders and the ramp. */
const marks = roles.filter((r) => !/^(water|land|border|halo|ramp)/.test(r));

describe('the palette', () => {
  it('gives every mark at least 3:1 against the page, in both schemes', () => {
    for (const role of marks) {
      expect(contrast(PALETTE[role].light, PAGE.bg.light), `${role} light`).toBeGreaterThanOrEqual(3);
      expect(contrast(PALETTE[role].dark, PAGE.bg.dark), `${role} dark`).toBeGreaterThanOrEqual(3);
    }
  });

  it('sets the number in each matrix cell at 4.5:1 or more against the cell', () => {
    for (const step of [1, 2, 3, 4, 5]) {
      for (const scheme of ['light', 'dark'] as const) {
        const cell = PALETTE[`ramp-${step}` as ColourRole][scheme];
        const text = PALETTE[`ramp-text-${step}` as ColourRole][scheme];
        expect(contrast(cell, text), `ramp ${step} ${scheme}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('lets each participant stand out from other land on the map at 3:1, each in a colour of its own', () => {
    const countries = roles.filter((r) => r.startsWith('country-'));
    expect(countries.length).toBeGreaterThanOrEqual(6);
    for (const scheme of ['light', 'dark'] as const) {
      for (const role of countries) {
        expect(contrast(PALETTE[role][scheme], PALETTE.land[scheme]), `${role} ${scheme}`).toBeGreaterThanOrEqual(3);
      }
      expect(new Set(countries.map((r) => PALETTE[r][scheme])).size).toBe(countries.length);
    }
  });

  it('is what charts.css sets: light-dark() pairs the page scheme picks from, and light ones in print', () => {
    expect(block(':root {')).toEqual(Object.fromEntries(roles.map((r) => [r, { ...PALETTE[r] }])));
    const print = css.slice(css.indexOf('@media print'));
    expect(print).toMatch(/\.bf-chart \{\s*color-scheme: light;/);
  });
});

describe('contrast()', () => {
  it('gives 21 for black on white and 1 for a colour on itself', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrast('#0072b2', '#0072b2')).toBe(1);
  });
});
