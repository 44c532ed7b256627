// Adding a collection touches three files: its schema, its spec and its line in the registry. This test copies the
// project, adds a throwaway "venues" collection by editing exactly the files listed in TOUCHED, checks that no other
// file of the copy differs, builds the mini fixture with one venue, and reads the venue's page, its index, search
// metadata and open-data table. Astro's collections (content.config.ts), the names the schemas know
// (reference.ts) and every list of collections are read from the registry.
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildEnvironment } from '../helpers/fixture-builds.ts';
import { readSite, text } from './site.ts';

const SCHEMA = `import { z } from 'zod';
import { CitationsSchema } from './citation.ts';

/** A venue of the summit week (content/venues/<id>.yaml). */
export const VenueSchema = z.object({
  /** Name of the venue. */
  name: z.string().min(1),
  /** One sentence, our words. */
  summary: z.string().min(1),
  /** Sources. */
  cite: CitationsSchema,
});

declare module './reference.ts' {
  interface CollectionSchemas {
    venues: typeof VenueSchema;
  }
}
`;

const SPEC = `import { VenueSchema } from '../../../schemas/venue.ts';
import { sortKeyByTitle, textFact } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

export const venues = defineCollectionSpec({
  name: 'venues',
  schema: VenueSchema,
  schemaFile: 'venue.ts',
  files: 'yaml',
  labels: { singular: 'Venue', plural: 'Venues' },
  intro: 'Where the summit week took place.',
  pages: true,
  sortKey: sortKeyByTitle,
  facts: (_b, e) => textFact('Name', e.data.name),
  table: {
    order: 11,
    title: 'Venues',
    description: 'Where the summit week took place.',
    columns: [
      { name: 'id', description: 'stable id', cell: (e) => e.id },
      { name: 'name', description: 'name of the venue', cell: (e) => e.data.name },
    ],
  },
  template: (title) => \`name: \${JSON.stringify(title)}\\n\`,
});
`;

/** Each file the change touches, and the edit (a new file, or one replacement in an existing one). */
const TOUCHED: Record<string, string | [string, string]> = {
  'src/schemas/venue.ts': SCHEMA,
  'src/lib/briefing/collections/venues.ts': SPEC,
  'src/lib/briefing/collections/index.ts': [
    'export const COLLECTION_SPECS = [\n  countries,',
    "import { venues } from './venues.ts';\nexport const COLLECTION_SPECS = [\n  venues,\n  countries,",
  ],
};

/** Files under `copy` that are new or differ from the same path under `original`, sorted. */
function differingFiles(original: string, copy: string, dir = ''): string[] {
  return readdirSync(join(copy, dir), { withFileTypes: true })
    .flatMap((e) => {
      const path = dir ? `${dir}/${e.name}` : e.name;
      if (e.isDirectory()) return differingFiles(original, copy, path);
      const before = join(original, path);
      return existsSync(before) && readFileSync(before).equals(readFileSync(join(copy, path))) ? [] : [path];
    })
    .sort();
}

let project: string;
let status: number | null;
let touched: string[];
let output: string;

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'bf-add-collection-'));
  for (const path of ['src', 'astro.config.mjs', 'tsconfig.json', 'package.json'])
    cpSync(path, join(project, path), { recursive: true });
  symlinkSync(resolve('node_modules'), join(project, 'node_modules'));
  for (const [path, edit] of Object.entries(TOUCHED)) {
    const file = join(project, path);
    if (typeof edit === 'string') {
      writeFileSync(file, edit);
      continue;
    }
    const before = readFileSync(file, 'utf8');
    if (!before.includes(edit[0]))
      throw new Error(`${path} no longer holds ${JSON.stringify(edit[0])}: update this test`);
    writeFileSync(file, before.replace(edit[0], edit[1]));
  }
  touched = differingFiles(resolve('src'), join(project, 'src')).map((f) => `src/${f}`);
  cpSync('tests/fixtures/mini-content', join(project, 'content'), { recursive: true });
  mkdirSync(join(project, 'content/venues'));
  writeFileSync(
    join(project, 'content/venues/guest-house.yaml'),
    'name: State Guest House\nsummary: Where the leaders met.\ncite: ["s1"]\n',
  );
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: project,
    env: buildEnvironment({ BRIEFING_OUT: './dist' }),
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  status = result.status;
  output = `${result.stdout}\n${result.stderr}`;
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

// Three files: the schema, the spec and the registry line. No list of names, view, page, search, data or template code.
describe('adding a throwaway collection', () => {
  it('touches three files: its schema, its spec and its line in the registry', () => {
    expect(touched).toEqual([
      'src/lib/briefing/collections/index.ts',
      'src/lib/briefing/collections/venues.ts',
      'src/schemas/venue.ts',
    ]);
  });

  it('builds, with a page per entry, an index, search metadata and a data table, from the spec alone', () => {
    expect(status, output).toBe(0);
    const pages = readSite(join(project, 'dist'));
    const page = pages.get('/venues/guest-house/')!;
    expect(text(page.$, 'h1')).toBe('State Guest House');
    expect(text(page.$, '.bf-facts')).toContain('State Guest House');
    expect(readFileSync(page.file, 'utf8')).toContain('kind:Venue');
    expect(text(pages.get('/venues/')!.$, '.bf-lede')).toContain('Where the summit week took place.');
    expect(readFileSync(join(project, 'dist/data/venues.csv'), 'utf8')).toContain('guest-house');
  });
});
