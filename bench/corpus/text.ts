// Prose for generated entries: sentences about who agreed what in which sector, each sourced with <Cite />, in
// paragraphs and sections of the lengths real briefing entries have.
import type { Random } from './random.ts';
import { MONTHS } from '../../src/lib/format/format-date.ts';
import {
  ACTIONS,
  ADJECTIVES,
  NAME_SYLLABLES,
  NOUNS,
  SECTION_HEADINGS,
  type CountryFacts,
  type ThemeWords,
} from './vocabulary.ts';

/** What an entry's text talks about. */
export interface TextSubject {
  /** The countries involved (at least one). */
  countries: CountryFacts[];
  themes: ThemeWords[];
  /** Source ids its citations name; the first ones are cited most. */
  sources: string[];
  /** Names of places and projects (most are shared across entries, as in a real archive). */
  names: string[];
  organisations: string[];
  year: number;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A plausible place or project name from 2–3 syllables, e.g. "Kara-Tash" or "Aksu". */
export function makeName(random: Random): string {
  const parts = Array.from({ length: random.int(2, 3) }, () => random.pick(NAME_SYLLABLES));
  return random.chance(0.5) ? parts.map(cap).join('-') : cap(parts.join(''));
}

function phrase(random: Random): string {
  return `${random.pickSkewed(ADJECTIVES)} ${random.pickSkewed(NOUNS)}`;
}

/** A citation as an author writes it: one or two sources, most with a paragraph locator. */
export function citeMark(random: Random, sources: string[]): string {
  const cites = random
    .sample(sources, random.chance(0.25) ? 2 : 1)
    .map((s) => (random.chance(0.6) ? `${s} ¶${random.int(1, 14)}` : s));
  return `<Cite s="${cites.join('; ')}" />`;
}

/** One sentence about the subject, with or without a citation at its end. */
export function sentence(random: Random, subject: TextSubject): string {
  const a = random.pick(subject.countries);
  const others = subject.countries.filter((c) => c !== a);
  const b = others.length ? random.pick(others) : a;
  const theme = random.pick(subject.themes);
  const object = random.pick(theme.objects);
  const name = random.pickSkewed(subject.names);
  const city = random.pick(a.cities);
  const org = subject.organisations.length ? random.pick(subject.organisations) : `the ${a.adjective} government`;
  const year = subject.year + random.int(0, 6);
  const templates = [
    () =>
      `${a.name} and ${b.name} agreed to ${random.pick(ACTIONS)} ${object}, with ${phrase(random)} planned from ${year}`,
    () => `The text commits both sides to ${random.pick(ACTIONS)} ${object} in and around ${city} by ${year}`,
    () =>
      `${cap(org)} is named as the lead for the ${name} ${random.pick(theme.projects)}, which is expected to ${random.pick(ACTIONS)} ${object}`,
    () =>
      `Reports differ on whether it also covers ${random.pick(theme.objects)}; one outlet describes it as ${phrase(random)} rather than a binding commitment`,
    () =>
      `Officials in ${a.capital} said the ${name} project would ${random.pick(ACTIONS)} ${object} across ${random.chance(0.5) ? 'the region' : `${a.adjective} provinces`}`,
    () =>
      `It was signed in ${random.pick(MONTHS)} ${subject.year} and refers to earlier ${phrase(random)} on ${object}`,
    () =>
      `According to the ${a.adjective} side, ${random.int(2, 40)} ${random.pickSkewed(NOUNS)} are to follow, including ${phrase(random)} and ${random.pick(theme.objects)}`,
    () =>
      `${b.name} asked for ${phrase(random)} on ${object}, while ${a.name} stressed ${random.pick(subject.themes).objects[0]}`,
    () =>
      `The ${name} ${random.pick(theme.projects)} near ${city} is the largest item, at a reported cost the sources do not state`,
    () => `A follow-up meeting on ${object} is due in ${year}, when ${phrase(random)} will be reviewed`,
  ];
  return `${random.pick(templates)()}.`;
}

/** A paragraph of about `words` words; about one sentence in two or three ends with a citation, as in the real content. */
export function paragraph(random: Random, subject: TextSubject, words: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < words || sentences.length === 0) {
    const s = sentence(random, subject);
    count += s.split(' ').length;
    sentences.push(random.chance(0.45) ? s + citeMark(random, subject.sources) : s);
  }
  // Every paragraph says where it comes from at least once.
  const last = sentences.length - 1;
  if (!sentences[last]!.endsWith('/>')) sentences[last] += citeMark(random, subject.sources);
  return sentences.join(' ');
}

/** An MDX body of about `words` words: paragraphs of 40–110 words, with a heading every few paragraphs once long. */
export function body(random: Random, subject: TextSubject, words: number): string {
  const blocks: string[] = [];
  let written = 0;
  let sinceHeading = 0;
  const headings = random.sample(SECTION_HEADINGS, SECTION_HEADINGS.length);
  while (written < words) {
    if (words > 250 && sinceHeading >= 2 && headings.length && random.chance(0.5)) {
      blocks.push(`## ${headings.shift()}`);
      sinceHeading = 0;
    }
    const size = Math.min(words - written, random.int(40, 110));
    blocks.push(paragraph(random, subject, Math.max(size, 15)));
    written += Math.max(size, 15);
    sinceHeading++;
  }
  return `${blocks.join('\n\n')}\n`;
}
