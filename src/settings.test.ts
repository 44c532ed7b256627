import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { absoluteUrl, readSettings } from './settings.ts';

const dir = mkdtempSync(join(tmpdir(), 'bf-settings-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'site.yaml'), 'title: T\nurl: https://from-yaml.test/\n');

describe('readSettings()', () => {
  it('defaults to ./content, the root path, ./dist and no site address', () => {
    expect(readSettings({ BRIEFING_CONTENT: join(dir, 'none') })).toEqual({
      contentDir: join(dir, 'none'),
      base: '/',
      outDir: './dist',
      site: undefined,
      siteFrom: undefined,
    });
    expect(readSettings({}).contentDir).toBe('./content');
  });

  it('writes the base path with both slashes however it was given', () => {
    expect(readSettings({ BRIEFING_BASE: 'briefing' }).base).toBe('/briefing/');
    expect(readSettings({ BRIEFING_BASE: '/a/b' }).base).toBe('/a/b/');
  });

  it('takes the address from site.yaml, and BRIEFING_SITE over it', () => {
    expect(readSettings({ BRIEFING_CONTENT: `${dir}/` })).toMatchObject({
      contentDir: dir,
      site: 'https://from-yaml.test/',
      siteFrom: 'site.yaml',
    });
    expect(readSettings({ BRIEFING_CONTENT: dir, BRIEFING_SITE: 'https://from-env.test' })).toMatchObject({
      site: 'https://from-env.test/',
      siteFrom: 'BRIEFING_SITE',
    });
  });

  it('refuses an address that is not a web address', () => {
    expect(() => readSettings({ BRIEFING_SITE: 'briefing.test' })).toThrowErrorMatchingInlineSnapshot(
      `[Error: BRIEFING_SITE: "briefing.test" is not an address; give the site's public address, e.g. "https://briefing.example.net/"]`,
    );
    expect(() => readSettings({ BRIEFING_SITE: 'ftp://briefing.test/' })).toThrow(
      'must start with https:// or http://',
    );
  });
});

describe('absoluteUrl()', () => {
  it('puts a link of the site on the site’s host, or gives nothing when there is no address', () => {
    expect(absoluteUrl('/briefing/countries/kazakhstan/', 'https://briefing.test/')).toBe(
      'https://briefing.test/briefing/countries/kazakhstan/',
    );
    expect(absoluteUrl('/briefing/countries/kazakhstan/', undefined)).toBeUndefined();
  });
});
