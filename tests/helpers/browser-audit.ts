// Gates that need a browser: accessibility (axe-core), console messages, requests leaving the site, and layout.
// Each problem names the page and the element or request at fault.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 A and AA, plus the best-practice rules the briefing holds itself to (headings in order, one h1, landmarks). */
export const AXE_RUN_ONLY = {
  type: 'tag' as const,
  values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'],
};
const EXTRA_RULES = [
  'heading-order',
  'landmark-one-main',
  'page-has-heading-one',
  'skip-link',
  'region',
  'landmark-unique',
];

/**
 * The rules a colour scheme can change the outcome of: everything else axe checks (names, roles, structure) reads
 * the same document in either scheme, so a second scheme is checked against these only.
 */
export const SCHEME_RULES = ['color-contrast', 'link-in-text-block'];

export interface PageAudit {
  url: string;
  axe: string[];
  /** With `dark`: the scheme rules' violations once the same page is switched to the dark scheme. */
  darkAxe: string[];
  /** What the `also` check found on the loaded page. */
  also: string[];
  console: string[];
  external: string[];
  overflow: string[];
}

/** Whether a request stays inside the site: same origin (or, for a folder opened from disk, under that folder). */
export type Inside = (url: string) => boolean;

export function sameOrigin(base: string): Inside {
  const origin = new URL(base).origin;
  return (url) =>
    url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:') || new URL(url).origin === origin;
}

/**
 * A context for auditing. axe is added as an init script through the DevTools protocol, so the page's own
 * Content-Security-Policy (which allows no injected script) still governs everything else the page does.
 */
export async function auditContext(browser: Browser, scheme: 'light' | 'dark', width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } });
  await context.addInitScript({ content: axeSource });
  return context;
}

export async function auditPage(
  context: BrowserContext,
  url: string,
  inside: Inside,
  options: { axe?: boolean; dark?: boolean; also?: (page: Page) => Promise<string[]> } = {},
): Promise<PageAudit> {
  const page = await context.newPage();
  const consoleMessages: string[] = [];
  const external: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') consoleMessages.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleMessages.push(`uncaught: ${e.message}`));
  page.on('request', (r) => {
    if (!inside(r.url())) external.push(r.url());
  });
  // Requests outside the site never leave this machine: they are answered with an error here.
  await page.route(
    (u) => !inside(u.href),
    (route) => route.abort('blockedbyclient'),
  );
  await page.goto(url, { waitUntil: 'load' });
  const overflow = await page.evaluate(() => {
    const doc = document.documentElement;
    const problems =
      doc.scrollWidth > window.innerWidth + 1
        ? [`page is ${doc.scrollWidth}px wide in a ${window.innerWidth}px window`]
        : [];
    // Overlapping text: the boxes of visible text runs of different elements must not intersect.
    const runs: { rect: DOMRect; owner: Element; text: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const owner = node.parentElement;
      if (
        !owner ||
        !node.textContent?.trim() ||
        !owner.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true, opacityProperty: true })
      )
        continue;
      if (owner.closest('.bf-visually-hidden, .bf-skip, [aria-hidden="true"] .bf-visually-hidden')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects())
        if (rect.width > 1 && rect.height > 1) runs.push({ rect, owner, text: node.textContent.trim().slice(0, 30) });
    }
    // Sweep down the page: only runs whose vertical extents meet can overlap.
    runs.sort((x, y) => x.rect.top - y.rect.top);
    for (let i = 0; i < runs.length && problems.length < 5; i++) {
      for (let j = i + 1; j < runs.length && runs[j]!.rect.top < runs[i]!.rect.bottom; j++) {
        const a = runs[i]!;
        const b = runs[j]!;
        if (a.owner === b.owner) continue;
        const w = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const h = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (w > 2 && h > 2) {
          problems.push(`text "${a.text}" overlaps "${b.text}"`);
          break;
        }
      }
    }
    return problems;
  });
  const axe = options.axe === false ? [] : await runAxe(page, { runOnly: AXE_RUN_ONLY, rules: EXTRA_RULES });
  const also = options.also ? await options.also(page) : [];
  let darkAxe: string[] = [];
  if (options.dark) {
    // The stylesheet follows the scheme through its media queries, so the loaded page repaints in the dark one.
    await page.emulateMedia({ colorScheme: 'dark' });
    darkAxe = await runAxe(page, { runOnly: { type: 'rule', values: SCHEME_RULES }, rules: [] });
  }
  await page.close();
  return { url, axe, darkAxe, also, console: consoleMessages, external, overflow };
}

/** axe's violations on the page as it is now, one line per element: "rule: help (selector)". */
async function runAxe(
  page: Page,
  options: { runOnly: { type: 'tag' | 'rule'; values: string[] }; rules: string[] },
): Promise<string[]> {
  const results = (await page.evaluate(
    ({ runOnly, rules }) =>
      // @ts-expect-error axe is injected by auditContext
      window.axe.run(document, {
        runOnly,
        resultTypes: ['violations'],
        rules: Object.fromEntries(rules.map((r) => [r, { enabled: true }])),
      }),
    options,
  )) as { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
  return results.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${v.help} (${n.target.join(' ')})`));
}

/** Problems of an audit as lines naming the page: empty when the page passes every gate. */
export function auditProblems(a: PageAudit, label = ''): string[] {
  const at = `${a.url}${label ? ` [${label}]` : ''}`;
  return [
    ...a.axe.map((x) => `${at} accessibility: ${x}`),
    ...a.darkAxe.map((x) => `${a.url} [${label ? `${label}, ` : ''}dark scheme] accessibility: ${x}`),
    ...a.console.map((x) => `${at} console ${x}`),
    ...a.external.map((x) => `${at} request outside the site: ${x}`),
    ...a.overflow.map((x) => `${at} layout: ${x}`),
    ...a.also.map((x) => `${at} ${x}`),
  ];
}
