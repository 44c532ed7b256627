// Gate: no internal wording on a built page. The briefing is written from research notes and filled in by
// templates; neither may show through: the notes' own names for things, a template's stock phrase, two sentences
// run together where two pieces of a template meet, a field's name standing where its value belongs.
// It reads the built HTML as a reader meets it: the text of the page with blocks kept apart, plus the title,
// description and the labels a screen reader speaks.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import * as cheerio from 'cheerio';
import { htmlFiles } from './files.ts';

export interface WordingRule {
  name: string;
  pattern: RegExp;
  /** What to write instead. */
  fix: string;
}

export const WORDING_RULES: WordingRule[] = [
  {
    name: 'the research notes named',
    pattern: /\bresearch notes?\b/i,
    fix: 'say what the sources say, or name the source ("source S45")',
  },
  {
    name: 'a template’s attribution',
    pattern: /\bas S\d+[a-z]? reports it\b/i,
    fix: 'name the source in the sentence or leave it to the citation mark',
  },
  { name: 'a doubled hedge', pattern: /≈\s*(about|around|some|roughly|approximately)\b/i, fix: 'keep one of the two' },
  {
    name: 'sentences run together',
    pattern: /[\p{L}\d)\]”’"][.!?;:]\p{Lu}\p{Ll}/u,
    fix: 'put a space between the two pieces of text, e.g. {" "} between two expressions in a template',
  },
  {
    name: 'words run together at a colon or comma',
    pattern: /\p{Ll}{2}[:,]\p{Ll}{2}/u,
    fix: 'put a space after the colon or comma, e.g. {" "} before the element that follows',
  },
  { name: 'a field label from the notes', pattern: /\bLabel in the\b/i, fix: 'call it "Label"' },
  {
    name: 'a placeholder',
    pattern: /\b(undefined|NaN|TODO|FIXME)\b|\[object Object\]/,
    fix: 'fill in the value, or leave the row out when there is none',
  },
  {
    name: 'a space before punctuation',
    pattern: /[\p{L}\d)] [,.;:](?=\s|$)/u,
    fix: 'an empty value left a gap: leave the clause out when there is nothing to say',
  },
  { name: 'empty brackets', pattern: /\(\s*\)|\[\s*\]/, fix: 'leave the brackets out when there is nothing in them' },
];

/** Fact-box values that are the name of a field, or a kind of value, rather than the value ("Title: Official title"). */
const FIELD_NAME_VALUES = /^(official title|descriptive title|title|value|label|name|text|yes|no|true|false|null)$/i;

/** Elements that start a new block of text in a browser (or a separate string in an SVG). */
const BLOCKS = new Set(
  (
    'address article aside blockquote br button caption dd details dialog div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr img input li main nav ol optgroup option p pre section select ' +
    'summary table tbody td textarea tfoot th thead tr ul svg g text title desc'
  ).split(' '),
);
/** Text nobody reads as prose: scripts, styles, and machine formats (BibTeX, RIS) set in <pre>. */
const SKIP = new Set(['script', 'style', 'template', 'noscript', 'pre']);
/** Inline code stands for itself: a token keeps the sentence around it whole. */
const CODE = new Set(['code', 'kbd', 'samp']);

/** The page's words as a reader meets them: inline elements run on, blocks are separated by a line break. */
export function readerText($: cheerio.CheerioAPI): string[] {
  let out = '';
  const walk = (nodes: cheerio.Cheerio<never>) =>
    nodes.contents().each((_, node) => {
      if (node.type === 'text') out += node.data;
      else if (node.type === 'tag') {
        if (SKIP.has(node.name)) return;
        if (CODE.has(node.name)) {
          out += 'code';
          return;
        }
        const block = BLOCKS.has(node.name);
        if (block) out += '\n';
        walk($(node) as never);
        if (block) out += '\n';
      }
    });
  walk($('body') as never);
  const spoken = $('[aria-label], [title], img[alt]')
    .toArray()
    .flatMap((el) => ['aria-label', 'title', 'alt'].map((a) => $(el).attr(a) ?? ''));
  const head = [$('head title').text(), $('meta[name="description"]').attr('content') ?? ''];
  return [...out.split('\n'), ...spoken, ...head].map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

export interface WordingProblem {
  page: string;
  rule: string;
  /** The words around the problem. */
  at: string;
  fix: string;
}

/** Every internal wording in one page's HTML; `page` names it in the problems. */
export function wordingProblems(html: string, page = ''): WordingProblem[] {
  const $ = cheerio.load(html);
  const problems: WordingProblem[] = [];
  for (const line of readerText($)) {
    for (const rule of WORDING_RULES) {
      const m = rule.pattern.exec(line);
      if (!m) continue;
      const at = line.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30);
      problems.push({ page, rule: rule.name, at, fix: rule.fix });
    }
  }
  for (const dt of $('dl dt').toArray()) {
    const value = $(dt).next('dd').text().replace(/\s+/g, ' ').trim();
    if (FIELD_NAME_VALUES.test(value))
      problems.push({
        page,
        rule: 'a field name where its value belongs',
        at: `${$(dt).text().trim()}: ${value}`,
        fix: 'show the value itself (or say plainly what is known), not the name of a field',
      });
  }
  return problems;
}

/** Every internal wording on every page of a built folder. */
export function siteWordingProblems(dir: string): WordingProblem[] {
  return htmlFiles(dir).flatMap((file) => wordingProblems(readFileSync(file, 'utf8'), relative(dir, file)));
}

export const formatWordingProblems = (problems: WordingProblem[]) =>
  problems.map((p) => `${p.page}: ${p.rule}: “…${p.at}…” — ${p.fix}`);
