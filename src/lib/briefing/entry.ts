// What every entry has, whatever its collection: the name it is shown under and its sourced figures. A leaf module:
// the collection specs import it, and briefing.ts imports the specs, so it must not import briefing.ts.
import type { Count } from '../../schemas/count.ts';
import type { Money } from '../../schemas/money.ts';
import type { Entry } from './model.ts';

/** A sourced figure of an entry: one claim with one or more values (more than one: the sources differ). */
export type Figure =
  | { kind: 'count'; entry: Entry; field: string; variants: Count[] }
  | { kind: 'money'; entry: Entry; field: string; variants: Money[] };

/** The name an entry is shown under: title, name or term. */
export function titleOf(entry: Entry): string {
  const d = entry.data as { title?: string; name?: string; term?: string };
  return d.title ?? d.name ?? d.term ?? entry.id;
}

/** Sourced figures of one entry: a document's count and value, an initiative's money, an event's counts. */
export function figuresOf(entry: Entry): Figure[] {
  const d = entry.data as { count?: Count[]; value?: Money[]; money?: Money[]; counts?: Count[][] };
  const out: Figure[] = [];
  if (d.count) out.push({ kind: 'count', entry, field: 'count', variants: d.count });
  d.counts?.forEach((variants, i) => out.push({ kind: 'count', entry, field: `counts.${i}`, variants }));
  if (d.value) out.push({ kind: 'money', entry, field: 'value', variants: d.value });
  if (d.money) out.push({ kind: 'money', entry, field: 'money', variants: d.money });
  return out;
}
