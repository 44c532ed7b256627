import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './settings.ts';
import { COLLECTION_FILES, schemas, type CollectionName } from './schemas/index.ts';

const root = contentDir();

/**
 * Ids come from file names (never titles), so URLs stay stable when a title changes. Two files that would make
 * the same id (kazakhstan.mdx and old/kazakhstan.mdx) fail the build instead of one silently replacing the other.
 */
function idFromFileName(collection: CollectionName) {
  const seen = new Map<string, string>();
  return ({ entry }: { entry: string }): string => {
    const id = entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
    const first = seen.get(id);
    if (first && first !== entry) {
      throw new Error(
        `**${collection} → ${id}**: duplicate id — ${root}/${collection}/${first} and ${root}/${collection}/${entry} both make "${id}".\nFix: ids come from file names; rename one of the files.`,
      );
    }
    seen.set(id, entry);
    return id;
  };
}

function collection<C extends CollectionName>(name: C) {
  return defineCollection({
    // Files starting with "_" are drafts and templates (Starlight's convention).
    loader: glob({
      pattern: `**/[^_]*.${COLLECTION_FILES[name]}`,
      base: `${root}/${name}`,
      generateId: idFromFileName(name),
    }),
    schema: schemas[name],
  });
}

export const collections = {
  sources: collection('sources'),
  events: collection('events'),
  countries: collection('countries'),
  people: collection('people'),
  organisations: collection('organisations'),
  initiatives: collection('initiatives'),
  documents: collection('documents'),
  themes: collection('themes'),
  glossary: collection('glossary'),
} satisfies Record<CollectionName, unknown>;
