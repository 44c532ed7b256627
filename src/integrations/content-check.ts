import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/briefing/read-content.ts';
import { contentDir } from '../settings.ts';
import { formatContentProblems, summaryLine } from '../lib/errors.ts';
import { entryFiles, noteCheckedContent } from '../lib/briefing/checked-content.ts';

/**
 * Checks the whole content folder before Astro loads it, so a broken entry fails the build with one message that
 * names every file, field and fix (Astro stops at the first bad entry, and its generic hint can mislead).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'briefing:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const root = contentDir();
        const { problems, raw } = checkContent(root);
        if (problems.length) {
          // The list goes through the logger: Astro attaches a "Browser APIs" hint to any thrown error whose text
          // contains "document" (core/errors/dev/utils.js generateHint), which would mislead an editor here.
          logger.error(
            `${formatContentProblems(problems)}\n\n${summaryLine(problems).replace('run npm run check:content', 'build')}`,
          );
          const error = new Error(
            `content check failed with ${problems.length} problem(s), listed above; fix them and build again`,
          );
          error.name = 'ContentError';
          error.stack = `${error.name}: ${error.message}`;
          throw error;
        }
        // The pages' loadBriefing() reads the same entries: what passed here is not validated again.
        noteCheckedContent(root, entryFiles(raw));
        logger.info(`content in ${root} is valid`);
      },
    },
  };
}
