// What every chart view shares: links and citations as charts show them, the request that names a chart, and the
// error a chart gives when its input cannot be drawn truthfully. Each chart's own view is in src/charts/<chart>/view.ts.
import type { Citation } from '../../schemas/citation.ts';
import type { CollectionName } from '../../schemas/index.ts';
import { ContentError, type ContentProblem } from '../../lib/errors.ts';
import { type Briefing, titleOf } from '../../lib/briefing/briefing.ts';
import { entryPath } from '../../lib/briefing/collections.ts';
import type { Entry } from '../../lib/briefing/model.ts';
import type { ChartKind } from '../registry.ts';

export type { ChartKind };

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
  /** true for a weak source (it has a `reliability` warning). */
  weak: boolean;
}

/** What a chart can be narrowed to: the request fields an author may set as attributes of a chart's MDX tag. */
export type ChartNarrowing = 'country' | 'theme' | 'currency';

/** Which chart, for which country, theme or currency: the same request always gives the same chart id. */
export interface ChartRequest {
  kind: ChartKind;
  country?: string | undefined;
  theme?: string | undefined;
  /** Money only: draw every amount on one scale in this currency (needs a sourced conversion for each). */
  currency?: string | undefined;
  /**
   * A page's summary (home's, a country's, some of a register's): a smaller cap, so the page stays the same size
   * whatever the corpus. Same chart, same id and downloads (those of the full chart); a chart within the smaller cap
   * is drawn exactly as in full.
   */
  summary?: boolean | undefined;
}

/** Fields every view has. */
export interface ViewBase {
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
export function requestError(chart: string, message: string, hint: string): ChartError {
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

export const link = (entry: Entry): ChartLink => ({
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
export function uniqueCites(cites: readonly ChartCite[]): ChartCite[] {
  const seen = new Map<string, ChartCite>();
  for (const c of cites) if (!seen.has(c.label)) seen.set(c.label, c);
  return [...seen.values()];
}

export function knownCountry(b: Briefing, chart: string, id: string | undefined): Entry<'countries'> | undefined {
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

export function knownTheme(b: Briefing, chart: string, id: string | undefined): Entry<'themes'> | undefined {
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
export function hostOf(b: Briefing): Entry<'countries'> | undefined {
  const id = b.summit.data.country?.id;
  return id ? b.find('countries', id) : undefined;
}
