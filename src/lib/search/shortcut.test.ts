import { describe, expect, it } from 'vitest';
import { isSearchShortcut, type KeyPress } from './shortcut.ts';

const press = (key: string, more: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  inField: false,
  ...more,
});

describe('isSearchShortcut()', () => {
  it('opens search with "/", Ctrl+K and ⌘K on the page', () => {
    expect(isSearchShortcut(press('/'))).toBe(true);
    expect(isSearchShortcut(press('k', { ctrlKey: true }))).toBe(true);
    expect(isSearchShortcut(press('K', { metaKey: true }))).toBe(true);
  });

  it('leaves "/" and Ctrl+K to a field the reader is typing in, but not ⌘K', () => {
    expect(isSearchShortcut(press('/', { inField: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, inField: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { metaKey: true, inField: true }))).toBe(true);
  });

  it('ignores other keys and combinations', () => {
    expect(isSearchShortcut(press('k'))).toBe(false);
    expect(isSearchShortcut(press('?'))).toBe(false);
    expect(isSearchShortcut(press('/', { ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, altKey: true }))).toBe(false);
    expect(isSearchShortcut(press('k', { ctrlKey: true, metaKey: true }))).toBe(false);
  });
});
