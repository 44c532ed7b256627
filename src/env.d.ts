/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** What the page being rendered shows (src/lib/briefing/route.ts); attached by the layout, read by citation marks. */
    route?: import('./lib/briefing/route.ts').BriefingRoute;
  }
}

/** The site's base path with a trailing slash, fixed at build time (astro.config.mjs `vite.define`). */
declare const __BRIEFING_BASE__: string;
