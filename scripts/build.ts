// `npm run build`: builds the site into a staging folder and swaps it into place only when everything succeeded,
// so a failed build leaves the last good site, its offline edition and the zip intact and consistent. One build at a
// time per checkout: a second waits for the first (or refuses at once with --no-wait).
// Usage: npm run build [-- --no-wait] [--debug]   (BRIEFING_OUT names the output folder, default ./dist)
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { debugRequested, plainArgs, runCli } from './lib/cli.ts';
import { acquireLock, lockPath, releaseOnSignals } from './lib/lock.ts';
import { finishInterruptedSwap, outputsOf, stageFor, swapIntoPlace } from './lib/build-output.ts';
import { existsSync, rmSync } from 'node:fs';
import { settings } from '../src/settings.ts';
import { recoverWrites } from './lib/journal.ts';
import { withBuildMemoryEnv } from './lib/build-env.ts';

const STACK_FRAME = /^\s+(at .+(:\d+:\d+\)?|\(<anonymous>\)|\(native\))|Stack trace:)$/;

await runCli('build', async () => {
  const noWait = process.argv.includes('--no-wait');
  const out = resolve(settings.outDir);
  const content = settings.contentDir;
  if (!existsSync(content)) {
    console.error(
      `build: the content folder ${content} does not exist; run this in the project folder, or set BRIEFING_CONTENT.`,
    );
    return 1;
  }
  const release = await acquireLock({
    path: lockPath(content),
    task: 'build',
    waitMs: noWait ? 0 : 30 * 60_000,
    onWait: (h) => console.log(`Waiting for the ${h.task} started at ${h.since} (process ${h.pid}) to finish…`),
  });
  releaseOnSignals(release);
  finishInterruptedSwap(out);
  const finished = recoverWrites(content);
  if (finished) console.log(`Finished an import that was cut short: ${finished} file(s) moved into place.`);
  const stage = stageFor(out);
  rmSync(stage.root, { recursive: true, force: true });
  const astro = resolve('node_modules/.bin/astro');
  const code = await new Promise<number>((done) => {
    const child = spawn(astro, ['build', ...plainArgs().filter((a) => a !== '--no-wait')], {
      stdio: ['inherit', 'pipe', 'pipe'],
      env: { ...withBuildMemoryEnv(process.env), ASTRO_TELEMETRY_DISABLED: '1', BRIEFING_OUT: stage.out },
    });
    // Astro prints the stack of an error thrown while rendering; an editor needs its message, a developer --debug.
    const forward = (from: NodeJS.ReadableStream, to: NodeJS.WriteStream) =>
      createInterface({ input: from }).on('line', (line) => {
        if (debugRequested() || !STACK_FRAME.test(line)) to.write(`${line}\n`);
      });
    forward(child.stdout!, process.stdout);
    forward(child.stderr!, process.stderr);
    child.on('close', (c, signal) => done(c ?? (signal ? 1 : 0)));
  });
  if (code !== 0) {
    rmSync(stage.root, { recursive: true, force: true });
    const kept = outputsOf(out).existing();
    console.error(
      `\nThe build failed, so nothing was replaced: ${kept.length ? `the last good build is still in ${kept.join(' and ')}` : 'there was no earlier build'}. Fix the problem above and build again.`,
    );
    release();
    return 1;
  }
  swapIntoPlace(stage, out);
  release();
  console.log(`Built into ${outputsOf(out).existing().join(' and ')}.`);
  return 0;
});
