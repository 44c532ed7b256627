// MDX bodies read as the build reads them: parsed by satteri (the compiler @astrojs/mdx uses here) into mdast with the
// MDX extensions, so code fences, inline code and escaped text are never mistaken for tags.
import { mdxToMdast, type MdastNode } from 'satteri';

export type { MdastNode };

/** Where in the file a node or an error is: 1-based, as editors count. */
export interface Place {
  line: number;
  column: number;
}

export type ParsedMdx =
  { tree: MdastNode; error?: undefined } | { tree?: undefined; error: Place & { message: string } };

/** Parses an MDX file's text (frontmatter included, so places are the file's own lines); a syntax error with its place. */
export function parseMdx(text: string): ParsedMdx {
  try {
    return { tree: mdxToMdast(text, { features: { frontmatter: true } }) };
  } catch (error) {
    const raw = (error as Error).message;
    // satteri writes "3:7: Expected a closing tag for `<b>` (3:1) … (mdx-jsx:unexpected-character)".
    const m = /^(\d+):(\d+):\s*([\s\S]*?)\s*(\([a-z-]+:[a-z-]+\))?$/.exec(raw);
    return m
      ? { error: { line: Number(m[1]), column: Number(m[2]), message: m[3]! } }
      : { error: { line: 1, column: 1, message: raw } };
  }
}

/** Calls `visit` on every node of the tree, parents before children. */
export function walk(node: MdastNode, visit: (node: MdastNode) => void): void {
  visit(node);
  const children = (node as { children?: MdastNode[] }).children;
  if (children) for (const child of children) walk(child, visit);
}

export function placeOf(node: MdastNode): Place | undefined {
  const start = (node as { position?: { start: Place } }).position?.start;
  return start ? { line: start.line, column: start.column } : undefined;
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/** A JSX element's attributes: name → its text, or `{expression}` for a computed value. */
export function jsxAttributes(node: MdastNode): { name: string; value: string | undefined; expression: boolean }[] {
  return ((node as { attributes?: JsxAttribute[] }).attributes ?? []).map((a) => {
    if (a.type !== 'mdxJsxAttribute') return { name: '{...spread}', value: undefined, expression: true };
    const expression = !!a.value && typeof a.value === 'object';
    return { name: a.name ?? '', value: typeof a.value === 'string' ? a.value : undefined, expression };
  });
}

export const isJsx = (node: MdastNode): boolean =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
export const jsxName = (node: MdastNode): string => (node as { name?: string | null }).name ?? '';
