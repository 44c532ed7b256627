// Validates all content (schemas, references, citations) in seconds, without building the site.
// Usage: npm run check:content [-- <content folder>]   (default: BRIEFING_CONTENT or ./content)
import { contentDir } from '../src/lib/content-dir.ts';
import { formatContentProblems } from '../src/lib/errors.ts';
import { validateBriefing } from '../src/lib/briefing/validate.ts';
import { COLLECTIONS } from '../src/schemas/index.ts';
import { readContent } from './lib/content/read-content.ts';

const root = process.argv[2] ?? contentDir();
const { raw, problems } = readContent(root);
const all = [...problems, ...validateBriefing(raw)];
if (all.length) {
  console.error(formatContentProblems(all));
  process.exit(1);
}
const counts = COLLECTIONS.map((c) => `${raw[c].length} ${c}`).join(', ');
console.log(`Content in ${root} is valid: ${counts}.`);
