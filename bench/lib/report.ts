// The benchmark's Markdown report: goals first, then build, growth, page weight and search, each site side by side
// with the ratio briefing ÷ Starlight (below 1: the briefing is lighter or faster). Pure: results in, text out.
import { LIGHTHOUSE_CATEGORIES } from './lighthouse-score.ts';
import type { PageWeight } from './page-weight.ts';
import { profileCosts, profilePhases } from './profile.ts';
import type { BenchResults, SiteRun } from './results.ts';
import { growthExponent, median, ratio } from './stats.ts';

export const GOALS = {
  /** Before DOMContentLoaded a page may run one script, the inline colour-scheme one (as Starlight does), this small. */
  earlyScriptBytes: 1024,
  pageRatio: 0.5,
  searchFirstMs: 300,
  /** Lighthouse (mobile) score in each of its four categories. */
  lighthouseScore: 100,
  fullDocuments: 10_000,
  fullBuildMs: 5 * 60_000,
  fullBuildBytes: 4 * 2 ** 30,
  /** "About linearly": a fitted exponent up to this counts. */
  linearExponent: 1.2,
} as const;

/** 1234 → "1.2 kB", 2_500_000 → "2.5 MB" (powers of 1000, as browsers' network panels count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e9) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${(bytes / 1e9).toFixed(2)} GB`;
}

/** Memory in MiB or GiB, as the goal is set. */
export function formatMemory(bytes: number): string {
  return bytes < 2 ** 30 ? `${Math.round(bytes / 2 ** 20)} MiB` : `${(bytes / 2 ** 30).toFixed(2)} GiB`;
}

