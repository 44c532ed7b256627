import { describe, expect, it } from 'vitest';
import { folderIndex, offlineHref, offlineResultUrl, relativeRoot } from './paths.ts';

const files = new Set([
  'index.html',
  'countries/index.html',
  'countries/kazakhstan/index.html',
  'countries/åland/index.html',
  'data/documents.csv',
  '_astro/a.css',
]);
const site = (base: string) => ({ base, hasFile: (path: string) => files.has(path) });

describe('relativeRoot()', () => {
  it('climbs one folder per level of the page', () => {
    expect(relativeRoot('countries/kazakhstan/index.html')).toBe('../../');
    expect(relativeRoot('countries/index.html')).toBe('../');
  });

  it('writes "./" for a page at the top, never an empty address', () => {
    expect(relativeRoot('index.html')).toBe('./');
    expect(relativeRoot('404.html')).toBe('./');
  });
});

describe('folderIndex()', () => {
  it('names the index.html of a folder and leaves a file alone', () => {
    expect(folderIndex('countries/')).toBe('countries/index.html');
    expect(folderIndex('')).toBe('index.html');
    expect(folderIndex('data/documents.csv')).toBe('data/documents.csv');
  });
});

describe('offlineHref()', () => {
  it('makes a page link relative to the page and names the folder’s index.html', () => {
    expect(offlineHref('/countries/kazakhstan/', 'documents/tokyo-declaration/index.html', site('/'))).toBe(
      '../../countries/kazakhstan/index.html',
    );
    expect(offlineHref('/', 'countries/index.html', site('/'))).toBe('../index.html');
    expect(offlineHref('/countries/', 'index.html', site('/'))).toBe('./countries/index.html');
  });

  it('keeps the query and the #anchor', () => {
    expect(offlineHref('/countries/kazakhstan/?highlight=water#p3', 'index.html', site('/'))).toBe(
      './countries/kazakhstan/index.html?highlight=water#p3',
    );
  });

  it('takes the base path off under a sub-path build', () => {
    expect(offlineHref('/a/b/countries/kazakhstan/', 'countries/index.html', site('/a/b/'))).toBe(
      '../countries/kazakhstan/index.html',
    );
    expect(offlineHref('/a/b/', 'countries/index.html', site('/a/b/'))).toBe('../index.html');
    expect(offlineHref('/a/b', 'countries/index.html', site('/a/b/'))).toBe('../index.html');
  });

  it('leaves files as files, and finds the page of a folder written without its slash', () => {
    expect(offlineHref('/data/documents.csv', 'data/index.html', site('/'))).toBe('../data/documents.csv');
    expect(offlineHref('/countries', 'index.html', site('/'))).toBe('./countries/index.html');
  });

  it('keeps percent-escapes as written while finding the file by its decoded name', () => {
    expect(offlineHref('/countries/%C3%A5land', 'index.html', site('/'))).toBe('./countries/%C3%A5land/index.html');
  });

  it('leaves addresses that are not the site’s own alone', () => {
    for (const url of [
      'https://www.mofa.go.jp/',
      '//cdn.example/x.js',
      '#notes',
      '?q=x',
      'data:image/png;base64,AA',
      'mailto:a@b.c',
      'relative/x.html',
    ]) {
      expect(offlineHref(url, 'countries/index.html', site('/'))).toBe(url);
    }
    expect(offlineHref('/other/place/', 'index.html', site('/briefing/'))).toBe('/other/place/');
    expect(offlineHref('/briefingx/', 'index.html', site('/briefing/'))).toBe('/briefingx/');
  });
});

describe('offlineResultUrl()', () => {
  it('turns an indexed path, with highlight and anchor, into a relative link to the file', () => {
    expect(offlineResultUrl('/documents/tokyo-declaration/?highlight=water#p3', '../../')).toBe(
      '../../documents/tokyo-declaration/index.html?highlight=water#p3',
    );
    expect(offlineResultUrl('/about/', './')).toBe('./about/index.html');
  });
});
