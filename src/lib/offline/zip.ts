// The site's one zip writer (the offline edition, the data download): a fixed timestamp on every entry and the
// entries in the order given, so the same files always make the same bytes, and the same checksum, on any machine.
import { strToU8, zipSync, type Zippable } from 'fflate';

/**
 * The time every entry carries: 2000-01-01 00:00, as the zip stores it (its format has no "unknown" and no zone).
 * Zips store local wall-clock fields, which fflate reads from a Date's local fields; a Date made from local fields
 * gives those same fields back in every zone, where one made from a UTC instant (Date.UTC, "…Z") would not.
 */
const stamp = () => new Date(2000, 0, 1, 0, 0, 0);

/** Zips files (path → bytes or text) in the order given, every entry with the fixed timestamp. */
export function zipFiles(files: Iterable<readonly [string, Uint8Array | string]>): Uint8Array {
  const mtime = stamp();
  const entries: Zippable = {};
  for (const [path, content] of files)
    entries[path] = [typeof content === 'string' ? strToU8(content) : content, { mtime }];
  return zipSync(entries, { level: 9 });
}

/** Zips `files` (paths from the edition's root) under the folder `folder`, in path order. */
export function zipEdition(files: ReadonlyMap<string, Uint8Array>, folder: string): Uint8Array {
  return zipFiles([...files.keys()].sort().map((path) => [`${folder}/${path}`, files.get(path)!] as const));
}
