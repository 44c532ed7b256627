// Records an edition: checks the content folder, snapshots it, and writes <content>/editions/<edition>.json.
// A published edition is a record of the past: an existing snapshot is never overwritten with different content.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';
import { checkContent } from '../../../src/lib/briefing/read-content.ts';
import { formatContentProblems } from '../../../src/lib/errors.ts';
import { EDITIONS_FOLDER } from '../../../src/lib/editions/load.ts';
import { snapshotOf } from '../../../src/lib/editions/snapshot.ts';
import { SiteSchema } from '../../../src/schemas/site.ts';

export interface RecordOptions {
  /** The content folder to snapshot. */
  content: string;
  /** Where to write the snapshot; default <content>/editions. */
  out?: string | undefined;
  /** One sentence on what the edition is. */
  summary?: string | undefined;
}

/** Returns the file written, or throws an Error whose message a person can act on. */
export function recordEdition({ content, out, summary }: RecordOptions): {
  file: string;
  edition: string;
  entries: number;
  unchanged: boolean;
} {
  const siteFile = join(content, 'site.yaml');
  if (!existsSync(siteFile)) throw new Error(`no ${siteFile}: give the content folder with --content`);
  const site = SiteSchema.safeParse(yaml.load(readFileSync(siteFile, 'utf8')));
  if (!site.success)
    throw new Error(`${siteFile}: ${site.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(site.data.updated)) {
    throw new Error(`${siteFile}: updated is "${site.data.updated}"; an edition needs a full date like "2026-12-01"`);
  }
  const { raw, problems } = checkContent(content);
  if (problems.length)
    throw new Error(`${formatContentProblems(problems)}\n\nFix these before recording edition ${site.data.version}.`);
  const snapshot = snapshotOf(raw, site.data, summary);
  const folder = out ?? join(content, EDITIONS_FOLDER);
  const file = join(folder, `${snapshot.edition}.json`);
  const text = `${JSON.stringify(snapshot, null, 2)}\n`;
  const entries = Object.keys(snapshot.entries).length;
  if (existsSync(file)) {
    if (readFileSync(file, 'utf8') === text) return { file, edition: snapshot.edition, entries, unchanged: true };
    throw new Error(
      `${file} already records edition ${snapshot.edition} with other content. A published edition does not change: raise version (and updated) in ${siteFile} to record a new one.`,
    );
  }
  mkdirSync(folder, { recursive: true });
  // Write beside, then move into place: a failure never leaves half a snapshot.
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
  return { file, edition: snapshot.edition, entries, unchanged: false };
}
