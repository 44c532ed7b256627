import { afterEach, describe, expect, it, vi } from 'vitest';
import { readSettings } from '../settings.ts';
import { profileState, timed } from './profile.ts';

const mocked = vi.hoisted(() => ({ settings: { profile: undefined as string | undefined } }));
vi.mock('../settings.ts', async (original) => ({ ...(await original<object>()), ...mocked }));

afterEach(() => {
  mocked.settings.profile = undefined;
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('cajad-briefing.profile')];
});

describe('the build profile', () => {
  it('is off unless BRIEFING_PROFILE names a file (or is 1, for ./build-profile.json)', () => {
    expect(readSettings({}).profile).toBeUndefined();
    expect(readSettings({ BRIEFING_PROFILE: '0' }).profile).toBeUndefined();
    expect(readSettings({ BRIEFING_PROFILE: '1' }).profile).toBe('build-profile.json');
    expect(readSettings({ BRIEFING_PROFILE: '/tmp/p.json' }).profile).toBe('/tmp/p.json');
  });

  it('when off, timed() only runs the function', () => {
    expect(timed('x', () => 42)).toBe(42);
    expect(profileState()).toBeUndefined();
  });

  it('when on, adds each call of a sync or async function to its span', async () => {
    mocked.settings.profile = '/tmp/p.json';
    expect(timed('layout', () => 'a')).toBe('a');
    expect(timed('layout', () => 'b')).toBe('b');
    await expect(timed('load', async () => 'c')).resolves.toBe('c');
    const spans = profileState()!.spans;
    expect(spans['layout']!.count).toBe(2);
    expect(spans['load']!.count).toBe(1);
    expect(spans['load']!.ms).toBeGreaterThanOrEqual(0);
  });
});
