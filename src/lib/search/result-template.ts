// How one search result reads, for Pagefind's <pagefind-results> (its template language: {{ }} writes text escaped,
// {{+ +}} writes Pagefind's excerpt, whose page text is already escaped and whose matched words are in <mark>).
// Shared by the header's results-as-you-type and the search page, so a result looks the same in both.

/** A result: its title as a link, what kind of page it is and its date, a snippet, and up to three matching sections. */
export const RESULT_TEMPLATE = `<li class="bf-result">
  <h3 class="bf-result__title"><a class="bf-result__link" href="{{ url | safeUrl }}">{{ meta.title | default("Untitled page") }}</a></h3>
  <p class="bf-result__kind">{{ meta.kind }}{{#if meta.date}} · {{ meta.date }}{{/if}}</p>
  {{#if excerpt}}<p class="bf-result__excerpt">{{+ excerpt +}}</p>{{/if}}
  {{#if sub_results}}
  <ul class="bf-result__sections" aria-label="Matching sections">
    {{#each sub_results as sub}}
    <li><a class="bf-result__section" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a>{{#if sub.excerpt}}<p class="bf-result__excerpt">{{+ sub.excerpt +}}</p>{{/if}}</li>
    {{/each}}
  </ul>
  {{/if}}
</li>`;

/** Shown while a result loads: an empty line the height of a title, hidden from screen readers. */
export const PLACEHOLDER_TEMPLATE = `<li class="bf-result bf-result--loading" aria-hidden="true"><span class="bf-result__skeleton"></span></li>`;
