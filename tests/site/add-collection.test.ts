// Adding a collection touches its schema, its spec and the lists that name collections, nothing else: this test
// copies the project, adds a throwaway "venues" collection by editing exactly the files listed in TOUCHED, builds the
// mini fixture with one venue, and reads the venue's page, its index, search metadata and open-data table.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
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
`;

const SPEC = `import { textFact, defineCollectionSpec, sortKeyByTitle } from './spec.ts';

export const venues = defineCollectionSpec({
  name: 'venues',
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
  'src/schemas/reference.ts': ["  'glossary',\n] as const;", "  'glossary',\n  'venues',\n] as const;"],
  'src/schemas/index.ts': [
    '  glossary: GlossarySchema.extend(correctionsField),\n}',
    '  glossary: GlossarySchema.extend(correctionsField),\n  venues: VenueSchema,\n}',
  ],
  'src/content.config.ts': [
    "  glossary: collection('glossary'),",
    "  glossary: collection('glossary'),\n  venues: collection('venues'),",
  ],
};

let project: string;
let status: number | null;
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
  // schemas/index.ts also needs the schema's import and file type, as every collection does.
  const index = join(project, 'src/schemas/index.ts');
  writeFileSync(
    index,
    `import { VenueSchema } from './venue.ts';\n${readFileSync(index, 'utf8').replace("  glossary: 'yaml',\n", "  glossary: 'yaml',\n  venues: 'yaml',\n")}`,
  );
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

// Six files: the schema and the spec, the registry line, and three lists of names the schema layer and Astro keep
// (reference.ts, schemas/index.ts, content.config.ts). No view, page, search, data or template code.
describe('adding a throwaway collection', () => {
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
