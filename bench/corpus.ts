// Writes a generated, schema-valid content folder of N documents, for benchmarks and tests of large briefings.
// Usage: npx node bench/corpus.ts --documents 1000 [--seed 1] [--out <folder>]   (or BRIEFING_CONTENT=<folder>)
// Then: BRIEFING_CONTENT=<folder> npm run build. The folder must be outside content/ (e.g. /tmp or bench/.tmp).
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus/generate.ts';
import { writeCorpus } from './corpus/write.ts';
import { fromInvocation, PROJECT_ROOT } from './lib/paths.ts';

const { values } = parseArgs({
  options: {
    documents: { type: 'string', default: '100' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
  },
});
const target = values.out ?? process.env.BRIEFING_CONTENT;
const out = target && fromInvocation(target);
const documents = Number(values.documents);
const seed = Number(values.seed);
if (!out || !Number.isInteger(documents) || documents < 1 || !Number.isInteger(seed)) {
  console.error(
    'usage: npx node bench/corpus.ts --documents <N ≥ 1> [--seed <integer>] --out <folder>   (or set BRIEFING_CONTENT=<folder>)',
  );
  process.exit(2);
}
try {
  const files = generateCorpus({ documents, seed });
  writeCorpus(out, files, { documents, seed }, PROJECT_ROOT);
  console.log(
    `Wrote ${files.length} files (${documents} documents, seed ${seed}) to ${out}. Build it: BRIEFING_CONTENT=${out} npm run build`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
