import type { CollectionName, Ref } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import type { Citation } from '../../schemas/citation.ts';
import type { Site } from '../../schemas/site.ts';
import { statusHistoryProblems } from '../tracker/status-history.ts';
import { extractBodyCitations, type BodyCitation } from './body-citations.ts';
import { Briefing } from './briefing.ts';
import { COLLECTIONS, specOf } from './collections/index.ts';
import { suggest } from './suggest.ts';
import type { Entry, RawBriefing } from './model.ts';

function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return keys.length === 2 && typeof v.id === 'string' && typeof v.collection === 'string';
}

/** Every reference inside an entry's data, with the dotted path of the field that holds it. */
export function collectRefs(data: unknown, path: string[] = []): { field: string; ref: Ref }[] {
  if (isRef(data)) return [{ field: path.join('.'), ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => collectRefs(item, [...path, String(i)]));
  if (data && typeof data === 'object') {
    return Object.entries(data).flatMap(([k, v]) => collectRefs(v, [...path, k]));
  }
  return [];
}

export function suggestId(wanted: string, ids: readonly string[]): string | undefined {
  return suggest(wanted, ids);
}

export interface ValidateOptions {
  /** Ids whose file exists though it may be invalid (readContent): references to them are not "unknown". */
  present?: Record<CollectionName, Set<string>> | undefined;
  /** Body citations with their places in the file, by file (readContent parses each body once). */
  bodyCitations?: Map<string, BodyCitation[]> | undefined;
  site?: Site | undefined;
  /**
   * Rules over the whole model, run once everything else holds: the charts' (src/charts/rules.ts), which
   * check:content and the build both pass in. Passed, not imported: the charts import the model, which imports this.
   */
  modelRules?: ((b: Briefing) => ContentProblem[]) | undefined;
}

/** Every citation inside an entry's data ({ source, at }), with the dotted path of its field. */
export function collectCitations(data: unknown, path: string[] = []): { field: string; cite: Citation }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => collectCitations(item, [...path, String(i)]));
  if (!data || typeof data !== 'object') return [];
  const v = data as Record<string, unknown>;
  if (
    isRef(v.source) &&
    v.source.collection === 'sources' &&
    Object.keys(v).every((k) => k === 'source' || k === 'at')
  ) {
    return [{ field: path.join('.'), cite: v as unknown as Citation }];
  }
  return Object.entries(v).flatMap(([k, x]) => collectCitations(x, [...path, k]));
}

const PARAGRAPHS = /^¶\s*(\d+)(?:\s*[–-]\s*¶?\s*(\d+))?$/;

/** A paragraph locator ("¶5", "¶2–3") must fall inside the source: S1 has ¶0–¶13. */
function locatorProblem(
  sources: ReadonlyMap<string, RawBriefing['sources'][number]>,
  cite: Citation,
): Pick<ContentProblem, 'message' | 'hint'> | undefined {
  const m = PARAGRAPHS.exec(cite.at?.trim() ?? '');
  if (!m) return undefined;
  const source = sources.get(cite.source.id);
  if (!source) return undefined;
  const count = source.data.paragraphs;
  // A source that gives no count (fixtures, generated corpora) is not checked; S1, held as text, gives one.
  if (count === undefined) return undefined;
  const bad = [m[1], m[2]].filter((n): n is string => n !== undefined).find((n) => Number(n) >= count);
  return bad === undefined
    ? undefined
    : {
        message: `"${cite.source.id} ${cite.at}" is past the end of the source: it has ¶0–¶${count - 1}`,
        hint: `check the paragraph number in ${source.file}'s text.`,
      };
}

