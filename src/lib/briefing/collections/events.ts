// The summit week, the dialogue's earlier meetings, what comes next, and other partners' summits.
import { EventSchema } from '../../../schemas/event.ts';
import { dateSortKey, formatDateRange } from '../../format/format-date.ts';
import { entryCiteColumns, ids, LIST, summaryColumn, urlColumn } from './columns.ts';
import { figureFacts, filter, group, groupBy, humanise, names, refFact, textFact, urlOf } from './helpers.ts';
import { defineCollectionSpec } from './spec.ts';

const q = (s: string) => JSON.stringify(s);
const DIALOGUE = 'The dialogue and the summit';
const CONTEXT = 'Context: other meetings';

export const events = defineCollectionSpec({
  name: 'events',
  schema: EventSchema,
  schemaFile: 'event.ts',
  files: 'mdx',
  labels: { singular: 'Event', plural: 'Events' },
  intro: 'The summit week, the dialogue’s earlier meetings, what comes next, and other partners’ summits for context.',
  pages: true,
  // Undated (planned) events come after every dated one.
  sortKey: (e) => `${e.data.start ? dateSortKey(e.data.start) : '9999'} ${e.id}`,
  facts: (b, e) => {
    const d = e.data;
    return [
      ...textFact('Kind', humanise(d.kind)),
      ...textFact('Status', humanise(d.status)),
      ...textFact('Date', formatDateRange(d.start, d.end)),
      ...textFact('Place', d.place),
      ...refFact(b, 'Country', d.country),
      ...refFact(b, 'Part of', d.partOf),
      ...refFact(b, 'Participants', d.participants),
      ...refFact(b, 'People', d.people),
      ...figureFacts(e),
    ];
  },
  related: (b, e) => [
    ...group('Events within it', b.backlinks(e, 'events', 'partOf')),
    ...group('Documents signed or adopted', b.backlinks(e, 'documents', 'event')),
    ...group('Initiatives put forward', b.backlinks(e, 'initiatives', 'event')),
  ],
  indexGroups: (_b, all) =>
    groupBy(all, (e) => [(e as (typeof all)[number]).data.dialogue ? DIALOGUE : CONTEXT], [DIALOGUE, CONTEXT]),
  search: (b, e) => ({
    filters: filter('country', names(b, [e.data.country, ...e.data.participants])),
    start: e.data.start,
    end: e.data.end,
  }),
  jsonLd: (b, e, url) => {
    const d = e.data;
    return {
      '@type': 'Event',
      name: d.title,
      description: d.summary,
      ...(d.start ? { startDate: d.start } : {}),
      ...(d.end ? { endDate: d.end } : {}),
      eventStatus: `https://schema.org/Event${d.status === 'cancelled' ? 'Cancelled' : 'Scheduled'}`,
      ...(d.place || d.country
        ? {
            location: {
              '@type': 'Place',
              name: d.place ?? b.get(d.country!).data.name,
              ...(d.country
                ? { address: { '@type': 'PostalAddress', addressCountry: b.get(d.country).data.iso2 } }
                : {}),
            },
          }
        : {}),
      ...(d.participants.length
        ? { attendee: d.participants.map((c) => ({ '@type': 'Country', name: b.get(c).data.name })) }
        : {}),
      ...urlOf(url),
    };
  },
  table: {
    order: 9,
    title: 'Events',
    description: 'The summit, its side events, the dialogue’s history and other partners’ summits.',
    columns: [
      { name: 'id', description: 'stable id', cell: (e) => e.id },
      { name: 'title', description: 'name of the event', cell: (e) => e.data.title },
      {
        name: 'kind',
        description: 'summit, ministerial, bilateral-talks, business-forum, …',
        cell: (e) => e.data.kind,
      },
      { name: 'status', description: 'held, cancelled or planned', cell: (e) => e.data.status },
      { name: 'start', description: 'first day, ISO 8601, as precise as sourced', cell: (e) => e.data.start ?? null },
      { name: 'end', description: 'last day, ISO 8601', cell: (e) => e.data.end ?? null },
      { name: 'place', description: 'city or venue', cell: (e) => e.data.place ?? null },
      { name: 'country', description: 'country id', cell: (e) => e.data.country?.id ?? null },
      {
        name: 'dialogue',
        description: 'true for the dialogue’s own meetings, false for context',
        cell: (e) => e.data.dialogue,
      },
      { name: 'part_of', description: 'id of the event it belongs to', cell: (e) => e.data.partOf?.id ?? null },
      { name: 'participants', description: `country ids; ${LIST}`, cell: (e) => ids(e.data.participants) },
      summaryColumn(),
      urlColumn(),
      ...entryCiteColumns(),
    ],
  },
  // The events' part of the book opens with the timeline page's chart.
  charts: { book: [{ kind: 'timeline' }] },
  template: (title, ids, today) => `---
# A meeting or milestone. Field descriptions: src/schemas/event.ts
title: ${q(title)}
kind: conference # summit | ministerial | bilateral-talks | business-forum | context-summit | conference | …
status: held # held | cancelled | planned
start: ${q(today)} # TODO: as precise as sourced
summary: ${q(`TODO: one sentence on ${title}, in your own words.`)}
cite: [${q(ids.source)}] # TODO: the source(s) of this entry, e.g. "s1 ¶5" or "s35"
---

TODO: what happened. In your own words; cite each sourced sentence with <Cite s="${ids.source}" />.
`,
});
