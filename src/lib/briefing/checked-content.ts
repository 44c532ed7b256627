// The content check (src/integrations/content-check.ts) validates the whole content folder before Astro loads it,
// in the same process as the pages. It leaves a note of the files it passed, each with its size and modification
// time, so that loadBriefing() need not validate the same entries a second time: at 1,000 documents the second
// pass cost 0.5 s, most of it the charts' rules. The pages read a copy of this module of their own, hence the note
// lives on globalThis. Anything the note does not vouch for (a file added, removed or changed since, a build with
// no check before it, a unit test) is validated as before.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { COLLECTIONS } from './collections/index.ts';
import type { RawBriefing } from './model.ts';

const KEY = Symbol.for('cajad-briefing.checked-content');
type WithNote = typeof globalThis & { [KEY]?: { root: string; files: Map<string, string> } };

/** The files of every entry of a briefing as read: what the note vouches for, and what is asked of it. */
export const entryFiles = (raw: RawBriefing): string[] => COLLECTIONS.flatMap((c) => raw[c].map((e) => e.file));

/** Size and modification time of a file, or undefined when it cannot be read. */
function stampOf(file: string): string | undefined {
  try {
    const s = statSync(file);
    return `${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
}

/** Notes that every file in `files` (paths of the entries of the content folder `root`) passed the check. */
export function noteCheckedContent(root: string, files: readonly string[]): void {
  const stamped = new Map<string, string>();
  for (const file of files) {
    const path = resolve(file);
    const stamp = stampOf(path);
    if (stamp) stamped.set(path, stamp);
  }
  (globalThis as WithNote)[KEY] = { root: resolve(root), files: stamped };
}

/** True when `files` are exactly the entries the check passed in `root`, none of them changed since. */
export function wasCheckedContent(root: string, files: readonly string[]): boolean {
  const note = (globalThis as WithNote)[KEY];
  if (!note || note.root !== resolve(root) || note.files.size !== files.length) return false;
  return files.every((file) => {
    const path = resolve(file);
    const stamp = note.files.get(path);
    return stamp !== undefined && stamp === stampOf(path);
  });
}
