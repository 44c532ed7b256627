// What changed from one edition to the next, computed from their snapshots: entries added and removed, figures
// whose values changed (old and new, each with its citations), statuses, and the corrections the edition made.
import type { EditionSnapshot, SnapshotValue } from './snapshot.ts';

export interface EntryRef {
  /** "collection/id" */
  key: string;
  title: string;
}

export interface FigureChange extends EntryRef {
  field: string;
  before: SnapshotValue[];
  after: SnapshotValue[];
}

export interface EditionChanges {
  from: { edition: string; date: string };
  to: { edition: string; date: string; summary?: string | undefined };
  added: EntryRef[];
  removed: EntryRef[];
  figures: FigureChange[];
  statuses: (EntryRef & { before: string; after: string })[];
  corrections: (EntryRef & { date: string; text: string })[];
  /** Entries whose content changed in any other way (text, references, sources). */
  revised: EntryRef[];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** A figure changes when a value, qualifier, unit or citation does; rewording what it covers only revises the entry. */
const values = (list: readonly { scope?: string | undefined }[]) => list.map(({ scope: _scope, ...v }) => v);

export function compareEditions(from: EditionSnapshot, to: EditionSnapshot): EditionChanges {
  const changes: EditionChanges = {
    from: { edition: from.edition, date: from.date },
    to: { edition: to.edition, date: to.date, summary: to.summary },
    added: [],
    removed: [],
    figures: [],
    statuses: [],
    corrections: [],
    revised: [],
  };
  for (const [key, before] of Object.entries(from.entries)) {
    if (!to.entries[key]) changes.removed.push({ key, title: before.title });
  }
  for (const [key, after] of Object.entries(to.entries)) {
    const before = from.entries[key];
    for (const c of after.corrections)
      if (c.edition === to.edition) changes.corrections.push({ key, title: after.title, date: c.date, text: c.text });
    if (!before) {
      changes.added.push({ key, title: after.title });
      continue;
    }
    const fields = new Set([...Object.keys(before.figures), ...Object.keys(after.figures)]);
    for (const field of fields) {
      const b = before.figures[field] ?? [];
      const a = after.figures[field] ?? [];
      if (!same(values(b), values(a))) changes.figures.push({ key, title: after.title, field, before: b, after: a });
    }
    if (before.status && after.status && before.status !== after.status) {
      changes.statuses.push({ key, title: after.title, before: before.status, after: after.status });
    }
    if (before.hash !== after.hash) changes.revised.push({ key, title: after.title });
  }
  return changes;
}

/** Editions in order, oldest first: "0.2" before "0.10". */
export function sortEditions<T extends { edition: string }>(editions: readonly T[]): T[] {
  const parts = (e: string) => e.split('.').map(Number);
  return [...editions].sort((x, y) => {
    const a = parts(x.edition);
    const b = parts(y.edition);
    for (let i = 0; i < Math.max(a.length, b.length); i++)
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) - (b[i] ?? 0);
    return 0;
  });
}

/** The edition in which each entry last changed (or first appeared), from the snapshots in order. */
export function lastChangedIn(editions: readonly EditionSnapshot[]): Map<string, string> {
  const out = new Map<string, string>();
  let previous: EditionSnapshot | undefined;
  for (const ed of sortEditions(editions)) {
    for (const [key, entry] of Object.entries(ed.entries)) {
      const before = previous?.entries[key];
      if (!before || before.hash !== entry.hash) out.set(key, ed.edition);
    }
    for (const key of [...out.keys()]) if (!ed.entries[key]) out.delete(key);
    previous = ed;
  }
  return out;
}
