// The build profile: where a build spends its time, for the bench (BRIEFING_PROFILE=<file.json> npm run build, or
// BRIEFING_PROFILE=1 for ./build-profile.json; see src/settings.ts). Off by default, and then each hook costs one check. The
// integration in src/integrations/profile.ts times the build's phases, every integration's hooks and each page
// (by route); `timed()` marks the costs inside them (content loading, chart layout, the offline edition's steps).
// The state lives on globalThis: the integrations and the pages' bundle are separate copies of this module.
import { settings } from '../settings.ts';

export interface Span {
  count: number;
  ms: number;
}

export interface ProfileState {
  spans: Record<string, Span>;
  /** Pages rendered, by route pattern ("/countries/[...slug]"). */
  routes: Record<string, Span & { maxMs: number }>;
  /** When the first page started rendering (ms since the build's process started): the end of bundling. */
  firstPageAtMs?: number;
  /** Integration hooks, in the order they ran: when each started (ms since the build's process started) and for how long. */
  hooks: { integration: string; hook: string; atMs: number; ms: number }[];
}

const KEY = Symbol.for('cajad-briefing.profile');
type WithProfile = typeof globalThis & { [KEY]?: ProfileState };

/** The profile being recorded, or undefined when profiling is off. */
export function profileState(): ProfileState | undefined {
  if (!settings.profile) return undefined;
  const g = globalThis as WithProfile;
  return (g[KEY] ??= { spans: {}, routes: {}, hooks: [] });
}

function add(name: string, ms: number, count = 1): void {
  const spans = profileState()!.spans;
  const span = (spans[name] ??= { count: 0, ms: 0 });
  span.count += count;
  span.ms += ms;
}

/** Adds spans timed elsewhere (a worker thread, whose profile is its own) to this profile, when profiling. */
export function addSpans(spans: Readonly<Record<string, Span>>): void {
  if (!profileState()) return;
  for (const [name, { count, ms }] of Object.entries(spans)) add(name, ms, count);
}

/** Runs `fn` (sync or async) and, when profiling, adds its time to the span `name`. */
export function timed<T>(name: string, fn: () => T): T {
  if (!profileState()) return fn();
  const started = performance.now();
  const result = fn();
  if (result instanceof Promise) return result.finally(() => add(name, performance.now() - started)) as T;
  add(name, performance.now() - started);
  return result;
}
