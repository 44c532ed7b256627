// Writes the Starlight reference site's Markdown for a content folder (the real one or a generated corpus).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as yaml from 'js-yaml';
import { checkContent } from '../../src/lib/briefing/read-content.ts';
import { formatContentProblems } from '../../src/lib/errors.ts';
import { SiteSchema } from '../../src/schemas/site.ts';
import { starlightMarkdown } from './starlight-markdown.ts';

/** Reads and checks `contentDir`, then replaces `docsDir` with its Starlight pages; returns how many were written. */
export function writeStarlightDocs(contentDir: string, docsDir: string): number {
  const { raw, problems } = checkContent(contentDir);
  if (problems.length) throw new Error(formatContentProblems(problems));
  const site = SiteSchema.parse(yaml.load(readFileSync(join(contentDir, 'site.yaml'), 'utf8')));
  const files = starlightMarkdown(raw, site);
  rmSync(docsDir, { recursive: true, force: true });
  for (const file of files) {
    const path = join(docsDir, file.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.text);
  }
  return files.length;
}
