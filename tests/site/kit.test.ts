// The site is a kit: it builds from any content folder, and a broken one stops the build with a readable report.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSite, text } from './site.ts';

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function build(content: string) {
  const out = mkdtempSync(join(tmpdir(), 'bf-kit-'));
  outDirs.push(out);
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, BRIEFING_CONTENT: content, BRIEFING_OUT: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
    encoding: 'utf8',
  });
  return { out, status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('building another summit’s content', () => {
  it('makes a site whose pages come from that folder alone', () => {
    const { out, status, output } = build('tests/fixtures/mini-content');
    expect(status, output).toBe(0);
    const pages = readSite(out);
    expect(text(pages.get('/')!.$, 'h1')).toBe('Fixture summit briefing');
    expect(pages.has('/countries/aland/')).toBe(true);
    expect(pages.has('/countries/kazakhstan/')).toBe(false);
    expect(text(pages.get('/documents/fixture-accord/')!.$, '.bf-facts')).toContain('about 7 annexes');
  });
});

describe('building content with hostile text', () => {
  it('renders markup, script and odd Unicode in titles and text as inert text', () => {
    const { out, status, output } = build('tests/fixtures/hostile-content');
    expect(status, output).toBe(0);
    const pages = readSite(out);
    const page = pages.get('/documents/hostile-accord/')!;
    // The title reads exactly as written, markup and all.
    expect(text(page.$, 'h1')).toBe("<script>alert('title')</script> Accord & <b>Bold</b> \u202Egnp.exe \u200Bzero-width");
    expect(text(page.$, '.bf-lede')).toContain('<img src=x onerror=alert(1)>');
    expect(text(page.$, '.bf-differ')).toContain('<a href=javascript:alert(5)>link</a>');
    // None of it became an element or an attribute.
    for (const p of pages.values()) {
      expect(p.$('script').toArray().filter((s) => /alert/.test(p.$(s).html() ?? '') && p.$(s).attr('type') !== 'application/ld+json'), p.url).toEqual([]);
      expect(p.$('[onerror], [onload], iframe, b').length, p.url).toBe(0);
      expect(p.$('a[href^="javascript:"]').length, p.url).toBe(0);
    }
    // In JSON-LD, "<" is escaped so the data cannot close its script element.
    expect(page.$('script[type="application/ld+json"]').html() ?? '').not.toContain('</script');
  });
});

describe('building broken content', () => {
  it('fails, naming the file, each field, what was expected and how to fix it', () => {
    const { status, output } = build('tests/fixtures/broken-content');
    expect(status).not.toBe(0);
    expect(output).toContain('**documents → bad-accord** (tests/fixtures/broken-content/documents/bad-accord.mdx) has 2 problems:');
    expect(output).toContain('**date**: no such day in "2030-02-30": that month has 28 days');
    expect(output).toContain('**value.0.currency**: expected an ISO 4217 currency code like "USD", "JPY" or "EUR", got "usd$"');
    expect(output).toContain('Fix: see what "value" should hold in src/schemas/document.ts.');
    expect(output).not.toContain('Browser APIs');
  });
});
