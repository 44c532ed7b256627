// Builds the <pagefind-*> elements of the header's results-as-you-type panel, after the Component UI is configured.
import { PLACEHOLDER_TEMPLATE, RESULT_TEMPLATE } from '../../lib/search/result-template.ts';

// Elements are made in a document of their own, where <pagefind-*> stay plain until they join the page, whole: made
// in the page, each would start as soon as it exists, before its templates and neighbours are in place.
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

/** The results list, rendered with the site's result template, each with up to `sections` matching sections. */
export function resultsElement(sections: number): HTMLElement {
  return element('pagefind-results', { 'max-sub-results': String(sections) }, [
    template(RESULT_TEMPLATE),
    template(PLACEHOLDER_TEMPLATE, 'placeholder'),
  ]);
}
