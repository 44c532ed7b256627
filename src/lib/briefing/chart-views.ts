// What each chart receives: plain data derived from the briefing, with links and sources already resolved.
// Charts draw these views and nothing else; a figure they show is the figure the model holds.
import type { Citation } from '../../schemas/citation.ts';
import { COLLECTIONS, type CollectionName } from '../../schemas/index.ts';
import { INITIATIVE_STATUSES } from '../../schemas/initiative.ts';
import type { Money } from '../../schemas/money.ts';
import type { Qualifier } from '../../schemas/primitives.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { formatCount } from '../format/format-count.ts';
import { formatDateRange } from '../format/format-date.ts';
import { formatMoney, formatNature } from '../format/format-money.ts';
import { type Briefing, titleOf } from './briefing.ts';
import { entryPath } from './collections.ts';
import type { Entry } from './model.ts';
import { initiativesByProposer, timelineView } from './views.ts';

export const CHART_KINDS = ['documents', 'money', 'themes', 'map', 'timeline', 'initiatives'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

/** A link to an entry's page, as a chart shows it. */
export interface ChartLink {
  collection: CollectionName;
  id: string;
  title: string;
  /** Path inside the site, e.g. "countries/kazakhstan/"; pages turn it into a URL with href(). */
  path: string;
}

/** One citation as a chart's caption and table show it: "S1 ¶5", linking to the source's page. */
export interface ChartCite {
  sourceId: string;
  /** The source's id (unique, unlike research-note labels) and locator, e.g. "S1 ¶5", "S35" or "S1-kantei". */
  label: string;
  /** Title and publisher, for the link's accessible description. */
  title: string;
  /** The locator within the source ("¶5"), if the citation has one. */
  at?: string | undefined;
  /** The source's own address, if it has one: a downloaded CSV cites it there, away from the site. */
  url?: string | undefined;
  path: string;
  /** true when the research notes mark the source weak (it has a `reliability` warning). */
  weak: boolean;
}

/** Which chart, for which country, theme or currency: the same request always gives the same chart id. */
export interface ChartRequest {
  kind: ChartKind;
  country?: string | undefined;
  theme?: string | undefined;
  /** Money only: draw every amount on one scale in this currency (needs a sourced conversion for each). */
  currency?: string | undefined;
}

/** Fields every view has. */
interface ViewBase {
  /** Unique among the site's charts, used for element ids and the download files: "documents-kazakhstan". */
  id: string;
  request: ChartRequest;
  /** Every source the chart draws on, in order of first use, for its caption. */
  sources: ChartCite[];
}

/**
 * A chart's input is wrong: the chart cannot be drawn truthfully. Reported like content problems, naming the chart,
 * the entry and the field, with a hint; the build stops.
 */
export class ChartError extends ContentError {
  readonly chart: string;
  constructor(chart: string, problems: readonly ContentProblem[]) {
    super(problems.map((p) => ({ ...p, message: `chart "${chart}": ${p.message}` })));
    this.name = 'ChartError';
    this.chart = chart;
  }

  // Astro adds a misleading "Browser APIs are not available on the server" hint to any error whose toString()
  // contains "document" (astro/dist/core/errors/dev/utils.js, generateHint), which every chart about documents
  // would trip. Astro prints `message` in full either way; only this short form is what it searches.
  override toString(): string {
    return `${this.name}: chart "${this.chart}" cannot be drawn`;
  }
}

/** A ChartError about the chart request itself (an author's props), not about one entry. */
function requestError(chart: string, message: string, hint: string): ChartError {
  return new ChartError(chart, [{ collection: 'charts', id: chart, field: '', message, hint }]);
}

/** The error for a chart with nothing in it: an author asked for a chart the content cannot fill. */
export function nothingToDraw(chart: string, what: string): ChartError {
  return requestError(chart, `nothing to draw: ${what}`, 'leave the chart out, or add the content it draws on.');
}

/** The id of a chart: its kind, then what it is narrowed to. */
export function chartId(request: ChartRequest): string {
  return [
    request.kind,
    request.country,
    request.theme && `theme-${request.theme}`,
    request.currency && `in-${request.currency.toLowerCase()}`,
  ]
    .filter(Boolean)
    .join('-');
}

const link = (entry: Entry): ChartLink => ({
  collection: entry.collection,
  id: entry.id,
  title: titleOf(entry),
  path: entryPath(entry.collection, entry.id),
});

/** Resolves citations for a chart: label with locator, the source's title and whether it is weak. */
export function chartCites(b: Briefing, cites: readonly Citation[]): ChartCite[] {
  return cites.map((c) => {
    const source = b.get({ collection: 'sources', id: c.source.id });
    return {
      sourceId: source.id,
      // Research-note labels repeat ("S1" is both the summit article and the PM's statement): the id is unique.
      label: `${source.id.replace(/^s/, 'S')}${c.at ? ` ${c.at}` : ''}`,
      title: source.data.publisher ? `${source.data.title}, ${source.data.publisher}` : source.data.title,
      at: c.at,
      url: source.data.url,
      path: entryPath('sources', source.id),
      weak: source.data.reliability !== undefined,
    };
  });
}

/** Distinct citations in order of first use. */
function uniqueCites(cites: readonly ChartCite[]): ChartCite[] {
  const seen = new Map<string, ChartCite>();
  for (const c of cites) if (!seen.has(c.label)) seen.set(c.label, c);
  return [...seen.values()];
}

function knownCountry(b: Briefing, chart: string, id: string | undefined): Entry<'countries'> | undefined {
  if (id === undefined) return undefined;
  const country = b.find('countries', id);
  if (!country) {
    const ids = b
      .all('countries')
      .map((c) => c.id)
      .join(', ');
    throw requestError(chart, `unknown country "${id}"`, `use the id of an entry in content/countries/: ${ids}.`);
  }
  return country;
}

function knownTheme(b: Briefing, chart: string, id: string | undefined): Entry<'themes'> | undefined {
  if (id === undefined) return undefined;
  const theme = b.find('themes', id);
  if (!theme) {
    const ids = b
      .all('themes')
      .map((t) => t.id)
      .join(', ');
    throw requestError(chart, `unknown theme "${id}"`, `use the id of an entry in content/themes/: ${ids}.`);
  }
  return theme;
}

/** The summit's host country (site.yaml's main event, its `country`), whose partners the charts count. */
function hostOf(b: Briefing): Entry<'countries'> | undefined {
  const id = b.summit.data.country?.id;
  return id ? b.find('countries', id) : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// 1. Documents signed, by country

/** One source's count of documents. */
export interface CountRow {
  value: number;
  qualifier: Qualifier;
  unit: string;
  /** As the page writes it: "more than 60 bilateral agreements". */
  text: string;
  /** What this count covers, where sources count different things. */
  scope?: string | undefined;
  cites: ChartCite[];
  /** The package the count belongs to. */
  document: ChartLink;
}

/** The counts for one country (or, for a package with several partners, for that package). */
export interface CountGroup {
  key: string;
  label: string;
  link: ChartLink;
  rows: CountRow[];
}

export interface DocumentCountsView extends ViewBase {
  request: ChartRequest & { kind: 'documents' };
  /** The host, whose partners the chart counts (Japan); undefined when the summit names no country. */
  host?: ChartLink | undefined;
  groups: CountGroup[];
}

/**
 * Counted packages of documents, by the partner country they were signed with: every count each source gives,
 * with its qualifier. Participants with no reported count are listed with no rows, so the gap shows.
 */
export function documentCountsView(b: Briefing, options: { country?: string | undefined } = {}): DocumentCountsView {
  const request = { kind: 'documents' as const, country: options.country };
  const id = chartId(request);
  const only = knownCountry(b, id, options.country);
  const host = hostOf(b);
  const packages = b.all('documents').filter((d) => d.data.kind === 'package' && d.data.count);
  const partnersOf = (d: Entry<'documents'>) => d.data.parties.map((p) => p.id).filter((p) => p !== host?.id);
  const rowsOf = (d: Entry<'documents'>): CountRow[] =>
    d.data.count!.map((c) => ({
      value: c.value,
      qualifier: c.qualifier,
      unit: c.unit,
      text: formatCount(c),
      scope: c.scope,
      cites: chartCites(b, c.cite),
      document: link(d),
    }));

  const byCountry: CountGroup[] = b
    .all('countries')
    .filter((c) => c.data.role === 'participant' && c.id !== host?.id)
    .map((c) => ({
      key: c.id,
      label: c.data.name,
      link: link(c),
      rows: packages.filter((d) => partnersOf(d).length === 1 && partnersOf(d)[0] === c.id).flatMap(rowsOf),
    }));
  const shared: CountGroup[] = packages
    .filter((d) => partnersOf(d).length > 1)
    .map((d) => ({ key: d.id, label: titleOf(d), link: link(d), rows: rowsOf(d) }));

  const groups = only ? byCountry.filter((g) => g.key === only.id && g.rows.length > 0) : [...byCountry, ...shared];
  return {
    id,
    request,
    host: host && link(host),
    groups,
    sources: uniqueCites(groups.flatMap((g) => g.rows.flatMap((r) => r.cites))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 2. Money on the table

/** One amount as a source gives it, or a source's conversion of it into another currency. */
export interface MoneyRow {
  amount: number;
  currency: string;
  qualifier: Qualifier;
  nature: Money['nature'];
  /** "a target for business projects", "private money", … */
  natureText: string;
  /** "about ¥3 trillion" */
  text: string;
  scope?: string | undefined;
  cites: ChartCite[];
  /** Where the figure sits in its entry: "money.1" or, for a conversion, "money.0.equivalents.0". */
  field: string;
  /** For a sourced conversion: the amount it converts, as the source gives it ("about ¥3 trillion"). */
  convertedFrom?: string | undefined;
}

/** One entry's figure within a currency panel. */
export interface MoneyGroup {
  entry: ChartLink;
  rows: MoneyRow[];
}

/** Amounts in one currency: the only ones a chart may put on one scale. */
export interface MoneyPanel {
  currency: string;
  /** "Japanese yen (JPY)" */
  label: string;
  groups: MoneyGroup[];
}

export interface MoneyView extends ViewBase {
  request: ChartRequest & { kind: 'money' };
  /** The country the chart is narrowed to, if any. */
  country?: ChartLink | undefined;
  panels: MoneyPanel[];
}

const CURRENCY_NAMES = new Intl.DisplayNames('en', { type: 'currency' });

/** "Japanese Yen (JPY)", from the runtime's own currency names. */
function currencyLabel(code: string): string {
  return `${CURRENCY_NAMES.of(code) ?? code} (${code})`;
}

function relatesTo(entry: Entry, country: string): boolean {
  const d = entry.data as { parties?: { id: string }[]; proposer?: { countries: { id: string }[] } };
  return [...(d.parties ?? []), ...(d.proposer?.countries ?? [])].some((c) => c.id === country);
}

/**
 * Every sum of money, each in the currency its source uses. A currency gets its own panel and scale; a sourced
 * conversion ("¥3 trillion ≈ €17.9 billion", S1) also appears, marked as such, in the panel of its currency, which
 * is the only way amounts in different currencies meet on one scale. With `currency`, the chart draws everything in
 * that currency, and an amount with no sourced conversion to it is an error: no exchange rate is ever computed.
 */
export function moneyView(
  b: Briefing,
  options: { country?: string | undefined; currency?: string | undefined } = {},
): MoneyView {
  const request = { kind: 'money' as const, country: options.country, currency: options.currency };
  const id = chartId(request);
  const only = knownCountry(b, id, options.country);
  if (options.currency !== undefined && !/^[A-Z]{3}$/.test(options.currency)) {
    throw requestError(
      id,
      `"${options.currency}" is not a currency code`,
      'write an ISO 4217 code in capitals, e.g. currency="EUR".',
    );
  }
  const figures = b.figures().filter((f) => f.kind === 'money' && (!only || relatesTo(f.entry, only.id)));
  const rows: { entry: Entry; row: MoneyRow }[] = [];
  const problems: ContentProblem[] = [];
  for (const figure of figures) {
    if (figure.kind !== 'money') continue;
    figure.variants.forEach((m, i) => {
      const own: MoneyRow = {
        amount: m.amount,
        currency: m.currency,
        qualifier: m.qualifier,
        nature: m.nature,
        natureText: formatNature(m.nature),
        text: formatMoney(m),
        scope: m.scope,
        cites: chartCites(b, m.cite),
        field: `${figure.field}.${i}`,
      };
      const conversions = m.equivalents.map((e, j) => ({
        ...own,
        amount: e.amount,
        currency: e.currency,
        qualifier: e.qualifier,
        text: formatMoney(e),
        cites: chartCites(b, e.cite),
        field: `${figure.field}.${i}.equivalents.${j}`,
        convertedFrom: own.text,
      }));
      if (options.currency === undefined) {
        rows.push(...[own, ...conversions].map((row) => ({ entry: figure.entry, row })));
        return;
      }
      const inCurrency = [own, ...conversions].filter((r) => r.currency === options.currency);
      if (!inCurrency.length) {
        problems.push({
          collection: figure.entry.collection,
          id: figure.entry.id,
          file: figure.entry.file,
          field: own.field,
          message: `${own.text} has no sourced conversion to ${options.currency}`,
          hint: `add an equivalent in ${options.currency} with the citation of the source that states it, or draw the chart without currency="${options.currency}" (each currency on its own scale).`,
        });
      }
      rows.push(...inCurrency.map((row) => ({ entry: figure.entry, row })));
    });
  }
  if (problems.length) throw new ChartError(id, problems);

  const currencies = [...new Set(rows.map((r) => r.row.currency))];
  const panels = currencies.map((currency) => {
    const groups: MoneyGroup[] = [];
    for (const { entry, row } of rows.filter((r) => r.row.currency === currency)) {
      const group = groups.find((g) => g.entry.id === entry.id && g.entry.collection === entry.collection);
      if (group) group.rows.push(row);
      else groups.push({ entry: link(entry), rows: [row] });
    }
    return { currency, label: currencyLabel(currency), groups };
  });
  return {
    id,
    request,
    country: only && link(only),
    panels,
    sources: uniqueCites(panels.flatMap((p) => p.groups.flatMap((g) => g.rows.flatMap((r) => r.cites)))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 3. Who raised what: country × theme

export interface MatrixCell {
  country: string;
  theme: string;
  /** Initiatives the country proposed in this theme. */
  initiatives: ChartLink[];
  /** Documents the country is party to in this theme. */
  documents: ChartLink[];
}

export interface ThemeMatrixView extends ViewBase {
  request: ChartRequest & { kind: 'themes' };
  countries: (ChartLink & { name: string })[];
  themes: ChartLink[];
  /** One cell per country and theme, countries first: cells[countryIndex * themes.length + themeIndex]. */
  cells: MatrixCell[];
}

/** Which participant raised which theme: the initiatives it proposed and the documents it signed, per theme. */
export function themeMatrixView(
  b: Briefing,
  options: { country?: string | undefined; theme?: string | undefined } = {},
): ThemeMatrixView {
  const request = { kind: 'themes' as const, country: options.country, theme: options.theme };
  const id = chartId(request);
  const onlyCountry = knownCountry(b, id, options.country);
  const onlyTheme = knownTheme(b, id, options.theme);
  const countries = b
    .all('countries')
    .filter((c) => (onlyCountry ? c.id === onlyCountry.id : c.data.role === 'participant'));
  const themes = b.all('themes').filter((t) => !onlyTheme || t.id === onlyTheme.id);
  const has = (list: readonly { id: string }[], id: string) => list.some((x) => x.id === id);
  const cells = countries.flatMap((c) =>
    themes.map((t) => ({
      country: c.id,
      theme: t.id,
      initiatives: b
        .all('initiatives')
        .filter((i) => has(i.data.proposer.countries, c.id) && has(i.data.themes, t.id))
        .map(link),
      documents: b
        .all('documents')
        .filter((d) => has(d.data.parties, c.id) && has(d.data.themes, t.id))
        .map(link),
    })),
  );
  return {
    id,
    request,
    countries: countries.map((c) => ({ ...link(c), name: c.data.name })),
    themes: themes.map(link),
    cells,
    sources: [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 4. The map

export interface MapCountry extends ChartLink {
  name: string;
  role: 'participant' | 'context';
  /** ISO 3166-1 numeric code, which finds the country's shape in Natural Earth; undefined when the entry has none. */
  isoNumeric?: string | undefined;
  /** Entry file, for error messages. */
  file: string;
  capital?: { name: string; coords: [number, number] } | undefined;
}

export interface MapWaypoint {
  name: string;
  coords?: [number, number] | undefined;
  isoNumeric?: string | undefined;
  /** How the route reaches this point from the one before. */
  via: 'land' | 'sea';
  cites: ChartCite[];
}

export interface MapRoute {
  initiative: ChartLink;
  /** Entry file, for error messages. */
  file: string;
  waypoints: MapWaypoint[];
}

export interface MapView extends ViewBase {
  request: ChartRequest & { kind: 'map' };
  /** The summit's participants, highlighted on the map. */
  countries: MapCountry[];
  /** The summit's city, where the sources' place is the host's capital. */
  summit?: { event: ChartLink; city: string; date: string; coords: [number, number] } | undefined;
  routes: MapRoute[];
}

/** The participants, their capitals, the summit city, and the routes initiatives trace. */
export function mapView(b: Briefing): MapView {
  const request = { kind: 'map' as const };
  const countries: MapCountry[] = b
    .all('countries')
    .filter((c) => c.data.role === 'participant')
    .map((c) => ({
      ...link(c),
      name: c.data.name,
      role: c.data.role,
      isoNumeric: c.data.isoNumeric,
      file: c.file,
      capital:
        c.data.capital && c.data.capitalCoords ? { name: c.data.capital, coords: c.data.capitalCoords } : undefined,
    }));
  const summit = b.summit;
  const host = hostOf(b);
  const city = summit.data.place;
  const summitPoint =
    host && city && host.data.capital === city && host.data.capitalCoords
      ? {
          event: link(summit),
          city,
          date: formatDateRange(summit.data.start, summit.data.end),
          coords: host.data.capitalCoords,
        }
      : undefined;
  const routes: MapRoute[] = b
    .all('initiatives')
    .filter((i) => i.data.route)
    .map((i) => ({
      initiative: link(i),
      file: i.file,
      waypoints: i.data.route!.waypoints.map((w) => ({
        name: w.name,
        coords: w.coords,
        isoNumeric: w.isoNumeric,
        via: w.via,
        cites: chartCites(b, w.cite),
      })),
    }));
  return {
    id: chartId(request),
    request,
    countries,
    summit: summitPoint,
    routes,
    sources: uniqueCites(routes.flatMap((r) => r.waypoints.flatMap((w) => w.cites))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 5. Timeline

export type TimelineLane = 'dialogue' | 'context';

export interface TimelineEvent extends ChartLink {
  /** As precise as sourced: "2004-08-28", "2019-05", "2026". */
  start: string;
  end?: string | undefined;
  /** "28 August 2004" */
  dateText: string;
  status: 'held' | 'cancelled' | 'planned';
  lane: TimelineLane;
  place?: string | undefined;
  cites: ChartCite[];
}

/** One thing that happened on one day of the summit week: a meeting, or a document signed. */
export interface WeekItem extends ChartLink {
  /** Day, "2025-12-19"; for undated items, the month. */
  date: string;
  /** "Meeting" or "Signed". */
  what: string;
  cites: ChartCite[];
}

export interface TimelineChartView extends ViewBase {
  request: ChartRequest & { kind: 'timeline' };
  lanes: { key: TimelineLane; label: string }[];
  events: TimelineEvent[];
  /** The summit week, day by day; undefined when the summit has no dated parts. */
  week?: { summit: ChartLink; days: string[]; items: WeekItem[]; undated: WeekItem[] } | undefined;
}

const isDay = (date: string | undefined): date is string => !!date && /^\d{4}-\d{2}-\d{2}$/.test(date);

function daysBetween(first: string, last: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += 86_400_000) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * The dialogue's own meetings (founding, ministerials, the cancelled and the held summit, what is planned) and
 * other partners' summits with Central Asia as context; then the summit week day by day, with the documents signed.
 */
export function timelineChartView(b: Briefing): TimelineChartView {
  const request = { kind: 'timeline' as const };
  const summit = b.summit;
  const inSummit = (e: Entry<'events'>) => e.data.partOf?.id === summit.id;
  const events: TimelineEvent[] = timelineView(b)
    .flatMap((y) => y.events)
    .filter((e) => (e.data.dialogue && !inSummit(e)) || e.data.kind === 'context-summit')
    // An event no source dates has no place on a time axis; the timeline page lists it under "Not yet dated".
    .filter((e): e is Entry<'events'> & { data: { start: string } } => e.data.start !== undefined)
    .map((e) => ({
      ...link(e),
      start: e.data.start,
      end: e.data.end,
      dateText: formatDateRange(e.data.start, e.data.end),
      status: e.data.status,
      lane: e.data.kind === 'context-summit' ? ('context' as const) : ('dialogue' as const),
      place: e.data.place,
      cites: chartCites(b, e.data.cite),
    }));

  const parts = [summit, ...b.all('events').filter(inSummit)];
  const dated = parts
    .flatMap((e) => [e.data.start, e.data.end])
    .filter(isDay)
    .sort();
  let week: TimelineChartView['week'];
  if (dated.length) {
    const days = daysBetween(dated[0]!, dated[dated.length - 1]!);
    const meeting = (e: Entry<'events'>, date: string): WeekItem => ({
      ...link(e),
      date,
      what: 'Meeting',
      cites: chartCites(b, e.data.cite),
    });
    const items: WeekItem[] = [
      ...parts.flatMap((e) => {
        const span = isDay(e.data.start)
          ? daysBetween(e.data.start, isDay(e.data.end) ? e.data.end : e.data.start)
          : [];
        return span.map((day) => meeting(e, day));
      }),
      ...b
        .all('documents')
        .filter((d) => isDay(d.data.date) && days.includes(d.data.date))
        .map((d) => ({ ...link(d), date: d.data.date!, what: 'Signed', cites: chartCites(b, d.data.cite) })),
    ].sort((x, y) => x.date.localeCompare(y.date));
    const undated = parts.filter((e) => !isDay(e.data.start)).map((e) => meeting(e, e.data.start ?? ''));
    week = { summit: link(summit), days, items, undated };
  }
  const all = [
    ...events.flatMap((e) => e.cites),
    ...(week ? [...week.items, ...week.undated].flatMap((i) => i.cites) : []),
  ];
  return {
    id: chartId(request),
    request,
    lanes: [
      { key: 'dialogue', label: 'The dialogue' },
      { key: 'context', label: 'Other partners’ summits with Central Asia' },
    ],
    events,
    week,
    sources: uniqueCites(all),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// 6. Initiatives by status and proposer

export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

export interface StatusRow {
  country: ChartLink;
  initiatives: (ChartLink & { status: InitiativeStatus; cites: ChartCite[] })[];
}

export interface InitiativeStatusView extends ViewBase {
  request: ChartRequest & { kind: 'initiatives' };
  statuses: { key: InitiativeStatus; label: string }[];
  rows: StatusRow[];
  /** Initiatives with more than one proposer, which appear in each proposer's row. */
  shared: ChartLink[];
}

const STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Proposed',
  announced: 'Announced',
  agreed: 'Agreed',
  launched: 'Launched',
};

/** What each country put forward, and how far each item got: proposed, announced, agreed or launched. */
export function initiativeStatusView(
  b: Briefing,
  options: { country?: string | undefined } = {},
): InitiativeStatusView {
  const request = { kind: 'initiatives' as const, country: options.country };
  const id = chartId(request);
  const only = knownCountry(b, id, options.country);
  const order = (s: InitiativeStatus) => INITIATIVE_STATUSES.indexOf(s);
  const rows: StatusRow[] = initiativesByProposer(b)
    .filter((g) => !only || g.country.id === only.id)
    .map((g) => ({
      country: link(g.country),
      initiatives: g.initiatives
        .map((i) => ({ ...link(i), status: i.data.status, cites: chartCites(b, i.data.cite) }))
        .sort((x, y) => order(x.status) - order(y.status)),
    }));
  const shown = new Set(rows.flatMap((r) => r.initiatives.map((i) => i.id)));
  return {
    id,
    request,
    statuses: INITIATIVE_STATUSES.map((key) => ({ key, label: STATUS_LABELS[key] })),
    rows,
    shared: b
      .all('initiatives')
      .filter((i) => shown.has(i.id) && i.data.proposer.countries.length > 1)
      .map(link),
    sources: [],
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Which charts the site shows, and where

export type ChartView =
  DocumentCountsView | MoneyView | ThemeMatrixView | MapView | TimelineChartView | InitiativeStatusView;

/** Whether a view has anything to draw; pages leave out a chart with nothing in it. */
export function hasData(view: ChartView): boolean {
  switch (view.request.kind) {
    case 'documents':
      return (view as DocumentCountsView).groups.some((g) => g.rows.length > 0);
    case 'money':
      return (view as MoneyView).panels.length > 0;
    case 'themes':
      return (view as ThemeMatrixView).cells.some((c) => c.initiatives.length + c.documents.length > 0);
    case 'map':
      return (view as MapView).countries.some((c) => c.isoNumeric !== undefined);
    case 'timeline':
      return (view as TimelineChartView).events.length > 0;
    case 'initiatives':
      return (view as InitiativeStatusView).rows.length > 0;
  }
}

/** Builds the view a request asks for. */
export function chartView(b: Briefing, request: ChartRequest): ChartView {
  switch (request.kind) {
    case 'documents':
      return documentCountsView(b, request);
    case 'money':
      return moneyView(b, request);
    case 'themes':
      return themeMatrixView(b, request);
    case 'map':
      return mapView(b);
    case 'timeline':
      return timelineChartView(b);
    case 'initiatives':
      return initiativeStatusView(b, request);
  }
}

const withData = (views: ChartView[]) => views.filter(hasData);

/** Charts on the home page, by the section they sit in: the map by the countries, counts and money by the numbers. */
export function homeCharts(b: Briefing): { countries: ChartView[]; numbers: ChartView[]; initiatives: ChartView[] } {
  return {
    countries: withData([mapView(b)]),
    numbers: withData([documentCountsView(b), moneyView(b)]),
    initiatives: withData([initiativeStatusView(b)]),
  };
}

/** Charts on an entry's page: a country's counts, money and proposals; a theme's row of the matrix. */
export function entryCharts(b: Briefing, entry: Entry): ChartView[] {
  switch (entry.collection) {
    case 'countries':
      return withData([
        documentCountsView(b, { country: entry.id }),
        moneyView(b, { country: entry.id }),
        initiativeStatusView(b, { country: entry.id }),
      ]);
    case 'themes':
      return withData([themeMatrixView(b, { theme: entry.id })]);
    default:
      return [];
  }
}

/** Charts on a collection's index page. */
export function indexCharts(b: Briefing, collection: CollectionName): ChartView[] {
  switch (collection) {
    case 'documents':
      return withData([documentCountsView(b), moneyView(b)]);
    case 'initiatives':
      return withData([initiativeStatusView(b), themeMatrixView(b)]);
    case 'themes':
      return withData([themeMatrixView(b)]);
    default:
      return [];
  }
}

/** The timeline page's chart. */
export function timelineCharts(b: Briefing): ChartView[] {
  return withData([timelineChartView(b)]);
}

/** The chart components authors place in MDX bodies (src/mdx/), by tag, and the kind of chart each draws. */
export const MDX_CHART_TAGS: Record<string, ChartKind> = {
  DocumentsChart: 'documents',
  MoneyChart: 'money',
  ThemesChart: 'themes',
  MapChart: 'map',
  TimelineChart: 'timeline',
  InitiativesChart: 'initiatives',
};

const CHART_TAG = new RegExp(`<(${Object.keys(MDX_CHART_TAGS).join('|')})\\b([^>]*?)/?>`, 'g');
const ATTR = /\b(country|theme|currency)=(?:"([^"]*)"|'([^']*)')/g;

/** The charts an MDX body places, e.g. `<MoneyChart country="uzbekistan" />`, as requests (a pre-pass, like citations'). */
export function bodyChartRequests(body: string): ChartRequest[] {
  return [...body.matchAll(CHART_TAG)].map((m) => {
    const request: ChartRequest = { kind: MDX_CHART_TAGS[m[1]!]! };
    for (const a of (m[2] ?? '').matchAll(ATTR)) request[a[1] as 'country' | 'theme' | 'currency'] = a[2] ?? a[3];
    return request;
  });
}

/**
 * Every chart the site shows — on its pages and in MDX bodies — once each: each gets a CSV and an SVG to download.
 * A bad request in a body (an unknown country) fails here with the same error the page would give.
 */
export function chartCatalogue(b: Briefing): ChartView[] {
  const bodies = COLLECTIONS.flatMap((c) => (b.all(c) as Entry[]).flatMap((e) => bodyChartRequests(e.body)));
  const views = [
    ...Object.values(homeCharts(b)).flat(),
    ...(['countries', 'themes'] as const).flatMap((c) => (b.all(c) as Entry[]).flatMap((e) => entryCharts(b, e))),
    ...(['documents', 'initiatives', 'themes'] as const).flatMap((c) => indexCharts(b, c)),
    ...timelineCharts(b),
    ...withData(bodies.map((r) => chartView(b, r))),
  ];
  return [...new Map(views.map((v) => [v.id, v])).values()];
}
