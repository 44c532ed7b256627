import { beforeEach, describe, expect, it } from 'vitest';
import { recordCiteFiles, recordedCiteFiles } from './files.ts';

const file = (path: string, text: string) => ({ label: 'BibTeX', kind: 'bibtex' as const, path, text });

describe('recordCiteFiles', () => {
  beforeEach(() => recordedCiteFiles().clear());

  it('keeps what each page offers, once per file', () => {
    recordCiteFiles([file('cite/a.bib', '@misc{a}\n')], '/a/');
    recordCiteFiles([file('cite/a.bib', '@misc{a}\n'), file('cite/b.bib', '@misc{b}\n')], '/b/');
    expect([...recordedCiteFiles()]).toEqual([
      ['cite/a.bib', '@misc{a}\n'],
      ['cite/b.bib', '@misc{b}\n'],
    ]);
  });

  it('refuses two pages that give one file different texts, naming the page and the file', () => {
    recordCiteFiles([file('cite/a.bib', '@misc{a}\n')], '/a/');
    expect(() => recordCiteFiles([file('cite/a.bib', '@misc{other}\n')], '/b/')).toThrow(
      /\/b\/: two pages give different citations for cite\/a\.bib/,
    );
    expect(recordedCiteFiles().get('cite/a.bib')).toBe('@misc{a}\n');
  });
});
