/**
 * Applies the reader's chosen colour scheme before first paint; without JavaScript the system's scheme applies.
 * It is inline (an external file would paint the wrong scheme first), so its SHA-256 goes into the page's
 * Content-Security-Policy from astro.config.mjs, computed from this same text.
 */
export const THEME_SCRIPT = `try{const t=localStorage.getItem('bf-theme');if(t==='light'||t==='dark')document.documentElement.dataset.theme=t}catch{}`;
