// Results as the reader types in the header's search box: a panel under the box, fed by the page's one search
// instance, so a query is read and its results ordered as on the search page. The box stays a plain form: Enter
// submits it to the search page. The panel is a list of links: the arrow keys walk from the box through them,
// Escape closes it, and its live region says how many results there are.
import { writeSearchState } from '../../lib/search/search-url.ts';
import { loadSearch, pageHref } from './engine.ts';
import { element, SearchSession, walkLinks } from './search-view.ts';

/** How long typing must pause before a search runs, as on the search page. */
const DEBOUNCE_MS = 150;
/** Results in the panel; the rest, with filters and order, are on the search page. */
const SHOWN = 8;

const PANEL_ID = 'bf-typeahead';
const HINT_ID = 'bf-typeahead-hint';

let started: Promise<void> | undefined;

/**
 * Starts results-as-you-type for the header's form (once; later calls wait for the first). Loads Pagefind, then
 * adds the panel after the box; what the reader typed while it loaded is searched at once.
 */
export function startTypeahead(form: HTMLFormElement, input: HTMLInputElement): Promise<void> {
  started ??= loadSearch().then((engine) => {
    const more = element('a', { class: 'bf-search-more', href: pageHref('search/') }, [
      'All results, with filters and order, on the search page',
    ]);
    const advice = element('p', { class: 'bf-search-advice', hidden: '' }, [
      'Check the spelling or try fewer words. Names are spelled as the sources spell them; other spellings are searched too.',
    ]);
    const summary = element('p', { class: 'bf-search-summary' });
    const note = element('div', { class: 'bf-search-note' });
    const list = element('ul', { class: 'bf-results' });
    // tabindex: a click on the panel's text keeps focus inside it, so the panel does not close under the pointer.
    const panel = element('div', { class: 'bf-typeahead', id: PANEL_ID, tabindex: '-1', hidden: '' }, [
      summary,
      note,
      advice,
      list,
      more,
    ]);
    const hint = element('span', { class: 'bf-visually-hidden', id: HINT_ID }, [
      'Results appear below as you type; the down arrow goes to them, Enter opens the search page.',
    ]);
    // Right after the box, so Tab goes from the box into the results. Placed absolutely: nothing moves.
    input.after(hint, panel);
    input.setAttribute('aria-controls', PANEL_ID);
    input.setAttribute('aria-describedby', HINT_ID);

    const session = new SearchSession(
      engine,
      { summary, note, list },
      { sections: 1, pageSize: SHOWN, debounceMs: DEBOUNCE_MS },
    );
    session.onSearch = () => {
      more.setAttribute(
        'href',
        `${pageHref('search/')}${writeSearchState({ query: session.term, filters: {}, sort: 'relevance' })}`,
      );
    };
    session.onResults = (found) => {
      advice.hidden = !(session.term.trim() && found.results.length === 0);
    };

    const open = () => {
      panel.hidden = false;
    };
    const close = () => {
      panel.hidden = true;
    };
    const search = (): void => {
      const query = input.value;
      if (!query.trim()) {
        close();
        return;
      }
      open();
      if (query !== session.term) session.type(query);
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
      walkLinks(event, input, panel);
    });
    if (document.activeElement === input) search();
  });
  // A failed load may be passing (a dropped connection): the next focus tries again. The form works meanwhile.
  started.catch(() => (started = undefined));
  return started;
}