export function formatMs(ms: number): string {
  return ms < 10_000
    ? `${Math.round(ms)} ms`
    : ms < 120_000
      ? `${(ms / 1000).toFixed(1)} s`
      : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** "0.42×", or "–" when there is nothing to compare. */
export function formatRatio(value: number | undefined): string {
  return value === undefined || !Number.isFinite(value) ? '–' : `${value.toFixed(2)}×`;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (head: string[], rows: (string | number)[][]) =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n');
const scripts = (s: { scripts: number; bytes: number }) =>
  s.scripts === 0 ? 'none' : `${s.scripts} (${formatBytes(s.bytes)})`;
/** Scripts before DOMContentLoaded, and how many of them blocked rendering. */
const pageScripts = (p: PageWeight) =>
  p.jsBeforeDomContentLoaded.scripts === 0 && p.renderBlockingJs.scripts === 0
    ? 'none'
    : `${scripts(p.jsBeforeDomContentLoaded)}; ${p.renderBlockingJs.scripts} blocking`;
/** What a reader pays for search: the page ready to type, then both queries. */
const searchCost = (s: NonNullable<SiteRun['search']>) => s.pageBytes + s.first.bytes + s.next.bytes;

function pageOf(site: SiteRun, page: string): PageWeight | undefined {
  return site.pages.find((p) => p.page === page);
}

/** Every page pair measured in every corpus, for the goals. */
function pagePairs(results: BenchResults) {
  return results.corpora.flatMap((c) =>
    c.sites.briefing.pages.map((ours) => ({ corpus: c, ours, theirs: pageOf(c.sites.starlight, ours.page) })),
  );
}

function goalsSection(results: BenchResults): string {
  const rows: string[][] = [];
  const verdict = (met: boolean | undefined) => (met === undefined ? 'not measured' : met ? 'yes' : '**no**');
  const pairs = pagePairs(results);
  const ours = pairs.map((p) => p.ours);
  const early = (p: (typeof ours)[number]) => p.jsBeforeDomContentLoaded;
  const heavy = ours.filter((p) => early(p).scripts > 1 || early(p).bytes > GOALS.earlyScriptBytes);
  const largest = ours.reduce<(typeof ours)[number] | undefined>(
    (w, p) => (!w || early(p).bytes > early(w).bytes ? p : w),
    undefined,
  );
  rows.push([
    `Before DOMContentLoaded, at most one script (the inline colour scheme, ≤ ${formatBytes(GOALS.earlyScriptBytes)})`,
    ours.length
      ? heavy.length
        ? `${heavy.length} of ${ours.length} pages run more (e.g. ${heavy[0]!.page}: ${scripts(early(heavy[0]!))})`
        : `all ${ours.length} pages (largest: ${largest!.page}, ${scripts(early(largest!))})`
      : '–',
    verdict(ours.length ? heavy.length === 0 : undefined),
  ]);
  const ratios = pairs
    .filter((p) => p.theirs)
    .map((p) => ({ ...p, r: ratio(p.ours.totalBytes, p.theirs!.totalBytes)! }));
  const worst = ratios.reduce<(typeof ratios)[number] | undefined>((w, p) => (!w || p.r > w.r ? p : w), undefined);
  rows.push([
    `Every page transfers at most ${GOALS.pageRatio}× the bytes of Starlight’s`,
    worst ? `largest ratio ${formatRatio(worst.r)} (${worst.ours.page}, ${worst.corpus.label})` : '–',
    verdict(worst ? worst.r <= GOALS.pageRatio : undefined),
  ]);
  const searches = results.corpora.flatMap((c) =>
    c.sites.briefing.search ? [{ c, s: c.sites.briefing.search, t: c.sites.starlight.search }] : [],
  );
  const slowest = searches.reduce<(typeof searches)[number] | undefined>(
    (w, x) => (!w || median(x.s.first.ms) > median(w.s.first.ms) ? x : w),
    undefined,
  );
  rows.push([
    `Search shows its first results in under ${GOALS.searchFirstMs} ms`,
    slowest
      ? `slowest median ${formatMs(median(slowest.s.first.ms))} (${slowest.c.label})`
      : 'no index in the builds measured',
    verdict(slowest ? median(slowest.s.first.ms) < GOALS.searchFirstMs : undefined),
  ]);
  const costly = searches.filter((x) => x.t && searchCost(x.s) >= searchCost(x.t));
  rows.push([
    'Search costs fewer bytes than Starlight’s (open it, two queries)',
    searches.length
      ? costly.length
        ? `more in ${costly.map((x) => x.c.label).join(', ')}`
        : `fewer in all ${searches.length} corpora`
      : '–',
    verdict(searches.length ? costly.length === 0 : undefined),
  ]);
  const scored = results.corpora.flatMap((c) => (c.sites.briefing.lighthouse ?? []).map((l) => ({ c, l })));
  const below = scored.filter(({ l }) => LIGHTHOUSE_CATEGORIES.some((k) => (l.scores[k] ?? 0) < GOALS.lighthouseScore));
  const lowest = scored
    .flatMap(({ c, l }) => LIGHTHOUSE_CATEGORIES.map((k) => ({ c, l, k, s: l.scores[k] ?? 0 })))
    .sort((a, b) => a.s - b.s)[0];
  rows.push([
    `Lighthouse (mobile) ${GOALS.lighthouseScore} in all four categories`,
    scored.length
      ? below.length
        ? `${below.length} of ${scored.length} pages below; lowest ${lowest!.k} ${lowest!.s} (${lowest!.l.page}, ${lowest!.c.label})`
        : `all ${scored.length} pages`
      : 'not run',
    verdict(scored.length ? below.length === 0 : undefined),
  ]);
  const shifted = scored.filter(({ l }) => (l.cls ?? 1) > 0);
  const worstShift = shifted.sort((a, b) => (b.l.cls ?? 0) - (a.l.cls ?? 0))[0];
  rows.push([
    'No layout shift (CLS 0) on every page measured',
    scored.length
      ? worstShift
        ? `${shifted.length} of ${scored.length} pages shift; worst ${formatCls(worstShift.l.cls)} (${worstShift.l.page}, ${worstShift.c.label})`
        : `CLS 0 on all ${scored.length} pages`
      : 'not run',
    verdict(scored.length ? shifted.length === 0 : undefined),
  ]);
  const full = results.corpora.find((c) => c.documents >= GOALS.fullDocuments)?.sites.briefing.build;
  rows.push([
    `${GOALS.fullDocuments.toLocaleString('en')} documents build in under 5 minutes`,
    full ? formatMs(full.wallMs) : 'not run (add --full)',
    verdict(full ? full.exitCode === 0 && full.wallMs < GOALS.fullBuildMs : undefined),
  ]);
  rows.push([
    '… with under 4 GiB peak memory',
    full ? formatMemory(full.peakTreeRssBytes) : 'not run (add --full)',
    verdict(full ? full.exitCode === 0 && full.peakTreeRssBytes < GOALS.fullBuildBytes : undefined),
  ]);
  const k = growthExponent(generatedBuilds(results, 'briefing').map((p) => ({ size: p.size, cost: p.build.wallMs })));
  rows.push([
    'Build time grows about linearly',
    k === undefined ? 'needs two generated corpora' : `time ∝ documents^${k.toFixed(2)} over the generated corpora`,
    verdict(k === undefined ? undefined : k <= GOALS.linearExponent),
  ]);
  return `## Goals\n\n${table(['Goal', 'Measured', 'Met'], rows)}`;
}

function generatedBuilds(results: BenchResults, site: 'briefing' | 'starlight') {
  return results.corpora
    .filter((c) => c.label.startsWith('generated'))
    .flatMap((c) => {
      const b = c.sites[site].build;
      return b && b.exitCode === 0 ? [{ size: c.documents, build: b }] : [];
    });
}

function buildSection(results: BenchResults): string {
  const rows = results.corpora.map((c) => {
    const a = c.sites.briefing.build;
    const b = c.sites.starlight.build;
    const ok = (x: typeof a) => !!x && x.exitCode === 0;
    const cellOf = (x: typeof a, f: (x: NonNullable<typeof a>) => string) =>
      !x ? 'not run' : x.exitCode !== 0 ? `failed (exit ${x.exitCode})` : f(x);
    return [
      c.label,
      c.entries.toLocaleString('en'),
      `${a?.output.htmlPages ?? '–'} / ${b?.output.htmlPages ?? '–'}`,
      cellOf(a, (x) => formatMs(x.wallMs)),
      cellOf(b, (x) => formatMs(x.wallMs)),
      formatRatio(ok(a) && ok(b) ? ratio(a!.wallMs, b!.wallMs) : undefined),
      cellOf(a, (x) => formatMemory(x.peakTreeRssBytes)),
      cellOf(b, (x) => formatMemory(x.peakTreeRssBytes)),
      formatRatio(ok(a) && ok(b) ? ratio(a!.peakTreeRssBytes, b!.peakTreeRssBytes) : undefined),
      cellOf(a, (x) => formatBytes(x.output.bytes)),
      cellOf(b, (x) => formatBytes(x.output.bytes)),
      formatRatio(ok(a) && ok(b) ? ratio(a!.output.bytes, b!.output.bytes) : undefined),
    ];
  });
  const growth = (['briefing', 'starlight'] as const).map((site) => {
    const points = generatedBuilds(results, site);
    const exp = (f: (b: (typeof points)[number]['build']) => number) => {
      const k = growthExponent(points.map((p) => ({ size: p.size, cost: f(p.build) })));
      return k === undefined ? '–' : k.toFixed(2);
    };
    const last = points.at(-1);
    return [
      site === 'briefing' ? 'Briefing' : 'Starlight',
      exp((b) => b.wallMs),
      exp((b) => b.peakTreeRssBytes),
      exp((b) => b.output.bytes),
      last ? formatMs(last.build.wallMs / last.size) : '–',
    ];
  });
  return [
    '## Build',
    'Wall time and peak memory of the whole process tree (sampled every 100 ms from /proc), and the size of the output. Pages: HTML files of the briefing / of Starlight. Each build starts with an empty content cache (`astro build --force`), and both run with the allocator settings `npm run build` uses (scripts/lib/build-env.ts).',
    table(
      [
        'Corpus',
        'Entries',
        'Pages',
        'Briefing time',
        'Starlight time',
        'Ratio',
        'Briefing memory',
        'Starlight memory',
        'Ratio',
        'Briefing output',
        'Starlight output',
        'Ratio',
      ],
      rows,
    ),
    '### How each grows with the corpus',
    'Exponent k of cost ∝ documents^k, fitted over the generated corpora: 1 is linear; below 1, a fixed start-up cost still dominates.',
    table(['Site', 'Time k', 'Memory k', 'Output k', 'Time per document (largest)'], growth),
  ].join('\n\n');
}

function pagesSection(results: BenchResults): string {
  const parts = [
    '## Page weight',
    'A first visit (empty cache) in headless Chromium on 127.0.0.1, until the network is quiet: bytes on the wire (headers included, served uncompressed), and in brackets what the same files weigh with gzip. "JS before DCL": scripts (external and inline) that ran before DOMContentLoaded, and how many of them are classic scripts without async or defer, which block rendering. Starlight’s search is a dialog on every page, so its "search" row is its home page with the dialog opened and its box focused.',
  ];
  for (const c of results.corpora) {
    const rows = c.sites.briefing.pages.map((ours) => {
      const theirs = pageOf(c.sites.starlight, ours.page);
      return [
        ours.page,
        `${formatBytes(ours.totalBytes)} (${formatBytes(ours.gzipBytes)})`,
        ours.requests,
        pageScripts(ours),
        theirs ? `${formatBytes(theirs.totalBytes)} (${formatBytes(theirs.gzipBytes)})` : '–',
        theirs?.requests ?? '–',
        theirs ? pageScripts(theirs) : '–',
        formatRatio(theirs ? ratio(ours.totalBytes, theirs.totalBytes) : undefined),
        formatRatio(theirs ? ratio(ours.gzipBytes, theirs.gzipBytes) : undefined),
      ];
    });
    if (!rows.length) continue;
    parts.push(
      `### ${c.label}`,
      table(
        [
          'Page',
          'Briefing',
          'Requests',
          'JS before DCL',
          'Starlight',
          'Requests',
          'JS before DCL',
          'Ratio',
          'Ratio (gzip)',
        ],
        rows,
      ),
    );
  }
  const first = results.corpora.find((c) => c.sites.briefing.pages.length);
  if (first) {
    const types = ['html', 'css', 'js', 'font', 'image', 'other'] as const;
    const rows = first.sites.briefing.pages.flatMap((ours) => {
      const theirs = pageOf(first.sites.starlight, ours.page);
      const line = (name: string, p: PageWeight) => [
        ours.page,
        name,
        ...types.map((t) =>
          formatBytes(t === 'other' ? p.bytes.other + p.bytes.wasm + p.bytes['search-index'] : p.bytes[t]),
        ),
      ];
      return theirs ? [line('Briefing', ours), line('Starlight', theirs)] : [line('Briefing', ours)];
    });
    parts.push(
      `### By type (${first.label})`,
      table(['Page', 'Site', 'HTML', 'CSS', 'JS', 'Fonts', 'Images', 'Other'], rows),
    );
  }
  return parts.join('\n\n');
}

function searchSection(results: BenchResults): string {
  const rows: (string | number)[][] = [];
  for (const c of results.corpora) {
    for (const site of ['briefing', 'starlight'] as const) {
      const run = c.sites[site];
      const name = site === 'briefing' ? 'Briefing' : 'Starlight';
      const s = run.search;
      if (!s) {
        rows.push([c.label, name, `not measured: ${run.searchNotMeasured ?? 'failed'}`, '', '', '', '', '', '']);
        continue;
      }
      rows.push([
        c.label,
        name,
        formatBytes(s.pageBytes),
        `${formatMs(median(s.first.ms))} (“${s.first.query}”)`,
        formatBytes(s.first.bytes),
        `${formatMs(median(s.next.ms))} (“${s.next.query}”)`,
        formatBytes(s.next.bytes),
        formatBytes(searchCost(s)),
        formatBytes(s.pagefindBytes),
      ]);
    }
    const a = c.sites.briefing.search;
    const b = c.sites.starlight.search;
    if (a && b) {
      rows.push([
        c.label,
        '**Ratio**',
        formatRatio(ratio(a.pageBytes, b.pageBytes)),
        formatRatio(ratio(median(a.first.ms), median(b.first.ms))),
        formatRatio(ratio(a.first.bytes, b.first.bytes)),
        formatRatio(ratio(median(a.next.ms), median(b.next.ms))),
        formatRatio(ratio(a.next.bytes, b.next.bytes)),
        formatRatio(ratio(searchCost(a), searchCost(b))),
        formatRatio(ratio(a.pagefindBytes, b.pagefindBytes)),
      ]);
    }
  }
  return [
    '## Search',
    `Open the search (the briefing’s /search/ page; Starlight’s dialog), type a query, and time from the input event to the frame after the first result shows; then a second query. Median of ${results.searchRuns} sessions, each with an empty cache; bytes are what each step transferred until the network was quiet, and the total is what a reader pays to open the search and run both queries. Both UIs wait for typing to pause before searching (the briefing 150 ms, Starlight’s Pagefind UI 300 ms), and that wait is part of the time.`,
    table(
      [
        'Corpus',
        'Site',
        'Page, ready to type',
        'First query',
        'Bytes',
        'Next query',
        'Bytes',
        'Total',
        'All of /pagefind/',
      ],
      rows,
    ),
  ].join('\n\n');
}

function profileSection(results: BenchResults): string {
  const parts = [
    '## Build profile (briefing)',
    'Where the briefing’s build spends its time, from its own profile (`BRIEFING_PROFILE`, src/lib/profile.ts) of the build timed above: the phases one after another, adding up to the build’s time; then the largest costs inside them — marked steps (content, chart layouts, the offline edition’s steps) and pages by route (views, MDX and rendering together). A mark inside a page is also part of that page’s time. The build renders four pages at a time (`build.concurrency` in astro.config.mjs), so a page’s time includes moments spent on the others while it waited, and the times of the routes add up to more than the phase.',
  ];
  for (const c of results.corpora) {
    const p = c.sites.briefing.profile;
    if (!p) continue;
    const pct = (ms: number) => `${Math.round((ms / p.totalMs) * 100)} %`;
    parts.push(
      `### ${c.label}: ${formatMs(p.totalMs)}`,
      table(
        ['Phase', 'Time', 'Share'],
        profilePhases(p).map((r) => [r.name, formatMs(r.ms), pct(r.ms)]),
      ),
      table(
        ['Largest costs inside', 'Time', 'Share', 'Times run'],
        profileCosts(p).map((r) => [r.name, formatMs(r.ms), pct(r.ms), r.count?.toLocaleString('en') ?? '–']),
      ),
    );
  }
  return parts.length > 2
    ? parts.join('\n\n')
    : '## Build profile (briefing)\n\nNo profile (the build failed or wrote none).';
}

const formatCls = (cls: number | null) => (cls === null ? '–' : cls === 0 ? '0' : cls.toFixed(3));

function lighthouseSection(results: BenchResults): string {
  const rows: (string | number)[][] = [];
  for (const c of results.corpora) {
    for (const site of ['briefing', 'starlight'] as const) {
      for (const l of c.sites[site].lighthouse ?? []) {
        rows.push([
          c.label,
          site === 'briefing' ? 'Briefing' : 'Starlight',
          l.page,
          ...LIGHTHOUSE_CATEGORIES.map((k) => l.scores[k] ?? '–'),
          formatCls(l.cls),
          l.domElements?.toLocaleString('en') ?? '–',
          l.failing
            .slice(0, 4)
            .map((f) => `${f.id} ${f.score}`)
            .join(', ') || 'none',
        ]);
      }
    }
  }
  if (!rows.length) return '## Lighthouse\n\nNot run (`--no-lighthouse`, or it failed: see the errors in the JSON).';
  return [
    '## Lighthouse',
    'Lighthouse (mobile: an emulated mid-range phone, simulated throttling) in headless Chromium on 127.0.0.1, on the real content and the largest corpus of the run. Performance depends on the machine’s load; the other three categories do not. "Lost points": the audits that count towards a score and did not pass, worst first.',
    table(
      [
        'Corpus',
        'Site',
        'Page',
        'Performance',
        'Accessibility',
        'Best practices',
        'SEO',
        'CLS',
        'DOM elements',
        'Lost points',
      ],
      rows,
    ),
  ].join('\n\n');
}

function machineSection(results: BenchResults): string {
  const m = results.machine;
  const versions = Object.entries(results.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return [
    `Measured ${results.date} with \`${results.command}\`.`,
    `**Machine:** ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB memory; ${m.os} (Linux ${m.kernel}); Node ${m.node}. Load average (1 min) ${m.loadAtStart} at the start${m.loadAtEnd === undefined ? '' : ` and ${m.loadAtEnd} at the end`}: other work on the machine slows every timing, so compare the ratios, which come from the same run.`,
    `**Versions:** ${versions}.`,
  ].join('\n\n');
}

/** The whole report as Markdown. */
export function renderReport(results: BenchResults): string {
  return (
    [
      '# Benchmark: the briefing against Astro Starlight',
      machineSection(results),
      'Ratios are briefing ÷ Starlight: below 1 means the briefing is smaller or faster. The Starlight site is built in the same run from Markdown generated from the same content (`bench/lib/starlight-markdown.ts`).',
      goalsSection(results),
      buildSection(results),
      profileSection(results),
      pagesSection(results),
      searchSection(results),
      lighthouseSection(results),
    ].join('\n\n') + '\n'
  );
}
