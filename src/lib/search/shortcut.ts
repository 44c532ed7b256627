// Which key presses open search: "/" (as on many sites) and Ctrl+K or ⌘K (as in many apps).

/** The parts of a keydown event that decide it; `inField` is true while the reader types in a field. */
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  inField: boolean;
}

/**
 * Whether a key press asks for search. "/" and Ctrl+K only outside fields: a reader can still type a "/", and
 * Ctrl+K still deletes to the end of the line in macOS text fields. ⌘K works everywhere.
 */
export function isSearchShortcut(press: KeyPress): boolean {
  if (press.altKey) return false;
  const k = press.key.toLowerCase() === 'k';
  if (press.metaKey) return k && !press.ctrlKey;
  if (press.ctrlKey) return k && !press.inField;
  return press.key === '/' && !press.inField;
}
