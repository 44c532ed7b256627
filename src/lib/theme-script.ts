/**
 * The page's only script before DOMContentLoaded, inline at the top of <body> (an external file would paint the
 * wrong scheme first). It applies the reader's chosen colour scheme before first paint and runs the light/dark
 * switch (ThemeToggle.astro): `data-bf-js` on <html> lets the stylesheet show the switch in the same first paint,
 * so nothing moves when scripts run; on DOMContentLoaded the switch says its state (aria-pressed) and the page's
 * other scripts start: components wrap their <script> in <template data-bf-later>, where it does not run, and this
 * script puts each distinct one in the first template's place (modules included: a module in the HTML would run before
 * DOMContentLoaded). The offline edition's classic bundle takes a module's place inside the template, and starts
 * the same way. One click
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
  "document.addEventListener('DOMContentLoaded',()=>{show();" +
  // The page's other scripts wait in <template data-bf-later> (inert there) and start now, after DOMContentLoaded.
  // A component used several times on a page (a chart) leaves its script in each of its templates: each distinct
  // script (by address, or by text for an inline one) starts once.
  "const on=new Set;for(const t of document.querySelectorAll('template[data-bf-later]')){for(const o of t.content.querySelectorAll('script')){" +
  "const w=o.getAttribute('src')??o.textContent;if(on.has(w))continue;on.add(w);" +
  "const n=document.createElement('script');for(const a of o.attributes)n.setAttribute(a.name,a.value);" +
  'n.textContent=o.textContent;t.before(n)}t.remove()}});' +
  "document.addEventListener('click',e=>{if(!e.target.closest?.(s))return;r.dataset.theme=dark()?'light':'dark';" +
  // Storage may be unavailable (private mode, file://); the choice then lasts for this page only.
  'try{localStorage.setItem(k,r.dataset.theme)}catch{}show()})})()';
