// The only module that reads Astro's content collections. Everything else works on the plain data it returns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getCollection, getEntry, render } from 'astro:content';
import * as yaml from 'js-yaml';
import type { CollectionName } from '../../schemas/index.ts';
import { SiteSchema, type Site } from '../../schemas/site.ts';
import { contentDir } from '../../settings.ts';
import { ContentError, type ContentProblem } from '../errors.ts';
import { Briefing } from './briefing.ts';
import { COLLECTIONS } from './collections/index.ts';
import type { Entry, RawBriefing } from './model.ts';
import { validateBriefing } from './validate.ts';
import { chartProblems } from '../../charts/rules.ts';
import { timed } from '../profile.ts';
import { entryFiles, wasCheckedContent } from './checked-content.ts';

function loadSite(): Site {
  const file = join(contentDir(), 'site.yaml');
  let data: unknown;
  try {
    data = yaml.load(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ContentError([
      {
        collection: 'site',
        id: 'site',
        file,
        field: '',
        message: `cannot be read: ${(error as Error).message.split('\n')[0]}`,
        hint: 'create it: title, shortTitle, description, summit, publisher, version, updated.',
      },
    ]);
  }
  const result = SiteSchema.safeParse(data);
  if (!result.success) {
    const problems: ContentProblem[] = result.error.issues.map((i) => ({
      collection: 'site',
      id: 'site',
      file,
      field: i.path.join('.'),
      message: i.message,
      hint: 'see src/schemas/site.ts.',
    }));
    throw new ContentError(problems);
  }
  return result.data;
}

async function loadRaw(): Promise<RawBriefing> {
  const raw = {} as Record<CollectionName, Entry[]>;
  for (const collection of COLLECTIONS) {
    const entries = await getCollection(collection);
    raw[collection] = entries.map((e) => ({
      collection,
      id: e.id,
      data: e.data as Entry['data'],
      body: e.body ?? '',
      file: e.filePath ?? `${contentDir()}/${collection}/${e.id}`,
    }));
  }
  return raw as unknown as RawBriefing;
}

let cached: Promise<Briefing> | undefined;

/** The whole briefing, validated across entries; loaded once per build. Bad content throws a readable ContentError. */
export function loadBriefing(): Promise<Briefing> {
  cached ??= timed('content: read collections, validate, build the model', async () => {
    const raw = await loadRaw();
    const site = loadSite();
    // The build's content check passed these very files a moment ago (src/lib/briefing/checked-content.ts).
    const checked = wasCheckedContent(contentDir(), entryFiles(raw));
    const problems = checked ? [] : validateBriefing(raw, { site, modelRules: chartProblems });
    if (!raw.events.some((e) => e.id === site.summit)) {
      problems.push({
        collection: 'site',
        id: 'site',
        file: join(contentDir(), 'site.yaml'),
        field: 'summit',
        message: `unknown events entry "${site.summit}"`,
        hint: 'name the id of the main event in content/events/.',
      });
    }
    if (problems.length) throw new ContentError(problems);
    return new Briefing(raw, site);
  });
  return cached;
}

/** Renders an entry's MDX body; pages show it with the site's MDX components. */
export async function renderEntry(entry: Pick<Entry, 'collection' | 'id'>) {
  const astroEntry = await getEntry(entry.collection, entry.id);
  if (!astroEntry) throw new Error(`unknown ${entry.collection} entry: "${entry.id}"`);
  // YAML entries have no body to render.
  if (!astroEntry.body?.trim()) return { Content: undefined, headings: [] };
  return render(astroEntry);
}
