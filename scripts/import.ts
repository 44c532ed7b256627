// Imports a spreadsheet of documents or initiatives: npm run import -- <documents|initiatives> <file.csv>
//   [--delimiter ";"] [--no-wait] [--debug]
// Every row is checked first; nothing is written unless every row is valid, and then every file or none (a journal
// finishes an import cut short). One import or build at a time per checkout.
import { checkContent } from '../src/lib/briefing/read-content.ts';
import { contentDir } from '../src/settings.ts';
import { formatContentProblems } from '../src/lib/errors.ts';
import { plainArgs, runCli } from './lib/cli.ts';
import { IMPORTABLE, type Importable } from './lib/import-columns.ts';
import { planImport } from './lib/import-csv.ts';
import { DELIMITERS, formatImportProblems } from './lib/read-csv.ts';
import { recoverWrites, writeAll } from './lib/journal.ts';
import { acquireLock, lockPath, releaseOnSignals } from './lib/lock.ts';
import { readSheet } from './lib/read-sheet.ts';

const USAGE = `usage: npm run import -- <${IMPORTABLE.join('|')}> <file.csv> [--delimiter ";"] [--no-wait]`;

await runCli('import', async () => {
  const args = plainArgs().filter((a) => a !== '--no-wait');
  const d = args.indexOf('--delimiter');
  const delimiter = d >= 0 ? args.splice(d, 2)[1]?.replace(/^\\t$/, '\t') : undefined;
  if (d >= 0 && (!delimiter || !(delimiter in DELIMITERS))) {
    console.error(
      `--delimiter must be one of ${Object.keys(DELIMITERS)
        .map((k) => JSON.stringify(k))
        .join(', ')}.\n${USAGE}`,
    );
    return 2;
  }
  const [collection, file, ...extra] = args;
  if (!collection || !file || extra.length) {
    console.error(USAGE);
    return 2;
  }
  if (!(IMPORTABLE as readonly string[]).includes(collection)) {
    console.error(`"${collection}" cannot be imported: use ${IMPORTABLE.join(' or ')}.\n${USAGE}`);
    return 2;
  }
  const root = contentDir();
  const release = await acquireLock({
    path: lockPath(root),
    task: 'import',
    waitMs: process.argv.includes('--no-wait') ? 0 : 2 * 60_000,
    onWait: (h) => console.log(`Waiting for the ${h.task} started at ${h.since} (process ${h.pid}) to finish…`),
  });
  releaseOnSignals(release);
  const finished = recoverWrites(root);
  if (finished) console.log(`Finished an earlier import that was cut short: ${finished} file(s) moved into place.`);

  let sheet;
  try {
    sheet = await readSheet(file, collection as Importable, delimiter);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${code ?? (error as Error).message})`}; nothing was written.`,
    );
    return 1;
  }
  if (sheet.problems.length) {
    console.error(formatImportProblems(file, sheet.problems));
    return 1;
  }
  if (sheet.delimiter !== ',') console.log(`${file}: read as ${DELIMITERS[sheet.delimiter]}-separated.`);
  const content = checkContent(root);
  if (content.problems.length) {
    console.error(
      `${formatContentProblems(content.problems)}\n\nThe content must be valid before an import; nothing was written.`,
    );
    return 1;
  }
  const plan = planImport(root, content.raw, collection as Importable, sheet);
  if (plan.problems.length) {
    console.error(formatImportProblems(file, plan.problems));
    return 1;
  }
  writeAll(root, plan.writes);
  release();
  const count = (c: string) => plan.writes.filter((w) => w.change === c).length;
  console.log(`${file}: ${count('new')} new, ${count('changed')} changed, ${plan.unchanged.length} unchanged.`);
  for (const w of plan.writes) console.log(`  ${w.change}: ${w.path}`);
  return 0;
});
