// Reads the recorded editions (content/editions/<edition>.json, written by `npm run edition`). Snapshots are not a
// content collection: they are records of the past, never edited by hand, so they skip the loaders.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { settings } from '../../settings.ts';
import { ContentError } from '../errors.ts';
import { compareEditions, type EditionChanges, lastChangedIn, sortEditions } from './compare.ts';
import { type EditionSnapshot, EditionSnapshotSchema } from './snapshot.ts';

/** Folder of the snapshots inside the content folder. */
export const EDITIONS_FOLDER = 'editions';

/** Every recorded edition of a content folder, oldest first. Bad files throw a readable ContentError. */
export function readEditions(dir = settings.contentDir): EditionSnapshot[] {
  const folder = join(dir, EDITIONS_FOLDER);
  if (!existsSync(folder)) return [];
  const out: EditionSnapshot[] = [];
  for (const name of readdirSync(folder)
    .filter((n) => n.endsWith('.json') && !n.startsWith('_'))
    .sort()) {
    const file = join(folder, name);
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      throw new ContentError([
        {
          collection: 'editions',
          id: name,
          file,
          field: '',
          message: `cannot be read: ${(error as Error).message}`,
          hint: 'record it again with npm run edition.',
        },
      ]);
    }
    const parsed = EditionSnapshotSchema.safeParse(data);
    if (!parsed.success) {
      throw new ContentError(
        parsed.error.issues.map((i) => ({
          collection: 'editions',
          id: name,
          file,
          field: i.path.join('.'),
          message: i.message,
          hint: 'snapshots are written by npm run edition; record it again rather than editing it.',
        })),
      );
    }
    if (`${parsed.data.edition}.json` !== name) {
      throw new ContentError([
        {
          collection: 'editions',
          id: name,
          file,
          field: 'edition',
          message: `holds edition "${parsed.data.edition}"`,
          hint: `name the file ${parsed.data.edition}.json.`,
        },
      ]);
    }
    out.push(parsed.data);
  }
  return sortEditions(out);
}

/** The editions and what each changed, read once per build. */
export interface EditionHistory {
  editions: EditionSnapshot[];
  /** Changes from each edition to the next, newest first. */
  changes: EditionChanges[];
  /** "collection/id" → the edition in which that entry last changed. */
  lastChanged: Map<string, string>;
}

let cached: EditionHistory | undefined;

export function editionHistory(): EditionHistory {
  if (!cached) {
    const editions = readEditions();
    const changes = editions
      .slice(1)
      .map((ed, i) => compareEditions(editions[i]!, ed))
      .reverse();
    cached = { editions, changes, lastChanged: lastChangedIn(editions) };
  }
  return cached;
}

/** Date of the first recorded edition: when the briefing was first published. */
export function firstPublished(): string | undefined {
  return editionHistory().editions[0]?.date;
}
