import { describe, expect, it } from 'vitest';
import { fixtureSite } from '../../lib/briefing/test-fixtures.ts';
import { downloadCredit } from './download.ts';

describe('downloadCredit()', () => {
  const site = fixtureSite();

  it('gives the briefing, its version and publisher, and the licence with its address', () => {
    const credit = downloadCredit(site, { data: 'money.csv' });
    expect(credit.origin).toBe(`${site.title}, version ${site.version} (${site.updated}), ${site.publisher}`);
    expect(credit.licence).toBe(`${site.license}, ${site.licenseUrl}`);
    expect(credit.data).toBe('money.csv');
  });

  it('adds the site’s address only when there is one', () => {
    const credit = downloadCredit(site, {
      home: 'https://briefing.example.org/',
      data: 'https://briefing.example.org/charts/money.csv',
    });
    expect(credit.origin).toMatch(/, https:\/\/briefing\.example\.org\/$/);
    expect(downloadCredit(site, { data: 'money.csv' }).origin).not.toContain('http');
  });
});
