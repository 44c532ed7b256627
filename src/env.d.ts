/// <reference types="astro/client" />

declare namespace App {
  interface Locals {
    /** The numbered notes of the page being rendered; set by the layout, read by citation marks. */
    notes?: import('./lib/briefing/notes.ts').Notes;
  }
}

/** The site's base path with a trailing slash, fixed at build time (astro.config.mjs `vite.define`). */
declare const __BRIEFING_BASE__: string;
