// bench/ is its own package (Starlight, Lighthouse): install it from its lock when a clean clone lacks it, or when
// the lock has changed since it was installed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface Lock {
  packages: Record<string, { version?: string }>;
}

/** The direct dependencies whose installed version is not the one the lock names (all of them when nothing is installed). */
export function staleDependencies(dir: string): string[] {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    dependencies?: object;
    devDependencies?: object;
  };
  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8')) as Lock;
  const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})];
  return names.filter((name) => {
    const wanted = lock.packages[`node_modules/${name}`]?.version;
    const file = join(dir, 'node_modules', name, 'package.json');
    if (!existsSync(file)) return true;
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version !== wanted;
  });
}

/** Runs `npm ci` in `dir` when its dependencies are missing or stale; throws when it fails. */
export function ensureInstalled(dir: string, log: (line: string) => void): void {
  const stale = staleDependencies(dir);
  if (!stale.length) return;
  log(`Installing bench/'s own packages (npm ci in bench/; missing or changed: ${stale.join(', ')})…`);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (result.status !== 0)
    throw new Error(`npm ci in ${dir} failed (exit ${result.status}): the bench cannot run without its packages`);
}
