// Builds the <pagefind-*> elements the search dialog uses, after the Component UI is configured.
import { PLACEHOLDER_TEMPLATE, RESULT_TEMPLATE } from '../../lib/search/result-template.ts';

// Elements are made in a document of their own, where <pagefind-*> stay plain until they join the page. Made in
// the page, they would start once where they are made and again where <pagefind-modal> moves them (its render()
// moves its children into a <dialog>): two close buttons, two sets of listeners, every count announced twice.
const workshop = document.implementation.createHTMLDocument('');

/** An element with attributes and children; text is set as text, never parsed as HTML. */
export function element(
  tag: string,
  attributes: Record<string, string> = {},
  children: (Node | string)[] = [],
): HTMLElement {
  const el = workshop.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** A template Pagefind reads from a <script type="text/pagefind-template"> child (a type browsers never run). */
function template(text: string, kind?: 'placeholder'): HTMLElement {
  const script = element('script', { type: 'text/pagefind-template', ...(kind ? { 'data-template': kind } : {}) });
  script.textContent = text;
  return script;
}

/** The results list, rendered with the site's result template. */
export function resultsElement(): HTMLElement {
  return element('pagefind-results', { 'max-sub-results': '3' }, [
    template(RESULT_TEMPLATE),
    template(PLACEHOLDER_TEMPLATE, 'placeholder'),
  ]);
}
