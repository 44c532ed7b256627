import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CollectionName } from '../../src/schemas/index.ts';
import type { RawBriefing } from '../../src/lib/briefing/model.ts';
import { transliterate } from 'transliteration';
import { slugify } from '../../src/lib/slug.ts';
import { ID_PATTERN } from '../../src/schemas/primitives.ts';
import { COLLECTIONS, specOf } from '../../src/lib/briefing/collections/index.ts';

/** Longest id `new` makes from a title: a page address an editor can still read (and far below file-name limits). */
export const MAX_ID_LENGTH = 60;

/**
 * The id for a title: transliterated to Latin letters (Cyrillic, Japanese, accented Latin…) by the transliteration
 * library, lower-case words joined by hyphens, cut at a word boundary when long. Empty when nothing is left.
 */
export function idForTitle(title: string): string {
  // Apostrophe-like letters (Uzbek oʻ, Kazakh Қ → K') belong to the word, not between words.
  const slug = slugify(transliterate(title.normalize('NFC')).replace(/['’ʼʻ`]/g, ''));
  if (slug.length <= MAX_ID_LENGTH) return slug;
  const cut = slug.slice(0, MAX_ID_LENGTH + 1);
  return cut.includes('-') ? cut.slice(0, cut.lastIndexOf('-')) : slug.slice(0, MAX_ID_LENGTH);
}

/** Writes a new entry from its template; refuses to overwrite. Returns the path written. */
export function newEntry(
  root: string,
  raw: RawBriefing,
  collection: string,
  title: string,
  today: string,
  givenId?: string,
): string {
  if (!(COLLECTIONS as readonly string[]).includes(collection)) {
    throw new Error(`unknown collection "${collection}": use one of ${COLLECTIONS.join(', ')}`);
  }
  const c = collection as CollectionName;
  if (!title.trim()) throw new Error('the title is empty: give the entry’s title in quotes, e.g. "Tokyo Declaration"');
  if (givenId !== undefined && !ID_PATTERN.test(givenId)) {
    throw new Error(
      `--id ${JSON.stringify(givenId)} is not an id: use lower-case letters, digits and single hyphens, e.g. tokyo-declaration`,
    );
  }
  const id = givenId ?? idForTitle(title);
  if (!id) {
    throw new Error(
      `the title ${JSON.stringify(title)} makes no id (it has no letters or digits to spell one): give one with --id, e.g. --id tokyo-declaration`,
    );
  }
  const existing = raw[c].find((e) => e.id === id);
  const path = join(root, c, `${id}.${specOf(c).files}`);
  if (existing || existsSync(path)) {
    throw new Error(`${existing?.file ?? path} already exists: choose another title, or edit that file`);
  }
  const first = (col: 'countries' | 'themes' | 'sources') => raw[col][0]?.id;
  const ids = {
    country: first('countries') ?? 'TODO',
    theme: first('themes') ?? 'TODO',
    source: first('sources') ?? 'TODO',
  };
  mkdirSync(join(root, c), { recursive: true });
  writeFileSync(path, specOf(c).template(title, ids, today), { flag: 'wx' });
  return path;
}
