import { describe, expect, it } from 'vitest';
import type { BuildProfile } from '../../src/integrations/profile.ts';
import { profileCosts, profilePhases } from './profile.ts';

const profile: BuildProfile = {
  version: 1,
  totalMs: 60_000,
  firstPageAtMs: 30_000,
  spans: { 'offline edition: zip': { count: 1, ms: 6704.4 }, 'chart layout: map': { count: 4, ms: 1539.7 } },
  routes: { '/[collection]/[id]': { count: 214, ms: 2933, maxMs: 318 }, '/': { count: 1, ms: 317, maxMs: 317 } },
  hooks: [
    { integration: 'briefing:content-check', hook: 'astro:config:setup', atMs: 8000, ms: 1000 },
    { integration: 'briefing:profile', hook: 'astro:config:done', atMs: 10_000, ms: 0 },
    { integration: 'briefing:profile', hook: 'astro:build:start', atMs: 18_000, ms: 0 },
    { integration: 'briefing:profile', hook: 'astro:build:generated', atMs: 42_000, ms: 0 },
    { integration: 'briefing:pagefind', hook: 'astro:build:done', atMs: 42_100, ms: 2800 },
    { integration: 'briefing:offline-edition', hook: 'astro:build:done', atMs: 44_900, ms: 12_400 },
    { integration: 'briefing:profile', hook: 'astro:build:done', atMs: 57_300, ms: 0 },
  ],
};

describe('profilePhases()', () => {
  it('splits the build into phases in order that add up to its time', () => {
    const phases = profilePhases(profile);
    expect(phases).toEqual([
      { name: 'start-up: Node, Astro, the config', ms: 8000 },
      { name: 'integrations set up (the content check)', ms: 2000 },
      { name: 'content synced, routes resolved', ms: 8000 },
      { name: 'bundling (Vite: pages, MDX compiled, scripts, styles)', ms: 12_000 },
      { name: 'pages and endpoints rendered', ms: 12_000 },
      { name: 'after the build: briefing:pagefind', ms: 2800 },
      { name: 'after the build: briefing:offline-edition', ms: 12_400 },
      { name: 'the rest (between hooks)', ms: 2800 },
    ]);
    expect(phases.reduce((s, p) => s + p.ms, 0)).toBe(profile.totalMs);
  });
});

describe('profileCosts()', () => {
  it('ranks marked spans and pages by route together, most expensive first', () => {
    expect(profileCosts(profile, 3)).toEqual([
      { name: 'offline edition: zip', ms: 6704, count: 1 },
      { name: 'render /[collection]/[id]', ms: 2933, count: 214 },
      { name: 'chart layout: map', ms: 1540, count: 4 },
    ]);
  });
});
