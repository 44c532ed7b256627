// The edition as one zip: every file under one folder, in path order, with a fixed timestamp, so the same edition
// always makes the same bytes (and the same checksum).
import { zipSync, type Zippable } from 'fflate';

/** Zips `files` (paths from the edition's root) under the folder `folder`. */
export function zipEdition(files: ReadonlyMap<string, Uint8Array>, folder: string): Uint8Array {
  // One fixed time for every entry (the format has no "unknown"). Zips store local time, which fflate reads from a
  // Date's local fields: made from local fields, now, in the zone the build runs in, it writes the same bytes in all.
  const mtime = new Date(2000, 0, 1);
  const entries: Zippable = {};
  for (const path of [...files.keys()].sort()) entries[`${folder}/${path}`] = [files.get(path)!, { mtime }];
  return zipSync(entries, { level: 9 });
}
