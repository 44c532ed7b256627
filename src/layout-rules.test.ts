// Rules of the code's shape a newcomer relies on: no product file so long that one concept hides among others, and
// no switch over collection names outside the collection modules (they iterate the registry instead).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const MAX_LINES = 400;
const COLLECTIONS = ['countries', 'documents', 'initiatives', 'people', 'organisations', 'events', 'themes', 'sources'];

function productFiles(): string[] {
  return ['src', 'scripts'].flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && /\.(ts|astro|mjs)$/.test(e.name) && !/\.test\.ts$/.test(e.name))
      .map((e) => relative(ROOT, join(e.parentPath, e.name))),
  );
}

describe('the code base', () => {
  const files = productFiles();

  it(`keeps every file in src/ and scripts/ under ${MAX_LINES} lines`, () => {
    expect(files.length).toBeGreaterThan(50);
    const long = files
      .map((f) => ({ f, n: readFileSync(join(ROOT, f), 'utf8').split('\n').length - 1 }))
      .filter(({ n }) => n > MAX_LINES)
      .map(({ f, n }) => `${f}: ${n} lines`);
    expect(long).toEqual([]);
  });

  it('has no case over collection names outside the collection modules', () => {
    const pattern = new RegExp(`case '(${COLLECTIONS.join('|')})'`);
    const found = files
      .filter((f) => !f.startsWith('src/lib/briefing/collections/'))
      .filter((f) => pattern.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});
