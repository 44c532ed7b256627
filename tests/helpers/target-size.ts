// WCAG 2.2 success criterion 2.5.8, Target Size (Minimum), measured in a browser the way the criterion words it:
// a target is at least 24 × 24 CSS px, or a 24 px circle centred on its bounding box touches no other target and
// no other small target's circle. Stricter than axe-core's `target-size` rule: no target is excused for sitting in
// a sentence, so citation marks in running text count too.
import type { Page } from 'playwright-core';

export interface SmallTarget {
  /** What the target says (its text or accessible label), for the failure message. */
  label: string;
  width: number;
  height: number;
  /** The element it is too close to. */
  near: string;
}

/** Elements a reader can tap. */
export const TARGETS =
  'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [tabindex]:not([tabindex="-1"])';

/** Targets on the page under 24 × 24 px that also lack the spacing exception, in page order. */
export async function smallTargets(page: Page): Promise<SmallTarget[]> {
  return page.evaluate((selector) => {
    const MIN = 24;
    const seen = (el: Element) =>
      el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && el.getClientRects().length > 0;
    const boxes = [...document.querySelectorAll(selector)]
      .filter((el) => seen(el) && !el.closest('[inert], [aria-hidden="true"]'))
      // A target inside another (a link in a summary) is part of it, not a neighbour.
      // A link that wraps onto two lines is two boxes, not the rectangle around both: the reader taps the words.
      .map((el) => ({ el, rect: el.getBoundingClientRect(), parts: [...el.getClientRects()] }))
      .filter(({ rect }) => rect.width > 0 && rect.height > 0);
    const name = (el: Element) =>
      ((el.getAttribute('aria-label') ?? (el as HTMLElement).innerText) || el.tagName).trim().slice(0, 40);
    const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
    const small = boxes.filter(({ rect }) => rect.width < MIN - 0.5 || rect.height < MIN - 0.5);
    const out: { label: string; width: number; height: number; near: string }[] = [];
    for (const s of small) {
      const c = centre(s.rect);
      const clash = boxes.find((o) => {
        if (o.el === s.el || o.el.contains(s.el) || s.el.contains(o.el)) return false;
        // Distance from the circle's centre to the other target's boxes.
        const apart = (r: DOMRect) =>
          Math.hypot(Math.max(r.left - c.x, 0, c.x - r.right), Math.max(r.top - c.y, 0, c.y - r.bottom));
        if (o.parts.some((r) => r.width > 0 && apart(r) < MIN / 2 - 0.5)) return true;
        // Two small targets' circles must not meet either.
        if (!small.includes(o)) return false;
        const oc = centre(o.rect);
        return Math.hypot(oc.x - c.x, oc.y - c.y) < MIN - 0.5;
      });
      if (clash)
        out.push({
          label: name(s.el),
          width: Math.round(s.rect.width),
          height: Math.round(s.rect.height),
          near: name(clash.el),
        });
    }
    return out;
  }, TARGETS);
}
