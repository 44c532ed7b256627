import { describe, expect, it } from 'vitest';
import { footerTemplate } from './footer.ts';

describe('footerTemplate()', () => {
  it('names the briefing and leaves Chromium the page number and the number of pages', () => {
    const footer = footerTemplate('CA+JAD Summit Briefing · version 0.1');
    expect(footer).toContain('<span>CA+JAD Summit Briefing · version 0.1</span>');
    expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('writes the name as text, not markup', () => {
    expect(footerTemplate('<b>A & B</b>')).toContain('<span>&lt;b&gt;A &amp; B&lt;/b&gt;</span>');
  });
});
