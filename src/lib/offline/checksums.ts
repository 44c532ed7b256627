// SHA-256 checksums in the format of GNU coreutils' sha256sum, so a recipient can check what they were handed with
// `sha256sum -c SHA256SUMS` (or compare a file's line by hand, with `certutil -hashfile … SHA256` on Windows).
import { createHash } from 'node:crypto';

/** Lower-case hex SHA-256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * One line per file, "<hash>  <path>", sorted by path (so the same files make the same text). sha256sum escapes
 * names holding a newline or a backslash; the edition has none, so such a name is refused rather than escaped.
 */
export function sha256sums(files: ReadonlyMap<string, Uint8Array>): string {
  return [...files.keys()]
    .sort()
    .map((path) => {
      if (/[\n\r\\]/.test(path))
        throw new Error(`cannot list "${path}" in a checksum file: its name holds a newline or a backslash`);
      return `${sha256(files.get(path)!)}  ${path}\n`;
    })
    .join('');
}
