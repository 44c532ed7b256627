// `npm run import`: a spreadsheet of documents or initiatives → content entries. Every row is checked first (schema,
// references, duplicates); nothing is written unless every row is valid; an unchanged entry is not rewritten.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isCollection, isScalar, stringify, type Document } from 'yaml';
import { readYaml, splitFrontmatter } from '../../src/lib/briefing/frontmatter.ts';
import type { Entry, RawBriefing } from '../../src/lib/briefing/model.ts';
import { parseEntry } from '../../src/lib/briefing/parse.ts';
import { validateBriefing } from '../../src/lib/briefing/validate.ts';
import { ID_PATTERN } from '../../src/schemas/primitives.ts';
import { cellValue, columnOf, FIGURE_COLUMNS, figureValue, IMPORT_COLUMNS, type Importable } from './import-columns.ts';
import { type ImportProblem, readCsv } from './read-csv.ts';

/** A file to write (new or changed entry). */
export interface PlannedWrite {
  path: string;
  text: string;
  id: string;
  change: 'new' | 'changed';
}

export interface ImportPlan {
  problems: ImportProblem[];
  writes: PlannedWrite[];
  unchanged: string[];
}

function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const keys = path.split('.');
  let node = target;
  for (const k of keys.slice(0, -1)) node = (node[k] ??= {}) as Record<string, unknown>;
  node[keys.at(-1)!] = value;
}

function deletePath(target: Record<string, unknown>, path: string) {
  const keys = path.split('.');
  let node: Record<string, unknown> | undefined = target;
  for (const k of keys.slice(0, -1)) node = node?.[k] as Record<string, unknown> | undefined;
  if (node) delete node[keys.at(-1)!];
}

/**
 * Plans an import against the current content: every row becomes an entry's frontmatter (merged into the existing
 * entry of the same id, whose other fields and body are kept), every entry is checked as the build would check it.
 */
