// One benchmark run: for the real content and each generated corpus, build the briefing and the Starlight
// reference from the same entries, then measure builds, pages and search side by side.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium, serveSite } from '../../tests/helpers/browser.ts';
import { readContent } from '../../src/lib/briefing/read-content.ts';
import type { Entry } from '../../src/lib/briefing/model.ts';
import type { BuildProfile } from '../../src/integrations/profile.ts';
import { COLLECTIONS } from '../../src/lib/briefing/collections/index.ts';
import { generateCorpus } from '../corpus/generate.ts';
import { writeCorpus } from '../corpus/write.ts';
import { withBuildMemoryEnv } from '../../scripts/lib/build-env.ts';
import { measureBuild } from './build.ts';
import { measureLighthouse } from './lighthouse.ts';
import { BENCH_DIR, STARLIGHT_DIR } from './paths.ts';
import { currentLoad, describeMachine } from './machine.ts';
import { measureOutput } from './output-size.ts';
import { fileSizer, measurePage } from './page-weight.ts';
import type { BenchResults, CorpusRun, SiteName, SiteRun } from './results.ts';
import { measureSearch, type SearchUi } from './search.ts';
import { writeStarlightDocs } from './starlight-docs.ts';

export interface BenchOptions {
  projectRoot: string;
  /** Generated corpora to build, by number of documents. */
  sizes: number[];
  /** Also measure the real content in content/. */
  real: boolean;
  seed: number;
  searchRuns: number;
  /** Run Lighthouse on the real content and the largest corpus (it takes about half a minute a page). */
  lighthouse: boolean;
  /** Keep the built sites in bench/.tmp (they are deleted after measuring otherwise: 10,000 documents fill GBs). */
  keep: boolean;
  command: string;
  log: (line: string) => void;
}

/** The pages compared; Starlight's search is a dialog on every page, so its search "page" is its home page with the dialog open. */
const PAGES = (documentPath: string): { page: string; briefing: string; starlight: string }[] => [
  { page: 'home', briefing: '', starlight: '' },
  { page: 'country', briefing: 'countries/kazakhstan/', starlight: 'countries/kazakhstan/' },
  { page: 'document', briefing: documentPath, starlight: documentPath },
  { page: 'documents register', briefing: 'documents/', starlight: 'documents/' },
  { page: 'search', briefing: 'search/', starlight: '' },
];

/** The pages Lighthouse scores: Starlight's search is its home page, already scored. */
const LIGHTHOUSE_PAGES = (site: SiteName, documentPath: string) =>
  PAGES(documentPath)
    .filter((p) => p.page !== 'documents register' && !(site === 'starlight' && p.page === 'search'))
    .map((p) => ({ page: p.page, path: p[site] }));

/** How each site's search is driven; the selectors match a rendered result, not a loading placeholder. */
export const SEARCH_UI: Record<SiteName, SearchUi> = {
  briefing: { path: 'search/', inputSelector: '[data-bf-search-input]', resultSelector: '.bf-result__link' },
  starlight: {
    path: '',
    openSelector: 'button[data-open-modal]',
    inputSelector: '#starlight__search input.pagefind-ui__search-input',
    resultSelector: '#starlight__search .pagefind-ui__result-link',
  },
};

/** Words that occur in each kind of corpus: the real briefing, and the generator's vocabulary. */
const QUERIES = { real: ['hydropower', 'gallium'], generated: ['irrigation', 'hydrogen'] } as const satisfies Record<
  string,
  [string, string]
>;

/** The document whose text has the median length: a typical page, the same for both sites. */
export function typicalDocument(documents: readonly Pick<Entry, 'id' | 'body'>[]): string {
  if (!documents.length) throw new Error('the corpus has no documents');
  const sorted = [...documents].sort((a, b) => a.body.length - b.body.length || (a.id < b.id ? -1 : 1));
  return `documents/${sorted[(sorted.length - 1) >> 1]!.id}/`;
}

