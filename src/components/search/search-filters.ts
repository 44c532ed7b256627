// The search page's filters: a group of checkboxes per filter (kind, country, theme, …), drawn at build time with
// every value the index holds (src/pages/search.astro); each value's count within the search, once asked for.
import type { FilterCounts, Filters } from './engine.ts';

export interface FilterPane {
  /** The values chosen, by filter key. */
  chosen(): Filters;
  /** Ticks the values of `filters`; with `counts`, shows each value's count within the current search. */
  update(filters: Filters, counts?: FilterCounts): void;
}

/** The checkboxes of `pane`; `onChange` runs when the reader ticks or unticks a value. */
export function filterPane(pane: HTMLElement, onChange: (filters: Filters) => void): FilterPane {
  const boxes = [...pane.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((box) => ({
    key: box.closest<HTMLElement>('[data-bf-filter]')!.dataset.bfFilter!,
    value: box.value,
    box,
    count: box.closest('li')!.querySelector<HTMLElement>('.bf-filter__count')!,
  }));
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
        if (counts) count.textContent = `(${counts[key]?.[value] ?? 0})`;
        // A group holding a chosen value stays unfolded, so the choice is in sight.
        if (box.checked) box.closest('details')!.open = true;
      }
    },
  };
}
