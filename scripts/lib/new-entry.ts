import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTION_FILES, COLLECTIONS, type CollectionName } from '../../src/schemas/index.ts';
import type { RawBriefing } from '../../src/lib/briefing/model.ts';
import { slugify } from '../../src/lib/slug.ts';
import { entryTemplate } from './templates.ts';

/** Writes a new entry from its template; refuses to overwrite. Returns the path written. */
export function newEntry(root: string, raw: RawBriefing, collection: string, title: string, today: string): string {
  if (!(COLLECTIONS as readonly string[]).includes(collection)) {
    throw new Error(`unknown collection "${collection}": use one of ${COLLECTIONS.join(', ')}`);
  }
  const c = collection as CollectionName;
  const id = slugify(title);
  if (!id) throw new Error(`the title ${JSON.stringify(title)} makes no id: give a title with letters or digits`);
  const existing = raw[c].find((e) => e.id === id);
  const path = join(root, c, `${id}.${COLLECTION_FILES[c]}`);
  if (existing || existsSync(path)) {
    throw new Error(`${existing?.file ?? path} already exists: choose another title, or edit that file`);
  }
  const first = (col: 'countries' | 'themes' | 'sources') => raw[col][0]?.id;
  const ids = { country: first('countries') ?? 'TODO', theme: first('themes') ?? 'TODO', source: first('sources') ?? 'TODO' };
  mkdirSync(join(root, c), { recursive: true });
  writeFileSync(path, entryTemplate(c, title, ids, today), { flag: 'wx' });
  return path;
}
