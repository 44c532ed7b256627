// The one validation pass over a content folder, for `npm run check:content`, the build (its content-check
// integration) and `npm run import`: every file is accounted for, read as the build reads it, and checked.
import { readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import type { CollectionName } from '../../schemas/index.ts';
import { ID_PATTERN } from '../../schemas/primitives.ts';
import { SiteSchema, type Site } from '../../schemas/site.ts';
import type { ContentProblem } from '../errors.ts';
import { EDITIONS_FOLDER } from '../editions/load.ts';
import { slugify } from '../slug.ts';
import { COLLECTIONS, specOf } from './collections/index.ts';
import { citationsInTree, type BodyCitation } from './body-citations.ts';
import { type ReadYaml, readYaml, splitFrontmatter } from './frontmatter.ts';
import { bodyProblems } from './mdx-rules.ts';
import { parseMdx } from './mdx-tree.ts';
import type { Entry, RawBriefing } from './model.ts';
import { parseEntry, schemaProblems } from './parse.ts';
import { suggest } from './suggest.ts';
import { validateBriefing } from './validate.ts';
import { chartProblems } from '../../charts/rules.ts';

export interface ContentRead {
  raw: RawBriefing;
  problems: ContentProblem[];
  /** Ids whose file exists, valid or not: a reference to an invalid entry is not also "unknown". */
  present: Record<CollectionName, Set<string>>;
  /** The citations of each MDX body, with their places in the file, by file. */
  bodyCitations: Map<string, BodyCitation[]>;
  site?: Site | undefined;
}

/** Names the loaders skip: drafts and templates (Starlight's `_` convention) and hidden files (.DS_Store, .git). */
const skipped = (name: string) => name.startsWith('_') || name.startsWith('.');

type Problem = Omit<ContentProblem, 'collection' | 'id'> & Partial<Pick<ContentProblem, 'collection' | 'id'>>;

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The text of a file, or why it is not one the build can read. */
function readText(path: string): { text?: string; problem?: Omit<Problem, 'file'> } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? {
          problem: {
            field: '',
            message: 'is a link to a file that is missing',
            hint: 'restore the file it points to, or delete the link.',
          },
        }
      : {
          problem: {
            field: '',
            message: `cannot be read (${code ?? (error as Error).message})`,
            hint: 'check the file’s permissions.',
          },
        };
  }
  if (bytes.includes(0)) {
    return {
      problem: {
        field: '',
        message: 'is not a text file (it holds binary data)',
        hint: 'move it out of the content folder; entries are UTF-8 text.',
      },
    };
  }
  let text: string;
  try {
    text = UTF8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return {
      problem: {
        field: '',
        message: 'is not saved as UTF-8',
        hint: 'save it as UTF-8 (your editor’s “Save with encoding” or “Encoding → UTF-8”).',
      },
    };
  }
  if (!text.trim()) {
    return {
      problem: {
        field: '',
        message: 'is empty',
        hint: 'write the entry, or delete the file; `npm run new` writes a filled-in template.',
      },
    };
  }
  return { text };
}

function listDir(dir: string): Dirent[] {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
}

