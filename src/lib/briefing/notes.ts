import type { Citation } from '../../schemas/citation.ts';

/** A numbered note on a page: one source at one locator. */
export interface Note {
  n: number;
  sourceId: string;
  at?: string | undefined;
}

const noteKey = (c: Citation) => `${c.source.id}\u0000${c.at ?? ''}`;

/**
 * The numbered notes of one page. Built from every citation the page shows, in the order it shows them, so that
 * [1] comes before [2] when reading down the page; the same source and locator cited twice shares a number.
 */
export class Notes {
  readonly list: Note[] = [];
  readonly #byKey = new Map<string, Note>();

  constructor(citations: Iterable<Citation> = []) {
    for (const c of citations) this.add(c);
  }

  add(cite: Citation): Note {
    const k = noteKey(cite);
    let note = this.#byKey.get(k);
    if (!note) {
      note = { n: this.list.length + 1, sourceId: cite.source.id, at: cite.at };
      this.list.push(note);
      this.#byKey.set(k, note);
    }
    return note;
  }

  /** The note for a citation the page registered; throws if it did not (a page showed a citation it never listed). */
  number(cite: Citation): number {
    const note = this.#byKey.get(noteKey(cite));
    if (!note)
      throw new Error(`citation ${cite.source.id}${cite.at ? ` ${cite.at}` : ''} was not registered for this page`);
    return note.n;
  }

  /** Distinct sources in order of first citation, each with its note numbers. */
  sources(): { sourceId: string; notes: Note[] }[] {
    const bySource = new Map<string, Note[]>();
    for (const note of this.list) bySource.set(note.sourceId, [...(bySource.get(note.sourceId) ?? []), note]);
    return [...bySource].map(([sourceId, notes]) => ({ sourceId, notes }));
  }
}
