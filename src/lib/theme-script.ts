/**
 * The page's only script before DOMContentLoaded, inline at the top of <body> (an external file would paint the
 * wrong scheme first). It applies the reader's chosen colour scheme before first paint and runs the light/dark
 * switch (ThemeToggle.astro): `data-bf-js` on <html> lets the stylesheet show the switch in the same first paint,
 * so nothing moves when scripts run; on DOMContentLoaded the switch says its state (aria-pressed); one click
 * listener on the document does the switching. Without JavaScript the system's scheme applies and the switch
 * stays hidden. Its SHA-256 goes into the page's Content-Security-Policy from astro.config.mjs, computed from
 * this same text.
 */
export const THEME_SCRIPT =
  "(()=>{const r=document.documentElement,k='bf-theme',s='[data-bf-theme]';" +
  "try{const t=localStorage.getItem(k);if(t==='light'||t==='dark')r.dataset.theme=t}catch{}" +
  "r.dataset.bfJs='';" +
  "const dark=()=>r.dataset.theme?r.dataset.theme==='dark':matchMedia('(prefers-color-scheme: dark)').matches," +
  "show=()=>{for(const b of document.querySelectorAll(s)){b.hidden=false;b.setAttribute('aria-pressed',String(dark()))}};" +
  "document.addEventListener('DOMContentLoaded',show);" +
  "document.addEventListener('click',e=>{if(!e.target.closest?.(s))return;r.dataset.theme=dark()?'light':'dark';" +
  // Storage may be unavailable (private mode, file://); the choice then lasts for this page only.
  'try{localStorage.setItem(k,r.dataset.theme)}catch{}show()})})()';
