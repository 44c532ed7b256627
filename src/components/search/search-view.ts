// Shows searches: the summary a screen reader hears ("12 results for water"), the note on how the query was read,
// and the results, a page at a time. Shared by the header's results-as-you-type and the search page, so a result
// reads the same in both. Everything from the index is set as text; only Pagefind's <mark> of matched words is kept.
import { shownSections, summaryText } from '../../lib/search/results.ts';
import type {
  EngineResult,
  Filters,
  Found,
  Fragment,
  SearchEngine,
  SearchReport,
  SearchRequest,
  Sort,
} from './engine.ts';

/** An element with attributes and children; text is set as text, never parsed as HTML. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/**
 * An excerpt as text with its matched words marked. Pagefind's excerpt is HTML (the page's text escaped, matches
 * in <mark>); it is parsed in an inert template (nothing in it runs or loads) and only text and <mark> are kept.
 */
function excerptNodes(html: string): Node[] {
  const template = document.createElement('template');
  template.innerHTML = html;
  return [...template.content.childNodes].map((node) =>
    node.nodeName === 'MARK'
      ? element('mark', {}, [node.textContent ?? ''])
      : document.createTextNode(node.textContent ?? ''),
  );
}

/** One result: its title as a link, its kind and date, a snippet, and up to `sections` matching sections. */
function resultItem(fragment: Fragment, sections: number): HTMLLIElement {
  const { meta } = fragment;
  const item = element('li', { class: 'bf-result' }, [
    element('h3', { class: 'bf-result__title' }, [
      element('a', { class: 'bf-result__link', href: fragment.url }, [meta.title || 'Untitled page']),
    ]),
    element('p', { class: 'bf-result__kind' }, [`${meta.kind ?? ''}${meta.date ? ` · ${meta.date}` : ''}`]),
  ]);
  if (fragment.excerpt) item.append(element('p', { class: 'bf-result__excerpt' }, excerptNodes(fragment.excerpt)));
  const subs = shownSections(fragment.url, fragment.sub_results, sections);
  if (subs.length) {
    item.append(
      element(
        'ul',
        { class: 'bf-result__sections', 'aria-label': 'Matching sections' },
        subs.map((sub) =>
          element('li', {}, [
            element('a', { class: 'bf-result__section', href: sub.url }, [sub.title]),
            ...(sub.excerpt ? [element('p', { class: 'bf-result__excerpt' }, excerptNodes(sub.excerpt))] : []),
          ]),
        ),
      ),
    );
  }
  return item;
}

/** Shown while a result loads: an empty line the height of a title, hidden from screen readers. */
const placeholder = () =>
  element('li', { class: 'bf-result bf-result--loading', 'aria-hidden': 'true' }, [
    element('span', { class: 'bf-result__skeleton' }),
  ]);

/** The links of a results area, in reading order, that are on screen. */
export const linksOf = (area: HTMLElement): HTMLAnchorElement[] =>
  [...area.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.getClientRects().length > 0);

/**
 * The arrow keys walk from the search box through the links of `area`; up from the first link goes back to the
 * box. True when the key was taken.
 */
export function walkLinks(event: KeyboardEvent, input: HTMLInputElement, area: HTMLElement): boolean {
  if ((event.key !== 'ArrowDown' && event.key !== 'ArrowUp') || event.isComposing) return false;
  const target = event.target as HTMLElement;
  const links = linksOf(area);
  const at = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
  if (at === -1 && target !== input) return false;
  if (target === input && event.key === 'ArrowUp') return false;
  event.preventDefault();
  const next = at + (event.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) input.focus();
  else links[Math.min(next, links.length - 1)]?.focus();
  return true;
}

export interface ViewParts {
  /** Says what is being searched, then how many results there are. */
  summary: HTMLElement;
  /** Says how the query was read, with a way back to the words as typed and to the weaker results. */
  note: HTMLElement;
  list: HTMLUListElement;
  /** "Show more results", when the list shows a page at a time. */
  more?: HTMLButtonElement;
}

export interface ViewOptions {
  /** Matching sections listed under each result. */
  sections: number;
  /** Results shown at once; more with the "more" button. */
  pageSize: number;
  /** How long typing must pause before a search runs. */
  debounceMs: number;
}

