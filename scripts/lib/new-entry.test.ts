import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, readContent } from '../../src/lib/briefing/read-content.ts';
import { COLLECTIONS } from '../../src/lib/briefing/collections/index.ts';
import { newEntry } from './new-entry.ts';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'bf-new-'));
  cpSync('tests/fixtures/mini-content', root, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run new', () => {
  for (const collection of COLLECTIONS) {
    it(`writes a valid ${collection} entry with TODOs where facts are needed`, () => {
      const path = newEntry(root, readContent(root, root).raw, collection, 'Rail Memorandum (2030)', '2030-05-02');
      expect(path).toBe(
        join(
          root,
          collection,
          `rail-memorandum-2030.${collection === 'sources' || collection === 'people' || collection === 'organisations' || collection === 'glossary' ? 'yaml' : 'mdx'}`,
        ),
      );
      expect(readFileSync(path, 'utf8')).toContain('TODO');
      expect(checkContent(root, root).problems).toEqual([]);
    });
  }

  it('refuses to overwrite an existing entry', () => {
    const before = readFileSync(join(root, 'documents', 'fixture-accord.mdx'), 'utf8');
    expect(() => newEntry(root, readContent(root, root).raw, 'documents', 'Fixture Accord', '2030-05-02')).toThrow(
      /already exists/,
    );
    expect(readFileSync(join(root, 'documents', 'fixture-accord.mdx'), 'utf8')).toBe(before);
  });

  it('refuses an unknown collection and a title without letters', () => {
    expect(() =>
      newEntry(root, readContent(root, root).raw, 'treaties', 'X', '2030-05-02'),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: unknown collection "treaties": use one of sources, events, countries, people, organisations, initiatives, documents, themes, glossary]`,
    );
    expect(() => newEntry(root, readContent(root, root).raw, 'documents', '…', '2030-05-02')).toThrow(/makes no id/);
  });
});
