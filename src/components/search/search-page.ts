// The search page: the query, filters and order live in the URL (?q=…), so a search can be linked and shared.
import { hasFilters, readSearchState, sortOption, writeSearchState } from '../../lib/search/search-url.ts';
import type { SearchSort } from '../../lib/search/search-keys.ts';
import { type FilterCounts, loadSearch, type SearchEngine } from './engine.ts';
import { filterPane } from './search-filters.ts';
import { SearchSession, walkLinks } from './search-view.ts';

/** How long typing must pause before a search runs. */
const DEBOUNCE_MS = 150;
/** Results shown at once, before "Show more results". */
const PAGE_SIZE = 10;

/** Turns the page's no-JavaScript notice into the search interface held in its <template>. */
export async function startSearchPage(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-bf-search-status]');
  const ui = root.querySelector<HTMLElement>('[data-bf-search-ui]');
  const parts = root.querySelector<HTMLTemplateElement>('template[data-bf-search-parts]');
  if (!ui || !parts || !status) return;
  const state = readSearchState(location.search);

  // The header's search box and shortcuts search here rather than show results of their own; a search asked for
  // while Pagefind loads waits for it.
  let take: (query: string) => void = (query) => (state.query = query.trim() ? query : state.query);
  const claim = (event: Event) => {
    event.preventDefault();
    take((event as CustomEvent<{ query: string }>).detail.query);
  };
  document.addEventListener('bf:search', claim);

  let engine: SearchEngine;
  try {
    engine = await loadSearch();
  } catch (error) {
    document.removeEventListener('bf:search', claim);
    const why = status.querySelector('[data-bf-search-why]') ?? status;
    why.textContent = `Search could not start: ${(error as Error).message}. Try reloading the page.`;
    // Shown again: the page's stylesheet hides the notice from the first paint where scripts run.
    status.removeAttribute('data-bf-js-hides');
    return;
  }

  const content = parts.content.cloneNode(true) as DocumentFragment;
  const part = <T extends HTMLElement>(name: string) => content.querySelector<T>(`[data-bf-search-${name}]`)!;
  const input = part<HTMLInputElement>('input');
  const sort = part<HTMLSelectElement>('sort');
  const advice = part<HTMLElement>('advice');
  const clear = part<HTMLButtonElement>('clear');
  const area = part<HTMLElement>('results').closest('section')!;
  const filterArea = part<HTMLElement>('filters').closest('section')!;
  // On a narrow screen the filters sit above the results: folded into one line, so the first result shows on the
  // first screen of a phone.
  if (matchMedia('(max-width: 56rem)').matches) part<HTMLDetailsElement>('filters').open = false;

  const session = new SearchSession(
    engine,
    { summary: part('summary'), note: part('note'), list: part('results'), more: part('more') },
    { sections: 3, pageSize: PAGE_SIZE, debounceMs: DEBOUNCE_MS },
  );
  // The filters are in the page; how many results each value holds comes once the reader reaches for them (points
  // at, tabs into or opens the filters), or arrives with filters chosen: Pagefind's filter data and the counting
  // are the costliest part of a search at scale (engine.ts), and most searches never touch a filter. Then each
  // search's counts follow its results.
  const filters = filterPane(part('filterpane'), (chosen) => {
    session.filters = chosen;
    void session.run();
  });
  let totals: FilterCounts | undefined;
  const recount = async () => {
    if (!totals) return;
    const searched = session.searches;
    const asked = session.term.trim() !== '' || hasFilters(session.filters);
    const counts = asked ? await engine.counts(session.request()).catch(() => undefined) : totals;
    // Unless the reader has searched since: that search's counts are on their way.
    if (counts && session.searches === searched) filters.update(session.filters, counts);
  };
  session.filters = state.filters;
  session.sort = sortOption(state.sort);
  sort.value = state.sort;
  input.value = state.query;

  session.onSearch = () => {
    const url = `${location.pathname}${writeSearchState({ query: session.term, filters: session.filters, sort: sort.value as SearchSort })}${location.hash}`;
    history.replaceState(history.state, '', url);
    clear.hidden = !hasFilters(session.filters);
  };
  session.onResults = (found) => {
    const filtered = hasFilters(session.filters);
    const asked = session.term.trim() !== '' || filtered;
    advice.hidden = !(asked && found.results.length === 0);
    advice.querySelector<HTMLElement>('[data-bf-if-filters]')!.hidden = !filtered;
    filters.update(session.filters);
    void recount();
  };

  input.addEventListener('input', () => session.type(input.value));
  // Enter searches at once (the box is not in a form: there is nothing to submit).
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.isComposing) void session.run(input.value);
  });
  ui.addEventListener('keydown', (event) => walkLinks(event, input, area));
  sort.addEventListener('change', () => {
    session.sort = sortOption(sort.value as SearchSort);
    void session.run();
  });
  for (const button of content.querySelectorAll<HTMLButtonElement>(
    '[data-bf-search-clear], [data-bf-search-unfilter]',
  )) {
    button.addEventListener('click', () => {
      session.filters = {};
      void session.run();
      input.focus();
    });
  }
  take = (query) => {
    if (query.trim()) {
      input.value = query;
      void session.run(query);
    }
    input.focus();
  };

  ui.append(content);
  status.hidden = true;
  ui.hidden = false;
  let counting: Promise<void> | undefined;
  const count = () =>
    (counting ??= engine.filters().then(
      (all) => {
        totals = all;
        return recount();
      },
      // Without the filter data the filters still work, uncounted; the next reach tries again.
      () => void (counting = undefined),
    ));
  // A pointer over them, a tab into them or a tap on them (a <details> that is open in the HTML reports a "toggle"
  // as it is inserted, so that event would not tell).
  for (const event of ['pointerenter', 'focusin', 'click'])
    filterArea.addEventListener(event, () => void count(), true);

  const first = session.run(state.query);
  if (!state.query) input.focus();
  await first;
  if (hasFilters(state.filters)) await count();
}
