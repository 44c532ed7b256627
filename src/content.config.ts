import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import type { z } from 'zod';
import { contentDir } from './settings.ts';
import { COLLECTION_SPECS, entrySchemaOf, type CollectionSpec } from './lib/briefing/collections/index.ts';
import type { CollectionName, EntryData } from './schemas/index.ts';

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

function collection(spec: CollectionSpec) {
  return defineCollection({
    // Files starting with "_" are drafts and templates (Starlight's convention).
    loader: glob({
      pattern: `**/[^_]*.${spec.files}`,
      base: `${root}/${spec.name}`,
      generateId: idFromFileName(spec.name),
    }),
    schema: entrySchemaOf(spec.name),
  });
}

/** One collection per spec in the registry (src/lib/briefing/collections/index.ts): adding one needs no line here. */
export const collections = Object.fromEntries(
  COLLECTION_SPECS.map((spec) => [spec.name, collection(spec as unknown as CollectionSpec)]),
) as { [C in CollectionName]: ReturnType<typeof defineCollection<z.ZodType<EntryData<C>>>> };
