// Imports a spreadsheet of documents or initiatives: npm run import -- <documents|initiatives> <file.csv>
// Every row is checked first; nothing is written unless every row is valid.
import { readFileSync, writeFileSync } from 'node:fs';
import { readContent } from '../src/lib/briefing/read-content.ts';
import { contentDir } from '../src/settings.ts';
import { formatImportProblems, IMPORTABLE, type Importable, planImport } from './lib/import-csv.ts';

const [collection, file] = process.argv.slice(2);
if (!collection || !file || !(IMPORTABLE as readonly string[]).includes(collection)) {
  console.error(`usage: npm run import -- <${IMPORTABLE.join('|')}> <file.csv>`);
  process.exit(2);
}
let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  console.error(`${file}: cannot be read (${(error as Error).message})`);
  process.exit(1);
}
const root = contentDir();
const plan = planImport(root, readContent(root).raw, collection as Importable, text);
if (plan.problems.length) {
  console.error(formatImportProblems(file, plan.problems));
  process.exit(1);
}
for (const w of plan.writes) writeFileSync(w.path, w.text);
console.log(
  `${file}: ${plan.writes.filter((w) => w.change === 'new').length} new, ${plan.writes.filter((w) => w.change === 'changed').length} changed, ${plan.unchanged.length} unchanged.`,
);
for (const w of plan.writes) console.log(`  ${w.change}: ${w.path}`);
