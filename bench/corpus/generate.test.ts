import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/briefing/read-content.ts';
import { COLLECTIONS } from '../../src/lib/briefing/collections/index.ts';
import { PROJECT_ROOT } from '../lib/paths.ts';
import { corpusSizes, generateCorpus } from './generate.ts';
import { CORPUS_MARKER, corpusTargetProblem, writeCorpus } from './write.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'bf-corpus-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('generateCorpus()', () => {
  it('writes content that passes every schema and cross-entry check, with exactly N documents', () => {
    const dir = join(tempDir(), 'content');
    writeCorpus(dir, generateCorpus({ documents: 120, seed: 7 }), { documents: 120, seed: 7 }, PROJECT_ROOT);
    const { raw, problems } = checkContent(dir, dir);
    expect(problems).toEqual([]);
    const sizes = corpusSizes(120);
    expect(raw.documents).toHaveLength(120);
    expect(raw.sources).toHaveLength(sizes.sources);
    expect(raw.initiatives).toHaveLength(sizes.initiatives);
    expect(raw.countries.map((c) => c.id)).toContain('kazakhstan');
    expect(raw.themes).toHaveLength(15);
    for (const c of COLLECTIONS) expect(raw[c].length, c).toBeGreaterThan(0);
  });

  it('gives documents realistic text: a few hundred words with citations, and sourced figures on some', () => {
    const files = generateCorpus({ documents: 200, seed: 3 }).filter((f) => f.path.startsWith('documents/'));
    const bodies = files.map((f) => f.text.split(/^---$/m)[2]!);
    const words = bodies.map((b) => b.split(/\s+/).filter(Boolean).length).sort((a, b) => a - b);
    const medianWords = words[words.length >> 1]!;
    expect(medianWords).toBeGreaterThan(150);
    expect(medianWords).toBeLessThan(400);
    expect(words.at(-1)!).toBeGreaterThan(medianWords * 2);
    expect(bodies.every((b) => b.includes('<Cite s="s'))).toBe(true);
    expect(files.filter((f) => /^value:/m.test(f.text)).length).toBeGreaterThan(10);
    expect(files.filter((f) => /^discrepancies:/m.test(f.text)).length).toBeGreaterThan(10);
  });

  it('is deterministic: the same seed writes the same files, another seed other files', () => {
    const a = generateCorpus({ documents: 50, seed: 1 });
    expect(generateCorpus({ documents: 50, seed: 1 })).toEqual(a);
    expect(generateCorpus({ documents: 50, seed: 2 })).not.toEqual(a);
  });

  it('refuses a size that is not a whole number of at least one', () => {
    expect(() => generateCorpus({ documents: 0, seed: 1 })).toThrowErrorMatchingInlineSnapshot(
      `[Error: documents must be a whole number ≥ 1, got 0]`,
    );
  });
});

describe('writeCorpus()', () => {
  it('never writes into the project’s content folder', () => {
    expect(corpusTargetProblem(join(PROJECT_ROOT, 'content'), PROJECT_ROOT)).toMatch(
      /refusing to write a generated corpus into .*\/content/,
    );
    expect(corpusTargetProblem(join(PROJECT_ROOT, 'content/documents'), PROJECT_ROOT)).toMatch(/refusing/);
    expect(corpusTargetProblem(join(PROJECT_ROOT, 'bench/.tmp/corpus-10/content'), PROJECT_ROOT)).toBeUndefined();
  });

  it('replaces an earlier corpus but never a folder of other files', () => {
    const dir = tempDir();
    writeCorpus(dir, generateCorpus({ documents: 5, seed: 1 }), { documents: 5, seed: 1 }, PROJECT_ROOT);
    expect(JSON.parse(readFileSync(join(dir, CORPUS_MARKER), 'utf8'))).toMatchObject({ documents: 5, seed: 1 });
    writeCorpus(dir, generateCorpus({ documents: 6, seed: 1 }), { documents: 6, seed: 1 }, PROJECT_ROOT);
    expect(checkContent(dir, dir).raw.documents).toHaveLength(6);

    const other = tempDir();
    mkdirSync(join(other, 'notes'));
    writeFileSync(join(other, 'notes', 'keep.txt'), 'mine');
    expect(() =>
      writeCorpus(other, generateCorpus({ documents: 5, seed: 1 }), { documents: 5, seed: 1 }, PROJECT_ROOT),
    ).toThrow(/not empty and was not written by the corpus generator/);
    expect(readFileSync(join(other, 'notes', 'keep.txt'), 'utf8')).toBe('mine');
  });
});
