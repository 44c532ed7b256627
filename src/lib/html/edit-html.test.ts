import { describe, expect, it } from 'vitest';
import { editHtml } from './edit-html.ts';

const page = (body: string) =>
  `<!DOCTYPE html><html lang="en"><head><title>T</title></head><body>${body}</body></html>`;

describe('editHtml()', () => {
  it('changes only what the visitor changes, leaving quoting, entities and whitespace as written', () => {
    const html = page(`<p class=lede title='a &gt; b'>Fish &amp; chips</p>\n  <a  href="/x/?a=1&amp;b=2" data-x>x</a>`);
    const out = editHtml(html, (el) => {
      if (el.tagName === 'a') el.setAttribute('href', `${el.attribute('href')}#top`);
    });
    expect(out).toBe(html.replace('href="/x/?a=1&amp;b=2"', 'href="/x/?a=1&amp;b=2#top"'));
  });

  it('reads scripts, styles, comments and quoted ">" as a browser does, and never edits inside them', () => {
    const html = page(
      `<!-- <a href="/c/"> --><script>if (a<b) document.write('<a href="/s/">')</script><style>a[href="/t/"]{}</style><a title="x > y" href="/r/">r</a>`,
    );
    const seen: string[] = [];
    const out = editHtml(html, (el) => {
      if (el.attribute('href')) {
        seen.push(el.attribute('href')!);
        el.setAttribute('href', '/new/');
      }
    });
    expect(seen).toEqual(['/r/']);
    expect(out).toBe(html.replace('href="/r/"', 'href="/new/"'));
  });

  it('removes attributes, adds to start tags and renames elements', () => {
    const html = page('<section hidden id="s"><h2 class="t">A</h2><img src="a.png" /></section>');
    const out = editHtml(html, (el) => {
      if (el.tagName === 'section') el.removeAttribute('hidden');
      if (el.tagName === 'h2') el.renameTo('h4');
      if (el.tagName === 'img') el.appendToStartTag(' alt=""');
    });
    expect(out).toContain('<section id="s"><h4 class="t">A</h4><img src="a.png" alt="" /></section>');
  });

  it('drops the edits inside an element it replaces', () => {
    const html = page('<div data-drop><a href="/a/">a</a></div><a href="/b/">b</a>');
    const out = editHtml(html, (el) => {
      if (el.attribute('data-drop') !== undefined) el.replaceWith('<p>gone</p>');
      if (el.tagName === 'a') el.setAttribute('href', '/z/');
    });
    expect(out).toContain('<body><p>gone</p><a href="/z/">b</a></body>');
  });

  it('finds SVG’s namespaced attributes by the name they are written with', () => {
    const html = page('<svg><use xlink:href="#icon"></use></svg>');
    const out = editHtml(html, (el) => {
      if (el.attribute('xlink:href')) el.setAttribute('xlink:href', '#other');
    });
    expect(out).toContain('<use xlink:href="#other"></use>');
  });

  it('edits a fragment (a component’s output) as well as a page, and ends elements left open where their parent ends', () => {
    const out = editHtml('<ul><li id="a">1<li id="b">2</ul><p>after</p>', (el) => {
      if (el.attribute('id') === 'b') el.replaceWith('<li>x</li>');
    });
    expect(out).toBe('<ul><li id="a">1<li>x</li></ul><p>after</p>');
  });

  it('reads tags and attributes as a browser does: any case, entities decoded, the first of two with one name', () => {
    const html = page('<A HREF="/a/?x=1&amp;y=2" href="/second/">a</A><img src=/i.png alt=x>');
    const seen: string[] = [];
    const out = editHtml(html, (el) => {
      const href = el.attribute('href');
      if (href !== undefined) {
        seen.push(`${el.tagName} ${href}`);
        el.setAttribute('href', '/b/');
      }
      if (el.tagName === 'img') el.setAttribute('src', `${el.attribute('src')}#x`);
    });
    expect(seen).toEqual(['a /a/?x=1&y=2']);
    expect(out).toContain('<A HREF="/b/" href="/second/">a</A><img src="/i.png#x" alt=x>');
  });
});
