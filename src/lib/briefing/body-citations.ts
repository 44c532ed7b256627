import { parseCitationList, type Citation } from '../../schemas/citation.ts';

/** A `<Cite s="…" />` found in an MDX body. */
export interface BodyCitation {
  /** The attribute as written, e.g. "s1 ¶5; s35". */
  text: string;
  /** Parsed citations, or undefined when the attribute is malformed. */
  cites: Citation[] | undefined;
}

const CITE_TAG = /<Cite\b([^>]*)\/?>/g;
const S_ATTR = /\bs=(?:"([^"]*)"|'([^']*)')/;

/** Finds the citations an MDX body makes with `<Cite s="s1 ¶5" />`, in reading order. */
export function extractBodyCitations(body: string): BodyCitation[] {
  return [...body.matchAll(CITE_TAG)].map((m) => {
    const attr = S_ATTR.exec(m[1] ?? '');
    const text = attr ? (attr[1] ?? attr[2] ?? '') : '';
    return { text, cites: parseCitationList(text) };
  });
}
