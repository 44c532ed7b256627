// Says what a search did with the query: "Showing results for tokayev. Search instead for tokaev", and how many
// weaker results wait behind "Show all". Shared by the header's panel and the search page.
import { element } from './elements.ts';
import type { SearchInstance } from './pagefind-ui.ts';
import { searchOptions, type SearchReport } from './smart-search.ts';

function button(label: string, onClick: () => void): HTMLElement {
  const b = element('button', { type: 'button', class: 'bf-search-note__button' }, [label]);
  b.addEventListener('click', onClick);
  return b;
}

/** The note's content for a report, in the document given. */
function noteParts(instance: SearchInstance, report: SearchReport): HTMLElement[] {
  const parts: HTMLElement[] = [];
  if (report.searched) {
    parts.push(
      element('p', {}, [
        'Showing results for ',
        element('strong', {}, [report.searched]),
        '. ',
        button(`Search instead for ${report.typed}`, () => {
          searchOptions.verbatim = report.typed;
          instance.triggerSearch(report.typed);
        }),
      ]),
    );
  }
  if (report.more > 0) {
    parts.push(
      element('p', {}, [
        `Showing the ${report.total - report.more} best matches. `,
        button(`Show all ${report.total} results`, () => {
          searchOptions.showAll = report.typed;
          instance.triggerSearch(report.typed);
        }),
      ]),
    );
  }
  return parts;
}

/** A note that follows the instance's searches; empty when the query went as typed and every result is shown. */
export function searchNote(instance: SearchInstance): HTMLElement {
  const note = element('div', { class: 'bf-search-note', 'data-bf-search-note': '' });
  instance.on('results', (result) => {
    const report = result.bfReport;
    note.replaceChildren(
      ...(report && instance.searchTerm.trim()
        ? noteParts(instance, report).map((p) => note.ownerDocument.adoptNode(p))
        : []),
    );
  });
  return note;
}
