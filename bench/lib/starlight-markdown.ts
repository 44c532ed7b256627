// The reference site's pages: plain Markdown for Starlight, written from the same content as the briefing, the way
// a team would put a briefing into a docs tool (facts as a list, citations as footnotes, a table per register).
// Pure: entries in, files out.
import type { Citation } from '../../src/schemas/citation.ts';
import type { Count } from '../../src/schemas/count.ts';
import type { Money } from '../../src/schemas/money.ts';
import type { Ref } from '../../src/schemas/reference.ts';
import type { Site } from '../../src/schemas/site.ts';
import { Briefing, titleOf } from '../../src/lib/briefing/briefing.ts';
import { COLLECTION_LABELS } from '../../src/lib/briefing/collections.ts';
import type { Entry, RawBriefing } from '../../src/lib/briefing/model.ts';
import { ENTRY_PAGE_COLLECTIONS, INDEX_INTROS } from '../../src/lib/briefing/pages.ts';
import { parseCitationList } from '../../src/schemas/citation.ts';
import { formatCount } from '../../src/lib/format/format-count.ts';
import { formatDate, formatDateRange } from '../../src/lib/format/format-date.ts';
import { formatMoney } from '../../src/lib/format/format-money.ts';

export interface MarkdownFile {
  /** Path inside Starlight's docs folder, e.g. "documents/tokyo-declaration.md". */
  path: string;
  text: string;
}

const CITE_TAG = /<Cite\b[^>]*?\bs=(?:"([^"]*)"|'([^']*)')[^>]*\/>/g;

/** Text that is safe inside a Markdown table cell or link label. */
const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/[[\]]/g, '\\$&').replace(/\s+/g, ' ');
const yamlString = (text: string) => JSON.stringify(text);
const link = (b: Briefing, ref: Ref) => {
  const entry = b.get(ref);
  return ref.collection === 'glossary'
    ? `[${cell(titleOf(entry))}](/glossary/#${ref.id})`
    : `[${cell(titleOf(entry))}](/${ref.collection}/${ref.id}/)`;
};

/** Numbers a page's citations as footnotes, one number per distinct citation, in order of first use. */
class Footnotes {
  readonly #numbers = new Map<string, number>();
  readonly #lines: string[] = [];
  readonly #b: Briefing;
  constructor(b: Briefing) {
    this.#b = b;
  }

  mark(cites: Citation[]): string {
    return cites
      .map((c) => {
        const key = `${c.source.id} ${c.at ?? ''}`.trim();
        let n = this.#numbers.get(key);
        if (n === undefined) {
          n = this.#numbers.size + 1;
          this.#numbers.set(key, n);
          const source = this.#b.get(c.source) as Entry<'sources'>;
          const where = c.at ? ` ${c.at}` : '';
          const publisher = source.data.publisher ? `, ${cell(source.data.publisher)}` : '';
          this.#lines.push(
            `[^${n}]: ${source.data.label}${where}: [${cell(source.data.title)}](/sources/${source.id}/)${publisher}`,
          );
        }
        return `[^${n}]`;
      })
      .join('');
  }

  get text(): string {
    return this.#lines.length ? `\n${this.#lines.join('\n')}\n` : '';
  }
}

function factLines(b: Briefing, entry: Entry, notes: Footnotes): string[] {
  const d = entry.data as Record<string, unknown>;
  const lines: [string, string | undefined][] = [];
  const refs = (value: unknown) =>
    Array.isArray(value) && value.length ? (value as Ref[]).map((r) => link(b, r)).join(', ') : undefined;
  const counts = (variants: Count[] | undefined) =>
    variants?.map((c) => `${formatCount(c)}${notes.mark(c.cite)}`).join('; ');
  const money = (variants: Money[] | undefined) =>
    variants?.map((m) => `${formatMoney(m)} (${m.nature})${notes.mark(m.cite)}`).join('; ');
  switch (entry.collection) {
    case 'documents':
      lines.push(
        ['Kind', String(d.kind)],
        ['Date', d.date ? formatDate(d.date as string) : undefined],
        ['Parties', refs(d.parties)],
        ['Signed by', refs(d.signatories)],
      );
      lines.push(
        ['Count', counts(d.count as Count[] | undefined)],
        ['Value', money(d.value as Money[] | undefined)],
        ['Themes', refs(d.themes)],
        ['Initiatives', refs(d.initiatives)],
      );
      break;
    case 'initiatives': {
      const proposer = d.proposer as { countries: Ref[]; people: Ref[] };
      lines.push(
        ['Status', String(d.status)],
        ['Proposed by', refs([...proposer.countries, ...proposer.people])],
        ['Date', d.date ? formatDate(d.date as string) : undefined],
      );
      lines.push(
        ['Money', money(d.money as Money[] | undefined)],
        ['Themes', refs(d.themes)],
        ['Documents', refs(d.documents)],
      );
      break;
    }
    case 'countries':
      lines.push(
        ['Role', String(d.role)],
        ['Capital', d.capital as string | undefined],
        ['Leader', d.leader ? link(b, d.leader as Ref) : undefined],
      );
      break;
    case 'events':
      lines.push(
        ['Kind', String(d.kind)],
        ['Date', formatDateRange(d.start as string, d.end as string | undefined)],
        ['Place', d.place as string | undefined],
        ['Participants', refs(d.participants)],
      );
      for (const variants of d.counts as Count[][]) lines.push(['Count', counts(variants)]);
      break;
    case 'people':
      lines.push(['Role', String(d.role)], ['Country', d.country ? link(b, d.country as Ref) : undefined]);
      break;
    case 'organisations':
      lines.push(['Kind', String(d.kind)], ['Country', d.country ? link(b, d.country as Ref) : undefined]);
      break;
    case 'sources':
      lines.push(
        ['Publisher', d.publisher as string | undefined],
        ['Published', d.published ? formatDate(d.published as string) : undefined],
        ['Kind', String(d.kind)],
      );
      lines.push(
        ['Address', d.url ? `<${String(d.url)}>` : undefined],
        ['Reliability', d.reliability as string | undefined],
      );
      break;
    default:
      break;
  }
  const cite = d.cite as Citation[] | undefined;
  const facts = lines.filter((l): l is [string, string] => !!l[1]).map(([k, v]) => `- **${k}:** ${v}`);
  if (cite?.length) facts.push(`- **Sources:** ${notes.mark(cite)}`);
  return facts;
}

