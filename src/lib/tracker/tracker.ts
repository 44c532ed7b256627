// The commitments tracker: every initiative (pledge, proposal, commitment) as one row — what, who, money as
// sourced, its status as the latest source reports it, when, and the evidence. Pure: the model in, rows out;
// the tracker page, its filtered views and its CSV/JSON all come from these rows.
import type { Citation } from '../../schemas/citation.ts';
import { INITIATIVE_STATUSES } from '../../schemas/initiative.ts';
import type { Briefing } from '../briefing/briefing.ts';
import { entryPath } from '../briefing/collections.ts';
import type { DataTable } from '../briefing/data-tables.ts';
import { formatCitations } from '../briefing/data-tables.ts';
import type { Entry } from '../briefing/model.ts';
import { formatDate } from '../format/format-date.ts';
import { formatMoney } from '../format/format-money.ts';

export type Status = (typeof INITIATIVE_STATUSES)[number];

/** One sourced status of a row's history. */
export interface StatusStep {
  status: Status;
  date: string;
  cite: Citation[];
  correction?: string | undefined;
}

export interface TrackerRow {
  entry: Entry<'initiatives'>;
  title: string;
  summary: string;
  /** Page of the initiative, relative to the site's root. */
  path: string;
  proposers: { id: string; name: string }[];
  people: { id: string; name: string }[];
  themes: { id: string; name: string }[];
  /** Each sourced amount, as the source words it. */
  money: { text: string; cite: Citation[] }[];
  status: Status;
  /** When the latest source reported the status. */
  statusDate: string;
  history: StatusStep[];
  /** What a reader should know about progress: no source later than the last status reports any. */
  progress: string;
}

/** The history the sources give; without a statusHistory field, the entry's own status, date and citations. */
export function statusSteps(entry: Entry<'initiatives'>): StatusStep[] {
  const d = entry.data;
  if (d.statusHistory?.length) {
    return d.statusHistory.map((s) => ({ status: s.status, date: s.date!, cite: s.cite!, correction: s.correction }));
  }
  return d.date ? [{ status: d.status, date: d.date, cite: d.cite }] : [];
}

export function trackerRows(b: Briefing): TrackerRow[] {
  return b.all('initiatives').flatMap((entry) => {
    const history = statusSteps(entry);
    const last = history.at(-1);
    if (!last) return [];
    const d = entry.data;
    return [
      {
        entry,
        title: d.title,
        summary: d.summary,
        path: entryPath('initiatives', entry.id),
        proposers: d.proposer.countries.map((r) => ({ id: r.id, name: b.get(r).data.name })),
        people: d.proposer.people.map((r) => ({ id: r.id, name: b.get(r).data.name })),
        themes: d.themes.map((r) => ({ id: r.id, name: b.get(r).data.title })),
        money: (d.money ?? []).map((m) => ({ text: formatMoney(m), cite: m.cite })),
        status: last.status,
        statusDate: last.date,
        history,
        progress: `No later report in the sources (last evidence ${formatDate(last.date)}).`,
      },
    ];
  });
}

/** A filtered view of the tracker, pre-rendered at its own address so filters work without JavaScript. */
export interface TrackerView {
  /** "status", "country" or "theme". */
  facet: 'status' | 'country' | 'theme';
  value: string;
  label: string;
  /** Path relative to the site's root: "tracker/status/proposed/". */
  path: string;
  rows: TrackerRow[];
}

export function trackerViews(rows: readonly TrackerRow[]): TrackerView[] {
  const views: TrackerView[] = [];
  for (const status of INITIATIVE_STATUSES) {
    const matching = rows.filter((r) => r.status === status);
    if (matching.length)
      views.push({
        facet: 'status',
        value: status,
        label: status[0]!.toUpperCase() + status.slice(1),
        path: `tracker/status/${status}/`,
        rows: matching,
      });
  }
  const by = (facet: 'country' | 'theme', pick: (r: TrackerRow) => { id: string; name: string }[]) => {
    const names = new Map<string, string>();
    for (const r of rows) for (const x of pick(r)) names.set(x.id, x.name);
    for (const [id, name] of [...names].sort((a, b) => a[1].localeCompare(b[1]))) {
      views.push({
        facet,
        value: id,
        label: name,
        path: `tracker/${facet}/${id}/`,
        rows: rows.filter((r) => pick(r).some((x) => x.id === id)),
      });
    }
  };
  by('country', (r) => r.proposers);
  by('theme', (r) => r.themes);
  return views;
}

/** Every citation the tracker shows, in reading order, for the page's numbered notes. */
export function trackerCitations(rows: readonly TrackerRow[]): Citation[] {
  return rows.flatMap((r) => [...r.money.flatMap((m) => m.cite), ...r.history.flatMap((h) => h.cite)]);
}

/** The tracker as a data table (tracker.csv, tracker.json): one row per initiative, its history in one cell. */
export function trackerTable(b: Briefing, rows: readonly TrackerRow[]): DataTable {
  const url = (c: Citation) =>
    b.find('sources', c.source.id)?.data.url ?? `${c.source.id} (no address: see sources.csv)`;
  return {
    name: 'tracker',
    title: 'Commitments tracker',
    description:
      'Every pledge, proposal and commitment with its status as the latest source reports it, the date of that report and its evidence.',
    columns: [
      { name: 'id', description: 'id of the initiative (content/initiatives/<id>.mdx)' },
      { name: 'title', description: 'what was proposed or committed' },
      { name: 'proposers', description: 'ids of the proposing countries; several values are separated by "; "' },
      { name: 'people', description: 'ids of the proposing people; several values are separated by "; "' },
      { name: 'themes', description: 'ids of its themes; several values are separated by "; "' },
      { name: 'money', description: 'sums attached, as each source words them; several values are separated by "; "' },
      { name: 'status', description: 'proposed, announced, agreed or launched, as the latest source reports it' },
      { name: 'status_date', description: 'date of the latest report of the status (ISO 8601, as precise as sourced)' },
      { name: 'status_citations', description: 'sources of the latest status, e.g. "s1 ¶5"' },
      { name: 'status_citation_urls', description: 'addresses of those sources' },
      {
        name: 'history',
        description: 'every sourced status, oldest first: "status date [citations]", separated by " | "',
      },
      { name: 'progress', description: 'what the sources say about progress since the latest status' },
      { name: 'url', description: 'path of the initiative’s page on the site, relative to its root' },
    ],
    rows: rows.map((r) => {
      const last = r.history.at(-1)!;
      return {
        id: r.entry.id,
        title: r.title,
        proposers: r.proposers.map((p) => p.id).join('; '),
        people: r.people.map((p) => p.id).join('; '),
        themes: r.themes.map((t) => t.id).join('; '),
        money: r.money.map((m) => `${m.text} [${formatCitations(m.cite)}]`).join('; '),
        status: r.status,
        status_date: r.statusDate,
        status_citations: formatCitations(last.cite),
        status_citation_urls: [...new Set(last.cite.map(url))].join('; '),
        history: r.history.map((h) => `${h.status} ${h.date} [${formatCitations(h.cite)}]`).join(' | '),
        progress: r.progress,
        url: r.path,
      };
    }),
  };
}
