// Where things are, whatever folder a command was started from (`npm run bench` in the root, or in bench/).
import { isAbsolute, join, resolve } from 'node:path';

/** The briefing's own folder: the site the bench builds and measures. */
export const PROJECT_ROOT = resolve(import.meta.dirname, '..', '..');
/** This package (bench/). */
export const BENCH_DIR = join(PROJECT_ROOT, 'bench');
/** The Starlight reference site, built in the same run from the same content. */
export const STARLIGHT_DIR = join(BENCH_DIR, 'starlight');

/** A path given on the command line, against the folder it was typed in (npm runs scripts from the package's folder). */
export function fromInvocation(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}
