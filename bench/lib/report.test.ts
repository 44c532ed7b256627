import { describe, expect, it } from 'vitest';
import type { PageWeight } from './page-weight.ts';
import { formatBytes, formatMemory, formatMs, formatRatio, renderReport } from './report.ts';
import type { BenchResults, CorpusRun, SiteRun } from './results.ts';

const page = (name: string, totalBytes: number, js = 0): PageWeight => ({
  page: name,
  path: '',
  bytes: { html: totalBytes, css: 0, js: 0, font: 0, image: 0, wasm: 0, 'search-index': 0, other: 0 },
  totalBytes,
  requests: 3,
  gzipBytes: Math.round(totalBytes / 4),
  jsBeforeDomContentLoaded: { scripts: js ? 1 : 0, bytes: js },
  renderBlockingJs: { scripts: 0, bytes: 0 },
  jsTotal: { scripts: 0, bytes: 0 },
});

const site = (wallMs: number, pages: PageWeight[], firstMs?: number): SiteRun => ({
  build: {
    wallMs,
    peakTreeRssBytes: 800 * 2 ** 20,
    peakProcessRssBytes: 700 * 2 ** 20,
    exitCode: 0,
    output: { bytes: 5e6, files: 300, htmlPages: 230, pagefindBytes: 1e6, pagefindFiles: 40 },
  },
  pages,
  ...(firstMs === undefined
    ? { searchNotMeasured: 'no index in this build' }
    : {
        search: {
          pageBytes: 300_000,
          pageRequests: 20,
          first: { query: 'gallium', ms: [firstMs, firstMs + 10, firstMs - 10], bytes: 30_000, requests: 5 },
          next: { query: 'rail', ms: [100], bytes: 9000, requests: 4 },
          pagefindBytes: 400_000,
        },
      }),
  errors: [],
});

const corpus = (label: string, documents: number, ours: SiteRun, theirs: SiteRun): CorpusRun => ({
  label,
  documents,
  entries: documents * 2,
  documentPath: 'documents/x/',
  queries: ['gallium', 'rail'],
  sites: { briefing: ours, starlight: theirs },
});

const results = (corpora: CorpusRun[]): BenchResults => ({
  date: '2026-11-28T20:00:00Z',
  command: 'npm run bench',
  machine: {
    cpu: 'Test CPU',
    cores: 2,
    memoryGiB: 24,
    os: 'Debian GNU/Linux 12 (bookworm)',
    kernel: '6.1',
    node: 'v24.0.0',
    loadAtStart: 0.5,
    loadAtEnd: 1.5,
  },
  versions: { astro: '7.3.5', 'Starlight (@astrojs/starlight)': '0.42.4' },
  searchRuns: 3,
  corpora,
});

describe('formatting', () => {
  it('writes bytes in powers of 1000, memory in MiB/GiB, times in ms, s or min', () => {
    expect(formatBytes(999)).toBe('999 B');
    expect(formatBytes(12_345)).toBe('12.3 kB');
    expect(formatBytes(2_500_000)).toBe('2.5 MB');
    expect(formatMemory(812 * 2 ** 20)).toBe('812 MiB');
    expect(formatMemory(3.5 * 2 ** 30)).toBe('3.50 GiB');
    expect(formatMs(240)).toBe('240 ms');
    expect(formatMs(42_000)).toBe('42.0 s');
    expect(formatMs(245_000)).toBe('4 min 5 s');
    expect(formatRatio(0.456)).toBe('0.46×');
    expect(formatRatio(undefined)).toBe('–');
  });
});

