// What every editor CLI does on failure: one readable message, never a stack trace unless --debug asks for one.

/** True when the command line asks for details (`--debug`), for a developer chasing a bug in the tools. */
export const debugRequested = (argv: readonly string[] = process.argv) => argv.includes('--debug');

/** Arguments without the flags this module understands. */
export const plainArgs = (argv: readonly string[] = process.argv) => argv.slice(2).filter((a) => a !== '--debug');

/** Runs a CLI's main function; an unexpected error becomes one line naming what failed, and exit code 1. */
export async function runCli(name: string, main: () => Promise<number | void> | number | void): Promise<never> {
  try {
    process.exit((await main()) ?? 0);
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    const where = e.path ? ` (${e.path})` : '';
    console.error(
      `${name} stopped: ${e.message?.split('\n')[0] ?? String(error)}${where && !e.message?.includes(e.path!) ? where : ''}`,
    );
    if (debugRequested()) console.error(e.stack);
    else
      console.error(
        'Nothing was written. Run it again with --debug to see where it failed, and report it if it persists.',
      );
    process.exit(1);
  }
}
