// Templates for `npm run new`: a commented entry with every required field, TODOs where facts are needed.
import type { CollectionName } from '../../src/schemas/index.ts';

/** Existing ids to put in the template's references, so the new entry validates before it is filled in. */
export interface TemplateIds {
  country: string;
  theme: string;
  source: string;
}

const q = (s: string) => JSON.stringify(s);

/** The text of a new entry's file. `today` is an ISO date; ids must exist in the content. */
export function entryTemplate(collection: CollectionName, title: string, ids: TemplateIds, today: string): string {
  const cite = `cite: [${q(ids.source)}] # TODO: the source(s) of this entry, e.g. "s1 ¶5" or "s35"`;
  const body = (what: string) =>
    `---\n\nTODO: ${what} In your own words; cite each sourced sentence with <Cite s="${ids.source}" />.\n`;
  switch (collection) {
    case 'documents':
      return `---
# A document or package of documents. Field descriptions: src/schemas/document.ts
title: ${q(title)}
officialTitle: false # TODO: true if the title above is the document's own, as a source gives it
kind: agreement # declaration | joint-statement | agreement | treaty | memorandum | package
parties: [${ids.country}] # TODO: country ids (content/countries/)
date: ${q(today.slice(0, 7))} # TODO: as precise as sourced: "2025-12-20", "2025-12" or "2025"
themes: [${ids.theme}] # TODO: theme ids (content/themes/)
summary: ${q(`TODO: one sentence on ${title}, in your own words.`)}
${cite}
# count:   # for a package: how many documents, one item per source
#   - value: 10
#     qualifier: exact # exact | about | more-than | up-to
#     unit: agreements
#     cite: ["s1 ¶5"]
# value:   # money, one item per source, in the source's currency
#   - amount: 1000000000
#     currency: USD
#     qualifier: about
#     nature: deal-value # public | private | business-target | deal-value | portfolio | unspecified
#     cite: ["s1 ¶5"]
${body('what the document says and who signed it.')}`;
    case 'initiatives':
      return `---
# A programme, proposal or idea. Field descriptions: src/schemas/initiative.ts
title: ${q(title)}
proposer:
  countries: [${ids.country}] # TODO: who proposed it (country ids)
  people: [] # person ids (content/people/)
status: proposed # proposed | announced | agreed | launched
themes: [${ids.theme}] # TODO: theme ids
summary: ${q(`TODO: one sentence on ${title}, in your own words.`)}
${cite}
${body('what was proposed, by whom, and what became of it.')}`;
    case 'events':
      return `---
# A meeting or milestone. Field descriptions: src/schemas/event.ts
title: ${q(title)}
kind: conference # summit | ministerial | bilateral-talks | business-forum | context-summit | conference | …
status: held # held | cancelled | planned
start: ${q(today)} # TODO: as precise as sourced
summary: ${q(`TODO: one sentence on ${title}, in your own words.`)}
${cite}
${body('what happened.')}`;
    case 'countries':
      return `---
# A country or partner. Field descriptions: src/schemas/country.ts
name: ${q(title)}
role: context # participant | context
iso2: XX # TODO: ISO 3166-1 alpha-2 code
summary: ${q(`TODO: one sentence on ${title}'s part, in your own words.`)}
${cite}
${body('its part in the summit.')}`;
    case 'themes':
      return `---
# A sector of cooperation. Field descriptions: src/schemas/theme.ts
title: ${q(title)}
summary: ${q(`TODO: one sentence on what ${title} covers.`)}
${body('what the summit said about this theme.')}`;
    case 'people':
      return `# A person named in the sources. Field descriptions: src/schemas/person.ts
name: ${q(title)}
role: "TODO: role at the time, as the sources give it"
country: ${ids.country} # TODO: country id
summary: ${q(`TODO: one sentence on ${title}'s part, in your own words.`)}
${cite}
`;
    case 'organisations':
      return `# A company, agency or body. Field descriptions: src/schemas/organisation.ts
name: ${q(title)}
kind: company # company | bank | agency | ministry | government | international | university | city
summary: ${q(`TODO: one sentence on ${title}'s part, in your own words.`)}
${cite}
`;
    case 'sources':
      return `# A source the briefing cites. Field descriptions: src/schemas/source.ts
label: S999 # TODO: its label in the research notes
title: ${q(title)}
publisher: "TODO: who published it"
url: https://example.org/TODO # TODO: its address
kind: press # official | press | analysis | reference
`;
    case 'glossary':
      return `# A term a reader may not know. Field descriptions: src/schemas/glossary.ts
term: ${q(title)}
definition: ${q(`TODO: what ${title} means, in your own words.`)}
`;
  }
}
