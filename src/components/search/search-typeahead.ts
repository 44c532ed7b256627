// Results as the reader types in the header's search box: a panel under the box, fed by the page's one search
// instance, so a query is read and its results ordered as on the search page. The box stays a plain form: Enter
// submits it to the search page. The panel is a list of links: the arrow keys walk from the box through them,
// Escape closes it, and the live region of Pagefind's results says how many there are.
import { writeSearchState } from '../../lib/search/search-url.ts';
import { element, resultsElement } from './elements.ts';
import { loadSearchUi, pageHref } from './pagefind-ui.ts';
import { searchNote } from './search-note.ts';

/** How long typing must pause before a search runs, as in Pagefind's own box. */
const DEBOUNCE_MS = 150;

const PANEL_ID = 'bf-typeahead';
const HINT_ID = 'bf-typeahead-hint';

/** The links of the panel, in reading order: results, their sections, then the way to the search page. */
const linksOf = (panel: HTMLElement) =>
  [...panel.querySelectorAll<HTMLAnchorElement>('a[href]')].filter((a) => a.getClientRects().length > 0);

let started: Promise<void> | undefined;

/**
 * Starts results-as-you-type for the header's form (once; later calls wait for the first). Loads Pagefind's UI,
 * then adds the panel after the box; what the reader typed while it loaded is searched at once.
 */
export function startTypeahead(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  started ??= loadSearchUi().then((instance) => {
    const more = element('a', { class: 'bf-search-more', href: pageHref('search/') }, [
      'All results, with filters and order, on the search page',
    ]);
    const advice = element('p', { class: 'bf-search-advice', hidden: '' }, [
      'Check the spelling or try fewer words. Names are spelled as the sources spell them; other spellings are searched too.',
    ]);
    // tabindex: a click on the panel's text keeps focus inside it, so the panel does not close under the pointer.
    const panel = element('div', { class: 'bf-typeahead', id: PANEL_ID, tabindex: '-1', hidden: '' }, [
      element('pagefind-summary'),
      searchNote(instance),
      advice,
      resultsElement(1),
      more,
    ]);
    const hint = element('span', { class: 'bf-visually-hidden', id: HINT_ID }, [
      'Results appear below as you type; the down arrow goes to them, Enter opens the search page.',
    ]);
    // Right after the box, so Tab goes from the box into the results. Placed absolutely: nothing moves.
    input.after(document.adoptNode(hint), document.adoptNode(panel));
    input.setAttribute('aria-controls', PANEL_ID);
    input.setAttribute('aria-describedby', HINT_ID);

    const open = () => {
      panel.hidden = false;
    };
    const close = () => {
      panel.hidden = true;
    };
    instance.on('search', (term) => {
      more.setAttribute(
        'href',
        `${pageHref('search/')}${writeSearchState({ query: term, filters: {}, sort: 'relevance' })}`,
      );
    });
    instance.on('results', (result) => {
      advice.hidden = !(instance.searchTerm.trim() && result.results.length === 0);
    });

    let timer: ReturnType<typeof setTimeout> | undefined;
    const search = (): void => {
      clearTimeout(timer);
      const query = input.value;
      if (!query.trim()) {
        close();
        return;
      }
      open();
      if (query !== instance.searchTerm) timer = setTimeout(() => instance.triggerSearch(query), DEBOUNCE_MS);
    };
    input.addEventListener('input', search);
    // Focus leaving the form (Tab past the last link, a click elsewhere) closes the panel.
    form.addEventListener('focusout', (event) => {
      if (!form.contains(event.relatedTarget as Node | null)) close();
    });
    form.addEventListener('keydown', (event) => {
      if (event.isComposing) return;
      const target = event.target as HTMLElement;
      // Closed, the panel opens again with the down arrow (the results of what the box holds).
      if (panel.hidden) {
        if (event.key === 'ArrowDown' && target === input && input.value.trim()) {
          event.preventDefault();
          search();
        }
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        close();
        input.focus();
        return;
      }
      if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
      const links = linksOf(panel);
      const at = target === input ? -1 : links.indexOf(target as HTMLAnchorElement);
      if (at === -1 && target !== input) return;
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else links[Math.min(next, links.length - 1)]?.focus();
    });
    if (document.activeElement === input) search();
  });
  // A failed load may be passing (a dropped connection): the next focus tries again. The form works meanwhile.
  started.catch(() => (started = undefined));
  return started;
}
