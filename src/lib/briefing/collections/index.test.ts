// The registry is the one list of collections: Astro's collections, the schemas' names, the file types and every
// list of collections are read from it, so adding a collection means its schema, its spec and one line here
// (tests/site/add-collection.test.ts builds a copy of the project with one added that way).
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { COLLECTION_SPECS, COLLECTIONS, entrySchemaOf } from './index.ts';

// content.config.ts imports Astro's virtual module; outside Astro, defineCollection is what it is inside: identity.
vi.mock('astro:content', () => ({ defineCollection: <T>(config: T) => config }));

describe('the collection registry', () => {
  it('lists each collection once, and every list of collections holds the same names', () => {
    const names = COLLECTION_SPECS.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...COLLECTIONS].sort()).toEqual([...names].sort());
  });

  it("gives each spec its schema, the schema's file, which names the collection, and its file type", async () => {
    for (const spec of COLLECTION_SPECS) {
      const file = `src/schemas/${spec.schemaFile}`;
      const exports = (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Record<string, unknown>;
      expect(Object.values(exports), `${file} exports ${spec.name}'s schema`).toContain(spec.schema);
      expect(readFileSync(file, 'utf8'), `${file} declares the collection`).toMatch(
        new RegExp(`interface CollectionSchemas \\{\\s*${spec.name}: typeof `),
      );
      expect(['yaml', 'mdx']).toContain(spec.files);
    }
  });

  it('parses every entry with its schema plus the corrections editions made', () => {
    const parsed = entrySchemaOf('glossary').parse({ term: 'CA+JAD', definition: 'A dialogue.' });
    expect(parsed).toMatchObject({ term: 'CA+JAD', corrections: [] });
    expect(entrySchemaOf('glossary')).toBe(entrySchemaOf('glossary'));
  });

  it("builds Astro's collections from the registry, each with its spec's schema and a loader for its files", async () => {
    const { collections } = (await import('../../../content.config.ts')) as unknown as {
      collections: Record<string, { schema: unknown; loader: { name: string } }>;
    };
    expect(Object.keys(collections)).toEqual(COLLECTION_SPECS.map((s) => s.name));
    for (const name of COLLECTIONS) {
      expect(collections[name]!.schema).toBe(entrySchemaOf(name));
      expect(collections[name]!.loader.name).toBe('glob-loader');
    }
  });
});
