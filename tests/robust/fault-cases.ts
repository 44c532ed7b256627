// Faults beyond one bad file, run against any checkout's editor CLIs (new, import, build) on copies of the small
// fixture: long and non-Latin titles, sheets in the wrong encoding or separator, formula cells, a killed import, two
// imports or builds at once, a failed build after a good one. Used by probe.ts to compare checkouts; the assertions
// of record are in cli.test.ts, build.site.test.ts and csv-injection.site.test.ts.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { STACK_TRACE, type Verdict } from './run-check.ts';
import { snapshot } from './cli.ts';

export interface FaultResult {
  verdict: Verdict;
  /** What was seen: why the verdict is not a clear refusal (or safe handling), or what a fault left behind. */
  detail?: string;
}

export interface FaultCase {
  name: string;
  run: (checkout: string) => Promise<FaultResult>;
}

interface Run {
  status: number | null;
  output: string;
}

const FIXTURE = join(import.meta.dirname, '../fixtures/mini-content');
const HEADER = 'id,title,official_title,kind,parties,date,themes,summary,citations';
const row = (id: string, title = `Memo ${id}`) =>
  `${id},${title},false,memorandum,aland,2030-05-01,fixture-theme,A memorandum.,s1 ¶4`;

function fresh(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'robust-fault-')), 'content');
  cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}
const drop = (content: string) => rmSync(join(content, '..'), { recursive: true, force: true });
const sheet = (content: string, name: string, text: string | Buffer) => {
  const path = join(content, '..', name);
  writeFileSync(path, text);
  return path;
};

const env = (content: string, extra: Record<string, string>) => ({
  ...process.env,
  BRIEFING_CONTENT: content,
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  ...extra,
});

/** The script's command line; a checkout without scripts/build.ts builds as its `npm run build` did, with Astro. */
function command(checkout: string, script: string, args: string[]): string[] {
  const file = join(checkout, 'scripts', script);
  if (script === 'build.ts' && !existsSync(file)) return [join(checkout, 'node_modules/astro/bin/astro.mjs'), 'build'];
  return [file, ...args];
}

function cli(checkout: string, script: string, args: string[], content: string, extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, command(checkout, script, args), {
    cwd: checkout,
    encoding: 'utf8',
    env: env(content, extra),
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

function cliAsync(
  checkout: string,
  script: string,
  args: string[],
  content: string,
  extra: Record<string, string> = {},
  onStart?: (kill: () => void) => void,
): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, command(checkout, script, args), {
      cwd: checkout,
      env: env(content, extra),
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => done({ status, output }));
    onStart?.(() => child.kill('SIGKILL'));
  });
}

const short = (output: string) => output.replace(/\s+/g, ' ').trim().slice(0, 160);

/** A refusal: non-zero exit, the file named, the gist said, no stack trace, and nothing in the content changed. */
function refusal(r: Run, names: string, gist: RegExp, changed: boolean): FaultResult {
  if (r.status === 0) return { verdict: 'wrongly accepted', detail: short(r.output) };
  if (changed) return { verdict: 'refused unclearly', detail: `refused, but the content changed: ${short(r.output)}` };
  const clear = r.output.includes(names) && gist.test(r.output) && !STACK_TRACE.test(r.output);
  return clear ? { verdict: 'refused clearly' } : { verdict: 'refused unclearly', detail: short(r.output) };
}

/** Input that must be handled, not refused: `ok` says whether it was handled as it should be. */
function handled(r: Run, ok: boolean, detail: string): FaultResult {
  if (STACK_TRACE.test(r.output) || (r.status !== 0 && r.status !== null))
    return { verdict: 'refused unclearly', detail: short(r.output) };
  return ok ? { verdict: 'refused clearly' } : { verdict: 'wrongly accepted', detail };
}

const memos = (content: string, prefix = 'memo-') =>
  readdirSync(join(content, 'documents')).filter((f) => f.startsWith(prefix));

async function inCopy(f: (content: string) => Promise<FaultResult> | FaultResult): Promise<FaultResult> {
  const content = fresh();
  try {
    return await f(content);
  } finally {
    drop(content);
  }
}