export function planImport(
  root: string,
  raw: RawBriefing,
  collection: Importable,
  input: string | { rows: Record<string, string>[]; problems: ImportProblem[] },
): ImportPlan {
  const { rows, problems } = typeof input === 'string' ? readCsv(input, collection) : input;
  if (problems.length) return { problems, writes: [], unchanged: [] };
  if (rows.length === 0)
    return { problems: [{ message: 'the CSV has a header but no rows' }], writes: [], unchanged: [] };
  const specs = IMPORT_COLUMNS[collection];
  const seen = new Map<string, number>();
  const imported: {
    row: number;
    entry: Entry;
    data: Record<string, unknown>;
    body: string;
    path: string;
    existing: Record<string, unknown> | undefined;
    source?: { doc: Document.Parsed; text: string; front: string } | undefined;
  }[] = [];

  rows.forEach((record, i) => {
    const row = i + 2;
    const id = (record.id ?? '').trim();
    if (!ID_PATTERN.test(id)) {
      problems.push({
        row,
        column: 'id',
        message: `expected an id of lower-case words joined by hyphens, got ${JSON.stringify(record.id ?? '')}`,
        hint: 'e.g. "kz-jp-rail-memorandum"; it becomes the file name and the page address.',
      });
      return;
    }
    if (seen.has(id)) {
      problems.push({
        row,
        column: 'id',
        message: `duplicate id "${id}": row ${seen.get(id)} has it too`,
        hint: 'give each row its own id.',
      });
      return;
    }
    seen.set(id, row);
    const path = join(root, collection, `${id}.mdx`);
    let existing: Record<string, unknown> | undefined;
    let source: { doc: Document.Parsed; text: string; front: string } | undefined;
    let body =
      '\nTODO: write what this entry is about in your own words, with a Cite tag after each sourced sentence.\n';
    if (existsSync(path)) {
      const text = readFileSync(path, 'utf8');
      const split = splitFrontmatter(text);
      const y = split.front !== undefined ? readYaml(split.front, 2) : undefined;
      if (!y || y.problems.length) {
        problems.push({
          row,
          column: 'id',
          message: `${path} exists but cannot be read (${split.problem?.message ?? y?.problems[0]?.message})`,
          hint: 'run npm run check:content and fix that file first.',
        });
        return;
      }
      existing = (y.data ?? {}) as Record<string, unknown>;
      body = split.body!;
      source = { doc: y.doc, text, front: split.front! };
    }
    const data: Record<string, unknown> = structuredClone(existing ?? {});
    for (const spec of specs) {
      if (spec.field === 'id' || !(spec.column in record)) continue;
      const { value, problem } = cellValue(spec, record[spec.column] ?? '');
      if (problem) {
        problems.push({ row, column: spec.column, message: problem });
        continue;
      }
      const empty = value === '' || (Array.isArray(value) && value.length === 0);
      // An empty optional cell removes the field; an empty required one stays, so its own message explains it.
      if (empty && !spec.required) deletePath(data, spec.field);
      else setPath(data, spec.field, value);
    }
    for (const figure of FIGURE_COLUMNS[collection]) {
      const { value, problem } = figureValue(figure, record);
      if (problem) problems.push({ row, ...problem });
      else if (value) setPath(data, figure.field, value);
    }
    const parsed = parseEntry(collection, id, path, data, body);
    for (const p of parsed.problems) {
      problems.push({ row, column: columnOf(collection, p.field), message: p.message, hint: undefined });
    }
    if (parsed.entry) imported.push({ row, entry: parsed.entry, data, body, path, existing, source });
  });

  // References and citations are checked against the content as it will be after the import.
  const merged = {
    ...raw,
    [collection]: [...raw[collection].filter((e) => !seen.has(e.id)), ...imported.map((x) => x.entry)],
  } as RawBriefing;
  for (const p of validateBriefing(merged)) {
    const hit = imported.find((x) => x.entry.id === p.id && p.collection === collection);
    if (hit)
      problems.push({
        row: hit.row,
        column: columnOf(collection, p.field) ?? p.field,
        message: p.message,
        hint: p.hint,
      });
  }
  if (problems.length)
    return { problems: problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0)), writes: [], unchanged: [] };

  const writes: PlannedWrite[] = [];
  const unchanged: string[] = [];
  for (const x of imported) {
    if (x.existing && isDeepStrictEqual(x.existing, x.data)) {
      unchanged.push(x.entry.id);
      continue;
    }
    if (x.source) {
      writes.push({
        path: x.path,
        id: x.entry.id,
        change: 'changed',
        text: editInPlace(x.source, x.existing ?? {}, x.data),
      });
      continue;
    }
    const front = stringify(x.data, { lineWidth: 120 });
    writes.push({ path: x.path, id: x.entry.id, change: 'new', text: `---\n${front}---\n${x.body}` });
  }
  return { problems: [], writes, unchanged };
}

/**
 * The file with only the changed fields rewritten, through the yaml Document of its frontmatter: comments, key
 * order, quoting and flow lists ([a, b]) of everything else stay as the editor wrote them.
 */
function editInPlace(
  source: { doc: Document.Parsed; text: string; front: string },
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): string {
  const doc = source.doc;
  const visit = (path: string[], a: unknown, b: unknown) => {
    if (isDeepStrictEqual(a, b)) return;
    const plainObject = (v: unknown) => !!v && typeof v === 'object' && !Array.isArray(v);
    if (plainObject(a) && plainObject(b)) {
      const ao = a as Record<string, unknown>;
      const bo = b as Record<string, unknown>;
      for (const k of new Set([...Object.keys(ao), ...Object.keys(bo)])) visit([...path, k], ao[k], bo[k]);
      return;
    }
    if (b === undefined) {
      doc.deleteIn(path);
      return;
    }
    const old = doc.getIn(path, true);
    if (isScalar(old) && (b === null || typeof b !== 'object')) {
      old.value = b; // keeps the scalar's quotes and its comment
      return;
    }
    // A list keeps the style it had; a new list of plain values is written [a, b], as editors write them here.
    const flow = isCollection(old)
      ? !!old.flow
      : Array.isArray(b) && b.every((v) => v === null || typeof v !== 'object');
    doc.setIn(path, doc.createNode(b, { flow }));
  };
  visit([], before, after);
  const front = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  const start = source.text.indexOf(source.front);
  return `${source.text.slice(0, start)}${front}${source.text.slice(start + source.front.length)}`;
}
