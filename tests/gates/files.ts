import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every .html file under a folder, sorted. */
export function htmlFiles(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? htmlFiles(path) : name.endsWith('.html') ? [path] : [];
    })
    .sort();
}
