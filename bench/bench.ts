// npm run bench (in the root or in bench/): the briefing against a plain Astro Starlight site built from the same
// content, from the real content up to generated archives (10,000 documents with --full). Writes bench/results/latest{,-full}.{json,md}
// and prints the table. Needs Chromium (/usr/bin/chromium or CHROMIUM_PATH).
// Usage: npm run bench [-- --full] [-- --sizes 100,1000] [--runs 5] [--seed 1] [--no-real] [--no-lighthouse] [--keep]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureInstalled } from './lib/install.ts';
import { BENCH_DIR, PROJECT_ROOT } from './lib/paths.ts';

const { values } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    runs: { type: 'string', default: '5' },
    seed: { type: 'string', default: '1' },
    'no-real': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-lighthouse': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.full ? [100, 1000, 10_000] : [100, 1000];
const runs = Number(values.runs);
if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(runs) || runs < 1) {
  console.error(
    'usage: npm run bench [-- --full] [--sizes 100,1000] [--runs 5] [--seed 1] [--no-real] [--no-lighthouse] [--keep]',
  );
  process.exit(2);
}
const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
// Install bench/'s packages before loading the modules that need them (Lighthouse, Starlight).
ensureInstalled(BENCH_DIR, (line) => console.log(line));
const { runBench } = await import('./lib/run.ts');
const { renderReport } = await import('./lib/report.ts');
const results = await runBench({
  projectRoot: PROJECT_ROOT,
  sizes,
  real: !values['no-real'],
  seed: Number(values.seed),
  searchRuns: runs,
  keep: values.keep,
  lighthouse: !values['no-lighthouse'],
  command,
  log: (line) => console.log(line),
});
const report = renderReport(results);
const dir = join(BENCH_DIR, 'results');
const name = values.full ? 'latest-full' : 'latest';
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, `${name}.json`), `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(dir, `${name}.md`), report);
console.log(`\n${report}\nWrote bench/results/${name}.md and ${name}.json.`);
const failed = results.corpora.flatMap((c) => Object.values(c.sites).flatMap((s) => s.errors));
if (failed.length) {
  console.error(`\n${failed.length} measure(s) failed:\n${failed.join('\n')}`);
  process.exitCode = 1;
}
