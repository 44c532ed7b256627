// Registers split into pages of a fixed size, so that a page weighs the same whatever the corpus: /documents/ is the
// first page, /documents/page/2/ the second. A register that fits on one page is one page, exactly as before.

/** Entries on one page of a register. Fifty titles with their summaries read as one screenful of scrolling or so. */
export const REGISTER_PAGE_SIZE = 50;

/** How many page numbers either side of the current one the page list shows (with the first and the last). */
const NEIGHBOURS = 2;

/** One page of a paginated list. */
export interface PageOf<T> {
  /** 1 for the first page. */
  number: number;
  /** How many pages the whole list has (at least 1). */
  pages: number;
  items: T[];
  /** Position of the first and the last item shown, counting from 1 (0 and 0 on an empty list). */
  first: number;
  last: number;
  total: number;
}

/** How many pages a list of `total` items fills at `size` a page; an empty list is one (empty) page. */
export function pageCount(total: number, size = REGISTER_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Page `number` (from 1) of `items`. Throws on a page the list does not have: a route must not invent one. */
export function pageOf<T>(items: readonly T[], number: number, size = REGISTER_PAGE_SIZE): PageOf<T> {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(number) || number < 1 || number > pages)
    throw new Error(`no page ${number}: the list has ${pages} page(s)`);
  const start = (number - 1) * size;
  const shown = items.slice(start, start + size);
  return {
    number,
    pages,
    items: shown,
    first: shown.length ? start + 1 : 0,
    last: start + shown.length,
    total: items.length,
  };
}

/** A list of entries under a heading, as a register shows it. */
export interface Grouped<T> {
  heading: string;
  entries: T[];
}

/** A group as one page shows it: `continued` when the group began on an earlier page. */
export type PageGroup<G extends Grouped<unknown>> = G & { continued: boolean };

/**
 * Page `number` of a register made of groups (documents by kind, initiatives by proposer): the groups' entries are
 * counted in reading order, and a group that runs over a page break appears on both pages under its heading.
 * An entry listed in two groups counts twice, as it is listed twice.
 */
export function groupedPageOf<G extends Grouped<unknown>>(
  groups: readonly G[],
  number: number,
  size = REGISTER_PAGE_SIZE,
): PageOf<PageGroup<G>> & { entries: number } {
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const page = pageOf(Array.from({ length: total }), number, size);
  const from = page.first - 1;
  const to = page.last;
  const out: PageGroup<G>[] = [];
  let offset = 0;
  for (const g of groups) {
    const start = Math.max(from, offset);
    const end = Math.min(to, offset + g.entries.length);
    if (start < end)
      out.push({ ...g, entries: g.entries.slice(start - offset, end - offset), continued: start > offset });
    offset += g.entries.length;
  }
  return { ...page, items: out, entries: total };
}

/** The path of page `number` of a register whose first page is `base` ("documents/"): "documents/page/2/". */
export function pagePath(base: string, number: number): string {
  return number === 1 ? base : `${base}page/${number}/`;
}

/** One item of a page list: a page number, or a gap between numbers left out. */
export type PageLink = { number: number; current: boolean } | { gap: true };

/**
 * The page numbers a list of pages shows: the first, the last, and the current one with its neighbours, with gaps
 * between: "1 … 4 5 [6] 7 8 … 20". Its length is bounded, whatever the number of pages.
 */
export function pageLinks(current: number, pages: number): PageLink[] {
  const keep = new Set([1, pages]);
  for (let n = current - NEIGHBOURS; n <= current + NEIGHBOURS; n++) if (n >= 1 && n <= pages) keep.add(n);
  const numbers = [...keep].sort((a, b) => a - b);
  const out: PageLink[] = [];
  numbers.forEach((n, i) => {
    const previous = numbers[i - 1];
    if (previous !== undefined && n - previous === 2) out.push({ number: n - 1, current: false });
    else if (previous !== undefined && n - previous > 2) out.push({ gap: true });
    out.push({ number: n, current: n === current });
  });
  return out;
}
