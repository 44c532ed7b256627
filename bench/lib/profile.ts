// The briefing's build profile (BRIEFING_PROFILE, src/lib/profile.ts) as the bench reports it: the build's phases
// one after another, adding up to its time, and the largest costs inside them. Pure: profile in, rows out.
import type { BuildProfile } from '../../src/integrations/profile.ts';

export interface ProfileRow {
  name: string;
  ms: number;
  /** How many times it ran (pages of a route, calls of a span). */
  count?: number;
}

const at = (p: BuildProfile, integration: string, hook: string) =>
  p.hooks.find((h) => h.integration === integration && h.hook === hook)?.atMs;

/** The build's phases in order, from the process's start to the end of the last hook; they add up to totalMs. */
export function profilePhases(p: BuildProfile): ProfileRow[] {
  const firstHook = p.hooks[0]?.atMs;
  const configDone = at(p, 'briefing:profile', 'astro:config:done');
  const buildStart = at(p, 'briefing:profile', 'astro:build:start');
  const generated = at(p, 'briefing:profile', 'astro:build:generated');
  const marks: [string, number | undefined][] = [
    ['start-up: Node, Astro, the config', firstHook],
    ['integrations set up (the content check)', configDone],
    ['content synced, routes resolved', buildStart],
    ['bundling (Vite: pages, MDX compiled, scripts, styles)', p.firstPageAtMs],
    ['pages and endpoints rendered', generated],
  ];
  const rows: ProfileRow[] = [];
  let previous = 0;
  for (const [name, mark] of marks) {
    if (mark === undefined) continue;
    rows.push({ name, ms: mark - previous });
    previous = mark;
  }
  for (const h of p.hooks.filter(
    (h) => h.hook === 'astro:build:done' && h.integration !== 'briefing:profile' && h.atMs >= previous,
  )) {
    rows.push({ name: `after the build: ${h.integration}`, ms: h.ms });
  }
  const rest = p.totalMs - rows.reduce((s, r) => s + r.ms, 0);
  if (rest > 0) rows.push({ name: 'the rest (between hooks)', ms: rest });
  return rows;
}

/** The largest costs inside the phases: marked spans and pages by route, most expensive first. */
export function profileCosts(p: BuildProfile, limit = 12): ProfileRow[] {
  const spans = Object.entries(p.spans).map(([name, s]) => ({ name, ms: Math.round(s.ms), count: s.count }));
  const routes = Object.entries(p.routes).map(([route, r]) => ({
    name: `render ${route}`,
    ms: Math.round(r.ms),
    count: r.count,
  }));
  return [...spans, ...routes].sort((a, b) => b.ms - a.ms || (a.name < b.name ? -1 : 1)).slice(0, limit);
}
