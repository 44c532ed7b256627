import { describe, expect, it } from 'vitest';
import { citeBibtex, citePlain, citeRis } from './cite-page.ts';

const site = { title: 'Central Asia + Japan: the first CA+JAD summit', shortTitle: 'CA+JAD Summit Briefing', publisher: 'CA+JAD Briefing Team', version: '0.1', updated: '2026-11-28' };
const page = { title: 'Kazakhstan', url: 'https://briefing.test/countries/kazakhstan/', site };

describe('citing a page', () => {
  it('in plain text names publisher, page, briefing, version, date and URL', () => {
    expect(citePlain(page)).toBe(
      'CA+JAD Briefing Team. “Kazakhstan.” In Central Asia + Japan: the first CA+JAD summit, version 0.1, 28 November 2026. https://briefing.test/countries/kazakhstan/',
    );
  });

  it('in plain text cites the home page as the briefing itself', () => {
    expect(citePlain({ ...page, title: site.shortTitle })).toBe(
      'CA+JAD Briefing Team. Central Asia + Japan: the first CA+JAD summit, version 0.1, 28 November 2026. https://briefing.test/countries/kazakhstan/',
    );
  });

  it('in BibTeX, with a stable key and special characters escaped', () => {
    expect(citeBibtex({ ...page, title: 'Money & numbers_50%' })).toMatchInlineSnapshot(`
      "@misc{ca_jad_summit_briefing_money_numbers_50,
        title = {Money \\& numbers\\_50\\%},
        author = {CA+JAD Briefing Team},
        howpublished = {Central Asia + Japan: the first CA+JAD summit},
        year = {2026},
        url = {https://briefing.test/countries/kazakhstan/},
        note = {Version 0.1, updated 2026-11-28}
      }"
    `);
  });

  it('in RIS, one tag a line with CRLF endings and a closing ER tag', () => {
    const ris = citeRis(page);
    expect(ris.split('\r\n')).toEqual([
      'TY  - ELEC',
      'TI  - Kazakhstan',
      'AU  - CA+JAD Briefing Team',
      'T2  - Central Asia + Japan: the first CA+JAD summit',
      'PY  - 2026',
      'DA  - 2026/11/28',
      'ET  - 0.1',
      'UR  - https://briefing.test/countries/kazakhstan/',
      'ER  - ',
      '',
    ]);
  });

  it('gives no address when the site has none, in every format', () => {
    const unaddressed = { ...page, url: undefined };
    expect(citePlain(unaddressed)).toBe('CA+JAD Briefing Team. “Kazakhstan.” In Central Asia + Japan: the first CA+JAD summit, version 0.1, 28 November 2026.');
    expect(citeBibtex(unaddressed)).not.toMatch(/url =/);
    expect(citeRis(unaddressed)).not.toMatch(/UR {2}-/);
  });
});
