// The build's settings: the one module that reads the environment. astro.config.mjs, the content loaders, the
// editor scripts and the pages all ask it, so one variable means one thing everywhere.
//
//   BRIEFING_CONTENT  the content folder (default ./content): another folder builds another summit's briefing
//   BRIEFING_BASE     the path the site is served under (default /), e.g. /briefing/ on an intranet
//   BRIEFING_OUT      where the build goes (default ./dist)
//   BRIEFING_SITE     the site's public address, overriding `url` in site.yaml; with neither, no absolute links
//   BRIEFING_PROFILE  write the build's profile (src/lib/profile.ts) to this file, or to ./build-profile.json for 1
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as yaml from 'js-yaml';

type Env = Record<string, string | undefined>;

export interface Settings {
  /** The content folder, without a trailing slash: "./content", "tests/fixtures/mini-content". */
  contentDir: string;
  /** The base path with both slashes: "/", "/briefing/". */
  base: string;
  /** The build's output folder: "./dist". */
  outDir: string;
  /** The site's public address ("https://briefing.example.net/"), or undefined when none is set. */
  site: string | undefined;
  /** Where the address came from, for the build's log. */
  siteFrom: 'BRIEFING_SITE' | 'site.yaml' | undefined;
  /** Where the build writes its profile, or undefined when it is not profiled (the default). */
  profile: string | undefined;
}

export const CONTENT_DIR_ENV = 'BRIEFING_CONTENT';

/** The content folder: `content/` unless BRIEFING_CONTENT names another (relative to the project root or absolute). */
export function contentDir(env: Env = process.env): string {
  const dir = env[CONTENT_DIR_ENV]?.trim();
  return (dir || './content').replace(/\/+$/, '');
}

function basePath(env: Env): string {
  const base = env.BRIEFING_BASE?.trim() || '/';
  return `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
}

function checkAddress(value: string, from: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${from}: "${value}" is not an address; give the site's public address, e.g. "https://briefing.example.net/"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`${from}: "${value}" must start with https:// or http://`);
  return url.href;
}

/**
 * The `url` of site.yaml, read on its own: astro.config needs the address before the content is loaded. The rest
 * of site.yaml (and this field's format) is checked with the content; a missing or unreadable file is reported there.
 */
function siteYamlUrl(dir: string): string | undefined {
  let data: unknown;
  try {
    data = yaml.load(readFileSync(join(dir, 'site.yaml'), 'utf8'));
  } catch {
    return undefined;
  }
  const url = data && typeof data === 'object' ? (data as { url?: unknown }).url : undefined;
  return typeof url === 'string' && url.trim() ? url.trim() : undefined;
}

function profileFile(value: string | undefined): string | undefined {
  if (!value || value === '0') return undefined;
  return value === '1' ? 'build-profile.json' : value;
}

/** Reads the settings from an environment (the process's by default). Throws on an address that is not one. */
export function readSettings(env: Env = process.env): Settings {
  const dir = contentDir(env);
  const fromEnv = env.BRIEFING_SITE?.trim();
  const fromYaml = fromEnv ? undefined : siteYamlUrl(dir);
  return {
    contentDir: dir,
    base: basePath(env),
    outDir: env.BRIEFING_OUT?.trim() || './dist',
    site: fromEnv
      ? checkAddress(fromEnv, 'BRIEFING_SITE')
      : fromYaml
        ? checkAddress(fromYaml, join(dir, 'site.yaml'))
        : undefined,
    siteFrom: fromEnv ? 'BRIEFING_SITE' : fromYaml ? 'site.yaml' : undefined,
    profile: profileFile(env.BRIEFING_PROFILE?.trim()),
  };
}

/** The settings of this build. */
export const settings: Settings = readSettings();

/** What the build prints when the site has no address: absolute links are left out rather than made up. */
export const NO_SITE_WARNING =
  'no site address is set, so pages carry no canonical link, Open Graph URL, JSON-LD url or sitemap, and citations give no URL. Set `url` in site.yaml or BRIEFING_SITE to the public address.';

/**
 * A link of the site ("/briefing/countries/kazakhstan/", as `href()` and `Astro.url.pathname` give it) as an
 * absolute address on the site's host, or undefined when no address is set: callers leave the link out.
 */
export function absoluteUrl(path: string, site: string | undefined = settings.site): string | undefined {
  return site === undefined ? undefined : new URL(path, site).href;
}