/** `partOf` chains must end: an initiative cannot be part of itself, directly or through others. */
function cycleProblems(raw: RawBriefing): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const collection of COLLECTIONS) {
    const parent = new Map<string, string>();
    for (const e of raw[collection] as Entry[]) {
      const p = (e.data as { partOf?: Ref }).partOf;
      if (p && p.collection === collection) parent.set(e.id, p.id);
    }
    const reported = new Set<string>();
    for (const entry of raw[collection] as Entry[]) {
      const chain = [entry.id];
      let next = parent.get(entry.id);
      while (next !== undefined && !chain.includes(next)) {
        chain.push(next);
        next = parent.get(next);
      }
      if (next === undefined || next !== entry.id || chain.some((id) => reported.has(id))) continue;
      chain.forEach((id) => reported.add(id));
      problems.push({
        collection,
        id: entry.id,
        file: entry.file,
        field: 'partOf',
        message:
          chain.length === 1
            ? `"${entry.id}" is part of itself`
            : `partOf goes round in a loop: ${[...chain, entry.id].join(' → ')}`,
        hint: `remove partOf from the entry that is not part of the other${chain.length > 1 ? ` (${chain.map((id) => raw[collection].find((e) => e.id === id)?.file ?? id).join(', ')})` : ''}.`,
      });
    }
  }
  return problems;
}

/** A document's official record links out: each of its sources must be official and have an address. */
function officialRecordProblems(raw: RawBriefing): ContentProblem[] {
  return raw.documents.flatMap((entry) =>
    (entry.data.officialRecord?.sources ?? []).flatMap((ref, i): ContentProblem[] => {
      const source = raw.sources.find((s) => s.id === ref.id);
      // An unknown id is reported once, by the reference check.
      if (!source) return [];
      const at = { collection: 'documents' as const, id: entry.id, file: entry.file };
      const field = `officialRecord.sources.${i}`;
      if (source.data.kind !== 'official')
        return [
          {
            ...at,
            field,
            message: `"${ref.id}" is a source of kind "${source.data.kind}", not an official record`,
            hint: `name a source of kind "official" (a government or its agency), or leave officialRecord out if the sources give none.`,
          },
        ];
      if (!source.data.url)
        return [
          {
            ...at,
            field,
            message: `"${ref.id}" has no address, so the page cannot link to it`,
            hint: `add its url to ${source.file}, or leave it out of officialRecord.`,
          },
        ];
      return [];
    }),
  );
}

function unknownRefProblem(entry: Entry, field: string, ref: Ref, ids: readonly string[]): ContentProblem {
  const guess = suggestId(ref.id, ids);
  return {
    collection: entry.collection,
    id: entry.id,
    file: entry.file,
    field,
    message: `unknown ${ref.collection} entry "${ref.id}"`,
    hint: guess
      ? `did you mean "${guess}"? Otherwise add content/${ref.collection}/${ref.id}.${specOf(ref.collection).files}.`
      : `add content/${ref.collection}/${ref.id}.${specOf(ref.collection).files}, or use an existing id from content/${ref.collection}/.`,
  };
}

/** A "collection/id" reference (seeAlso) whose collection is not in the registry. */
function unknownCollectionProblem(entry: Entry, field: string, ref: Ref): ContentProblem {
  const guess = suggest(ref.collection, COLLECTIONS);
  return {
    collection: entry.collection,
    id: entry.id,
    file: entry.file,
    field,
    message: `unknown collection "${ref.collection}" in "${ref.collection}/${ref.id}"`,
    hint: guess
      ? `did you mean "${guess}/${ref.id}"?`
      : `write "collection/id" with a collection among ${COLLECTIONS.join(', ')}.`,
  };
}

/**
 * Checks what a schema cannot see on its own: that every reference and citation points at an entry that exists,
 * that ids are unique, that MDX bodies cite correctly, and that related entries agree with each other.
 */
