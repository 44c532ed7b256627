// An intranet may host the briefing under any path, chosen at build time. Built under /a/b/, every address of every
// page must lead to a file of the build under that path, and the offline edition made from that build must still
// open from disk with every address inside its folder.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture } from '../helpers/fixture-builds.ts';
import { offlineEditionPaths, OFFLINE_ZIP } from '../../src/lib/offline/edition.ts';
import { references, unresolved } from './references.ts';

const BASE = '/a/b/';
let out: string;

beforeAll(() => {
  const build = buildFixture('tests/fixtures/mini-content', { base: BASE });
  if (build.status !== 0) throw new Error(`build under ${BASE} failed:\n${build.output}`);
  out = build.out;
});

describe(`a build under ${BASE}`, () => {
  it('links every page, stylesheet, script, image and form to a file of the build under that path', () => {
    const found = references(out);
    // Enough addresses of each kind that a check of none cannot pass.
    expect(found.filter((r) => r.url.startsWith(`${BASE}_astro/`)).length).toBeGreaterThan(0);
    expect(found.filter((r) => r.url.startsWith(`${BASE}countries/`)).length).toBeGreaterThan(0);
    expect(found.some((r) => r.url === `${BASE}${OFFLINE_ZIP}`)).toBe(true);
    expect(found.filter((r) => r.url.startsWith('/') && !r.url.startsWith(BASE))).toEqual([]);
    expect(unresolved(out, { kind: 'server', base: BASE })).toEqual([]);
  });

  it('makes an offline edition whose every address stays inside its folder', () => {
    const { folder, zip } = offlineEditionPaths(out);
    expect(existsSync(zip)).toBe(true);
    expect(readFileSync(join(folder, 'index.html'), 'utf8')).toContain('<html lang="en" data-bf-root="./">');
    expect(unresolved(folder, { kind: 'disk' })).toEqual([]);
  });
});
