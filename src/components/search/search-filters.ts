// The search page's filters: a group of checkboxes per filter (kind, country, theme, …), each value with how many
// results it would leave. Built once from the whole index's values; counts follow each search.
import { SEARCH_FILTERS } from '../../lib/search/search-keys.ts';
import type { FilterCounts, Filters } from './engine.ts';
import { element } from './search-view.ts';

/** A filter's name as the site writes labels: "Document kind", not "document kind" or "DOCUMENT KIND". */
const label = (key: string) => `${key.charAt(0).toUpperCase()}${key.slice(1)}`;

export interface FilterPane {
  /** The values chosen, by filter key. */
  chosen(): Filters;
  /** Ticks the values of `filters` and shows each value's count within the current search. */
  update(filters: Filters, counts: FilterCounts): void;
}

/**
 * Fills `pane` with a group per filter the index has; `open`: the group shown unfolded. `onChange` runs when the
 * reader ticks or unticks a value.
 */
export function filterPane(
  pane: HTMLElement,
  totals: FilterCounts,
  open: string,
  onChange: (filters: Filters) => void,
): FilterPane {
  const boxes: { key: string; value: string; box: HTMLInputElement; count: HTMLElement }[] = [];
  for (const { key, param } of SEARCH_FILTERS) {
    const values = Object.keys(totals[key] ?? {});
    if (!values.length) continue;
    const name = label(key);
    const list = element('ul', { class: 'bf-filter__values' });
    for (const value of values) {
      const id = `bf-filter-${param}-${boxes.length}`;
      const box = element('input', { type: 'checkbox', id, name: param, value });
      const count = element('span', { class: 'bf-filter__count' });
      list.append(element('li', {}, [box, element('label', { for: id }, [`${value} `, count])]));
      boxes.push({ key, value, box, count });
    }
    const group = element('details', { class: 'bf-filter' }, [
      element('summary', { class: 'bf-filter__name' }, [name]),
      element('fieldset', {}, [element('legend', { class: 'bf-visually-hidden' }, [name]), list]),
    ]);
    group.open = key === open;
    pane.append(group);
  }
  const chosen = (): Filters => {
    const filters: Filters = {};
    for (const { key, value, box } of boxes) if (box.checked) (filters[key] ??= []).push(value);
    return filters;
  };
  pane.addEventListener('change', () => onChange(chosen()));
  return {
    chosen,
    update(filters, counts) {
      for (const { key, value, box, count } of boxes) {
        box.checked = filters[key]?.includes(value) ?? false;
        count.textContent = `(${counts[key]?.[value] ?? 0})`;
        // A group holding a chosen value stays unfolded, so the choice is in sight.
        if (box.checked) box.closest('details')!.open = true;
      }
    },
  };
}
