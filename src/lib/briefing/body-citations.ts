import { parseCitationList, type Citation } from '../../schemas/citation.ts';
import { isJsx, jsxAttributes, jsxName, parseMdx, placeOf, walk, type MdastNode, type Place } from './mdx-tree.ts';

/** A `<Cite s="…" />` found in an MDX body. */
export interface BodyCitation {
  /** The attribute as written, e.g. "s1 ¶5; s35". */
  text: string;
  /** Parsed citations, or undefined when the attribute is malformed. */
  cites: Citation[] | undefined;
  /** Where the tag starts, counted in the text that was parsed. */
  place?: Place | undefined;
}

/** The `<Cite>` tags of a parsed MDX tree, in reading order (never those shown in code). */
export function citationsInTree(tree: MdastNode): BodyCitation[] {
  const found: BodyCitation[] = [];
  walk(tree, (node) => {
    if (!isJsx(node) || jsxName(node) !== 'Cite') return;
    const text = jsxAttributes(node).find((a) => a.name === 's')?.value ?? '';
    found.push({ text, cites: parseCitationList(text), place: placeOf(node) });
  });
  return found;
}

/**
 * Finds the citations an MDX body makes with `<Cite s="s1 ¶5" />`, in reading order. A body that does not parse
 * has none here: the content check reports its syntax error with line and column.
 */
export function extractBodyCitations(body: string): readonly BodyCitation[] {
  if (!body.includes('<Cite')) return [];
  let found = parsed.get(body);
  if (!found) {
    const { tree } = parseMdx(body);
    found = Object.freeze(tree ? citationsInTree(tree) : []);
    // A build holds every body anyway; the bound is for a long-running dev server that sees many edits.
    if (parsed.size >= MAX_PARSED) parsed.clear();
    parsed.set(body, found);
  }
  return found;
}

/**
 * Bodies already read, by their text: the validation, every page's notes, the book and the sources' "cited by" lists
 * all ask for the same bodies, and parsing each once instead of each time saved seconds on a big briefing.
 */
const parsed = new Map<string, readonly BodyCitation[]>();
const MAX_PARSED = 20_000;
