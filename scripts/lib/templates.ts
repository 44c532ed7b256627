// Templates for `npm run new`: a commented entry with every required field, TODOs where facts are needed. Each
// collection's template lives in its module (src/lib/briefing/collections/).
import { specOf } from '../../src/lib/briefing/collections/index.ts';
import type { TemplateIds } from '../../src/lib/briefing/collections/spec.ts';
import type { CollectionName } from '../../src/schemas/index.ts';

export type { TemplateIds } from '../../src/lib/briefing/collections/spec.ts';

/** The text of a new entry's file. `today` is an ISO date; ids must exist in the content. */
export function entryTemplate(collection: CollectionName, title: string, ids: TemplateIds, today: string): string {
  return specOf(collection).template(title, ids, today);
}
