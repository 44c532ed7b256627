// The build profile (see src/lib/profile.ts): wraps the site's integrations to time each of their hooks, adds a
// middleware that times every page, and writes the JSON when the build is done. With profiling off, it returns the
// integrations untouched.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { profileState, type ProfileState } from '../lib/profile.ts';
import { settings } from '../settings.ts';

export interface BuildProfile extends ProfileState {
  version: 1;
  /** From the start of the build's process to the end of the last hook. */
  totalMs: number;
}

function wrap(integration: AstroIntegration, state: ProfileState): AstroIntegration {
  const hooks = Object.fromEntries(
    Object.entries(integration.hooks).map(([hook, fn]) => [
      hook,
      async (...args: unknown[]) => {
        const atMs = performance.now();
        try {
          return await (fn as (...a: unknown[]) => unknown)(...args);
        } finally {
          state.hooks.push({
            integration: integration.name,
            hook,
            atMs: Math.round(atMs),
            ms: Math.round(performance.now() - atMs),
          });
        }
      },
    ]),
  );
  return { ...integration, hooks };
}

/** `integrations`, each hook timed, and the profile's own integration last; or `integrations` as they are. */
export function profiled(integrations: AstroIntegration[]): AstroIntegration[] {
  const target = settings.profile;
  const state = profileState();
  if (!target || !state) return integrations;
  const own: AstroIntegration = {
    name: 'briefing:profile',
    hooks: {
      'astro:config:setup': ({ addMiddleware }) => {
        addMiddleware({ entrypoint: new URL('./profile-middleware.ts', import.meta.url), order: 'pre' });
      },
      // No-ops, timed by the wrapper: when each phase of the build begins.
      'astro:config:done': () => {},
      'astro:build:start': () => {},
      'astro:build:generated': () => {},
      'astro:build:done': ({ logger }) => {
        const profile: BuildProfile = { version: 1, totalMs: Math.round(performance.now()), ...state };
        const file = resolve(target);
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `${JSON.stringify(profile, null, 2)}\n`);
        logger.info(`build profile written to ${file}`);
      },
    },
  };
  return [...integrations.map((i) => wrap(i, state)), wrap(own, state)];
}