/** A search box's searches and what they show. */
export class SearchSession {
  term = '';
  filters: Filters = {};
  sort: Sort = {};
  /** Called as a search starts (the page keeps its address in step). */
  onSearch: () => void = () => {};
  /** Called once a search's results are known, before their pages load. */
  onResults: (found: Found) => void = () => {};
  #id = 0;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** When the reader last typed (performance.now()), to tell a first keystroke from one of a run. */
  #typedAt = -Infinity;
  #results: EngineResult[] = [];
  #shown = 0;
  /** The words the reader asked to search as typed, and the words whose weaker results they asked to see. */
  #verbatim = '';
  #all = '';
  /** What a screen reader hears: the count once a search is done, not each "Searching for …". */
  #live = element('p', { class: 'bf-visually-hidden', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true' });

  constructor(
    readonly engine: SearchEngine,
    readonly parts: ViewParts,
    readonly options: ViewOptions,
  ) {
    parts.summary.after(this.#live);
    parts.more?.addEventListener('click', () => void this.#showMore(this.#id));
  }

  /**
   * The reader typed: the first keystroke after a pause searches at once (a pasted or picked query shows results
   * without waiting); keystrokes that follow search once typing pauses, meanwhile fetching what that search needs.
   */
  type(term: string): void {
    clearTimeout(this.#timer);
    const now = performance.now();
    const paused = now - this.#typedAt > this.options.debounceMs;
    this.#typedAt = now;
    if (paused) {
      void this.run(term);
      return;
    }
    this.engine.preload(term);
    this.#timer = setTimeout(() => void this.run(term), this.options.debounceMs);
  }

  /** How many searches have started: a later count means the reader has searched since. */
  get searches(): number {
    return this.#id;
  }

  /** What a search now, for the words already searched, would ask the engine. */
  request(term = this.term): SearchRequest {
    return {
      term,
      filters: this.filters,
      sort: this.sort,
      verbatim: this.#verbatim === term,
      all: this.#all === term,
    };
  }

  /** Searches now (for `term`, or the words already searched, with the current filters and order). */
  async run(term = this.term): Promise<void> {
    clearTimeout(this.#timer);
    this.term = term;
    const id = ++this.#id;
    this.onSearch();
    if (!term.trim() && !Object.values(this.filters).some((v) => v.length)) {
      this.#show(id, { results: [] }, false);
      return;
    }
    this.parts.summary.textContent = term.trim() ? `Searching for ${term.trim()}…` : 'Searching…';
    const found = await this.engine.search(this.request(term));
    if (id !== this.#id) return;
    // The first page's data starts loading before anything is drawn (the summary, the note, the page's own
    // onResults), which would otherwise delay the requests; Pagefind keeps each load, so #showMore waits for the
    // same one.
    for (const result of found.results.slice(0, this.options.pageSize)) void result.data().catch(() => undefined);
    this.#show(id, found, true);
  }

  #show(id: number, found: Found, searched: boolean): void {
    const { summary, note, list, more } = this.parts;
    this.#results = found.results;
    this.#shown = 0;
    list.replaceChildren();
    if (more) more.hidden = true;
    summary.textContent = searched ? summaryText(found.results.length, this.term) : '';
    this.#live.textContent = summary.textContent;
    note.replaceChildren(...(searched && found.report && this.term.trim() ? this.#noteParts(found.report) : []));
    this.onResults(found);
    void this.#showMore(id);
  }

  /** Adds the next page of results: placeholders at once, each filled as its page's data arrives. */
  async #showMore(id: number): Promise<void> {
    const { list, more } = this.parts;
    const next = this.#results.slice(this.#shown, this.#shown + this.options.pageSize);
    this.#shown += next.length;
    const items = next.map(placeholder);
    list.append(...items);
    if (more) more.hidden = this.#shown >= this.#results.length;
    await Promise.all(
      next.map(async (result, i) => {
        const fragment = await result.data();
        if (id === this.#id) items[i]!.replaceWith(resultItem(fragment, this.options.sections));
      }),
    );
  }

  #noteParts(report: SearchReport): HTMLElement[] {
    const button = (label: string, onClick: () => void) => {
      const b = element('button', { type: 'button', class: 'bf-search-note__button' }, [label]);
      b.addEventListener('click', onClick);
      return b;
    };
    const parts: HTMLElement[] = [];
    if (report.searched) {
      parts.push(
        element('p', {}, [
          'Showing results for ',
          element('strong', {}, [report.searched]),
          '. ',
          button(`Search instead for ${report.typed}`, () => {
            this.#verbatim = report.typed;
            void this.run(report.typed);
          }),
        ]),
      );
    }
    if (report.more > 0) {
      parts.push(
        element('p', {}, [
          `Showing the ${report.total - report.more} best matches. `,
          button(`Show all ${report.total} results`, () => {
            this.#all = report.typed;
            void this.run(report.typed);
          }),
        ]),
      );
    }
    return parts;
  }
}
