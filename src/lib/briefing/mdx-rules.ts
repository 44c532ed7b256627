// What an MDX body may contain: Markdown, and the briefing's own components with their own attributes. No HTML
// elements, scripts, expressions, imports or links that run code: a body is text, whoever wrote it.
import { CHART_KINDS, CHARTS } from '../../charts/registry.ts';
import { isJsx, jsxAttributes, jsxName, placeOf, walk, type MdastNode, type Place } from './mdx-tree.ts';
import { suggest } from './suggest.ts';

/** The components a body may use, with the attributes each takes. */
export const BODY_COMPONENTS: Record<string, readonly string[]> = {
  Cite: ['s'],
  Lang: ['code'],
  ...Object.fromEntries(CHART_KINDS.map((kind) => [CHARTS[kind].tag, Object.keys(CHARTS[kind].attributes)])),
};

/** Link targets a reader's browser only navigates to, never runs. */
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto']);
const EMBEDS = new Set([
  'script',
  'iframe',
  'style',
  'object',
  'embed',
  'frame',
  'frameset',
  'link',
  'meta',
  'base',
  'form',
  'svg',
  'math',
  'template',
]);

export interface BodyProblem extends Place {
  message: string;
  hint: string;
}

/** The scheme a browser would see: it ignores tabs, line breaks and leading spaces ("java\tscript:"). */
function schemeOf(url: string): string | undefined {
  // Control characters are what this strips, on purpose.
  // eslint-disable-next-line no-control-regex
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
}

const componentList = () =>
  Object.keys(BODY_COMPONENTS)
    .map((c) => `<${c}>`)
    .join(', ');

function elementProblem(name: string): Omit<BodyProblem, 'line' | 'column'> {
  const guess = suggest(name, Object.keys(BODY_COMPONENTS));
  if (!name) return { message: 'a fragment <>…</> is not allowed in a body', hint: 'remove the <> and </>.' };
  if (/^[a-z]/.test(name)) {
    return {
      message: `<${name}> is an HTML element; bodies hold Markdown and the briefing's components only`,
      hint: guess
        ? `did you mean <${guess}>? Components start with a capital letter.`
        : EMBEDS.has(name.toLowerCase())
          ? 'remove it: a body may not run scripts, style the page or embed other content.'
          : 'write Markdown instead: **bold**, *italic*, [text](https://…), a blank line between paragraphs.',
    };
  }
  return {
    message: `<${name}> is not a component of the briefing`,
    hint: guess ? `did you mean <${guess}>?` : `use one of ${componentList()}.`,
  };
}

/** Everything in a parsed body that the briefing does not allow, each with its place and fix. */
export function bodyProblems(tree: MdastNode): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const at = (node: MdastNode, p: Omit<BodyProblem, 'line' | 'column'>): void => {
    problems.push({ ...(placeOf(node) ?? { line: 1, column: 1 }), ...p });
  };
  walk(tree, (node): void => {
    if (isJsx(node)) {
      const name = jsxName(node);
      const allowed = BODY_COMPONENTS[name];
      if (!allowed) return at(node, elementProblem(name));
      for (const a of jsxAttributes(node)) {
        if (/^on/i.test(a.name)) {
          at(node, {
            message: `<${name}> has an event handler "${a.name}"`,
            hint: `remove ${a.name}=…: a body may not run scripts.`,
          });
        } else if (a.expression) {
          at(node, {
            message: `<${name} ${a.name}={…}> computes its value with JavaScript`,
            hint: `write the value as text in quotes: ${a.name}="…".`,
          });
        } else if (!allowed.includes(a.name)) {
          at(node, {
            message: `<${name}> has no attribute "${a.name}"`,
            hint: allowed.length
              ? `<${name}> takes ${allowed.map((x) => `${x}="…"`).join(', ')} only.`
              : `remove ${a.name}="…": <${name}> takes no attributes.`,
          });
        }
      }
      return;
    }
    switch (node.type) {
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        return at(node, {
          message: 'a {…} expression runs JavaScript when the site is built',
          hint: 'write the text itself; to show a brace, write \\{.',
        });
      case 'mdxjsEsm':
        return at(node, {
          message: 'import and export lines are not allowed in a body',
          hint: `remove the line; ${componentList()} need no import.`,
        });
      case 'html':
        return at(node, { message: 'raw HTML is not allowed in a body', hint: 'write Markdown instead.' });
      case 'link':
      case 'image':
      case 'definition': {
        const url = (node as { url?: string }).url ?? '';
        const scheme = schemeOf(url);
        if (scheme && !SAFE_SCHEMES.has(scheme)) {
          at(node, {
            message: `a ${node.type === 'image' ? 'picture' : 'link'} to "${scheme}:" is not allowed (${JSON.stringify(url.slice(0, 40))})`,
            hint: 'link to an https:// address, or to a page of the briefing ("/documents/tokyo-declaration/").',
          });
        }
      }
    }
  });
  return problems;
}
