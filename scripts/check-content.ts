// Validates all content (site.yaml, every file, schemas, MDX bodies, references, citations) in seconds, without
// building the site: the same pass the build runs first.
// Usage: npm run check:content [-- <content folder>] [--debug]   (default: BRIEFING_CONTENT or ./content)
import { contentDir } from '../src/settings.ts';
import { formatContentProblems, summaryLine } from '../src/lib/errors.ts';
import { checkContent } from '../src/lib/briefing/read-content.ts';
import type { Entry } from '../src/lib/briefing/model.ts';
import { COLLECTIONS } from '../src/lib/briefing/collections/index.ts';
import { readFileSync } from 'node:fs';
import { plainArgs, runCli } from './lib/cli.ts';

await runCli('check:content', () => {
  const root = plainArgs()[0] ?? contentDir();
  const { raw, problems } = checkContent(root);
  if (problems.length) {
    console.error(`${formatContentProblems(problems)}\n\n${summaryLine(problems)}`);
    return 1;
  }
  const counts = COLLECTIONS.map((c) => `${raw[c].length} ${c}`).join(', ');
  console.log(`Content in ${root} is valid: ${counts}.`);
  // Entries made by `npm run new` or `npm run import` validate before they are filled in; their TODOs say what is left.
  const todo = COLLECTIONS.flatMap((c): Entry[] => raw[c]).filter((e) => readFileSync(e.file, 'utf8').includes('TODO'));
  for (const e of todo) console.warn(`warning: ${e.file} still has TODOs to fill in`);
  return 0;
});
