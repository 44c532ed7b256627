// The search page: the query, filters and order live in the URL (?q=…), so a search can be linked and shared.
import { hasFilters, readSearchState, sortOption, writeSearchState } from '../../lib/search/search-url.ts';
import { MAX_QUERY_LENGTH, type SearchSort } from '../../lib/search/search-keys.ts';
import { loadSearchUi, type SearchInstance } from './pagefind-ui.ts';
import { searchNote } from './search-note.ts';

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

  let instance: SearchInstance;
  try {
    instance = await loadSearchUi();
    await instance.triggerLoad();
  } catch (error) {
    document.removeEventListener('bf:search', claim);
    const why = status.querySelector('[data-bf-search-why]') ?? status;
    why.textContent = `Search could not start: ${(error as Error).message}. Try reloading the page.`;
    return;
  }
  // Faceted: with no words typed, filters still list pages, so a reader can browse by kind, country or theme.
  // Set after loading, or Pagefind would run an empty search of its own over the one restored from the URL.
  instance.faceted = true;
  instance.searchSort = sortOption(state.sort);

  const content = parts.content.cloneNode(true) as DocumentFragment;
  // On a narrow screen the filters sit above the results: folded into one line, so the first result shows on the
  // first screen of a phone.
  if (matchMedia('(max-width: 56rem)').matches) {
    content.querySelector<HTMLDetailsElement>('[data-bf-search-filters]')!.open = false;
  }
  content.querySelector('.bf-searchpage__bar')?.after(searchNote(instance));
  ui.append(content);
  const sort = ui.querySelector<HTMLSelectElement>('[data-bf-search-sort]')!;
  const advice = ui.querySelector<HTMLElement>('[data-bf-search-advice]')!;
  const clear = ui.querySelector<HTMLButtonElement>('[data-bf-search-clear]')!;
  const input = () => ui.querySelector<HTMLInputElement>('pagefind-input input');
  sort.value = state.sort;
  input()?.setAttribute('maxlength', String(MAX_QUERY_LENGTH));

  const save = (term: string, filters: Record<string, string[]>) => {
    const url = `${location.pathname}${writeSearchState({ query: term, filters, sort: sort.value as SearchSort })}${location.hash}`;
    history.replaceState(history.state, '', url);
    clear.hidden = !hasFilters(filters);
  };
  instance.on('search', save);
  instance.on('results', (result) => {
    const none =
      result.results.length === 0 && (instance.searchTerm.trim() !== '' || hasFilters(instance.searchFilters));
    advice.hidden = !none;
    advice.querySelector<HTMLElement>('[data-bf-if-filters]')!.hidden = !hasFilters(instance.searchFilters);
  });
  sort.addEventListener('change', () => {
    instance.searchSort = sortOption(sort.value as SearchSort);
    instance.triggerSearch(instance.searchTerm);
  });
  for (const button of ui.querySelectorAll<HTMLButtonElement>('[data-bf-search-clear], [data-bf-search-unfilter]')) {
    button.addEventListener('click', () => {
      instance.triggerFilters({});
      input()?.focus();
    });
  }
  take = (query) => {
    if (query.trim()) instance.triggerSearch(query);
    input()?.focus();
  };

  status.hidden = true;
  ui.hidden = false;
  instance.triggerSearchWithFilters(state.query, state.filters);
  if (!state.query) input()?.focus();
}
