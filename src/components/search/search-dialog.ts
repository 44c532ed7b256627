// The search dialog opened from the header (its form, "/" or Ctrl/⌘+K) on every page but the search page.
import { MAX_QUERY_LENGTH } from '../../lib/search/search-keys.ts';
import { writeSearchState } from '../../lib/search/search-url.ts';
import { element, resultsElement } from './elements.ts';
import { loadSearchUi, pageHref, type SearchInstance } from './pagefind-ui.ts';
import { searchNote } from './search-note.ts';

/** <pagefind-modal>'s public methods (pagefind_ui/component/components/pagefind-modal.ts). */
interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
}

let modal: ModalElement | undefined;
/** Where focus was when the dialog opened; it goes back there on close. */
let opener: HTMLElement | null = null;

function buildDialog(instance: SearchInstance): ModalElement {
  const more = element('a', { class: 'bf-search-more', href: pageHref('search/') }, [
    'Filter and sort these results on the search page',
  ]);
  const advice = element('p', { class: 'bf-search-advice', hidden: '' }, [
    'Check the spelling or try fewer words. Names are spelled as the sources spell them; other spellings are searched too.',
  ]);
  const dialog = element('pagefind-modal', { class: 'bf-search-dialog' }, [
    element('pagefind-modal-header', {}, [element('pagefind-input', { debounce: '150' })]),
    element('pagefind-modal-body', {}, [element('pagefind-summary'), searchNote(instance), advice, resultsElement()]),
    element('pagefind-modal-footer', {}, [more, element('pagefind-keyboard-hints')]),
  ]);
  document.body.append(document.adoptNode(dialog));

  dialog.querySelector('dialog')?.setAttribute('aria-label', 'Search the briefing');
  dialog.querySelector('pagefind-input input')?.setAttribute('maxlength', String(MAX_QUERY_LENGTH));
  instance.on('search', (term) => {
    more.setAttribute(
      'href',
      `${pageHref('search/')}${writeSearchState({ query: term, filters: {}, sort: 'relevance' })}`,
    );
  });
  instance.on('results', (result) => {
    advice.hidden = !(instance.searchTerm.trim() && result.results.length === 0);
  });
  return dialog as ModalElement;
}

/** Opens the dialog; with a query, searches for it. Focus returns to where it was when the dialog closes. */
export async function openSearchDialog(query: string): Promise<void> {
  const from = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const instance = await loadSearchUi();
  if (!modal) {
    modal = buildDialog(instance);
    modal.querySelector('dialog')?.addEventListener('close', () => {
      if (opener?.isConnected) opener.focus();
    });
  }
  if (!modal.isOpen) opener = from;
  if (query.trim() && query !== instance.searchTerm) instance.triggerSearch(query);
  if (modal.isOpen) modal.querySelector<HTMLInputElement>('pagefind-input input')?.focus();
  else modal.open();
}