/** The files a build made, by path, with their bytes' length and a sample: enough to see whether they changed. */
function outputFiles(out: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const root of [out, `${out}-offline`]) {
    if (!existsSync(root)) continue;
    for (const e of readdirSync(root, { withFileTypes: true, recursive: true }))
      if (e.isFile()) files.set(join(e.parentPath, e.name), readFileSync(join(e.parentPath, e.name), 'base64'));
  }
  return files;
}

const FORMULA_TITLE = '=HYPERLINK("http://x","y")';
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** Whether any cell of the CSV would start a formula in a spreadsheet (quoted cells included). */
const hasLiveFormula = (csv: string) =>
  (parse(csv, { bom: true, relax_column_count: true, relax_quotes: true }) as string[][])
    .flat()
    .some((c) => FORMULA_START.test(c) && !PLAIN_NUMBER.test(c));

/** Rows in each of two sheets imported at once: enough that their writes overlap unless one waits for the other. */
const SAME_IDS = 1500;

export const FAULT_CASES: FaultCase[] = [
  {
    name: 'new: 500-character title (shortened id, no ENAMETOOLONG)',
    run: (checkout) =>
      inCopy((content) => {
        const r = cli(checkout, 'new.ts', ['documents', 'Memorandum on rail and road links '.repeat(15)], content);
        const made = readdirSync(join(content, 'documents')).filter((f) => f !== 'fixture-accord.mdx');
        return handled(r, made.length === 1 && made[0]!.length <= 64, `made ${made.join(', ') || 'nothing'}`);
      }),
  },
  {
    name: 'new: Cyrillic title (transliterated id)',
    run: (checkout) =>
      inCopy((content) => {
        const r = cli(checkout, 'new.ts', ['documents', 'Договор о сотрудничестве'], content);
        const ok = existsSync(join(content, 'documents', 'dogovor-o-sotrudnichestve.mdx'));
        return handled(r, ok, `made ${readdirSync(join(content, 'documents')).join(', ')}`);
      }),
  },
  {
    name: 'new: content folder holding a dangling symlink',
    run: (checkout) =>
      inCopy((content) => {
        symlinkSync(join(content, 'nowhere.mdx'), join(content, 'documents', 'gone.mdx'));
        const r = cli(checkout, 'new.ts', ['documents', 'Rail memo'], content);
        return handled(r, existsSync(join(content, 'documents', 'rail-memo.mdx')), 'no file made');
      }),
  },
  {
    name: 'new: unknown collection',
    run: (checkout) =>
      inCopy((content) => {
        const before = snapshot(content);
        const r = cli(checkout, 'new.ts', ['treaties', 'X'], content);
        return refusal(
          r,
          'treaties',
          /unknown collection/,
          JSON.stringify(snapshot(content)) !== JSON.stringify(before),
        );
      }),
  },
  {
    name: 'import: Latin-1 sheet',
    run: (checkout) =>
      inCopy((content) => {
        const csv = sheet(content, 'latin1.csv', Buffer.from(`${HEADER}\n${row('a', 'Caf\xe9 accord')}\n`, 'latin1'));
        const before = snapshot(content);
        const r = cli(checkout, 'import.ts', ['documents', csv], content);
        return refusal(r, 'latin1.csv', /UTF-8/, JSON.stringify(snapshot(content)) !== JSON.stringify(before));
      }),
  },
  {
    name: 'import: semicolon-separated sheet (read, and said so)',
    run: (checkout) =>
      inCopy((content) => {
        const csv = sheet(content, 'semi.csv', `${HEADER}\n${row('a')}\n`.replace(/,/g, ';'));
        const r = cli(checkout, 'import.ts', ['documents', csv], content);
        return handled(r, existsSync(join(content, 'documents/a.mdx')) && /semicolon/.test(r.output), short(r.output));
      }),
  },
  {
    name: 'import: unknown column',
    run: (checkout) =>
      inCopy((content) => {
        const csv = sheet(content, 'extra.csv', `${HEADER},colour\n${row('a')},red\n`);
        const before = snapshot(content);
        const r = cli(checkout, 'import.ts', ['documents', csv], content);
        return refusal(r, 'colour', /unknown column/, JSON.stringify(snapshot(content)) !== JSON.stringify(before));
      }),
  },
  {
    name: 'import: one title updated (one-line diff, comments kept)',
    run: (checkout) =>
      inCopy((content) => {
        const file = join(content, 'documents/fixture-accord.mdx');
        const original = readFileSync(file, 'utf8').replace('kind: agreement', 'kind: agreement # as sourced');
        writeFileSync(file, original);
        const csv = sheet(
          content,
          'rename.csv',
          'id,title,official_title,kind,parties,date,event,themes,summary,citations\n' +
            'fixture-accord,Fixture Accord of 2030,true,agreement,aland,2030-05-01,fixture-summit,fixture-theme,An accord signed in tests.,s1 ¶3\n',
        );
        const r = cli(checkout, 'import.ts', ['documents', csv], content);
        const after = readFileSync(file, 'utf8').split('\n');
        const changed = original.split('\n').filter((line, i) => line !== after[i]);
        return handled(r, changed.length === 1, `${changed.length} lines changed`);
      }),
  },
  {
    name: 'import: killed mid-way (all or nothing, finished by the next run)',
    run: (checkout) =>
      inCopy(async (content) => {
        const rows = Array.from({ length: 3000 }, (_, i) => row(`memo-${i + 1}`));
        const csv = sheet(content, 'many.csv', `${HEADER}\n${rows.join('\n')}\n`);
        // A real SIGKILL as soon as the first entry appears, as a power cut would.
        const killed = await cliAsync(checkout, 'import.ts', ['documents', csv], content, {}, (kill) => {
          const poll = setInterval(() => {
            if (memos(content).length > 0) {
              clearInterval(poll);
              kill();
            }
          }, 2);
          setTimeout(() => clearInterval(poll), 120_000).unref();
        });
        const half = memos(content);
        const empty = half.filter((f) => statSync(join(content, 'documents', f)).size === 0);
        const check = cli(checkout, 'check-content.ts', [content], content);
        const partialAccepted = half.length > 0 && half.length < 3000 && check.status === 0;
        const again = cli(checkout, 'import.ts', ['documents', csv], content);
        const whole = memos(content).length === 3000 && again.status === 0;
        if (empty.length || partialAccepted)
          return {
            verdict: 'wrongly accepted',
            detail: `after the kill (status ${killed.status}): ${half.length} files, ${empty.length} empty; check:content exit ${check.status}`,
          };
        const seen = `killed with ${half.length} of 3000 in place, check:content exit ${check.status}, rerun exit ${again.status}`;
        return whole
          ? { verdict: 'refused clearly', detail: seen }
          : { verdict: 'refused unclearly', detail: `${seen}: ${short(again.output)}` };
      }),
  },
  {
    name: 'import: two sheets of the same ids at once (one after the other, never mixed)',
    run: (checkout) =>
      inCopy(async (content) => {
        const make = (p: string) =>
          sheet(
            content,
            `${p}.csv`,
            `${HEADER}\n${Array.from({ length: SAME_IDS }, (_, i) => row(`memo-${i}`, `Memo ${p} ${i}`)).join('\n')}\n`,
          );
        const [ra, rb] = await Promise.all(
          ['A', 'B'].map((p) => cliAsync(checkout, 'import.ts', ['documents', make(p)], content)),
        );
        const titles = memos(content).map(
          (f) => /\ntitle: Memo ([AB]) /.exec(readFileSync(join(content, 'documents', f), 'utf8'))?.[1],
        );
        const sheets = new Set(titles);
        const check = cli(checkout, 'check-content.ts', [content], content);
        return handled(
          { status: ra!.status || rb!.status, output: ra!.output + rb!.output },
          titles.length === SAME_IDS && sheets.size === 1 && check.status === 0,
          `${titles.length} files, titles from sheet(s) ${[...sheets].join(' and ')}; check:content exit ${check.status}`,
        );
      }),
  },
  {
    name: 'import while a build runs, with --no-wait',
    run: (checkout) =>
      inCopy(async (content) => {
        // The lock's own module (where it exists) says where the lock lives; without one there is no lock to hold.
        const lockModule = join(checkout, 'scripts/lib/lock.ts');
        if (!existsSync(lockModule)) {
          const csv = sheet(content, 'one.csv', `${HEADER}\n${row('a')}\n`);
          const r = cli(checkout, 'import.ts', ['documents', csv], content);
          return { verdict: 'wrongly accepted', detail: `no lock at all: the import ran (exit ${r.status})` };
        }
        const { acquireLock, lockPath } = (await import(lockModule)) as typeof import('../../scripts/lib/lock.ts');
        const release = await acquireLock({ path: lockPath(content), task: 'build' });
        try {
          const csv = sheet(content, 'one.csv', `${HEADER}\n${row('a')}\n`);
          const before = snapshot(content);
          const r = cli(checkout, 'import.ts', ['documents', csv, '--no-wait'], content);
          return refusal(
            r,
            'build',
            /another build is running/,
            JSON.stringify(snapshot(content)) !== JSON.stringify(before),
          );
        } finally {
          release();
        }
      }),
  },
  {
    name: 'build: formula titles reach no published CSV live (data, charts)',
    run: (checkout) =>
      inCopy((content) => {
        const file = join(content, 'documents/fixture-accord.mdx');
        writeFileSync(file, readFileSync(file, 'utf8').replace('title: Fixture Accord', `title: '${FORMULA_TITLE}'`));
        const out = join(checkout, `.probe-out-${process.pid}`);
        try {
          const r = cli(checkout, 'build.ts', [], content, { BRIEFING_OUT: out });
          if (r.status !== 0) return { verdict: 'refused unclearly', detail: short(r.output) };
          const csvs = ['data', 'charts'].flatMap((d) =>
            existsSync(join(out, d))
              ? readdirSync(join(out, d))
                  .filter((f) => f.endsWith('.csv'))
                  .map((f) => [`${d}/${f}`, readFileSync(join(out, d, f), 'utf8')] as const)
              : [],
          );
          const live = csvs.filter(([, text]) => hasLiveFormula(text)).map(([name]) => name);
          return live.length
            ? { verdict: 'wrongly accepted', detail: `live formulas in ${live.join(', ')}` }
            : { verdict: 'refused clearly' };
        } finally {
          for (const d of [out, `${out}-offline`, `${out}.zip`]) rmSync(d, { recursive: true, force: true });
        }
      }),
  },
  {
    name: 'build: failed build after a good one (last good site kept)',
    run: (checkout) =>
      inCopy((content) => {
        const out = join(checkout, `.probe-out-${process.pid}`);
        try {
          const good = cli(checkout, 'build.ts', [], content, { BRIEFING_OUT: out });
          if (good.status !== 0)
            return { verdict: 'refused unclearly', detail: `good build failed: ${short(good.output)}` };
          const before = outputFiles(out);
          writeFileSync(
            join(content, 'documents/fixture-accord.mdx'),
            `${readFileSync(join(content, 'documents/fixture-accord.mdx'), 'utf8')}\n<b>no {x\n`,
          );
          const bad = cli(checkout, 'build.ts', [], content, { BRIEFING_OUT: out });
          const after = outputFiles(out);
          const kept =
            before.size > 0 && [...before].every(([k, v]) => after.get(k) === v) && after.size === before.size;
          if (bad.status === 0) return { verdict: 'wrongly accepted', detail: short(bad.output) };
          if (!kept)
            return {
              verdict: 'wrongly accepted',
              detail: `the last good build changed: ${before.size} → ${after.size} files`,
            };
          return refusal(bad, 'fixture-accord.mdx', /fixture-accord\.mdx:\d+:\d+/, false);
        } finally {
          for (const d of [out, `${out}-offline`, `${out}.zip`]) rmSync(d, { recursive: true, force: true });
        }
      }),
  },
  {
    name: 'build: two builds at once in one checkout',
    run: (checkout) =>
      inCopy(async (content) => {
        const out = join(checkout, `.probe-out-${process.pid}`);
        try {
          const [a, b] = await Promise.all(
            [0, 1].map(() => cliAsync(checkout, 'build.ts', [], content, { BRIEFING_OUT: out })),
          );
          const both = `${a!.output}\n${b!.output}`;
          const ok = a!.status === 0 && b!.status === 0 && /Waiting for the build/.test(both);
          return handled({ status: a!.status || b!.status, output: both }, ok, short(both));
        } finally {
          for (const d of [out, `${out}-offline`, `${out}.zip`]) rmSync(d, { recursive: true, force: true });
        }
      }),
  },
];
