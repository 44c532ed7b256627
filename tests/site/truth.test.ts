// The content is the product: what a reader must find in the built pages.
import { describe, expect, it } from 'vitest';
import { readSite, text } from './site.ts';
import { DESCRIPTION_LENGTH } from '../../src/lib/briefing/views.ts';

const pages = readSite();
const ENTRY_PAGE = /^\/(countries|documents|initiatives|organisations|people|themes|events)\/[^/]+\/$/;
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

  it('whether the ¥3 trillion is a business target or private-sector money', () => {
    const p = page('/initiatives/ca-jad-tokyo-initiative/');
    const figure = text(p.$, '.bf-facts');
    expect(figure).toContain('Sources differ');
    expect(figure).toContain('¥3 trillion');
    // In the sources' own words (facts.md: "private-sector investment" [S3], "private-sector projects" [S6][S10][S70]).
    expect(figure).toContain('private-sector investment');
    expect(figure).toContain('private-sector projects');
    expect(figure).not.toContain('private money');
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
    for (const url of [
      '/initiatives/ca-jad-tokyo-initiative/',
      '/documents/uz-jp-joint-statement/',
      '/documents/tm-jp-agreements/',
    ]) {
      const p = page(url);
      for (const li of p.$('.bf-differ li').toArray()) {
        expect(p.$(li).find('.bf-cite').length, `${url}: ${p.$(li).text()}`).toBe(1);
      }
    }
  });
});

/** The page's main text (header, navigation and notes left out), as a reader sees it. */
function body(url: string): string {
  return text(page(url).$, 'main article, main > .bf-prose, main');
}
/** The fact box of an entry page: label → value, as shown. */
function facts(url: string): Map<string, string> {
  const p = page(url);
  const out = new Map<string, string>();
  for (const dt of p.$('.bf-facts dt').toArray()) out.set(text(p.$, p.$(dt)), text(p.$, p.$(dt).next('dd')));
  return out;
}
const WEAK = ['S9', 'S21', 'S42', 'S48', 'S63'];

