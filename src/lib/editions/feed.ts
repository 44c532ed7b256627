// The Atom feed of editions: one entry per edition, newest first, saying what it changed. Feed readers and
// reference managers follow it to learn that the briefing has a new edition.
import { createHash } from 'node:crypto';
import type { Site } from '../../schemas/site.ts';
import { formatDate } from '../format/format-date.ts';
import type { EditionChanges } from './compare.ts';
import type { EditionSnapshot } from './snapshot.ts';

/** Path of the feed under the site's base. */
export const FEED_PATH = 'editions.xml';
/** Path of the changes page under the site's base. */
export const CHANGES_PATH = 'changes/';

/** The anchor of an edition on the changes page: "edition-0-2". */
export function editionAnchor(edition: string): string {
  return `edition-${edition.replace(/\./g, '-')}`;
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A name-based id that stays the same for the same name: Atom ids must never change. */
function urnOf(name: string): string {
  const h = createHash('sha1').update(name).digest('hex');
  return `urn:uuid:${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** One line on what an edition changed, counted from its changes. */
export function changeSummary(c: EditionChanges | undefined): string {
  if (!c) return 'First recorded edition.';
  const parts = [
    [c.corrections.length, 'correction'],
    [c.figures.length, 'changed figure'],
    [c.added.length, 'added entry', 'added entries'],
    [c.removed.length, 'removed entry', 'removed entries'],
    [c.statuses.length, 'status change'],
    [c.revised.length, 'revised entry', 'revised entries'],
  ] as const;
  const words = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : (many ?? `${one}s`)}`);
  return words.length ? `${words.join(', ')}.` : 'No changes to the data.';
}

/**
 * The feed. `base` is the site's base path ("/"); with a public `siteUrl` links are absolute, without one they are
 * paths (feed readers resolve them against the feed's own address).
 */
export function atomFeed(
  site: Pick<Site, 'title' | 'shortTitle' | 'publisher' | 'language'>,
  editions: readonly EditionSnapshot[],
  changes: readonly EditionChanges[],
  { base, siteUrl }: { base: string; siteUrl: string | undefined },
): string {
  const link = (path: string) => (siteUrl ? new URL(`${base}${path}`, siteUrl).href : `${base}${path}`);
  const newest = [...editions].reverse();
  const updated = newest[0]?.date ?? '1970-01-01';
  const entries = newest.map((ed) => {
    const c = changes.find((x) => x.to.edition === ed.edition);
    const text = [ed.summary, changeSummary(c)].filter(Boolean).join(' ');
    return [
      '  <entry>',
      `    <id>${urnOf(`${site.title}|edition|${ed.edition}`)}</id>`,
      `    <title>Edition ${xml(ed.edition)}, ${xml(formatDate(ed.date))}</title>`,
      `    <updated>${ed.date}T00:00:00Z</updated>`,
      `    <link rel="alternate" type="text/html" href="${xml(link(`${CHANGES_PATH}#${editionAnchor(ed.edition)}`))}"/>`,
      `    <summary>${xml(text)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${xml(site.language)}">`,
    `  <id>${urnOf(`${site.title}|editions`)}</id>`,
    `  <title>${xml(site.shortTitle)}: editions</title>`,
    `  <subtitle>${xml(`Each edition of ${site.title}, and what it changed.`)}</subtitle>`,
    `  <updated>${updated}T00:00:00Z</updated>`,
    `  <author><name>${xml(site.publisher)}</name></author>`,
    `  <link rel="alternate" type="text/html" href="${xml(link(CHANGES_PATH))}"/>`,
    ...(siteUrl ? [`  <link rel="self" type="application/atom+xml" href="${xml(link(FEED_PATH))}"/>`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
