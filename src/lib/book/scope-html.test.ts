import { describe, expect, it } from 'vitest';
import { scopeHtml } from './scope-html.ts';

const scope = (html: string, extra: Partial<Parameters<typeof scopeHtml>[1]> = {}) =>
  scopeHtml(html, { prefix: 'countries-japan', ...extra });

describe('scopeHtml()', () => {
  it('moves ids under the prefix, and the links and labels that point at them', async () => {
    const html =
      '<section aria-labelledby="notes"><h2 id="notes">Notes</h2><ol><li id="note-1">A</li></ol></section><sup><a href="#note-1" aria-label="Note 1">1</a></sup>';
    expect(await scope(html)).toBe(
      '<section aria-labelledby="countries-japan--notes"><h2 id="countries-japan--notes">Notes</h2><ol><li id="countries-japan--note-1">A</li></ol></section><sup><a href="#countries-japan--note-1" aria-label="Note 1">1</a></sup>',
    );
  });

  it('keeps the ids it is told are unique already, with the links to them', async () => {
    const html =
      '<figure id="chart-money" aria-labelledby="chart-money-name"><strong id="chart-money-name">Money</strong><a href="#chart-money">x</a></figure>';
    expect(await scope(html, { keep: (id) => id.startsWith('chart-') })).toBe(html);
  });

  it('follows SVG references to patterns, in attributes and in styles', async () => {
    expect(await scope('<pattern id="p1"></pattern><rect fill="url(#p1)" style="stroke:url(#p1)"/>')).toBe(
      '<pattern id="countries-japan--p1"></pattern><rect fill="url(#countries-japan--p1)" style="stroke:url(#countries-japan--p1)"/>',
    );
  });

  it('moves headings down, no deeper than h6', async () => {
    expect(await scope('<h1 class="t">A</h1><h2>B</h2><h5>C</h5>', { headingShift: 2 })).toBe(
      '<h3 class="t">A</h3><h4>B</h4><h6>C</h6>',
    );
  });

  it('sends links to pages the document holds to their anchors, and leaves the rest', async () => {
    const retarget = (href: string) => (href === '/countries/kazakhstan/' ? '#countries-kazakhstan' : undefined);
    expect(
      await scope(
        '<a href="/countries/kazakhstan/">K</a> <a href="/data/">D</a> <a href="https://example.org/" rel="external">E</a>',
        { retarget },
      ),
    ).toBe(
      '<a href="#countries-kazakhstan">K</a> <a href="/data/">D</a> <a href="https://example.org/" rel="external">E</a>',
    );
  });

  it('names each section after its entry too, so that regions named alike stay apart', async () => {
    const sectionName = { id: 'countries-japan--title', text: 'Japan' };
    expect(
      await scope(
        '<section aria-labelledby="notes"><h2 id="notes">Notes</h2></section><figure aria-labelledby="x"></figure>',
        { sectionName },
      ),
    ).toBe(
      '<section aria-labelledby="countries-japan--notes countries-japan--title"><h2 id="countries-japan--notes">Notes</h2></section><figure aria-labelledby="countries-japan--x"></figure>',
    );
    expect(
      await scope('<section aria-label="Data: Money" tabindex="0"></section><nav aria-label="Pages"></nav>', {
        sectionName,
      }),
    ).toBe('<section aria-label="Data: Money — Japan" tabindex="0"></section><nav aria-label="Pages"></nav>');
  });

  it('writes names with "&" as entities in the attributes it rewrites', async () => {
    expect(
      await scope('<section aria-label="Data">x</section>', { sectionName: { id: 't', text: 'Trade & aid' } }),
    ).toBe('<section aria-label="Data — Trade &amp; aid">x</section>');
  });

  it('leaves text, scripts, comments and quoted ">" alone', async () => {
    const html =
      '<p title="a > b">id="x" href="#y"</p><script type="module">if (a<b) x.id = "z";</script><!-- <h2 id="c"> -->';
    expect(await scope(html, { headingShift: 1 })).toBe(html);
  });
});
