import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import * as yaml from 'js-yaml';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import type { Entry, RawBriefing } from './model.ts';
import { parseEntry } from './parse.ts';
import { validateBriefing } from './validate.ts';

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)---\r?\n?/;

function listFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listFiles(path);
    // Files starting with "_" are drafts and templates, as for the site's loaders.
    return name.startsWith('_') || !/\.(mdx|ya?ml|json)$/.test(name) ? [] : [path];
  });
}

/** Reads and schema-checks every entry of a content folder, as the site's loaders would, without building. */
export function readContent(root: string, cwd = process.cwd()): { raw: RawBriefing; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const raw = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as Entry[]])) as unknown as RawBriefing;
  for (const collection of COLLECTIONS) {
    for (const path of listFiles(join(root, collection)).sort()) {
      const file = relative(cwd, path);
      const id = basename(path, extname(path));
      const text = readFileSync(path, 'utf8');
      let data: unknown;
      let body = '';
      try {
        if (path.endsWith('.mdx')) {
          const m = FRONTMATTER.exec(text);
          data = m ? yaml.load(m[1]!) : {};
          body = m ? text.slice(m[0].length) : text;
        } else if (path.endsWith('.json')) {
          data = JSON.parse(text);
        } else {
          data = yaml.load(text);
        }
      } catch (error) {
        problems.push({
          collection,
          id,
          file,
          field: '',
          message: `cannot be read: ${(error as Error).message.split('\n')[0]}`,
          hint: 'fix the YAML/JSON syntax (indentation, quotes, colons).',
        });
        continue;
      }
      const parsed = parseEntry(collection as CollectionName, id, file, data, body);
      problems.push(...parsed.problems);
      if (parsed.entry) (raw[collection] as Entry[]).push(parsed.entry);
    }
  }
  return { raw, problems };
}

/** Every problem in a content folder: schema problems of each file, then cross-entry ones. Empty when valid. */
export function checkContent(root: string, cwd = process.cwd()): { raw: RawBriefing; problems: ContentProblem[] } {
  const { raw, problems } = readContent(root, cwd);
  return { raw, problems: [...problems, ...validateBriefing(raw)] };
}
