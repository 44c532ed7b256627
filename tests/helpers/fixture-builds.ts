// Builds of the fixture content folders (tests/fixtures/*): each folder, under each base path, is built once per test
// run however many test files read it, and the build's result (exit status, output, folder) is shared.
// `vitest.config.ts` names tests/helpers/fixture-setup.ts as the global setup of the projects that build fixtures:
// it makes the run's folder for the builds and removes it at the end.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of this run's fixture builds, made by the global setup. */
    fixtureBuilds: string;
  }
}

export interface FixtureOptions {
  /** The base path (BRIEFING_BASE), "/" by default. */
  base?: string;
  /** More settings for the build, e.g. BRIEFING_SITE. */
  env?: Record<string, string>;
}

export interface FixtureBuild {
  /** The content folder built, as given (e.g. "tests/fixtures/mini-content"). */
  content: string;
  base: string;
  /** The built site (empty or absent when the build failed). */
  out: string;
  status: number | null;
  /** Standard output and error of the build, as an editor would read them. */
  output: string;
}

const ASTRO = resolve('node_modules', 'astro', 'bin', 'astro.mjs');

/**
 * The environment of a build started from a test: none of the briefing's settings (BRIEFING_*) of the shell that
 * started the tests, and none of what Vitest copies of import.meta.env into it (a BASE_URL there overrides the base
 * path of the build: Astro reads import.meta.env.BASE_URL from the environment too).
 */
export function buildEnvironment(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  const env = Object.fromEntries(Object.entries(rest).filter(([name]) => !name.startsWith('BRIEFING_')));
  return { ...env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...extra };
}

function runFolder(): string {
  try {
    return inject('fixtureBuilds');
  } catch {
    // Run without the global setup (e.g. another config): builds are then shared within this test file only.
    return mkdtempSync(join(tmpdir(), 'bf-fixtures-'));
  }
}

let folder: string | undefined;

/** Builds `content` with these options (once per run), or returns the build already made. */
export function buildFixture(content: string, options: FixtureOptions = {}): FixtureBuild {
  const base = options.base ?? '/';
  const env = options.env ?? {};
  folder ??= runFolder();
  const key = `${basename(content)}-${createHash('sha256')
    .update(JSON.stringify([content, base, env]))
    .digest('hex')
    .slice(0, 10)}`;
  const dir = join(folder, key);
  const record = join(dir, 'build.json');
  if (existsSync(record)) return JSON.parse(readFileSync(record, 'utf8')) as FixtureBuild;
  mkdirSync(dir, { recursive: true });
  const out = join(dir, 'dist');
  const result = spawnSync(process.execPath, [ASTRO, 'build'], {
    env: buildEnvironment({
      ...env,
      BRIEFING_CONTENT: content,
      BRIEFING_OUT: out,
      ...(base === '/' ? {} : { BRIEFING_BASE: base }),
    }),
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const build: FixtureBuild = {
    content,
    base,
    out,
    status: result.status,
    output: `${result.stdout}\n${result.stderr}`,
  };
  writeFileSync(record, JSON.stringify(build));
  return build;
}
