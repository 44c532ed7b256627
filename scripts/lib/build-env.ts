// The environment `npm run build` gives Astro's process besides the caller's own: what the memory of a big build
// needs. Astro bundles every MDX entry with Vite's bundler, Rolldown, which is native code with an allocator of its
// own (mimalloc), and Node's native parts use glibc's malloc; both keep memory they have freed, for reuse, instead of
// handing it back. At 10,000 documents that was gigabytes the process held for the rest of the build, beside the
// search indexer and the offline edition that come after (bench/: the build's peak, sampled from /proc):
// - MIMALLOC_PURGE_DELAY=0: mimalloc hands pages back to the system as soon as they are free, not after a delay;
// - MALLOC_ARENA_MAX=2: glibc keeps two pools of memory, not eight per core, so freed memory is not spread thin
//   over pools it stays in.
// A value the caller sets wins.
export const BUILD_MEMORY_ENV: Readonly<Record<string, string>> = {
  MIMALLOC_PURGE_DELAY: '0',
  MALLOC_ARENA_MAX: '2',
};

/** `env` with the build's memory settings added where it does not set them itself. */
export function withBuildMemoryEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...BUILD_MEMORY_ENV, ...env };
}
