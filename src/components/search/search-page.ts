// The search page: the query, filters and order live in the URL (?q=…), so a search can be linked and shared.
import { hasFilters, readSearchState, sortOption, writeSearchState } from '../../lib/search/search-url.ts';
import type { SearchSort } from '../../lib/search/search-keys.ts';
import { loadSearch, type SearchEngine } from './engine.ts';
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
  let totals;
  try {
    engine = await loadSearch();
    totals = await engine.filters();
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
  // On a narrow screen the filters sit above the results: folded into one line, so the first result shows on the
  // first screen of a phone.
  if (matchMedia('(max-width: 56rem)').matches) part<HTMLDetailsElement>('filters').open = false;

  const session = new SearchSession(
    engine,
    { summary: part('summary'), note: part('note'), list: part('results'), more: part('more') },
    { sections: 3, pageSize: PAGE_SIZE, debounceMs: DEBOUNCE_MS },
  );
  const filters = filterPane(part('filterpane'), totals, 'kind', (chosen) => {
    session.filters = chosen;
    void session.run();
  });
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
    filters.update(session.filters, asked ? found.filters : totals);
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
  void session.run(state.query);
  if (!state.query) input.focus();
}