describe('renderReport()', () => {
  const run = results([
    corpus(
      'real content',
      16,
      site(10_000, [page('home', 40_000), page('document', 30_000, 283)], 250),
      site(20_000, [page('home', 200_000), page('document', 100_000)], 400),
    ),
    corpus(
      'generated, 100 documents',
      100,
      site(12_000, [page('home', 45_000)], 260),
      site(24_000, [page('home', 210_000)], 420),
    ),
    corpus(
      'generated, 1,000 documents',
      1000,
      site(30_000, [page('home', 50_000)]),
      site(60_000, [page('home', 220_000)], 500),
    ),
  ]);
  run.corpora[0]!.sites.briefing.lighthouse = [
    {
      page: 'home',
      path: '',
      scores: { performance: 82, accessibility: 100, 'best-practices': 100, seo: 100 },
      cls: 0.1358,
      domElements: 2248,
      failing: [{ id: 'total-blocking-time', score: 0.72 }],
    },
    {
      page: 'document',
      path: 'documents/x/',
      scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 },
      cls: 0,
      domElements: 600,
      failing: [],
    },
  ];
  run.corpora[0]!.sites.briefing.profile = {
    version: 1,
    totalMs: 20_000,
    firstPageAtMs: 12_000,
    spans: { 'offline edition: zip': { count: 1, ms: 5000 } },
    routes: { '/[collection]/[id]': { count: 214, ms: 3000, maxMs: 300 } },
    hooks: [
      { integration: 'briefing:profile', hook: 'astro:config:done', atMs: 4000, ms: 0 },
      { integration: 'briefing:profile', hook: 'astro:build:start', atMs: 6000, ms: 0 },
      { integration: 'briefing:profile', hook: 'astro:build:generated', atMs: 15_000, ms: 0 },
      { integration: 'briefing:offline-edition', hook: 'astro:build:done', atMs: 15_000, ms: 5000 },
    ],
  };
  const report = renderReport(run);

  it('names the machine, its load and the command that produced it', () => {
    expect(report).toContain('Measured 2026-11-28T20:00:00Z with `npm run bench`.');
    expect(report).toContain('Test CPU, 2 cores, 24 GiB memory');
    expect(report).toContain('Load average (1 min) 0.5 at the start and 1.5 at the end');
  });

  it('puts both sites side by side with the ratio briefing ÷ Starlight', () => {
    expect(report).toContain('| real content | 32 | 230 / 230 | 10.0 s | 20.0 s | 0.50× |');
    expect(report).toContain(
      '| document | 30.0 kB (7.5 kB) | 3 | 1 (283 B); 0 blocking | 100.0 kB (25.0 kB) | 3 | none | 0.30× | 0.30× |',
    );
    expect(report).toContain(
      '| real content | Briefing | 300.0 kB | 250 ms (“gallium”) | 30.0 kB | 100 ms (“rail”) | 9.0 kB | 339.0 kB | 400.0 kB |',
    );
    expect(report).toContain('| real content | **Ratio** | 1.00× | 0.63× | 1.00× | 1.00× | 1.00× | 1.00× | 1.00× |');
  });

  it('misses the early-script goal on a page that runs two scripts before DOMContentLoaded, or one too large', () => {
    const two = { ...page('home', 40_000), jsBeforeDomContentLoaded: { scripts: 2, bytes: 600 } };
    const large = page('document', 30_000, 5200);
    const missed = renderReport(results([corpus('real content', 16, site(10_000, [two, large]), site(20_000, []))]));
    expect(missed).toContain(
      '| Before DOMContentLoaded, at most one script (the inline colour scheme, ≤ 1.0 kB) | 2 of 2 pages run more (e.g. home: 2 (600 B)) | **no** |',
    );
  });

  it('reports each goal as met, missed or not measured', () => {
    expect(report).toContain(
      '| Before DOMContentLoaded, at most one script (the inline colour scheme, ≤ 1.0 kB) | all 4 pages (largest: document, 1 (283 B)) | yes |',
    );
    expect(report).toContain(
      '| Search costs fewer bytes than Starlight’s (open it, two queries) | more in real content, generated, 100 documents | **no** |',
    );
    expect(report).toContain(
      '| Every page transfers at most 0.5× the bytes of Starlight’s | largest ratio 0.30× (document, real content) | yes |',
    );
    expect(report).toContain(
      '| Search shows its first results in under 300 ms | slowest median 260 ms (generated, 100 documents) | yes |',
    );
    expect(report).toContain('| 10,000 documents build in under 5 minutes | not run (add --full) | not measured |');
    expect(report).toContain('| generated, 1,000 documents | Briefing | not measured: no index in this build |');
  });

  it('lists Lighthouse’s scores, layout shift and DOM size per page, and judges the goals on them', () => {
    expect(report).toContain(
      '| real content | Briefing | home | 82 | 100 | 100 | 100 | 0.136 | 2,248 | total-blocking-time 0.72 |',
    );
    expect(report).toContain('| real content | Briefing | document | 100 | 100 | 100 | 100 | 0 | 600 | none |');
    expect(report).toContain(
      '| Lighthouse (mobile) 100 in all four categories | 1 of 2 pages below; lowest performance 82 (home, real content) | **no** |',
    );
    expect(report).toContain(
      '| No layout shift (CLS 0) on every page measured | 1 of 2 pages shift; worst 0.136 (home, real content) | **no** |',
    );
  });

  it('prints the build profile: phases adding up to the build, then the largest costs', () => {
    expect(report).toContain('### real content: 20.0 s');
    expect(report).toContain('| bundling (Vite: pages, MDX compiled, scripts, styles) | 6000 ms | 30 % |');
    expect(report).toContain('| after the build: briefing:offline-edition | 5000 ms | 25 % |');
    expect(report).toContain('| render /[collection]/[id] | 3000 ms | 15 % | 214 |');
  });

  it('fits how build time grows with the generated corpora', () => {
    // 12 s → 30 s for 10× the documents: k = log10(2.5) ≈ 0.40.
    expect(report).toContain(
      '| Build time grows about linearly | time ∝ documents^0.40 over the generated corpora | yes |',
    );
  });
});
