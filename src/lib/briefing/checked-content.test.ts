import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { noteCheckedContent, wasCheckedContent } from './checked-content.ts';

const root = mkdtempSync(join(tmpdir(), 'checked-content-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
};

describe('wasCheckedContent()', () => {
  it('vouches for exactly the files the check passed, unchanged', () => {
    const a = file('a.yaml', 'title: A\n');
    const b = file('b.yaml', 'title: B\n');
    noteCheckedContent(root, [a, b]);
    expect(wasCheckedContent(root, [b, a])).toBe(true);
  });

  it('does not vouch for a file added or left out since', () => {
    const a = file('a.yaml', 'title: A\n');
    noteCheckedContent(root, [a]);
    expect(wasCheckedContent(root, [a, file('c.yaml', 'title: C\n')])).toBe(false);
    expect(wasCheckedContent(root, [])).toBe(false);
  });

  it('does not vouch for a file changed since, or for another content folder', () => {
    const a = file('a.yaml', 'title: A\n');
    noteCheckedContent(root, [a]);
    expect(wasCheckedContent(join(root, 'other'), [a])).toBe(false);
    utimesSync(a, new Date(), new Date(Date.now() + 5_000));
    expect(wasCheckedContent(root, [a])).toBe(false);
  });
});
