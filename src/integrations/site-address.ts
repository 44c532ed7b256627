import type { AstroIntegration } from 'astro';
import { NO_SITE_WARNING, settings } from '../settings.ts';

/** Says once per build where the site's address comes from, or that there is none and absolute links are left out. */
export function siteAddress(): AstroIntegration {
  return {
    name: 'briefing:site-address',
    hooks: {
      'astro:config:setup': ({ logger, command }) => {
        if (command !== 'build') return;
        if (settings.site) logger.info(`site address ${settings.site} (from ${settings.siteFrom})`);
        else logger.warn(NO_SITE_WARNING);
      },
    },
  };
}