function isDir(path: string, entry: Dirent): boolean {
  if (entry.isDirectory()) return true;
  if (!entry.isSymbolicLink()) return false;
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Reads and checks every file of a content folder, as the site's loaders would, without building. */
export function readContent(root: string, cwd = process.cwd()): ContentRead {
  const problems: ContentProblem[] = [];
  const raw = Object.fromEntries(COLLECTIONS.map((c) => [c, [] as Entry[]])) as unknown as RawBriefing;
  const present = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as ContentRead['present'];
  const bodyCitations = new Map<string, BodyCitation[]>();
  const rel = (path: string) => relative(cwd, path) || path;
  const add = (p: Problem, collection: string, id: string) => problems.push({ collection, id, ...p });
  let site: Site | undefined;

  let top: Dirent[];
  try {
    if (!statSync(root).isDirectory()) throw Object.assign(new Error('not a folder'), { code: 'ENOTDIR' });
    top = listDir(root);
  } catch {
    add(
      {
        file: rel(root),
        field: '',
        message: 'no such folder: the content folder does not exist',
        hint: `create it, or set BRIEFING_CONTENT to the folder that holds site.yaml and ${COLLECTIONS.join('/, ')}/.`,
      },
      'content',
      basename(root),
    );
    return { raw, problems, present, bodyCitations };
  }

  // scripts/lib/journal.ts leaves this when an import is cut short; the next import or build finishes it.
  if (top.some((e) => e.name === '.import-journal.json')) {
    add(
      {
        file: rel(join(root, '.import-journal.json')),
        field: '',
        message: 'an import was cut short: some of its files are not in place yet',
        hint: 'run npm run build or npm run import again: either finishes it first.',
      },
      'content',
      'import',
    );
  }
  const siteFile = join(root, 'site.yaml');
  if (!top.some((e) => e.name === 'site.yaml')) {
    add(
      {
        file: rel(siteFile),
        field: '',
        message: 'site.yaml is missing',
        hint: 'create it: title, shortTitle, description, summit, publisher, version, updated (see src/schemas/site.ts).',
      },
      'site',
      'site',
    );
  } else {
    const { text, problem } = readText(siteFile);
    if (problem) add({ file: rel(siteFile), ...problem }, 'site', 'site');
    else {
      const { data, problems: yamlProblems } = readYaml(text!);
      for (const y of yamlProblems)
        add(
          {
            file: rel(siteFile),
            line: y.line,
            column: y.column,
            field: '',
            message: `YAML syntax: ${y.message}`,
            hint: 'fix the indentation, quotes or colon on that line.',
          },
          'site',
          'site',
        );
      if (!yamlProblems.length) {
        const result = SiteSchema.safeParse(data);
        if (result.success) site = result.data;
        else
          problems.push(
            ...schemaProblems(
              SiteSchema,
              result.error.issues,
              { collection: 'site', id: 'site', file: rel(siteFile) },
              'src/schemas/site.ts',
            ),
          );
      }
    }
  }

  for (const e of top) {
    const path = join(root, e.name);
    if (skipped(e.name) || e.name === 'site.yaml') continue;
    if (isDir(path, e)) {
      // Recorded editions are not a collection: src/lib/editions/load.ts reads and checks them.
      if (e.name === EDITIONS_FOLDER) continue;
      if (!(COLLECTIONS as readonly string[]).includes(e.name)) {
        const guess = suggest(e.name, COLLECTIONS);
        add(
          {
            file: rel(path),
            field: '',
            message: `unknown folder "${e.name}": the build reads no entries from it`,
            hint: guess
              ? `did you mean "${guess}"? Move its files there.`
              : `collections are ${COLLECTIONS.join(', ')}; start the name with "_" to keep drafts.`,
          },
          'content',
          e.name,
        );
      }
      continue;
    }
    add(
      {
        file: rel(path),
        field: '',
        message: 'is not part of the briefing: only site.yaml and collection folders belong here',
        hint: 'move it out of the content folder, or start its name with "_" to keep it as a draft.',
      },
      'content',
      e.name,
    );
  }

  for (const collection of COLLECTIONS) {
    const dir = join(root, collection);
    const ext = specOf(collection).files;
    const files: string[] = [];
    const walkDir = (d: string) => {
      let list: Dirent[];
      try {
        list = listDir(d);
      } catch {
        return;
      }
      for (const e of list) {
        const path = join(d, e.name);
        if (skipped(e.name)) continue;
        if (isDir(path, e)) walkDir(path);
        else files.push(path);
      }
    };
    walkDir(dir);
    const seen = new Map<string, string>();
    for (const path of files) {
      const file = rel(path);
      const actual = extname(path).slice(1);
      const id = basename(path, extname(path));
      const where = (p: Omit<Problem, 'file'>) => add({ file, ...p }, collection, id);
      if (actual !== ext) {
        where({
          field: '',
          message: `${collection}/ holds .${ext} files; the build ignores this .${actual || '(no extension)'} file`,
          hint: `rename it to ${id}.${ext}${actual === 'yml' || actual === 'md' ? '' : ' (written as the others are)'}, or start its name with "_" to keep it as a draft.`,
        });
        continue;
      }
      if (!ID_PATTERN.test(id)) {
        const better = slugify(id);
        where({
          field: '',
          message: `the file name "${id}" is not an id: ids are lower-case letters, digits and single hyphens`,
          hint: `rename it${better ? ` to ${better}.${ext}` : ''}; the file name becomes the page address.`,
        });
        continue;
      }
      const first = seen.get(id);
      if (first) {
        where({
          field: '',
          message: `duplicate id: ${first} and ${file} both make "${id}"`,
          hint: 'ids come from file names; rename one of the files.',
        });
        continue;
      }
      seen.set(id, file);
      present[collection].add(id);
      const { text, problem } = readText(path);
      if (problem) {
        where(problem);
        continue;
      }
      /** Reports YAML syntax problems where they are; true when there were any. */
      const reportYaml = (problems: ReadYaml['problems']) => {
        for (const p of problems)
          where({
            line: p.line,
            column: p.column,
            field: '',
            message: `YAML syntax: ${p.message}`,
            hint: 'fix the indentation, quotes or colon on that line.',
          });
        return problems.length > 0;
      };
      let data: unknown;
      let body = '';
      if (ext === 'mdx') {
        const split = splitFrontmatter(text!);
        if (split.problem) {
          where({
            line: split.problem.line,
            column: split.problem.column,
            field: '',
            message: split.problem.message,
            hint: split.problem.hint,
          });
          continue;
        }
        const y = readYaml(split.front, 2);
        if (reportYaml(y.problems)) continue;
        data = y.data;
        body = split.body;
        const parsed = parseMdx(text!);
        if (parsed.error) {
          where({
            line: parsed.error.line,
            column: parsed.error.column,
            field: 'body',
            message: `MDX syntax: ${parsed.error.message}`,
            hint: 'close every tag you open (<Cite s="…" />), and write a literal < or { as \\< or \\{.',
          });
          continue;
        }
        for (const b of bodyProblems(parsed.tree))
          where({ line: b.line, column: b.column, field: 'body', message: b.message, hint: b.hint });
        bodyCitations.set(file, citationsInTree(parsed.tree));
      } else {
        const y = readYaml(text!);
        if (reportYaml(y.problems)) continue;
        data = y.data;
      }
      if (data === null || typeof data !== 'object' || Array.isArray(data)) {
        where({
          field: '',
          message: 'holds no fields',
          hint: `write the entry's fields as "name: value" lines (see src/schemas/ for ${collection}).`,
        });
        continue;
      }
      const parsed = parseEntry(collection as CollectionName, id, file, data, body);
      problems.push(...parsed.problems);
      if (parsed.entry) (raw[collection] as Entry[]).push(parsed.entry);
    }
  }
  return { raw, problems, present, bodyCitations, site };
}

/** Every problem in a content folder: each file's own, then cross-entry ones. Empty when valid. */
export function checkContent(root: string, cwd = process.cwd()): ContentRead {
  const read = readContent(root, cwd);
  const cross = validateBriefing(read.raw, {
    present: read.present,
    bodyCitations: read.bodyCitations,
    site: read.site,
    // The chart rules read the whole model: with a file already refused, its entry is missing, and every chart that
    // names it would be reported again (or fail) as "unknown". Its own problem is the one to fix first.
    modelRules: read.problems.length ? undefined : chartProblems,
  });
  return { ...read, problems: [...read.problems, ...cross] };
}
