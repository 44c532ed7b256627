// Writes a valid, commented entry from a template: npm run new -- <collection> "<title>" [--id <id>]
import { existsSync } from 'node:fs';
import { readContent } from '../src/lib/briefing/read-content.ts';
import { contentDir } from '../src/settings.ts';
import { COLLECTIONS } from '../src/lib/briefing/collections/index.ts';
import { plainArgs, runCli } from './lib/cli.ts';
import { newEntry } from './lib/new-entry.ts';

const USAGE = `usage: npm run new -- <collection> "<title>" [--id <id>]   e.g. npm run new -- documents "Japan–Kazakhstan memorandum on rail"
collections: ${COLLECTIONS.join(', ')}`;

await runCli('new', () => {
  const args = plainArgs();
  const i = args.indexOf('--id');
  const id = i >= 0 ? (args.splice(i, 2)[1] ?? '') : undefined;
  const [collection, title, ...extra] = args;
  if (!collection || title === undefined || extra.length) {
    console.error(extra.length ? `one title only, in quotes: "${[title, ...extra].join(' ')}"\n${USAGE}` : USAGE);
    return 2;
  }
  const root = contentDir();
  if (!existsSync(root)) {
    console.error(
      `new: the content folder ${root} does not exist; run this in the project folder, or set BRIEFING_CONTENT.`,
    );
    return 1;
  }
  try {
    const path = newEntry(root, readContent(root).raw, collection, title, new Date().toISOString().slice(0, 10), id);
    console.log(`Wrote ${path}. Fill in its TODOs, then run npm run check:content.`);
    return 0;
  } catch (error) {
    console.error(`new: ${(error as Error).message}; nothing was written.`);
    return 1;
  }
});
