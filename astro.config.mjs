// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { createHash } from 'node:crypto';
import { THEME_SCRIPT } from './src/lib/theme-script.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { permalinks } from './src/integrations/permalinks.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { offlineEdition } from './src/integrations/offline-edition.ts';
import { siteAddress } from './src/integrations/site-address.ts';
import { profiled } from './src/integrations/profile.ts';
import { settings } from './src/settings.ts';
import { citationFiles } from './src/integrations/citation-files.ts';

// Content folder, base path (an intranet's /briefing/), output folder and site address: see src/settings.ts.
const { base, contentDir, outDir, site } = settings;

export default defineConfig({
  // With no address the site has no absolute links at all (never a made-up host); siteAddress() says so once.
  ...(site ? { site } : {}),
  base,
  // Where the build goes; tests build fixture content into folders of their own.
  outDir,
  trailingSlash: 'always',
  // Four pages in progress at once: while one waits for its file to be written or a chart image to be drawn, another
  // renders. At 1,000 documents the pages took 9.9 s one at a time and 7.2–8.1 s at 2, 4 or 8 (the same files).
  build: { format: 'directory', concurrency: 4 },
  // Astro caches loaded content; a cache per content folder keeps one summit's entries out of another's build.
  cacheDir:
    contentDir === './content'
      ? './node_modules/.astro'
      : `./node_modules/.astro/content-${createHash('sha256').update(contentDir).digest('hex').slice(0, 12)}`,
  // BRIEFING_PROFILE=1 times every hook and page (src/lib/profile.ts); otherwise the list is as it is.
  integrations: profiled([
    contentCheck(),
    siteAddress(),
    mdx(),
    // Every page but the 404, the search page (which has nothing of its own to find) and the briefing book (every
    // word of it is on another page: search engines should send readers there). A sitemap needs absolute addresses.
    ...(site ? [sitemap({ filter: (page) => !/\/(404|search|book)\/?$/.test(new URL(page).pathname) })] : []),
    // Each page's citation downloads, before the index and the offline edition that carry them.
    citationFiles(),
    pagefindIndex(),
    // After the index: the offline edition carries the built site and its index to a folder and a zip.
    offlineEdition(),
  ]),
  // No telemetry, no network at build or run time.
  devToolbar: { enabled: false },
  // A Content-Security-Policy in every page: scripts only from the site itself or hashed by Astro (no
  // 'unsafe-inline' for scripts); Pagefind's search engine is WebAssembly, hence 'wasm-unsafe-eval'. Inline style
  // attributes (chart geometry, Pagefind's UI) need 'unsafe-inline' for styles only. Nothing may load from elsewhere.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self' blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: {
        resources: ["'self'", "'wasm-unsafe-eval'"],
        // The inline colour-scheme script, which Astro does not hash for itself.
        hashes: [`sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}`],
      },
      styleDirective: { resources: ["'self'", "'unsafe-inline'"] },
    },
  },
  // An id and a permalink on every paragraph of the MDX bodies (the long pages); headings have ids already.
  markdown: { processor: satteri({ hastPlugins: [permalinks] }) },
  vite: {
    // The base path as a build-time constant: an environment variable named BASE_URL (vitest sets one) must not
    // change where links point.
    define: { __BRIEFING_BASE__: JSON.stringify(base) },
    // The stylesheet names its fonts relative to itself (both live in _astro/), so they load under any base path,
    // from a folder opened from disk (the offline edition) and in the briefing book.
    experimental: {
      // Vite's own { relative: true } comes out absolute in Astro's CSS, hence the file's bare name.
      renderBuiltUrl: (file, { hostType }) =>
        hostType === 'css' && /\.woff2$/.test(file) ? file.split('/').pop() : undefined,
    },
    build: {
      rolldownOptions: {
        onwarn(warning, warn) {
          // Astro's own MDX directive, harmless; withastro/astro#18087 (open). Every other warning still shows.
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
