// Each gate fails, naming the page and the problem, on a page broken on purpose (tests/fixtures/broken-page):
// an image without alt, a link to nowhere, a request to another site, an unmarked external link, a script
// written into the text, a duplicated id, text too dim in the dark scheme.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditContext, auditPage, auditProblems, sameOrigin } from '../helpers/browser-audit.ts';
import { formatHtmlProblems, validateHtml } from '../gates/html.ts';
import { checkExternalLinks, checkInternalLinks } from '../gates/links.ts';
import { readSite } from '../site/site.ts';
import { openSite, type SiteServer } from '../helpers/browser.ts';

const FIXTURE = 'tests/fixtures/broken-page';
let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;
let problems: string[];
beforeAll(async () => {
  ({ browser, site, close: closeSite } = await openSite(FIXTURE));
  const context = await auditContext(browser, 'light');
  problems = auditProblems(await auditPage(context, site.url, sameOrigin(site.url), { dark: true }));
  await context.close();
});
afterAll(() => closeSite?.());

describe('a broken page fails every gate, with the page and the problem named', () => {
  it('accessibility: the image without alt', () => {
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${site.url} accessibility: image-alt: .*img`)));
  });
  it('accessibility in the dark scheme: the text too dim there, and only there', () => {
    const dim = problems.filter((p) => p.includes('.dim'));
    expect(dim).toEqual([
      expect.stringMatching(new RegExp(`^${site.url} \\[dark scheme\\] accessibility: color-contrast: `)),
    ]);
  });
  it('privacy: the request to another site', () => {
    expect(problems).toContain(`${site.url} request outside the site: https://example.org/tracker.png`);
  });
  it('console: the script that ran', () => {
    expect(problems).toContain(`${site.url} console error: unescaped script ran`);
  });
  it('layout: the text printed over other text', () => {
    expect(problems).toContainEqual(
      expect.stringMatching(new RegExp(`^${site.url} layout: text "(Words under|words on top)" overlaps`)),
    );
  });
  it('links: the link to nowhere and the unmarked external link', () => {
    const pages = readSite(FIXTURE);
    expect(checkInternalLinks(pages, FIXTURE)).toEqual(['/ → missing-page/ (no page)']);
    expect(checkExternalLinks(pages)).toEqual(['/: https://example.org/report is not marked rel="external"']);
  });
  it('valid HTML: the missing alt and the duplicated id', async () => {
    const html = formatHtmlProblems(await validateHtml(FIXTURE));
    expect(html).toContainEqual(
      expect.stringContaining('index.html:21 [wcag/h37] <img> is missing required "alt" attribute'),
    );
    expect(html).toContainEqual(expect.stringContaining('[no-dup-id] Duplicate ID "dup"'));
  });
});
