import { describe, expect, it } from 'vitest';
import { summarise, type LhrLike } from './lighthouse-score.ts';

const lhr: LhrLike = {
  categories: {
    performance: {
      score: 0.82,
      auditRefs: [
        { id: 'cumulative-layout-shift', weight: 25 },
        { id: 'total-blocking-time', weight: 30 },
        { id: 'dom-size', weight: 0 },
      ],
    },
    accessibility: { score: 1, auditRefs: [{ id: 'color-contrast', weight: 7 }] },
    'best-practices': { score: 0.96, auditRefs: [{ id: 'errors-in-console', weight: 1 }] },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    'cumulative-layout-shift': { score: 0.8, numericValue: 0.1358 },
    'total-blocking-time': { score: 0.72, numericValue: 410 },
    'dom-size': { score: 0.5, numericValue: 2248 },
    'color-contrast': { score: 1 },
    'errors-in-console': { score: 0 },
  },
};

describe('summarise()', () => {
  it('keeps the four scores out of 100, CLS, DOM size, and the audits that cost points, worst first', () => {
    expect(summarise('home', '', lhr)).toEqual({
      page: 'home',
      path: '',
      scores: { performance: 82, accessibility: 100, 'best-practices': 96, seo: null },
      cls: 0.1358,
      domElements: 2248,
      // dom-size weighs nothing in any score, so it is not listed though it did not pass.
      failing: [
        { id: 'errors-in-console', score: 0 },
        { id: 'total-blocking-time', score: 0.72 },
        { id: 'cumulative-layout-shift', score: 0.8 },
      ],
    });
  });
});
