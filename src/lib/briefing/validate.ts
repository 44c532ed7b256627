import { COLLECTIONS, COLLECTION_FILES, type CollectionName, type Ref } from '../../schemas/index.ts';
import type { ContentProblem } from '../errors.ts';
import { statusHistoryProblems } from '../tracker/status-history.ts';
import { extractBodyCitations } from './body-citations.ts';
import type { Entry, RawBriefing } from './model.ts';

function isRef(value: unknown): value is Ref {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const v = value as Record<string, unknown>;
  return (
    keys.length === 2 &&
    typeof v.id === 'string' &&
    typeof v.collection === 'string' &&
    (COLLECTIONS as readonly string[]).includes(v.collection)
  );
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

/** Edit distance, to suggest the id an author probably meant. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length]!;
}

export function suggestId(wanted: string, ids: readonly string[]): string | undefined {
  let best: { id: string; d: number } | undefined;
  for (const id of ids) {
    const d = distance(wanted, id);
    if (!best || d < best.d) best = { id, d };
  }
  return best && best.d <= Math.max(2, Math.floor(wanted.length / 3)) ? best.id : undefined;
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
      ? `did you mean "${guess}"? Otherwise add content/${ref.collection}/${ref.id}.${COLLECTION_FILES[ref.collection]}.`
      : `add content/${ref.collection}/${ref.id}.${COLLECTION_FILES[ref.collection]}, or use an existing id from content/${ref.collection}/.`,
  };
}

/**
 * Checks what a schema cannot see on its own: that every reference and citation points at an entry that exists,
 * that ids are unique, that MDX bodies cite correctly, and that related entries agree with each other.
 */
export function validateBriefing(raw: RawBriefing): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = Object.fromEntries(
    COLLECTIONS.map((c) => [c, raw[c].map((e) => e.id)]),
  ) as Record<CollectionName, string[]>;
  const idSets = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set(ids[c])])) as Record<
    CollectionName,
    Set<string>
  >;

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
        if (!idSets[ref.collection].has(ref.id)) problems.push(unknownRefProblem(entry, field, ref, ids[ref.collection]));
      }

      extractBodyCitations(entry.body).forEach(({ text, cites }, i) => {
        if (!cites) {
          problems.push({
            collection,
            id: entry.id,
            file: entry.file,
            field: `body (citation ${i + 1})`,
            message: `<Cite s=${JSON.stringify(text)} /> is not a citation`,
            hint: 'write <Cite s="s1 ¶5" /> (source id, a space, the locator), several separated by ";".',
          });
          return;
        }
        for (const cite of cites) {
          if (!idSets.sources.has(cite.source.id)) {
            problems.push(unknownRefProblem(entry, `body (citation ${i + 1})`, cite.source, ids.sources));
          }
        }
      });
    }
  }

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
  // Initiatives' status histories: dated, cited, in order (the tracker's rules, kept with the tracker).
  problems.push(...statusHistoryProblems(raw));
  return problems;
}
