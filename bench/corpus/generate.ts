// Generates a schema-valid content folder of any size from a seed: the real countries and sectors, and as many
// documents as asked, with sources, initiatives, events, people and organisations in proportion, as a briefing
// grows into an archive. Pure: returns the files' text; write.ts puts them on disk.
import * as yaml from 'js-yaml';
import { slugify } from '../../src/lib/slug.ts';
import { DOCUMENT_KINDS } from '../../src/schemas/document.ts';
import { EVENT_KINDS } from '../../src/schemas/event.ts';
import { INITIATIVE_STATUSES } from '../../src/schemas/initiative.ts';
import { MONEY_NATURES } from '../../src/schemas/money.ts';
import { QUALIFIERS } from '../../src/schemas/primitives.ts';
import { createRandom, type Random } from './random.ts';
import { body, makeName, type TextSubject } from './text.ts';
import {
  ADJECTIVES,
  COUNTRIES,
  FAMILY_NAMES,
  GIVEN_NAMES,
  MINISTRIES,
  ORGANISATION_PATTERNS,
  PUBLISHERS,
  THEMES,
  type CountryFacts,
  type ThemeWords,
} from './vocabulary.ts';

export interface CorpusOptions {
  /** How many entries in content/documents. */
  documents: number;
  /** Same seed and size, same files. */
  seed: number;
}

/** One file of the content folder: its path inside the folder and its text. */
export interface CorpusFile {
  path: string;
  text: string;
}

/** How many entries of each other collection go with `documents` documents (a real archive's rough proportions). */
export function corpusSizes(documents: number) {
  return {
    documents,
    sources: Math.max(12, Math.round(documents * 0.5)),
    initiatives: Math.max(6, Math.round(documents * 0.2)),
    events: Math.max(4, Math.round(documents * 0.05)),
    organisations: Math.max(6, Math.round(documents * 0.02)),
    ministers: Math.max(6, Math.round(documents * 0.02)),
    names: Math.max(40, Math.round(documents * 0.3)),
    glossary: 20,
  };
}

/** The main event every generated corpus is about (site.yaml `summit`). */
export const SUMMIT_ID = 'summit-2025';

/** Document kinds, commonest first (memorandums outnumber treaties in any archive of bilateral deals). */
export const GENERATED_DOCUMENT_KINDS = [
  'memorandum',
  'agreement',
  'joint-statement',
  'package',
  'declaration',
  'treaty',
] as const satisfies readonly (typeof DOCUMENT_KINDS)[number][];

const PARTICIPANTS = COUNTRIES.filter((c) => c.role === 'participant');
const JAPAN = COUNTRIES.find((c) => c.id === 'japan')!;
const CENTRAL_ASIA = PARTICIPANTS.filter((c) => c !== JAPAN);

const mdx = (data: Record<string, unknown>, text: string) => `---\n${dump(data)}---\n${text}`;
const dump = (data: Record<string, unknown>) => yaml.dump(stripUndefined(data), { lineWidth: -1 });

/** js-yaml writes `undefined` fields as errors; optional fields are simply left out. */
function stripUndefined(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
  );
}

function uniqueIds(base: string[]): string[] {
  const seen = new Map<string, number>();
  return base.map((b) => {
    const n = (seen.get(b) ?? 0) + 1;
    seen.set(b, n);
    return n === 1 ? b : `${b}-${n}`;
  });
}

function partialDate(random: Random, year: number): string {
  const month = String(random.int(1, 12)).padStart(2, '0');
  const day = String(random.int(1, 28)).padStart(2, '0');
  const precision = random.next();
  return precision < 0.7 ? `${year}-${month}-${day}` : precision < 0.9 ? `${year}-${month}` : String(year);
}

/** Recent years are commoner, as an archive fills up after a dialogue becomes a summit. */
const recentYear = (random: Random) => 2004 + Math.floor(22 * Math.sqrt(random.next()));

