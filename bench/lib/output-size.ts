// Size of a built site on disk: everything a host would serve, and the part that is Pagefind's search bundle.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface OutputSize {
  bytes: number;
  files: number;
  htmlPages: number;
  /** The pagefind/ folder (index, fragments, UI); 0 when the build wrote no index. */
  pagefindBytes: number;
  pagefindFiles: number;
}

/** Walks a built site; Astro's scratch folder (.prerender) is left out, as no host serves it. */
export function measureOutput(dir: string): OutputSize {
  const size: OutputSize = { bytes: 0, files: 0, htmlPages: 0, pagefindBytes: 0, pagefindFiles: 0 };
  const walk = (path: string, inPagefind: boolean) => {
    for (const entry of readdirSync(path, { withFileTypes: true })) {
      const full = join(path, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '.prerender') walk(full, inPagefind || (path === dir && entry.name === 'pagefind'));
        continue;
      }
      const bytes = statSync(full).size;
      size.bytes += bytes;
      size.files += 1;
      if (entry.name.endsWith('.html')) size.htmlPages += 1;
      if (inPagefind) {
        size.pagefindBytes += bytes;
        size.pagefindFiles += 1;
      }
    }
  };
  walk(dir, false);
  return size;
}
