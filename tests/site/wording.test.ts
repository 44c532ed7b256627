// No internal wording on any built page: the research notes' names, template phrases, text run together where two
// template pieces meet, a field's name in place of its value. The check reads the built HTML (tests/gates/wording.ts).
import { describe, expect, it } from 'vitest';
import { formatWordingProblems, siteWordingProblems, wordingProblems } from '../gates/wording.ts';
import { DIST } from './site.ts';

describe('the wording of the built site', () => {
  it('has no internal wording on any page', () => {
    expect(formatWordingProblems(siteWordingProblems(DIST))).toEqual([]);
  });
});

describe('the wording check', () => {
  const rulesFound = (html: string) =>
    wordingProblems(`<html><head><title>t</title></head><body>${html}</body></html>`).map((p) => p.rule);

  it.each([
    ['<dl><dt>Label in the research notes</dt><dd>S39</dd></dl>', 'the research notes named'],
    ['<p>about ¥3 trillion, as S1 reports it</p>', 'a template’s attribution'],
    ['<p>¥3 trillion (≈ about €17.9 billion)</p>', 'a doubled hedge'],
    ['<p>The figure is <span>weak.</span>This one is not.</p>', 'sentences run together'],
    ['<p><span>Sources: S59; S35</span>.<span>Built from the table</span></p>', 'sentences run together'],
    ['<p>For your reference manager:<a href="x.bib">sources.bib</a></p>', 'words run together at a colon or comma'],
    ['<dl><dt>Title</dt><dd>Official title</dd></dl>', 'a field name where its value belongs'],
    ['<p>Published undefined</p>', 'a placeholder'],
    ['<p>Kazinform , 20 Dec</p>', 'a space before punctuation'],
    ['<p>Signed by ()</p>', 'empty brackets'],
  ])('finds the leak in %s', (html, rule) => {
    expect(rulesFound(html)).toContain(rule);
  });

  it('finds it in the window title, the description and a spoken label too', () => {
    const page = (head: string, body = '') => wordingProblems(`<html><head>${head}</head><body>${body}</body></html>`);
    expect(page('<title>Label in the research notes</title>')).not.toEqual([]);
    expect(page('<meta name="description" content="as S2 reports it">')).not.toEqual([]);
    expect(page('', '<a href="#n1" aria-label="Note TODO">1</a>')).not.toEqual([]);
  });

  it('lets good prose, blocks, lists, inline code and BibTeX through', () => {
    expect(
      rulesFound(
        '<p>Sources give about ¥3 trillion (about $19 bn). Most agree.</p><ul><li>Kazakhstan</li><li>Uzbekistan</li></ul>' +
          '<p>Cite it as <code>s1 ¶5</code>, paragraph 5.</p><pre>@misc{x, title = {{A.B}}}</pre>' +
          '<dl><dt>Label</dt><dd>S39</dd><dt>Publisher</dt><dd>Kun.uz</dd></dl><p>Read on nippon.com.</p>',
      ),
    ).toEqual([]);
  });
});
