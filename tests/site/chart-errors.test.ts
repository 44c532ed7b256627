// A chart that cannot be drawn truthfully stops the build, naming the chart, the entry, the field and the fix.
import { describe, expect, it } from 'vitest';
import { buildFixture as build } from '../helpers/fixture-builds.ts';

describe('bad chart input', () => {
  it('fails the build when an amount has no sourced conversion to the currency an author asks for', () => {
    const { status, output } = build('tests/fixtures/chart-bad-money');
    expect(status).not.toBe(0);
    expect(output).toContain(
      '**documents → fixture-accord** (tests/fixtures/chart-bad-money/documents/fixture-accord.mdx) has a problem:',
    );
    expect(output).toContain('**value.0**: chart "money-in-eur": $5 million has no sourced conversion to EUR');
    expect(output).toContain('Fix: add an equivalent in EUR with the citation of the source that states it');
    expect(output).not.toContain('Browser APIs');
  });

  it('fails the build when a country’s code is not in Natural Earth', () => {
    const { status, output } = build('tests/fixtures/chart-bad-map');
    expect(status).not.toBe(0);
    expect(output).toContain('**countries → aland** (tests/fixtures/chart-bad-map/countries/aland.mdx) has a problem:');
    expect(output).toContain('**isoNumeric**: chart "map": no country with ISO numeric code "999" in Natural Earth');
    expect(output).not.toContain('Browser APIs');
  });
});
