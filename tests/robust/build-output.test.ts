// The build's swap: a build stopped half-way through moving its outputs into place is finished by the next one,
// so the site and its offline edition always come from the same build.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { finishInterruptedSwap, stageFor, swapIntoPlace } from '../../scripts/lib/build-output.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function build(root: string, edition: string) {
  mkdirSync(join(root, 'dist', 'download'), { recursive: true });
  mkdirSync(join(root, 'dist-offline'), { recursive: true });
  writeFileSync(join(root, 'dist', 'index.html'), edition);
  writeFileSync(join(root, 'dist', 'download', 'offline.zip'), edition);
  writeFileSync(join(root, 'dist-offline', 'index.html'), edition);
}
const editions = (out: string) =>
  [join(out, 'index.html'), join(out, 'download', 'offline.zip'), `${out}-offline/index.html`].map((f) =>
    readFileSync(f, 'utf8'),
  );

describe('swapIntoPlace()', () => {
  it('replaces the site, its zip and its offline edition together, leaving no staging or old copy behind', () => {
    dir = mkdtempSync(join(tmpdir(), 'robust-swap-'));
    const out = join(dir, 'dist');
    build(dir, 'old');
    const stage = stageFor(out);
    build(stage.root, 'new');
    swapIntoPlace(stage, out);
    expect(editions(out)).toEqual(['new', 'new', 'new']);
    expect(existsSync(stage.root)).toBe(false);
    expect(existsSync(join(dir, '.dist-previous'))).toBe(false);
  });

  it('is finished by the next build when it was cut short between the site and its offline edition', () => {
    dir = mkdtempSync(join(tmpdir(), 'robust-swap-'));
    const out = join(dir, 'dist');
    build(dir, 'old');
    const stage = stageFor(out);
    build(stage.root, 'new');
    // As if the machine stopped after the site moved in but before its offline edition did.
    writeFileSync(
      join(dir, '.dist-swap.json'),
      JSON.stringify({ stage: stage.root, out, retired: join(dir, '.dist-previous') }),
    );
    mkdirSync(join(dir, '.dist-previous'));
    renameSync(out, join(dir, '.dist-previous', 'dist'));
    renameSync(join(stage.root, 'dist'), out);
    expect(readFileSync(`${out}-offline/index.html`, 'utf8')).toBe('old');
    finishInterruptedSwap(out);
    expect(editions(out)).toEqual(['new', 'new', 'new']);
    expect(existsSync(join(dir, '.dist-swap.json'))).toBe(false);
  });
});
