// Every address a built page holds — links, stylesheets, scripts, images, forms — resolved the way a browser would
// from where the files sit: online under a base path (a web server turns a folder into its index.html), or from a
// folder on disk (no server: an address must be relative and name its file).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import * as cheerio from 'cheerio';
import { htmlFiles } from '../gates/files.ts';

/** Attributes that load or link something, by the elements that carry them. */
const REFERENCES: [selector: string, attribute: string][] = [
  ['a[href]', 'href'],
  ['link[href]', 'href'],
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['form[action]', 'action'],
  ['use[href]', 'href'],
  ['image[href]', 'href'],
];

/** The ids of each page read so far, by file: anchors are checked against them. */
const idsOf = new Map<string, Set<string>>();

export type Hosting = { kind: 'server'; base: string } | { kind: 'disk' };

/** Every address of every page under `dir`, with the page that holds it. */
export function references(dir: string): { page: string; url: string }[] {
  return htmlFiles(dir).flatMap((file) => {
    const page = posix.normalize(file.slice(dir.length).split('\\').join('/')).replace(/^\/+/, '');
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    idsOf.set(
      join(dir, page),
      new Set(
        $('[id]')
          .toArray()
          .map((el) => $(el).attr('id')!),
      ),
    );
    const urls = REFERENCES.flatMap(([selector, attribute]) =>
      $(selector)
        .toArray()
        .map((el) => $(el).attr(attribute)!),
    );
    const srcsets = $('[srcset]')
      .toArray()
      .flatMap((el) =>
        $(el)
          .attr('srcset')!
          .split(',')
          .map((c) => c.trim().split(/\s+/)[0]!),
      );
    return [...urls, ...srcsets].map((url) => ({ page, url }));
  });
}

function ids(file: string): Set<string> {
  let found = idsOf.get(file);
  if (!found) {
    const $ = cheerio.load(readFileSync(file, 'utf8'));
    found = new Set(
      $('[id]')
        .toArray()
        .map((el) => $(el).attr('id')!),
    );
    idsOf.set(file, found);
  }
  return found;
}

/** Addresses that do not lead to a file (and, with an #anchor, to an element) of the built site, one line each. */
export function unresolved(dir: string, hosting: Hosting): string[] {
  const problems: string[] = [];
  for (const { page, url } of references(dir)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(url)) continue; // another site, data:, mailto:
    const problem = (why: string) => problems.push(`${page}: ${url} (${why})`);
    if (url.startsWith('//')) {
      problem('another host');
      continue;
    }
    const [pathPart = '', hash = ''] = url.split('#');
    const path = pathPart.split('?')[0]!;
    if (path === '') {
      if (hash && !ids(join(dir, page)).has(decodeURIComponent(hash))) problem('no such anchor');
      continue;
    }
    let target: string;
    if (path.startsWith('/')) {
      if (hosting.kind === 'disk') {
        problem('from the disk’s root');
        continue;
      }
      if (!path.startsWith(hosting.base)) {
        problem(`outside the base path ${hosting.base}`);
        continue;
      }
      target = path.slice(hosting.base.length);
    } else {
      target = posix.join(posix.dirname(page), path) + (path.endsWith('/') ? '/' : '');
      if (target.startsWith('..')) {
        problem('outside the site');
        continue;
      }
    }
    target = decodeURIComponent(target.replace(/^\.\//, ''));
    if (target === '.' || target === '' || target.endsWith('/')) {
      if (hosting.kind === 'disk') {
        problem('a folder: from disk a link must name its index.html');
        continue;
      }
      target = `${target === '.' ? '' : target}index.html`;
    }
    const file = join(dir, target);
    if (!existsSync(file) || !statSync(file).isFile()) {
      problem('no such file');
      continue;
    }
    if (hash && file.endsWith('.html') && !ids(file).has(decodeURIComponent(hash))) problem('no such anchor');
  }
  return problems;
}
