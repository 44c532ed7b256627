// An intranet may host the briefing under any path, chosen at build time. Built under /a/b/, every address of every
// page must lead to a file of the build under that path, and the offline edition made from that build must still
// open from disk with every address inside its folder.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { offlineEditionPaths, OFFLINE_ZIP } from '../../src/lib/offline/edition.ts';
import { references, unresolved } from './references.ts';

const BASE = '/a/b/';
let out: string;

/**
 * The environment without what Vitest copies of import.meta.env into it: a BASE_URL there overrides the base path
 * of the build it starts (Astro reads import.meta.env.BASE_URL from the environment too).
 */
function buildEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...env } = process.env;
  return env;
}

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'bf-base-path-'));
  const result = spawnSync('npx', ['astro', 'build'], {
    env: { ...buildEnv(), BRIEFING_CONTENT: 'tests/fixtures/mini-content', BRIEFING_OUT: out, BRIEFING_BASE: BASE, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`build under ${BASE} failed:\n${result.stdout}\n${result.stderr}`);
});
afterAll(() => {
  if (!out) return;
  rmSync(out, { recursive: true, force: true });
  rmSync(offlineEditionPaths(out).folder, { recursive: true, force: true });
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
