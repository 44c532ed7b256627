// The offline edition as a recipient gets it: a folder (and the same folder zipped) that opens from disk, whose
// every address stays inside it, with checksums they can verify, and the same search index as the site online.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Script } from 'node:vm';
import * as cheerio from 'cheerio';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../gates/files.ts';
import {
  CHECKSUMS_FILE,
  OFFLINE_EDITION_NAME,
  OFFLINE_ZIP,
  offlineEditionPaths,
} from '../../src/lib/offline/edition.ts';
import { makeOfflineEdition } from '../../src/lib/offline/make-edition.ts';
import { isPagefindData, readCarrier } from '../../src/lib/offline/pagefind-files.ts';
import { unresolved } from './references.ts';
import { DIST, readSite, text } from './site.ts';

const edition = offlineEditionPaths(DIST);

/** Every file under a folder, by path from it. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(dir, path).split(sep).join('/'), readFileSync(path));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('base64');

let offline: Map<string, Buffer>;
beforeAll(() => {
  if (!existsSync(join(edition.folder, 'index.html')))
    throw new Error(`no offline edition in ${edition.folder}: run npm run build first`);
  offline = tree(edition.folder);
});

describe('what the build leaves', () => {
  it('puts the edition beside the site, and its zip and checksum in the site', () => {
    expect(existsSync(edition.zip)).toBe(true);
    expect(readdirSync(join(DIST, 'download'))).toEqual(
      expect.arrayContaining([`${OFFLINE_EDITION_NAME}.zip`, `${OFFLINE_EDITION_NAME}.zip.sha256`]),
    );
    // No second copy of the pages for the sitemap, the search index or a crawler to find.
    expect(htmlFiles(DIST).filter((f) => f.includes(OFFLINE_EDITION_NAME) || f.includes('-offline'))).toEqual([]);
  });

  it('holds every page of the site', () => {
    const online = htmlFiles(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
    expect([...offline.keys()].filter((p) => p.endsWith('.html'))).toEqual(online.sort());
  });

  it('is what the edition maker makes of the site, byte for byte, every time', async () => {
    const { files } = await makeOfflineEdition(tree(DIST), '/');
    const made = [...files.keys()];
    expect([...offline.keys()].filter((p) => p !== CHECKSUMS_FILE)).toEqual(made);
    for (const path of made) expect(offline.get(path)!.equals(files.get(path)!), path).toBe(true);
  });
});

describe('checksums', () => {
  it('lists every file of the folder, and sha256sum -c finds each one intact', () => {
    const listed = readFileSync(join(edition.folder, CHECKSUMS_FILE), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => line.slice(66));
    expect(listed).toEqual([...offline.keys()].filter((p) => p !== CHECKSUMS_FILE));
    const check = spawnSync('sha256sum', ['--check', '--strict', CHECKSUMS_FILE], {
      cwd: edition.folder,
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout.trimEnd().split('\n')).toHaveLength(listed.length);
  });

  it('gives the zip a checksum sha256sum -c accepts', () => {
    const check = spawnSync('sha256sum', ['--check', '--strict', `${OFFLINE_EDITION_NAME}.zip.sha256`], {
      cwd: join(DIST, 'download'),
      encoding: 'utf8',
    });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toBe(`${OFFLINE_EDITION_NAME}.zip: OK\n`);
  });

  it('zips exactly the folder, under one folder of its own', () => {
    const entries = unzipSync(readFileSync(edition.zip));
    const names = Object.keys(entries);
    expect(names.every((n) => n.startsWith(`${OFFLINE_EDITION_NAME}/`))).toBe(true);
    expect(names.map((n) => n.slice(OFFLINE_EDITION_NAME.length + 1)).sort()).toEqual([...offline.keys()]);
    for (const name of names) {
      expect(Buffer.from(entries[name]!).equals(offline.get(name.slice(OFFLINE_EDITION_NAME.length + 1))!), name).toBe(
        true,
      );
    }
  });
});

describe('opened from disk', () => {
  it('has every link and asset relative, naming its file, and leading to a file and anchor in the folder', () => {
    expect(unresolved(edition.folder, { kind: 'disk' })).toEqual([]);
  });

  it('loads no module script and no module preload, which a page opened from disk may not', () => {
    for (const file of htmlFiles(edition.folder)) {
      const $ = cheerio.load(readFileSync(file, 'utf8'));
      expect($('script[type="module"][src], link[rel="modulepreload"]').length, file).toBe(0);
      expect(
        $('script[src]')
          .toArray()
          .map((s) => $(s).attr('defer')),
        file,
      ).not.toContain(undefined);
    }
    for (const [path, bytes] of offline) {
      if (!path.endsWith('.js')) continue;
      // Parsed as a classic script: an import or export statement would be a syntax error.
      expect(() => new Script(bytes.toString('utf8'), { filename: path }), path).not.toThrow();
    }
  });

  it('keeps each page’s Content-Security-Policy and inline scripts, whose hashes it lists', () => {
    const site = readSite();
    for (const file of htmlFiles(edition.folder)) {
      const html = readFileSync(file, 'utf8');
      const $ = cheerio.load(html);
      const meta = $('meta[http-equiv="content-security-policy"]');
      const policy = meta.attr('content') ?? '';
      const path = relative(edition.folder, file).split(sep).join('/');
      const online = site.get(`/${path.replace(/index\.html$/, '')}`)!;
      expect(policy, path).toBe(online.$('meta[http-equiv="content-security-policy"]').attr('content'));
      const inline = ($$: cheerio.CheerioAPI) =>
        $$('script:not([src])')
          .toArray()
          .map((s) => $$(s).text());
      expect(inline($), path).toEqual(inline(online.$));
      const scripts = / script-src ([^;]*)/.exec(policy)?.[1] ?? '';
      expect(scripts, path).not.toContain("'unsafe-inline'");
      // A policy in a <meta> governs what follows it; the theme script before it runs first, as online.
      const governedFrom = html.indexOf('http-equiv="content-security-policy"');
      for (const script of $('script:not([src])').toArray()) {
        const type = $(script).attr('type');
        if (type && type !== 'module') continue; // data, not scripts: JSON-LD, Pagefind's templates
        const code = $(script).text();
        if (html.indexOf(code) < governedFrom) continue;
        expect(scripts, `${path}: an inline script`).toContain(`'sha256-${sha256(Buffer.from(code))}'`);
      }
    }
  });

  it('shows the offline note on the About page instead of the download', () => {
    const $ = cheerio.load(offline.get('about/index.html')!.toString('utf8'));
    expect($(`a[href*="${OFFLINE_ZIP}"]`).length).toBe(0);
    const note = $('[data-bf-edition="offline"]');
    expect(note.is('[hidden]')).toBe(false);
    expect(text($, '[data-bf-edition="offline"]')).toContain('You are reading the offline edition');
  });

  it('tells whoever opens the folder what to open and how to check it', () => {
    expect(offline.get('README.txt')!.toString('utf8')).toContain(`sha256sum -c ${CHECKSUMS_FILE}`);
  });
});

describe('one engine, one index', () => {
  it('carries every file of the online index, byte for byte', () => {
    const online = tree(join(DIST, 'pagefind'));
    const data = [...online.keys()].filter(isPagefindData);
    expect(data.length).toBeGreaterThan(10);
    for (const path of data) {
      const carrier = offline.get(`pagefind/${path}.js`);
      expect(carrier, path).toBeDefined();
      expect(readCarrier(carrier!.toString('utf8')), path).toEqual({ path, bytes: new Uint8Array(online.get(path)!) });
      expect(offline.has(`pagefind/${path}`), `${path} left as it was`).toBe(false);
    }
  });
});

describe('online', () => {
  it('offers the zip and its checksum in the About page’s “Take it with you”, linked from the footer', () => {
    const site = readSite();
    const about = site.get('/about/')!;
    expect(text(about.$, '#take-it-with-you')).toBe('Take it with you');
    expect(about.$(`a[href="/${OFFLINE_ZIP}"]`).attr('download')).toBe('');
    expect(about.$(`a[href="/${OFFLINE_ZIP}.sha256"]`).length).toBe(1);
    expect(about.$('[data-bf-edition="offline"]').is('[hidden]')).toBe(true);
    const withFooter = [...site.values()].filter((page) => page.$('footer.bf-footer').length);
    expect(withFooter.length).toBeGreaterThan(100);
    for (const page of withFooter) expect(page.$('footer a[href="/about/#take-it-with-you"]').length, page.url).toBe(1);
  });
});