function version(path: string): string {
  try {
    return (JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'not installed';
  }
}

function tail(file: string, lines = 15): string {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

async function buildSite(
  site: SiteName,
  o: BenchOptions,
  dirs: { content: string; docs: string; out: string; log: string; profile: string },
  run: SiteRun,
): Promise<boolean> {
  const cwd = site === 'briefing' ? o.projectRoot : STARLIGHT_DIR;
  const packageDir = site === 'briefing' ? o.projectRoot : BENCH_DIR;
  // Both with the memory settings `npm run build` gives the briefing's build (scripts/lib/build-env.ts): the same
  // allocators under both, so the comparison stays one of the sites.
  const base = withBuildMemoryEnv(process.env);
  const env =
    site === 'briefing'
      ? { ...base, BRIEFING_CONTENT: dirs.content, BRIEFING_OUT: dirs.out, BRIEFING_PROFILE: dirs.profile }
      : { ...base, STARLIGHT_DOCS: dirs.docs, STARLIGHT_OUT: dirs.out };
  rmSync(dirs.out, { recursive: true, force: true });
  // The same Node for both (Node 24 from the root package), and an empty content cache for both.
  const build = await measureBuild(
    process.execPath,
    [join(packageDir, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build', '--force'],
    {
      cwd,
      env: { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0' },
      logFile: dirs.log,
    },
  );
  const output =
    build.exitCode === 0
      ? measureOutput(dirs.out)
      : { bytes: 0, files: 0, htmlPages: 0, pagefindBytes: 0, pagefindFiles: 0 };
  run.build = { ...build, output };
  if (site === 'briefing' && build.exitCode === 0) {
    try {
      run.profile = JSON.parse(readFileSync(dirs.profile, 'utf8')) as BuildProfile;
    } catch (error) {
      run.errors.push(`no build profile: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  if (build.exitCode !== 0)
    run.errors.push(`build failed (exit ${build.exitCode}); log ${dirs.log}:\n${tail(dirs.log)}`);
  return build.exitCode === 0;
}

async function measureSite(
  browser: Browser,
  site: SiteName,
  out: string,
  corpus: CorpusRun,
  o: { runs: number; lighthouse: boolean; log: (line: string) => void },
): Promise<void> {
  const { runs, log } = o;
  const run = corpus.sites[site];
  const server = await serveSite(out);
  try {
    if (o.lighthouse) {
      try {
        log(`  Lighthouse (mobile) on the ${site} site`);
        run.lighthouse = await measureLighthouse(server.url, LIGHTHOUSE_PAGES(site, corpus.documentPath));
      } catch (error) {
        run.errors.push(`Lighthouse: ${(error as Error).message.split('\n')[0]}`);
      }
    }
    for (const p of PAGES(corpus.documentPath)) {
      try {
        const ui = SEARCH_UI[site];
        const open =
          p.page === 'search' && ui.openSelector
            ? { openSelector: ui.openSelector, inputSelector: ui.inputSelector }
            : undefined;
        run.pages.push(await measurePage(browser, out, server.url, p.page, p[site], open));
      } catch (error) {
        run.errors.push(`page ${p.page}: ${(error as Error).message}`);
      }
    }
    if (!existsSync(join(out, 'pagefind'))) {
      run.searchNotMeasured = 'no index in this build';
      return;
    }
    try {
      run.search = await measureSearch(browser, server.url, SEARCH_UI[site], corpus.queries, {
        runs,
        fileSize: fileSizer(out),
      });
    } catch (error) {
      run.searchNotMeasured = (error as Error).message.split('\n')[0] ?? 'failed';
      log(`  ${site} search not measured: ${run.searchNotMeasured}`);
    }
  } finally {
    await server.close();
  }
}

export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const benchDir = BENCH_DIR;
  const work = join(benchDir, '.tmp');
  const machine = describeMachine();
  const started = Date.now();
  const step = (text: string) => o.log(`[${Math.round((Date.now() - started) / 1000)} s] ${text}`);
  const { browser, close } = await launchChromium();
  const results: BenchResults = {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    command: o.command,
    machine,
    versions: {
      astro: version(join(o.projectRoot, 'node_modules', 'astro')),
      pagefind: version(join(o.projectRoot, 'node_modules', 'pagefind')),
      'Starlight (@astrojs/starlight)': version(join(benchDir, 'node_modules', '@astrojs', 'starlight')),
      "Starlight's astro": version(join(benchDir, 'node_modules', 'astro')),
      "Starlight's pagefind": version(join(benchDir, 'node_modules', 'pagefind')),
      lighthouse: version(join(benchDir, 'node_modules', 'lighthouse')),
      chromium: browser.version(),
    },
    searchRuns: o.searchRuns,
    corpora: [],
  };
  try {
    const corpora = [
      ...(o.real ? [{ key: 'real', documents: 0 }] : []),
      ...o.sizes.map((n) => ({ key: `corpus-${n}`, documents: n })),
    ];
    for (const c of corpora) {
      const dir = join(work, c.key);
      mkdirSync(dir, { recursive: true });
      const content = c.key === 'real' ? resolve(o.projectRoot, 'content') : join(dir, 'content');
      if (c.key !== 'real') {
        step(`generating ${c.documents} documents (seed ${o.seed})`);
        writeCorpus(
          content,
          generateCorpus({ documents: c.documents, seed: o.seed }),
          { documents: c.documents, seed: o.seed },
          o.projectRoot,
        );
      }
      const { raw } = readContent(content);
      const docs = join(dir, 'starlight-docs');
      step(`writing Starlight's Markdown for ${c.key}`);
      writeStarlightDocs(content, docs);
      const corpus: CorpusRun = {
        label: c.key === 'real' ? 'real content' : `generated, ${c.documents.toLocaleString('en')} documents`,
        documents: raw.documents.length,
        entries: COLLECTIONS.reduce((n, k) => n + raw[k].length, 0),
        documentPath: typicalDocument(raw.documents),
        queries: [...(c.key === 'real' ? QUERIES.real : QUERIES.generated)],
        sites: { briefing: { pages: [], errors: [] }, starlight: { pages: [], errors: [] } },
      };
      results.corpora.push(corpus);
      for (const site of ['briefing', 'starlight'] as const) {
        const out = join(dir, `${site}-dist`);
        step(`building the ${site} site from ${corpus.label}`);
        const ok = await buildSite(
          site,
          o,
          { content, docs, out, log: join(dir, `${site}-build.log`), profile: join(dir, `${site}-profile.json`) },
          corpus.sites[site],
        );
        const b = corpus.sites[site].build!;
        step(
          `  ${ok ? 'built' : 'FAILED'} in ${(b.wallMs / 1000).toFixed(1)} s, peak ${Math.round(b.peakTreeRssBytes / 2 ** 20)} MiB, ${b.output.htmlPages} pages`,
        );
        if (!ok) {
          corpus.sites[site].searchNotMeasured = 'the build failed';
          continue;
        }
        step(`measuring the ${site} site's pages and search`);
        await measureSite(browser, site, out, corpus, {
          runs: o.searchRuns,
          lighthouse: o.lighthouse && (c.key === 'real' || c === corpora.at(-1)),
          log: o.log,
        });
        if (!o.keep) rmSync(out, { recursive: true, force: true });
      }
    }
  } finally {
    await close();
  }
  results.machine.loadAtEnd = currentLoad();
  return results;
}
