// Staging and swapping of the build's outputs: the site folder (with its zips) and the offline edition beside it
// (`<out>-offline`, see src/integrations/offline-edition.ts). Renames within one file system, never copies.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface Stage {
  /** The staging folder, beside the output so renames stay on one file system. */
  root: string;
  /** Where Astro builds: `<root>/<name of out>`; its offline edition lands beside it. */
  out: string;
}

export const stageFor = (out: string): Stage => {
  const root = join(dirname(out), `.${basename(out)}-staging`);
  return { root, out: join(root, basename(out)) };
};

/** The folders one build writes for an output folder. */
export function outputsOf(out: string) {
  const all = [out, `${out}-offline`];
  return { all, existing: () => all.filter((p) => existsSync(p)) };
}

const journalOf = (out: string) => join(dirname(out), `.${basename(out)}-swap.json`);
const retiredOf = (out: string) => join(dirname(out), `.${basename(out)}-previous`);

/**
 * Moves the staged build into place. The old outputs go aside first, a journal records the swap, and only then do
 * the new ones move in; a swap cut short (the machine stopped) is finished by the next build.
 */
export function swapIntoPlace(stage: Stage, out: string): void {
  const retired = retiredOf(out);
  rmSync(retired, { recursive: true, force: true });
  writeFileSync(journalOf(out), JSON.stringify({ stage: stage.root, out, retired }));
  completeSwap(stage.root, out, retired);
}

function completeSwap(stageRoot: string, out: string, retired: string): void {
  const targets = outputsOf(out).all;
  for (const target of targets) {
    const staged = join(stageRoot, basename(target));
    if (!existsSync(staged)) continue;
    if (existsSync(target)) {
      mkdirSync(retired, { recursive: true });
      renameSync(target, join(retired, basename(target)));
    }
    renameSync(staged, target);
  }
  rmSync(journalOf(out), { force: true });
  rmSync(stageRoot, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
}

/** Finishes a swap that a killed build left half done, so the site and its offline edition come from one build. */
export function finishInterruptedSwap(out: string): void {
  const journal = journalOf(out);
  if (!existsSync(journal)) return;
  const { stage, retired } = JSON.parse(readFileSync(journal, 'utf8')) as { stage: string; retired: string };
  completeSwap(stage, out, retired);
}
