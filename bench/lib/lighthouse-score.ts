// What the bench keeps of a Lighthouse result: the four category scores, layout shift, DOM size, and the audits
// that lost points. Pure, so the report and its tests need no browser and no Lighthouse install.

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type LighthouseCategory = (typeof LIGHTHOUSE_CATEGORIES)[number];

export interface LighthouseRun {
  /** Which page, e.g. "country". */
  page: string;
  path: string;
  /** Category scores, 0–100 (null when Lighthouse could not score it). */
  scores: Record<LighthouseCategory, number | null>;
  /** Cumulative layout shift (the goal is 0). */
  cls: number | null;
  /** Elements in the page's DOM once loaded. */
  domElements: number | null;
  /** Audits that lost points, with their scores, worst first: where to look. */
  failing: { id: string; score: number }[];
}

/** Lighthouse's result, reduced to what the bench keeps. */
export function summarise(page: string, path: string, lhr: LhrLike): LighthouseRun {
  const score = (c: LighthouseCategory) => {
    const s = lhr.categories[c]?.score;
    return typeof s === 'number' ? Math.round(s * 100) : null;
  };
  const numeric = (id: string) => {
    const v = lhr.audits[id]?.numericValue;
    return typeof v === 'number' ? v : null;
  };
  const counted = new Set(
    LIGHTHOUSE_CATEGORIES.flatMap((c) =>
      (lhr.categories[c]?.auditRefs ?? []).filter((r) => r.weight > 0).map((r) => r.id),
    ),
  );
  const failing = Object.entries(lhr.audits)
    .filter(([id, a]) => counted.has(id) && typeof a.score === 'number' && a.score < 1)
    .map(([id, a]) => ({ id, score: Math.round((a.score as number) * 100) / 100 }))
    .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : 1));
  return {
    page,
    path,
    scores: Object.fromEntries(LIGHTHOUSE_CATEGORIES.map((c) => [c, score(c)])) as LighthouseRun['scores'],
    cls: numeric('cumulative-layout-shift'),
    domElements: numeric('dom-size'),
    failing,
  };
}

/** The part of Lighthouse's result (LHR) read here. */
export interface LhrLike {
  categories: Partial<Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<string, { score: number | null; numericValue?: number }>;
}
