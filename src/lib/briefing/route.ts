// What one page shows, computed once by the page and handed down, the way Starlight builds
// `Astro.locals.starlightRoute`: the model it reads and its numbered notes. The layout passes each part to the
// component that shows it; citation marks, deep inside MDX bodies where no prop reaches, find the notes through
// `Astro.locals.route`, which the layout (or the book, item by item) attaches.
import type { Citation } from '../../schemas/citation.ts';
import type { Entry } from './model.ts';
import type { Briefing } from './briefing.ts';
import { Notes } from './notes.ts';
import { jsonLdScript, structuredData } from './structured-data.ts';
import { pageCitation } from '../citations/page.ts';
import type { CitationRecord } from '../citations/record.ts';
import { firstPublished } from '../editions/load.ts';

export interface BriefingRoute {
  /** The whole briefing, loaded once per build. */
  briefing: Briefing;
  /** The page's numbered notes, built from every citation it shows, in reading order. */
  notes: Notes;
}

/** The route of a page that shows `citations` (in the order it shows them). */
export function createRoute(briefing: Briefing, citations: Iterable<Citation> = []): BriefingRoute {
  return { briefing, notes: new Notes(citations) };
}

/** The route attached to `Astro.locals`; a component rendered outside one is a bug in the page, named here. */
export function routeOf(locals: { route?: BriefingRoute | undefined }): BriefingRoute {
  if (!locals.route)
    throw new Error('no briefing route on this page: render it inside BaseLayout, or attach createRoute() first');
  return locals.route;
}

/** One line of a page's "Notes": the note's number, its source and where in the source. */
export interface NoteRow {
  n: number;
  source: Entry<'sources'>;
  at?: string | undefined;
}

/** The rows of the route's "Notes" section, in note order. */
export function noteRows({ briefing, notes }: BriefingRoute): NoteRow[] {
  return notes.list.map((n) => ({ n: n.n, at: n.at, source: briefing.get({ collection: 'sources', id: n.sourceId }) }));
}

/** Where a page sits and what it is called, as its head and "Cite this page" name it. */
export interface PageIdentity {
  /** The page's own title, without the site's name. */
  title: string;
  /** The title in the window and in link previews. */
  pageTitle: string;
  description: string;
  /** The page's address path, with the base: "/countries/kazakhstan/". */
  pathname: string;
  /** The path below the site's root: "countries/kazakhstan/". */
  path: string;
  /** The site's public address as set (settings.site), if any: the citation's origin. */
  site: string | undefined;
  /** The absolute address of the site's root (with the base), if any: the JSON-LD's. */
  rootUrl: string | undefined;
  entry?: Entry | undefined;
}

/** What a page's head and its "Cite this page" show: one citation record for both, and the page's JSON-LD. */
export function pageHead(briefing: Briefing, page: PageIdentity): { citation: CitationRecord; jsonLd: string } {
  const citation = pageCitation(briefing, {
    title: page.title,
    pathname: page.pathname,
    path: page.path,
    siteUrl: page.site,
    firstPublished: firstPublished(),
  });
  const jsonLd = jsonLdScript(
    structuredData(briefing, page.rootUrl, page.path, page.pageTitle, page.description, page.entry),
  );
  return { citation, jsonLd };
}
