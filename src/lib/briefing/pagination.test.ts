import { describe, expect, it } from 'vitest';
import { groupedPageOf, pageCount, pageLinks, pageOf, pagePath } from './pagination.ts';

const numbers = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

describe('pageOf()', () => {
  it('gives a list that fits on a page as one page, whole', () => {
    expect(pageOf(numbers(16), 1, 50)).toEqual({
      number: 1,
      pages: 1,
      items: numbers(16),
      first: 1,
      last: 16,
      total: 16,
    });
  });

  it('gives the second page of 1,000 items as items 51 to 100 of 20 pages', () => {
    const page = pageOf(numbers(1000), 2, 50);
    expect([page.first, page.last, page.pages, page.items.length]).toEqual([51, 100, 20, 50]);
  });

  it('gives an empty list one empty page, and refuses a page the list does not have', () => {
    expect(pageOf([], 1, 50)).toMatchObject({ pages: 1, items: [], first: 0, last: 0 });
    expect(() => pageOf(numbers(60), 3, 50)).toThrowErrorMatchingInlineSnapshot(
      `[Error: no page 3: the list has 2 page(s)]`,
    );
  });

  it('counts a last page that is exactly full as no extra page', () => {
    expect(pageCount(100, 50)).toBe(2);
    expect(pageCount(101, 50)).toBe(3);
  });
});

describe('groupedPageOf()', () => {
  const groups = [
    { heading: 'Agreements', entries: numbers(3) },
    { heading: 'Memorandums', entries: numbers(4) },
    { heading: 'Packages', entries: numbers(2) },
  ];

  it('shows a group that runs over a page break on both pages, marked as continued on the second', () => {
    const second = groupedPageOf(groups, 2, 4);
    expect(second.items.map((g) => [g.heading, g.entries, g.continued])).toEqual([
      ['Memorandums', [2, 3, 4], true],
      ['Packages', [1], false],
    ]);
    expect([second.first, second.last, second.pages]).toEqual([5, 8, 3]);
  });

  it('leaves groups whole, and none continued, when everything fits on one page', () => {
    const only = groupedPageOf(groups, 1, 50);
    expect(only.items.map((g) => [g.heading, g.entries.length, g.continued])).toEqual([
      ['Agreements', 3, false],
      ['Memorandums', 4, false],
      ['Packages', 2, false],
    ]);
  });
});

describe('pagePath()', () => {
  it('keeps the register’s own address for page 1 and adds page/N/ for the others', () => {
    expect(pagePath('documents/', 1)).toBe('documents/');
    expect(pagePath('documents/', 7)).toBe('documents/page/7/');
  });
});

describe('pageLinks()', () => {
  const show = (current: number, pages: number) =>
    pageLinks(current, pages)
      .map((p) => ('gap' in p ? '…' : p.current ? `[${p.number}]` : `${p.number}`))
      .join(' ');

  it('lists every page of a short register', () => {
    expect(show(2, 5)).toBe('1 [2] 3 4 5');
  });

  it('lists the first, the last and the current page with two neighbours, whatever the number of pages', () => {
    expect(show(10, 20)).toBe('1 … 8 9 [10] 11 12 … 20');
    expect(show(100, 200)).toBe('1 … 98 99 [100] 101 102 … 200');
    expect(show(1, 200)).toBe('[1] 2 3 … 200');
  });

  it('writes a page number rather than a gap that would hide only that one page', () => {
    expect(show(5, 20)).toBe('1 2 3 4 [5] 6 7 … 20');
  });
});
