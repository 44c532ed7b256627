import type { CollectionName } from '../../schemas/index.ts';

/** Collections whose entries each have a page; glossary terms are anchors on one page instead. */
export const ENTRY_PAGE_COLLECTIONS = [
  'countries',
  'initiatives',
  'documents',
  'themes',
  'events',
  'people',
  'organisations',
  'sources',
] as const satisfies readonly CollectionName[];

/** One sentence under each index page's heading. */
export const INDEX_INTROS: Record<(typeof ENTRY_PAGE_COLLECTIONS)[number], string> = {
  countries: 'The six countries at the summit, and the other partners that hold "5+1" meetings with Central Asia.',
  initiatives: 'Every programme, proposal and idea put forward around the summit, grouped by who proposed it.',
  documents: 'Every outcome document and package of agreements, with its parties, date, count and value as sourced.',
  themes: 'The sectors of cooperation, each with the initiatives and documents that fall under it.',
  events: 'The summit week, the dialogue’s earlier meetings, what comes next, and other partners’ summits for context.',
  people: 'The leaders and ministers named in the sources, with what each proposed, signed or attended.',
  organisations: 'Companies, agencies and bodies named in the sources, with the documents and initiatives they appear in.',
  sources: 'Every source this briefing cites, what kind of source it is, and what the briefing takes from it.',
};
