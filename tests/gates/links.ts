// Gate: links. Every link and #anchor inside the site resolves (to a page, an element id, or a file such as a
// CSV); every link that leaves the site is a well-formed http(s) address marked rel="external".
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { internalLinks, type Page } from '../site/site.ts';

export function checkInternalLinks(pages: Map<string, Page>, dir: string): string[] {
  const broken: string[] = [];
  // Ids of each page, collected once: the book page has thousands of #links, and a selector query per link over
  // its whole document took minutes.
  const ids = new Map<Page, Set<string>>();
  const idsOf = (page: Page) => {
    let set = ids.get(page);
    if (!set)
      ids.set(
        page,
        (set = new Set(
          page
            .$('[id]')
            .toArray()
            .map((el) => page.$(el).attr('id')!),
        )),
      );
    return set;
  };
  for (const page of pages.values()) {
    for (const link of internalLinks(page)) {
      const target = pages.get(link.path) ?? pages.get(`${link.path}/`);
      const file = join(dir, decodeURIComponent(link.path));
      if (!target && !link.hash && existsSync(file) && statSync(file).isFile()) continue;
      if (!target) {
        broken.push(`${page.url} → ${link.href} (no page)`);
        continue;
      }
      if (link.hash && !idsOf(target).has(decodeURIComponent(link.hash))) {
        broken.push(`${page.url} → ${link.href} (no #${link.hash})`);
      }
    }
  }
  return broken;
}

export function checkExternalLinks(pages: Map<string, Page>): string[] {
  const bad: string[] = [];
  for (const p of pages.values()) {
    for (const a of p.$('a[href]').toArray()) {
      const href = p.$(a).attr('href')!;
      if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) continue;
      let ok: boolean;
      try {
        ok = ['http:', 'https:'].includes(new URL(href).protocol);
      } catch {
        ok = false;
      }
      if (!ok) bad.push(`${p.url}: malformed or unsafe address ${href}`);
      else if (!(p.$(a).attr('rel') ?? '').split(/\s+/).includes('external'))
        bad.push(`${p.url}: ${href} is not marked rel="external"`);
    }
  }
  return bad;
}