export function generateCorpus({ documents, seed }: CorpusOptions): CorpusFile[] {
  if (!Number.isInteger(documents) || documents < 1)
    throw new Error(`documents must be a whole number ≥ 1, got ${documents}`);
  const random = createRandom(seed);
  const sizes = corpusSizes(documents);
  const files: CorpusFile[] = [];
  const names = Array.from({ length: sizes.names }, () => makeName(random));

  // Ids first, so entries can point at each other both ways.
  const sourceIds = Array.from({ length: sizes.sources }, (_, i) => `s${i + 1}`);
  const personName = () => `${random.pick(GIVEN_NAMES)} ${random.pick(FAMILY_NAMES)}`;
  const leaders = PARTICIPANTS.map((country) => ({ country, name: personName() }));
  const ministers = Array.from({ length: sizes.ministers }, () => ({
    country: random.pick(PARTICIPANTS),
    name: personName(),
    ministry: random.pick(MINISTRIES),
  }));
  const peopleIds = uniqueIds([...leaders, ...ministers].map((p) => slugify(p.name)));
  const leaderIds = new Map(leaders.map((l, i) => [l.country.id, peopleIds[i]!]));
  const peopleByCountry = (country: CountryFacts) =>
    peopleIds.filter((_, i) => [...leaders, ...ministers][i]!.country === country);
  const organisations = Array.from({ length: sizes.organisations }, () => {
    const pattern = random.pick(ORGANISATION_PATTERNS);
    const name = pattern.pattern.replace('{x}', random.pick(names)).replace('{m}', random.pick(MINISTRIES));
    return { name, kind: pattern.kind, country: random.pick(PARTICIPANTS) };
  });
  const organisationIds = uniqueIds(organisations.map((o) => slugify(o.name)));
  const eventIds = [SUMMIT_ID, ...uniqueIds(Array.from({ length: sizes.events - 1 }, (_, i) => `event-${i + 1}`))];

  const docPlans = Array.from({ length: documents }, () => {
    const kind = random.pickSkewed(GENERATED_DOCUMENT_KINDS);
    const shape = random.next();
    const parties =
      shape < 0.75
        ? [JAPAN, random.pick(CENTRAL_ASIA)]
        : shape < 0.85
          ? PARTICIPANTS
          : shape < 0.95
            ? [JAPAN, ...random.sample(CENTRAL_ASIA, 2)]
            : [random.pick(CENTRAL_ASIA), random.pick(COUNTRIES.filter((c) => c.role === 'context'))];
    const themes = random.sample(THEMES, random.int(1, 3));
    return { kind, parties, themes, object: random.pick(themes[0]!.objects) };
  });
  const documentIds = uniqueIds(
    docPlans.map((d) => `${d.kind}-${d.parties.at(-1)!.iso2.toLowerCase()}-${slugify(d.object)}`),
  );
  const initiativeThemes = Array.from({ length: sizes.initiatives }, () => random.sample(THEMES, random.int(1, 3)));
  const initiativeTitles = initiativeThemes.map((t) => `${random.pick(names)} ${random.pick(t[0]!.projects)}`);
  const initiativeIds = uniqueIds(initiativeTitles.map(slugify));

  /** A few sources an entry draws on most, as one story is covered by a handful of outlets. */
  const ownSources = () => random.sample(sourceIds, random.int(1, 4));
  const citeOf = (sources: string[]) => sources.map((s) => (random.chance(0.5) ? `${s} ¶${random.int(1, 14)}` : s));
  const subject = (countries: CountryFacts[], themes: ThemeWords[], sources: string[], year: number): TextSubject => ({
    countries,
    themes,
    sources,
    names,
    organisations: organisations.map((o) => o.name),
    year,
  });
  const discrepancies = (topics: string[]) =>
    Array.from({ length: random.chance(0.25) ? random.int(1, 2) : 0 }, () => ({
      topic: random.pick(topics),
      accounts: [0, 1].map(() => ({
        says: `${random.pick(ADJECTIVES)} ${random.pick(random.pick(THEMES).objects)}`,
        cite: citeOf(random.sample(sourceIds, 1)),
      })),
      ...(random.chance(0.5)
        ? { note: 'Our reading: the sources may describe different stages of the same text.' }
        : {}),
    }));
  const counts = (unit: string) =>
    Array.from({ length: random.chance(0.2) ? 2 : 1 }, () => ({
      value: random.int(2, 80),
      qualifier: random.pick(QUALIFIERS),
      unit,
      cite: citeOf(random.sample(sourceIds, 1)),
    }));
  const money = () =>
    Array.from({ length: random.chance(0.2) ? 2 : 1 }, () => {
      const currency = random.pick(['JPY', 'USD', 'USD', 'EUR'] as const);
      const scale = currency === 'JPY' ? 1e8 : 1e6;
      const amount = random.int(1, 3000) * scale;
      return {
        amount,
        currency,
        qualifier: random.pick(QUALIFIERS),
        nature: random.pick(MONEY_NATURES),
        cite: citeOf(random.sample(sourceIds, 1)),
        ...(random.chance(0.1)
          ? {
              equivalents: [
                {
                  amount: currency === 'JPY' ? Math.round(amount / 150) : amount * 150,
                  currency: currency === 'JPY' ? 'USD' : 'JPY',
                  cite: citeOf(random.sample(sourceIds, 1)),
                },
              ],
            }
          : {}),
      };
    });

  // Site
  files.push({
    path: 'site.yaml',
    text: dump({
      title: `Generated briefing: ${documents} documents`,
      shortTitle: 'Generated briefing',
      description: `A generated archive of ${documents} documents in the shape of the CA+JAD briefing, for benchmarks (seed ${seed}).`,
      summit: SUMMIT_ID,
      publisher: 'CA+JAD Briefing Team (generated)',
      version: '0.0',
      updated: '2026-11-28',
      language: 'en',
    }),
  });

  // Sources
  sourceIds.forEach((id, i) => {
    const kind = random.pickSkewed(['press', 'official', 'analysis', 'reference'] as const);
    const publisher = random.pick(PUBLISHERS[kind]);
    const theme = random.pick(THEMES);
    const country = random.pick(CENTRAL_ASIA);
    const year = recentYear(random);
    files.push({
      path: `sources/${id}.yaml`,
      text: dump({
        label: `S${i + 1}`,
        title: `${country.name} and Japan: ${random.pick(theme.objects)} and ${random.pick(theme.objects)}`,
        publisher,
        url: `https://${slugify(publisher)}.example.org/${year}/${id}`,
        published: partialDate(random, year),
        kind,
        language: random.chance(0.85) ? 'en' : random.pick(['ja', 'ru', 'uz', 'kk']),
        reliability: random.chance(0.08) ? 'An aggregator that gives no source for its figures.' : undefined,
      }),
    });
  });

  // Countries
  for (const country of COUNTRIES) {
    const sources = ownSources();
    const leader = leaderIds.get(country.id);
    files.push({
      path: `countries/${country.id}.mdx`,
      text: mdx(
        {
          name: country.name,
          role: country.role,
          iso2: country.iso2,
          iso3: country.iso3,
          isoNumeric: country.isoNumeric,
          capital: country.capital,
          capitalCoords: country.capitalCoords,
          leader,
          visit:
            country.role === 'participant' && country !== JAPAN
              ? { arrived: '2025-12-18', left: '2025-12-21', cite: citeOf(sources.slice(0, 1)) }
              : undefined,
          summary: `${country.name}, ${country.role === 'participant' ? 'a participant in the dialogue' : 'a partner of Central Asia in its own "5+1" format'}, and what it proposed and signed.`,
          cite: citeOf(sources),
          discrepancies: discrepancies(['Visit status', 'Date of arrival', 'Number of agreements']),
          aliases: [`${country.adjective} side`],
          order: country.order,
        },
        body(
          random,
          subject([country, JAPAN], random.sample(THEMES, 3), sources, 2025),
          random.logNormal(240, 0.5, 60, 900),
        ),
      ),
    });
  }

  // Themes
  for (const theme of THEMES) {
    const sources = ownSources();
    files.push({
      path: `themes/${theme.id}.mdx`,
      text: mdx(
        {
          title: theme.title,
          summary: `${theme.title}: ${theme.objects.slice(0, 3).join(', ')} and related projects.`,
          order: theme.order,
          aliases: theme.objects.slice(3, 6),
        },
        body(random, subject(PARTICIPANTS, [theme], sources, 2025), random.logNormal(120, 0.5, 35, 500)),
      ),
    });
  }

  // People
  [...leaders, ...ministers].forEach((person, i) => {
    const isLeader = i < leaders.length;
    const role = isLeader
      ? `${person.country.leaderTitle} of ${person.country.name}`
      : `Minister of ${(person as (typeof ministers)[number]).ministry} of ${person.country.name}`;
    files.push({
      path: `people/${peopleIds[i]}.yaml`,
      text: dump({
        name: person.name,
        role,
        country: person.country.id,
        leader: isLeader,
        summary: `${role}, who ${isLeader ? 'led the delegation to the summit' : 'signed documents in the sector'}.`,
        cite: citeOf(ownSources()),
      }),
    });
  });

  // Organisations
  organisations.forEach((o, i) => {
    files.push({
      path: `organisations/${organisationIds[i]}.yaml`,
      text: dump({
        name: o.name,
        kind: o.kind,
        country: o.country.id,
        summary: `${o.name}, named in documents on ${random.pick(random.pick(THEMES).objects)}.`,
        cite: citeOf(ownSources()),
      }),
    });
  });

  // Events
  eventIds.forEach((id, i) => {
    const sources = ownSources();
    const isSummit = id === SUMMIT_ID;
    const country = isSummit ? JAPAN : random.pick(PARTICIPANTS);
    const year = isSummit ? 2025 : recentYear(random);
    const participants = isSummit ? PARTICIPANTS : [JAPAN, random.pick(CENTRAL_ASIA)];
    files.push({
      path: `events/${id}.mdx`,
      text: mdx(
        {
          title: isSummit
            ? 'First CA+JAD summit'
            : `${random.pick(['Meeting', 'Consultations', 'Forum', 'Talks'])} on ${random.pick(random.pick(THEMES).objects)} in ${random.pick(country.cities)} (${i})`,
          kind: isSummit ? 'summit' : random.pick(EVENT_KINDS.filter((k) => k !== 'summit')),
          status: year > 2025 ? 'planned' : 'held',
          start: isSummit ? '2025-12-19' : partialDate(random, year),
          end: isSummit ? '2025-12-20' : undefined,
          place: random.pick(country.cities),
          country: country.id,
          dialogue: random.chance(0.8),
          partOf: !isSummit && random.chance(0.2) ? SUMMIT_ID : undefined,
          participants: participants.map((c) => c.id),
          people: participants.map((c) => leaderIds.get(c.id)!).filter(Boolean),
          summary: `${isSummit ? 'The first summit of the dialogue at heads-of-state level' : 'A meeting of the dialogue'} in ${country.name}, with ${participants.length} countries taking part.`,
          cite: citeOf(sources),
          counts: random.chance(0.15) ? [counts('participants')] : undefined,
          discrepancies: discrepancies(['Date', 'Level of the meeting']),
        },
        body(
          random,
          subject(participants, random.sample(THEMES, 2), sources, year),
          random.logNormal(90, 0.6, 25, 700),
        ),
      ),
    });
  });

  // Documents
  docPlans.forEach((plan, i) => {
    const sources = ownSources();
    const year = recentYear(random);
    const [a, b] = [plan.parties[0]!, plan.parties.at(-1)!];
    const label = plan.kind.replace('-', ' ');
    const partyNames = plan.parties.length > 2 ? `${a.name} and the Central Asian states` : `${a.name} and ${b.name}`;
    const title =
      plan.kind === 'package'
        ? `Package of agreements between ${partyNames} on ${plan.object}`
        : `${label.charAt(0).toUpperCase()}${label.slice(1)} between ${partyNames} on ${plan.object}`;
    const signatories = plan.parties.flatMap((c) => peopleByCountry(c).slice(0, 1));
    files.push({
      path: `documents/${documentIds[i]}.mdx`,
      text: mdx(
        {
          title,
          officialTitle: random.chance(0.4),
          titleVariants: random.chance(0.15)
            ? [{ text: `${plan.object} ${label}`, cite: citeOf(sources.slice(0, 1)) }]
            : undefined,
          kind: plan.kind,
          parties: plan.parties.map((c) => c.id),
          organisations: random.sample(organisationIds, random.chance(0.4) ? random.int(1, 3) : 0),
          signatories: random.chance(0.6) ? signatories : undefined,
          date: partialDate(random, year),
          event: random.chance(0.3) ? random.pick(eventIds) : undefined,
          count: plan.kind === 'package' || random.chance(0.1) ? counts('documents') : undefined,
          value: random.chance(0.2) ? money() : undefined,
          themes: plan.themes.map((t) => t.id),
          initiatives: random.chance(0.3) ? random.sample(initiativeIds, random.int(1, 2)) : undefined,
          summary: `${/^[aeiou]/.test(label) ? 'An' : 'A'} ${label} in which ${partyNames} set out ${random.pick(ADJECTIVES)} cooperation on ${plan.object}${plan.themes.length > 1 ? ` and ${plan.themes[1]!.objects[0]}` : ''}.`,
          cite: citeOf(sources),
          discrepancies: discrepancies(['Date of signing', 'Number of documents', 'Value of the package', 'Parties']),
          aliases: random.chance(0.3) ? [`${random.pick(names)} ${label}`] : undefined,
        },
        // Outcome documents run from a short note to a long analysis: median about 220 words.
        body(random, subject(plan.parties, plan.themes, sources, year), random.logNormal(220, 0.6, 50, 1800)),
      ),
    });
  });

  // Initiatives
  initiativeIds.forEach((id, i) => {
    const sources = ownSources();
    const themes = initiativeThemes[i]!;
    const proposers = random.chance(0.9) ? [random.pick(PARTICIPANTS)] : random.sample(PARTICIPANTS, 2);
    const year = recentYear(random);
    files.push({
      path: `initiatives/${id}.mdx`,
      text: mdx(
        {
          title: initiativeTitles[i],
          proposer: {
            countries: proposers.map((c) => c.id),
            people: random.chance(0.5) ? [leaderIds.get(proposers[0]!.id)!] : undefined,
          },
          status: random.pickSkewed(INITIATIVE_STATUSES),
          date: partialDate(random, year),
          event: random.chance(0.4) ? random.pick(eventIds) : undefined,
          themes: themes.map((t) => t.id),
          money: random.chance(0.15) ? money() : undefined,
          documents: random.chance(0.2) ? random.sample(documentIds, 1) : undefined,
          organisations: random.chance(0.3) ? random.sample(organisationIds, 1) : undefined,
          summary: `${initiativeTitles[i]}, proposed by ${proposers.map((c) => c.name).join(' and ')} to ${random.pick(['build', 'develop', 'finance', 'study'])} ${themes[0]!.objects[0]}.`,
          cite: citeOf(sources),
          discrepancies: discrepancies(['Status', 'Cost', 'Proposer']),
        },
        body(random, subject([...proposers, JAPAN], themes, sources, year), random.logNormal(80, 0.6, 18, 600)),
      ),
    });
  });

  // Glossary
  const terms = random.sample(
    THEMES.flatMap((t) => t.objects.map((o) => ({ term: o, theme: t }))),
    sizes.glossary,
  );
  uniqueIds(terms.map((t) => slugify(t.term))).forEach((id, i) => {
    const { term, theme } = terms[i]!;
    files.push({
      path: `glossary/${id}.yaml`,
      text: dump({
        term: term.charAt(0).toUpperCase() + term.slice(1),
        definition: `A term from ${theme.title.toLowerCase()}: ${term}, as the documents of the dialogue use it.`,
        cite: random.chance(0.5) ? citeOf(random.sample(sourceIds, 1)) : undefined,
        seeAlso: [`themes/${theme.id}`],
      }),
    });
  });

  return files.sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0));
}