describe('truth corrections from the audit against the sources', () => {
  it('the next summit has no date: it is planned, says so, and the timeline lists it after every dated event', () => {
    const f = facts('/events/next-summit-kazakhstan/');
    expect(f.get('Status')).toBe('Planned');
    expect(f.get('Date')).toBe('Not yet announced');
    expect(body('/events/next-summit-kazakhstan/')).not.toMatch(/December 2025/);
    const timeline = page('/timeline/');
    const years = timeline.$('main section:has(> h2[id^="y"])');
    expect(years.last().find('h2').text()).toBe('Not yet dated');
    const last = years.last();
    expect(text(timeline.$, last)).toContain('Next CA+JAD summit, in Kazakhstan');
    expect(page('/events/next-summit-kazakhstan/').$('script[type="application/ld+json"]').text()).not.toContain(
      'startDate',
    );
  });

  it('"weak source" marks only the five sources judged weak, never a source with a mere caveat', () => {
    const marked = new Set<string>();
    for (const p of pages.values()) {
      for (const li of p.$('.bf-notes li').toArray()) {
        const note = text(p.$, p.$(li));
        const source = /sources[/-](s\d+[a-z]?(?:-[a-z])?)\b/.exec(
          p.$(li).find('a[href*="sources"]').first().attr('href') ?? '',
        )?.[1];
        if (/weak source/.test(note)) marked.add((source ?? note).toUpperCase());
      }
    }
    for (const label of marked) expect(WEAK, `${label} is marked weak`).toContain(label);
    expect(text(page('/sources/s2/').$, '.bf-facts')).not.toMatch(/Reliability|weak/i);
    expect(text(page('/sources/s2/').$, '.bf-facts')).toContain('refers to Prime Minister Takaichi as');
    for (const label of WEAK)
      expect(text(page(`/sources/${label.toLowerCase()}/`).$, '.bf-facts')).toMatch(/Reliability/);
    expect(body('/about/')).toMatch(/cites 5 such sources/);
  });

  it('the joint investment platform is not credited to Mirziyoyev as fact', () => {
    for (const url of ['/countries/uzbekistan/', '/themes/finance-investment/']) {
      const t = body(url);
      expect(t, url).not.toMatch(/Mirziyoyev[^.;]*proposed[^.;]*joint investment platform/);
      expect(t, url).toMatch(
        /joint investment platform[^.]*(was|also) proposed[^.]*(does not say|without saying) (who|by whom)/,
      );
    }
  });

  it('fields the sources do not give are not stated as fact', () => {
    expect(facts('/documents/tokyo-declaration/').has('Signed or adopted by')).toBe(false);
    expect(facts('/documents/action-plan-2006/').has('Signed or adopted by')).toBe(false);
    expect(text(page('/people/aso/').$, 'main')).not.toMatch(/Documents signed or adopted/);
    expect(facts('/initiatives/caspian-customs-aid/').has('Part of')).toBe(false);
    expect(text(page('/initiatives/ca-jad-tokyo-initiative/').$, 'main')).not.toMatch(
      /Parts of this initiative[^]*Customs equipment/,
    );
    expect(facts('/organisations/turkmenhimiya/').get('Kind')).toBe('Not stated in the sources');
  });

  it('joint statements name only the signatories a source names', () => {
    // facts.md: Tokayev signed the Kazakh statement [S38]; S1 ¶4 says only that the Uzbek one "was signed".
    expect(facts('/documents/kz-jp-joint-statement/').get('Signed or adopted by')).toBe('Kassym-Jomart Tokayev');
    expect(facts('/documents/uz-jp-joint-statement/').has('Signed or adopted by')).toBe(false);
    expect(text(page('/people/takaichi/').$, 'main')).not.toMatch(/Documents signed or adopted[^]*joint statement/i);
    // Nor does any sentence a reader meets, or a description a search engine shows, say who signed the Uzbek one.
    // (The changes page and a page's corrections quote what an earlier edition said, to correct it.)
    for (const [url, p] of [...pages].filter(([url]) => url !== '/changes/')) {
      const main = p.$('main').clone();
      main.find('.bf-corrections').remove();
      const said = `${text(p.$, main)} ${p.$('meta[name="description"]').attr('content') ?? ''}`;
      expect(said, url).not.toMatch(/(Mirziyoyev|Takaichi|he|leaders) (both )?signed (a|the) joint statement/i);
    }
  });

  it('acronym expansions and general definitions carry no citation; only what the sources report is cited', () => {
    const g = page('/glossary/');
    for (const id of ['iown', 'jica', 'jogmec', 'meti', 'oda']) {
      const dt = g.$(`dt#${id}`);
      expect(dt.find('.bf-cite').length, id).toBe(0);
      const [general, sourced] = dt.next('dd').find('p').toArray();
      expect(g.$(general).find('.bf-cite').length, `${id}: general definition`).toBe(0);
      expect(g.$(sourced).find('.bf-cite').length, `${id}: what the sources report`).toBeGreaterThan(0);
    }
    for (const url of ['/countries/turkmenistan/', '/documents/tm-jp-agreements/']) {
      expect(text(page(url).$, '.bf-prose, .bf-differ'), url).not.toContain('Mitsubishi Heavy Industries');
    }
    expect(body('/initiatives/caspian-customs-aid/')).not.toMatch(/official development assistance/i);
  });

  it('Kazakhstan: a visit "from 18 December" is not an arrival, and S1’s hedge is kept', () => {
    const t = body('/countries/kazakhstan/');
    expect(t).not.toMatch(/arriv[a-z]* (is dated )?(on )?18 December/);
    expect(t).toContain('from 18 December');
    expect(t).toContain('perhaps the most impressive');
  });

  it('S1’s "Almaty–Tokyo" naming and its five declaration priorities are shown as differing accounts', () => {
    expect(differ('/countries/kazakhstan/')).toContain('Almaty–Tokyo');
    const d = differ('/documents/tokyo-declaration/');
    expect(d).toContain('sustainable development, transport, green energy, digitalisation and education');
    expect(d).toContain('Green and Resilience');
  });

  it('the Astana Times is cited only for what its headline says', () => {
    const t = body('/events/summit-2024-astana/');
    expect(t).toContain('Astana to host summit of Central Asia-Japan Dialogue this summer');
    expect(t).toMatch(/only its headline/);
  });

  it('no run of the summit article’s wording is kept on the pages the audit named', () => {
    const runs = [
      'in green energy, nuclear safety, and waste management',
      'green energy, nuclear safety and waste management',
      'high-speed railways, airports and digital corridors',
      'high-speed railways, airports, and digital corridors',
      'extraction and processing of critical minerals, as well as regional security and economic resilience',
      'education, healthcare, ecology, water resources, transport, tourism',
      'growing geopolitical and economic potential',
      'regional training centre for renewable energy in Tashkent',
      'investment fund for Central Asia to finance infrastructure and industrial projects',
    ];
    for (const url of [
      '/countries/tajikistan/',
      '/initiatives/tajik-critical-minerals/',
      '/documents/uz-jp-agreements/',
      '/countries/uzbekistan/',
      '/countries/japan/',
      '/initiatives/renewable-training-centre/',
      '/initiatives/investment-fund/',
      '/documents/kz-jp-agreements/',
      '/initiatives/kz-green-technology/',
      '/themes/transport-connectivity/',
      '/countries/kazakhstan/',
    ]) {
      const t = text(page(url).$, '.bf-prose');
      for (const run of runs) expect(t, `${url}: "${run}"`).not.toContain(run);
    }
  });
});

