// A chart that cannot be drawn truthfully stops the build, naming the chart, the entry, the field and the fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(content: string) {
  const out = mkdtempSync(join(tmpdir(), 'bf-charts-'));
  outDirs.push(out);
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, BRIEFING_CONTENT: content, BRIEFING_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('bad chart input', () => {
  it('fails the build when an amount has no sourced conversion to the currency an author asks for', () => {
    const { status, output } = build('tests/fixtures/chart-bad-money');
    expect(status).not.toBe(0);
    expect(output).toContain('**documents → fixture-accord** (tests/fixtures/chart-bad-money/documents/fixture-accord.mdx) has a problem:');
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