export function validateBriefing(raw: RawBriefing, options: ValidateOptions = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const present = options.present;
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, raw[c].map((e) => e.id)])) as Record<
    CollectionName,
    string[]
  >;
  const idSets = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(ids[c])])) as Record<
    CollectionName,
    Set<string>
  >;
  // Sources by id, the first of a duplicated id (reported below) as a search of the list would find it: a lookup
  // per citation, where searching the list took a quarter of a second at 10,000 documents (5,000 sources).
  const sources = new Map<string, RawBriefing['sources'][number]>();
  for (const source of raw.sources) if (!sources.has(source.id)) sources.set(source.id, source);

  for (const collection of COLLECTIONS) {
    const seen = new Map<string, Entry>();
    for (const entry of raw[collection] as Entry[]) {
      const first = seen.get(entry.id);
      if (first) {
        problems.push({
          collection,
          id: entry.id,
          file: entry.file,
          field: '',
          message: `duplicate id: ${first.file} and ${entry.file} both make "${entry.id}"`,
          hint: 'ids come from file names; rename one of the files.',
        });
      }
      seen.set(entry.id, entry);

      for (const { field, ref } of collectRefs(entry.data)) {
        if (!idSets[ref.collection]) {
          problems.push(unknownCollectionProblem(entry, field, ref));
          continue;
        }
        // An entry whose file exists but fails its schema has its own problem; saying "unknown" too would mislead.
        if (!idSets[ref.collection].has(ref.id) && !present?.[ref.collection].has(ref.id)) {
          problems.push(unknownRefProblem(entry, field, ref, ids[ref.collection]));
        }
      }
      for (const { field, cite } of collectCitations(entry.data)) {
        const p = locatorProblem(sources, cite);
        if (p) problems.push({ collection, id: entry.id, file: entry.file, field, ...p });
      }

      (options.bodyCitations?.get(entry.file) ?? extractBodyCitations(entry.body)).forEach(
        ({ text, cites, place }, i) => {
          const at = { line: place?.line, column: place?.column };
          const here = { collection, id: entry.id, file: entry.file, ...at, field: `body (citation ${i + 1})` };
          if (!cites) {
            problems.push({
              ...here,
              message: `<Cite s=${JSON.stringify(text)} /> is not a citation`,
              hint: 'write <Cite s="s1 ¶5" /> (source id, a space, the locator), several separated by ";".',
            });
            return;
          }
          for (const cite of cites) {
            if (!idSets.sources.has(cite.source.id)) {
              if (!present?.sources.has(cite.source.id))
                problems.push({
                  ...unknownRefProblem(entry, `body (citation ${i + 1})`, cite.source, ids.sources),
                  ...at,
                });
              continue;
            }
            const p = locatorProblem(sources, cite);
            if (p) problems.push({ ...here, ...p });
          }
        },
      );
    }
  }

  problems.push(...cycleProblems(raw));

  for (const entry of raw.countries) {
    const leader = entry.data.leader;
    if (!leader) continue;
    const person = raw.people.find((p) => p.id === leader.id);
    if (person && person.data.country?.id !== entry.id) {
      problems.push({
        collection: 'countries',
        id: entry.id,
        file: entry.file,
        field: 'leader',
        message: `leader "${leader.id}" belongs to ${person.data.country ? `"${person.data.country.id}"` : 'no country'}, not "${entry.id}"`,
        hint: `set country: ${entry.id} in ${person.file}, or name this country's own leader.`,
      });
    }
  }

  for (const collection of ['initiatives', 'documents'] as const) {
    for (const entry of raw[collection] as Entry<'initiatives' | 'documents'>[]) {
      const money = 'money' in entry.data ? entry.data.money : 'value' in entry.data ? entry.data.value : undefined;
      money?.forEach((m, i) =>
        m.equivalents.forEach((eq, j) => {
          if (eq.currency === m.currency) {
            problems.push({
              collection,
              id: entry.id,
              file: entry.file,
              field: `${collection === 'initiatives' ? 'money' : 'value'}.${i}.equivalents.${j}.currency`,
              message: `an equivalent must be in another currency than the amount (${m.currency})`,
              hint: 'remove the equivalent, or give the converted currency the source states.',
            });
          }
        }),
      );
    }
  }
  problems.push(...officialRecordProblems(raw));
  // Initiatives' status histories: dated, cited, in order (the tracker's rules, kept with the tracker).
  problems.push(...statusHistoryProblems(raw));
  // What the charts rely on (the map's codes, sourced conversions, a chart in a body with something to draw), on the
  // model once everything above holds: check:content and the build stop at the same problems, before any page.
  const { site, modelRules } = options;
  if (!problems.length && modelRules && site && raw.events.some((e) => e.id === site.summit)) {
    problems.push(...modelRules(new Briefing(raw, site)));
  }
  return problems;
}