describe('official records', () => {
  const documents = [...pages.keys()].filter((url) => /^\/documents\/[^/]+\/$/.test(url));

  it('every document page links its official record or says the sources give none, and says where the text is', () => {
    expect(documents.length).toBeGreaterThanOrEqual(10);
    for (const url of documents) {
      const p = page(url);
      const row = p.$('.bf-facts dt').filter((_, dt) => p.$(dt).text() === 'Official record');
      expect(row.length, `${url}: an "Official record" row`).toBe(1);
      const dd = row.next('dd');
      const links = dd.find('a[rel~="external"]').toArray();
      if (links.length === 0) expect(text(p.$, dd), url).toBe('None among the sources');
      for (const a of links) expect(p.$(a).attr('href'), url).toMatch(/^https?:\/\//);
      expect(facts(url).get('Full text'), url).toMatch(/^(Not among the sources|On the official record’s page)/);
    }
  });

  it('the Tokyo Declaration links the Prime Minister’s Office page, and says its full text is not among the sources', () => {
    const p = page('/documents/tokyo-declaration/');
    const row = p.$('.bf-facts dt').filter((_, dt) => p.$(dt).text() === 'Official record');
    const link = row.next('dd').find('a');
    expect(link.attr('href')).toBe('https://japan.kantei.go.jp/104/statement/202512/20kaiken_00001.html');
    expect(link.text()).toContain("Prime Minister's Office of Japan");
    expect(facts('/documents/tokyo-declaration/').get('Full text')).toMatch(/^Not among the sources/);
  });

  it('the tax treaty links both Foreign Ministry pages', () => {
    const p = page('/documents/kg-jp-tax-treaty/');
    const hrefs = p
      .$('.bf-facts dd a[rel~="external"]')
      .toArray()
      .map((a) => p.$(a).attr('href'));
    expect(hrefs).toEqual([
      'https://www.mofa.go.jp/press/release/pressite_000001_01941.html',
      'https://www.mofa.go.jp/erp/ca_c/kg/pagewe_000001_00393.html',
    ]);
  });
});

describe('entry pages open with a cited summary', () => {
  const ENTRY = /^\/(countries|documents|initiatives|organisations|people|themes|events)\/[^/]+\/$/;
  const entries = [...pages.keys()].filter((url) => ENTRY.test(url));
  /** The lede's sentences as the reader sees them, each with the number of citation marks that follow it. */
  function ledeParts(url: string): { text: string; marks: number }[] {
    const p = page(url);
    const parts: { text: string; marks: number }[] = [{ text: '', marks: 0 }];
    for (const node of p.$('.bf-lede').first().contents().toArray()) {
      const last = parts[parts.length - 1]!;
      if (node.type === 'tag' && p.$(node).is('sup.bf-cite')) {
        last.marks += 1;
        parts.push({ text: '', marks: 0 });
      } else last.text += p.$(node).text();
    }
    return parts.filter((s) => s.text.trim() || s.marks);
  }

  it('every figure, date and count in an opening summary is followed by its citation', () => {
    expect(entries.length).toBeGreaterThan(100);
    const uncited: string[] = [];
    for (const url of entries) {
      const parts = ledeParts(url);
      expect(parts.length, `${url} opens with a summary`).toBeGreaterThan(0);
      for (const s of parts) if (/\d/.test(s.text) && s.marks === 0) uncited.push(`${url}: "${s.text.trim()}"`);
    }
    expect(uncited).toEqual([]);
  });

  it('every country, document, initiative, organisation, person, theme and event opens with two or three cited sentences, and its text does not repeat their figures', () => {
    const problems: string[] = [];
    for (const url of entries) {
      const parts = ledeParts(url);
      if (parts.length < 2 || parts.length > 3) problems.push(`${url} opens with ${parts.length} sentence(s)`);
      for (const s of parts) if (s.marks !== 1) problems.push(`${url}: "${s.text.trim()}" has ${s.marks} marks`);
      const p = page(url);
      const prose = text(p.$, p.$('.bf-prose').clone().find('.bf-cite').remove().end());
      // Figures as numbers on their own, not digits inside a name ("C5+1", "Kambar-Ata-1"), without a closing stop.
      const figures = parts
        .flatMap(
          (s) => s.text.match(/(?<![\p{L}\d+\-–])[$¥€]?\d[\d,.]*(?: (?:billion|trillion))?(?![\p{L}+\-–])/gu) ?? [],
        )
        .map((f) => f.replace(/[.,]+$/, ''));
      for (const figure of figures.filter((f) => !/^(19|20)\d\d$/.test(f)))
        if (new RegExp(`(?<![\\d.,])${figure.replace(/[$.]/g, '\\$&')}(?![\\d,])`).test(prose))
          problems.push(`${url} repeats ${figure}`);
    }
    expect(problems).toEqual([]);
  });

  it('a lead’s first sentences are the page’s description for search engines and link previews', () => {
    const led = [...pages.keys()].filter((url) => ENTRY_PAGE.test(url) && page(url).$('.bf-lede').length);
    expect(led).toContain('/countries/kazakhstan/');
    for (const url of led) {
      const p = page(url);
      const lede = text(p.$, '.bf-lede')
        .replace(/\s*\[[\d, ]+\]/g, '')
        .replace(/ \./g, '.')
        .trim();
      const description = p.$('meta[name="description"]').attr('content') ?? '';
      // An entry with no lead opens with its one-line summary, and is described by its title and that.
      if (description === `${text(p.$, 'h1')}: ${lede}`) continue;
      // Whole sentences of the lead, as many as a search preview shows…
      expect(lede.startsWith(description), url).toBe(true);
      expect(description, url).toMatch(/[.!?]$/);
      // …longer than a preview only when the first sentence alone is.
      if (description.length > DESCRIPTION_LENGTH) expect(description.split(/(?<=\.) (?=[A-Z])/), url).toHaveLength(1);
    }
  });
});

describe('each disputed point is shown once', () => {
  const ENTRY = /^\/(countries|documents|initiatives|organisations|people|themes|events)\/[^/]+\/$/;
  const entries = [...pages.keys()].filter((url) => ENTRY.test(url));

  it('a figure whose versions the fact box shows is not listed again under "Sources differ"', () => {
    const repeated: string[] = [];
    for (const url of entries) {
      const p = page(url);
      const versions = p
        .$('.bf-facts .bf-variants li > strong')
        .toArray()
        .map((s) => p.$(s).text().trim());
      for (const li of p.$('.bf-differ li').toArray()) {
        const says = text(p.$, p.$(li).clone().find('.bf-cite').remove().end());
        const v = versions.find((x) => says.startsWith(x));
        if (v) repeated.push(`${url}: "${says}" repeats "${v}"`);
      }
    }
    expect(repeated).toEqual([]);
  });

  it('the names an entry is reported under form one block', () => {
    for (const url of entries) {
      const p = page(url);
      const nameBlocks = p
        .$('.bf-differ h3')
        .toArray()
        .filter((h) => /^(name|wording of the title)\b/i.test(p.$(h).text()));
      expect(nameBlocks.length, url).toBeLessThanOrEqual(1);
    }
    const d = differ('/documents/tokyo-declaration/');
    expect(d).toContain('Tokyo Declaration of the CA+JAD Summit');
    expect(d).toContain('the Tokyo Initiative');
  });
});
