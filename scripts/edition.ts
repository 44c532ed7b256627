// npm run edition: records the published edition (site.yaml `version` and `updated`) as a snapshot of its data in
// content/editions/<edition>.json; the changes page and the feed are computed from these snapshots.
// Usage: npm run edition [-- --content <folder>] [--out <folder>] [--summary "What this edition is"]
import { parseArgs } from 'node:util';
import { recordEdition } from './lib/edition/record.ts';
import { contentDir } from '../src/settings.ts';

const { values } = parseArgs({
  options: {
    content: { type: 'string' },
    out: { type: 'string' },
    summary: { type: 'string' },
  },
});

try {
  const r = recordEdition({ content: values.content ?? contentDir(), out: values.out, summary: values.summary });
  console.log(
    r.unchanged
      ? `Edition ${r.edition} is already recorded in ${r.file}, unchanged.`
      : `Recorded edition ${r.edition}: ${r.entries} entries in ${r.file}.`,
  );
} catch (error) {
  console.error(`npm run edition: ${(error as Error).message}`);
  process.exit(1);
}
