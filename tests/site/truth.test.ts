// The content is the product: what a reader must find in the built pages.
import { describe, expect, it } from 'vitest';
import { readSite, text } from './site.ts';

const pages = readSite();
const page = (url: string) => {
  const p = pages.get(url);
  if (!p) throw new Error(`no page ${url}`);
  return p;
};

describe('citations', () => {
  it('cite every paragraph ¶1–¶13 of the summit article somewhere in the briefing', () => {
    const cited = new Set<string>();
    for (const p of pages.values()) {
      for (const li of p.$('.bf-notes li').toArray()) {
        const note = p.$(li);
        if (note.find('a[href$="/sources/s1/"]').length === 0) continue;
        for (const m of note.text().matchAll(/¶(\d+)/g)) cited.add(m[1]!);
      }
    }
    const missing = Array.from({ length: 13 }, (_, i) => String(i + 1)).filter((n) => !cited.has(n));
    expect(missing).toEqual([]);
  });

  it('give a note for every figure on the home page', () => {
    const home = page('/');
    for (const card of home.$('.bf-number').toArray()) {
      expect(home.$(card).find('.bf-number__value .bf-cite').length).toBe(1);
    }
    expect(home.$('.bf-number').length).toBeGreaterThanOrEqual(6);
  });
});

/** The "Sources differ" box or figure on a page, as text. */
function differ(url: string): string {
  const p = page(url);
  return text(p.$, '.bf-differ');
}

describe('where sources disagree, the page shows every version with its citation', () => {
  it('the initiative’s name', () => {
    const d = differ('/initiatives/ca-jad-tokyo-initiative/');
    expect(d).toContain('CA+JAD Tokyo Initiative');
    expect(d).toContain('Tokyo CA+JAD Initiative');
  });

  it('whether the ¥3 trillion is public or private money', () => {
    const p = page('/initiatives/ca-jad-tokyo-initiative/');
    const figure = text(p.$, '.bf-facts');
    expect(figure).toContain('Sources differ');
    expect(figure).toContain('¥3 trillion');
    expect(figure).toContain('private money');
    expect(figure).toContain('a target for business projects');
    expect(figure).toContain('€17.9 billion');
  });

  it('the title of the Uzbek joint statement', () => {
    const d = differ('/documents/uz-jp-joint-statement/');
    expect(d).toMatch(/Enhanced Strategic Partnership for Future Generations/);
    expect(d).toMatch(/Expanded Strategic Partnership for Future Generations/);
  });

  it('more than 150 documents against 158', () => {
    const d = text(page('/documents/summit-documents-total/').$, '.bf-facts');
    expect(d).toContain('more than 150');
    expect(d).toContain('158');
  });

  it('Kyrgyzstan’s 9 agreements against 18', () => {
    const d = text(page('/documents/kg-jp-agreements/').$, '.bf-facts');
    expect(d).toMatch(/\b9 agreements/);
    expect(d).toMatch(/\b18 documents/);
  });

  it('Turkmenistan’s list of companies', () => {
    const d = differ('/documents/tm-jp-agreements/');
    expect(d).toContain('Sony');
    expect(d).toContain('Toyo Engineering');
  });

  it('Kazakhstan’s deal counts', () => {
    const d = text(page('/documents/kz-jp-agreements/').$, '.bf-facts');
    expect(d).toContain('more than 60');
    expect(d).toContain('14 documents');
    expect(d).toContain('more than 40');
  });

  it('each version carries its own citation', () => {
    for (const url of ['/initiatives/ca-jad-tokyo-initiative/', '/documents/uz-jp-joint-statement/', '/documents/tm-jp-agreements/']) {
      const p = page(url);
      for (const li of p.$('.bf-differ li').toArray()) {
        expect(p.$(li).find('.bf-cite').length, `${url}: ${p.$(li).text()}`).toBe(1);
      }
    }
  });
});
