// Validates all content (schemas, references, citations) in seconds, without building the site.
// Usage: npm run check:content [-- <content folder>]   (default: BRIEFING_CONTENT or ./content)
import { readFileSync } from 'node:fs';
import { contentDir } from '../src/settings.ts';
import { formatContentProblems } from '../src/lib/errors.ts';
import { checkContent } from '../src/lib/briefing/read-content.ts';
import type { Entry } from '../src/lib/briefing/model.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';

const root = process.argv[2] ?? contentDir();
const { raw, problems } = checkContent(root);
if (problems.length) {
  console.error(formatContentProblems(problems));
  process.exit(1);
}
const counts = COLLECTIONS.map((c) => `${raw[c].length} ${c}`).join(', ');
console.log(`Content in ${root} is valid: ${counts}.`);
// Entries made by `npm run new` or `npm run import` validate before they are filled in; their TODOs say what is left.
const todo = COLLECTIONS.flatMap((c): Entry[] => raw[c]).filter((e) => readFileSync(e.file, 'utf8').includes('TODO'));
for (const e of todo) console.warn(`warning: ${e.file} still has TODOs to fill in`);
