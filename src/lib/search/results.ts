// What the search shows around its results, in words: the count the live region says, and which sections of a
// page are listed under it. Shared by the header's results-as-you-type and the search page.

/** The summary of a search, as shown and announced: "12 results for water", "No results for xylophone". */
export function summaryText(count: number, term: string): string {
  const words = term.trim();
  const counted = count === 0 ? 'No results' : `${count} ${count === 1 ? 'result' : 'results'}`;
  return words ? `${counted} for ${words}` : counted;
}

/** A matching section of a page, as Pagefind gives it. */
export interface Section {
  url: string;
  locations?: number[];
}

/**
 * The sections listed under a result: not the page itself (its first "section" when the match is above the first
 * heading), and at most `max`, those with the most matches, in the page's order.
 */
export function shownSections<T extends Section>(pageUrl: string, sections: T[] | undefined, max: number): T[] {
  if (!sections?.length || max <= 0) return [];
  const own = sections[0]!.url === pageUrl ? sections.slice(1) : sections;
  if (own.length <= max) return own;
  const best = new Set(
    [...own]
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))
      .slice(0, max)
      .map((s) => s.url),
  );
  return own.filter((s) => best.has(s.url));
}
