// Derived views computed once per build. A view depends only on the briefing it comes from (and on what the key
// names), and a build loads one briefing: pages that show the same chart or the same entry share one result instead
// of each computing it again. Kept per Briefing (a WeakMap), so tests that make their own briefings never see
// another's results.

const caches = new WeakMap<object, Map<string, unknown>>();

/** What `compute()` gives for `key` of `owner` (a Briefing), computed the first time it is asked for. */
export function memo<T>(owner: object, key: string, compute: () => T): T {
  let cache = caches.get(owner);
  if (!cache) caches.set(owner, (cache = new Map()));
  if (cache.has(key)) return cache.get(key) as T;
  const value = compute();
  cache.set(key, value);
  return value;
}
