// `npm run build` (scripts/build.ts) under faults: a failed build after a good one leaves the good site, its offline
// edition and the zip as they were; a second build of the same content waits for the first, or refuses at once.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireLock, lockPath } from '../../scripts/lib/lock.ts';
import { CHECKOUT, cli, cliAsync, contentCopy } from './cli.ts';
import { STACK_TRACE } from './run-check.ts';

const work = mkdtempSync(join(tmpdir(), 'robust-build-'));
const out = join(work, 'dist');
const content = contentCopy();
afterAll(() => [work, join(content, '..')].forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A digest of every file the build made, site and offline edition. */
function digest(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const root of [out, `${out}-offline`]) {
    for (const e of readdirSync(root, { withFileTypes: true, recursive: true })) {
      if (e.isFile())
        files[join(e.parentPath, e.name)] = createHash('sha256')
          .update(readFileSync(join(e.parentPath, e.name)))
          .digest('hex');
    }
  }
  return files;
}

describe('npm run build', () => {
  it('waits for another task on the same content, then builds the site, its offline edition and the zip', async () => {
    const release = await acquireLock({ path: lockPath(content), task: 'import' });
    const run = cliAsync('build.ts', [], content, { BRIEFING_OUT: out });
    await new Promise((r) => setTimeout(r, 4000));
    expect(existsSync(out)).toBe(false);
    release();
    const r = await run;
    expect(r.status, r.output).toBe(0);
    expect(r.output).toMatch(/Waiting for the import started at/);
    expect(existsSync(join(out, 'index.html'))).toBe(true);
    expect(existsSync(join(`${out}-offline`, 'index.html'))).toBe(true);
    expect(readdirSync(join(out, 'download'))).toEqual(expect.arrayContaining([expect.stringMatching(/\.zip$/)]));
    expect(readdirSync(work).sort()).toEqual(['dist', 'dist-offline']);
  });

  it('refuses at once with --no-wait while another task holds the content, and changes nothing', async () => {
    const before = digest();
    const release = await acquireLock({ path: lockPath(content), task: 'import' });
    try {
      const r = cli('build.ts', ['--no-wait'], content, { BRIEFING_OUT: out });
      expect(r.status).toBe(1);
      expect(r.output).toMatch(/another import is running in this checkout \(process \d+/);
      expect(r.output).not.toMatch(STACK_TRACE);
    } finally {
      release();
    }
    expect(digest()).toEqual(before);
  });

  it.each([
    ['bad content', 'tests/fixtures/broken-content', /bad-accord\.mdx/],
    ['a chart that fails while pages are built', 'tests/fixtures/chart-bad-map', /isoNumeric|Natural Earth/],
  ])(
    'after a good build, a failed one (%s) leaves the good site and its offline edition exactly as they were',
    (_, fixture, names) => {
      const before = digest();
      const r = cli('build.ts', [], join(CHECKOUT, fixture), { BRIEFING_OUT: out });
      expect(r.status).toBe(1);
      expect(r.output).toMatch(names);
      expect(r.output).toContain(`nothing was replaced: the last good build is still in ${out} and ${out}-offline`);
      expect(r.output).not.toMatch(STACK_TRACE);
      expect(digest()).toEqual(before);
      expect(readdirSync(work).sort()).toEqual(['dist', 'dist-offline']);
    },
  );
});