function discrepancyLines(entry: Entry, notes: Footnotes): string[] {
  const list =
    (
      entry.data as {
        discrepancies?: { topic: string; accounts: { says: string; cite: Citation[] }[]; note?: string | undefined }[];
      }
    ).discrepancies ?? [];
  if (!list.length) return [];
  return [
    '## Where sources differ',
    '',
    ...list.flatMap((d) => [
      `### ${d.topic}`,
      '',
      ...d.accounts.map((a) => `- ${a.says}${notes.mark(a.cite)}`),
      ...(d.note ? ['', d.note] : []),
      '',
    ]),
  ];
}

/** An entry's MDX body as Markdown: each <Cite s="…" /> becomes footnote references. */
export function bodyToMarkdown(body: string, notes: Pick<Footnotes, 'mark'>): string {
  return body.replace(CITE_TAG, (_, double: string | undefined, single: string | undefined) =>
    notes.mark(parseCitationList(double ?? single ?? '') ?? []),
  );
}

function entryPage(b: Briefing, entry: Entry): MarkdownFile {
  const notes = new Footnotes(b);
  const summary = (entry.data as { summary?: string }).summary ?? '';
  const facts = factLines(b, entry, notes);
  const text = bodyToMarkdown(entry.body, notes).trim();
  const parts = [facts.join('\n'), text, discrepancyLines(entry, notes).join('\n')].filter(Boolean);
  return {
    path: `${entry.collection}/${entry.id}.md`,
    text: `---\ntitle: ${yamlString(titleOf(entry))}\ndescription: ${yamlString(summary)}\n---\n\n${parts.join('\n\n')}\n${notes.text}`,
  };
}

function registerPage(b: Briefing, collection: (typeof ENTRY_PAGE_COLLECTIONS)[number]): MarkdownFile {
  const entries = b.all(collection) as Entry[];
  const rows =
    collection === 'documents'
      ? [
          '| Document | Kind | Date | Parties |',
          '| --- | --- | --- | --- |',
          ...(entries as Entry<'documents'>[]).map(
            (e) =>
              `| ${link(b, e)} | ${e.data.kind} | ${e.data.date ? formatDate(e.data.date) : ''} | ${e.data.parties.map((p) => cell(titleOf(b.get(p)))).join(', ')} |`,
          ),
        ]
      : [
          '| Entry | Summary |',
          '| --- | --- |',
          ...entries.map((e) => `| ${link(b, e)} | ${cell((e.data as { summary?: string }).summary ?? '')} |`),
        ];
  return {
    path: `${collection}/index.md`,
    text: `---\ntitle: ${yamlString(COLLECTION_LABELS[collection].plural)}\ndescription: ${yamlString(INDEX_INTROS[collection])}\n---\n\n${INDEX_INTROS[collection]}\n\n${rows.join('\n')}\n`,
  };
}

function glossaryPage(b: Briefing): MarkdownFile {
  const notes = new Footnotes(b);
  const terms = b.all('glossary').map((e) => {
    const d = e.data;
    const see = d.seeAlso.length ? `\n\nSee also: ${d.seeAlso.map((r) => link(b, r)).join(', ')}.` : '';
    return `## ${d.term}\n\n${d.expansion ? `*${d.expansion}.* ` : ''}${d.definition}${d.cite.length ? notes.mark(d.cite) : ''}${see}`;
  });
  return {
    path: 'glossary.md',
    text: `---\ntitle: Glossary\ndescription: Terms a reader may not know.\n---\n\n${terms.join('\n\n')}\n${notes.text}`,
  };
}

function homePage(b: Briefing): MarkdownFile {
  const sections = ENTRY_PAGE_COLLECTIONS.map(
    (c) => `- [${COLLECTION_LABELS[c].plural}](/${c}/) (${b.all(c).length}): ${INDEX_INTROS[c]}`,
  );
  const summitDocs = b
    .backlinks({ collection: 'events', id: b.site.summit }, 'documents')
    .map((e) => `- ${link(b, e)}: ${cell((e.data as { summary: string }).summary)}`);
  const docs = summitDocs.length ? `\n\n## Documents of the summit\n\n${summitDocs.join('\n')}` : '';
  return {
    path: 'index.md',
    text: `---\ntitle: ${yamlString(b.site.title)}\ndescription: ${yamlString(b.site.description)}\n---\n\n${b.site.description}\n\n## Sections\n\n${sections.join('\n')}${docs}\n`,
  };
}

/** Every page of the Starlight reference site for a briefing: home, registers, entry pages and the glossary. */
export function starlightMarkdown(raw: RawBriefing, site: Site): MarkdownFile[] {
  const b = new Briefing(raw, site);
  return [
    homePage(b),
    glossaryPage(b),
    ...ENTRY_PAGE_COLLECTIONS.flatMap((c) => [
      registerPage(b, c),
      ...(b.all(c) as Entry[]).map((e) => entryPage(b, e)),
    ]),
  ];
}
