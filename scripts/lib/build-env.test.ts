import { describe, expect, it } from 'vitest';
import { BUILD_MEMORY_ENV, withBuildMemoryEnv } from './build-env.ts';

describe('withBuildMemoryEnv()', () => {
  it('adds the memory settings to the environment the build is given', () => {
    const env = withBuildMemoryEnv({ PATH: '/bin' });
    expect(env).toMatchObject({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0', MALLOC_ARENA_MAX: '2' });
    expect(Object.keys(BUILD_MEMORY_ENV).every((k) => k in env)).toBe(true);
  });

  it('leaves a setting the caller made as it is', () => {
    expect(withBuildMemoryEnv({ MALLOC_ARENA_MAX: '8' }).MALLOC_ARENA_MAX).toBe('8');
  });
});
