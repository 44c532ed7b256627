// Probes a checkout as an editor would: check:content with every bad-content case, then the editor CLIs (new,
// import, build) under faults; prints each verdict and the table. `--content-only` skips the faults (no builds).
// Usage: npx node tests/robust/probe.ts <checkout> [<content folder>] [--content-only | --faults-only]
//        [--only=<words of a fault's name>]   (one fault case, e.g. --only="same ids")
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONTENT_CASES, MISSING_FOLDER_EXPECT } from './content-cases.ts';
import { FAULT_CASES } from './fault-cases.ts';
import { copyContent, removeCopy, runCheck, verdict, type Verdict } from './run-check.ts';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
const faults = process.argv.includes('--content-only')
  ? []
  : FAULT_CASES.filter((c) => only === undefined || c.name.includes(only));
const contentCases = process.argv.includes('--faults-only') || only !== undefined ? [] : CONTENT_CASES;
const checkout = resolve(args[0] ?? '.');
const content = resolve(args[1] ?? join(checkout, 'content'));
const tally: Record<Verdict, number> = { 'refused clearly': 0, 'refused unclearly': 0, 'wrongly accepted': 0 };
for (const c of contentCases) {
  const root = copyContent(content);
  try {
    c.mutate(root);
    const r = runCheck(checkout, root);
    const v = verdict(r, c.file, c.expect);
    tally[v]++;
    console.log(
      `${v.padEnd(18)} | ${c.name}${v === 'refused unclearly' ? `  — ${r.output.replace(/\s+/g, ' ').slice(0, 160)}` : ''}`,
    );
  } finally {
    removeCopy(root);
  }
}
if (contentCases.length) {
  const missing = join(mkdtempSync(join(tmpdir(), 'robust-')), 'nowhere');
  const r = runCheck(checkout, missing);
  const v =
    r.status === 0
      ? 'wrongly accepted'
      : MISSING_FOLDER_EXPECT.test(r.output)
        ? 'refused clearly'
        : 'refused unclearly';
  tally[v]++;
  console.log(`${v.padEnd(18)} | missing content folder`);
}
for (const c of faults) {
  const r = await c.run(checkout);
  tally[r.verdict]++;
  console.log(`${r.verdict.padEnd(18)} | ${c.name}${r.detail ? `  — ${r.detail}` : ''}`);
}
console.log(
  `\n${Object.values(tally).reduce((a, b) => a + b, 0)} inputs: ${Object.entries(tally)
    .map(([k, n]) => `${n} ${k}`)
    .join(', ')}`,
);
