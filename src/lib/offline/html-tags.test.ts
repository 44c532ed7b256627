import { describe, expect, it } from 'vitest';
import { attribute, elementEnd, scanTags, type StartTag } from './html-tags.ts';

const starts = (html: string) => scanTags(html).filter((t): t is StartTag => t.kind === 'start');

describe('scanTags()', () => {
  it('finds start and end tags with their exact positions', () => {
    const html = '<p class="x">Hi <a href="/a/">there</a></p>';
    const tags = scanTags(html);
    expect(tags.map((t) => `${t.kind}:${t.name}`)).toEqual(['start:p', 'start:a', 'end:a', 'end:p']);
    expect(tags.map((t) => html.slice(t.start, t.end))).toEqual(['<p class="x">', '<a href="/a/">', '</a>', '</p>']);
  });

  it('reads double-quoted, single-quoted, unquoted and bare attributes, raw', () => {
    const [tag] = starts(`<input type=search value='a "b"' data-x="1 &amp; 2" hidden/>`);
    expect(tag!.attributes.map((a) => [a.name, a.value])).toEqual([
      ['type', 'search'],
      ['value', 'a "b"'],
      ['data-x', '1 &amp; 2'],
      ['hidden', undefined],
    ]);
    expect(tag!.selfClosing).toBe(true);
    expect(attribute(tag!, 'hidden')).toBe('');
    expect(attribute(tag!, 'src')).toBeUndefined();
  });

  it('skips what looks like markup inside scripts, styles and comments', () => {
    const html = `<script>if (a<b) document.write('<a href="/x/">')</script><!-- <a href="/y/"> --><style>a>b{}</style><script type="text/pagefind-template"><li><a href="{{ url }}"></a></li></script><a href="/z/"></a>`;
    expect(starts(html).map((t) => `${t.name}${attribute(t, 'href') ? ` ${attribute(t, 'href')}` : ''}`)).toEqual(['script', 'style', 'script', 'a /z/']);
  });

  it('skips the doctype and keeps upper-case tags lower-case', () => {
    expect(scanTags('<!DOCTYPE html><HTML LANG="en"></HTML>').map((t) => t.name)).toEqual(['html', 'html']);
    expect(attribute(starts('<HTML LANG="en">')[0]!, 'lang')).toBe('en');
  });
});

describe('elementEnd()', () => {
  it('finds the matching end tag past nested elements of the same name', () => {
    const html = '<div id="a"><div>inner</div><p>text</p></div><div>next</div>';
    const tags = scanTags(html);
    expect(html.slice(0, elementEnd(tags, 0))).toBe('<div id="a"><div>inner</div><p>text</p></div>');
  });

  it('ends void and self-closing elements at their tag', () => {
    const html = '<link rel="x" href="/y"><p>a</p>';
    expect(elementEnd(scanTags(html), 0)).toBe('<link rel="x" href="/y">'.length);
  });

  it('says so when an element is never closed', () => {
    expect(() => elementEnd(scanTags('<section><p>a</p>'), 0)).toThrowErrorMatchingInlineSnapshot(`[Error: <section> at offset 0 is never closed]`);
  });
});
