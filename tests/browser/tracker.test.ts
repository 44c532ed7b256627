// The commitments tracker in a real browser: readable with JavaScript off (filters are links to views), and with
// it on, a filter form that narrows the table in place and says how many rows it shows.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { openSite, type SiteServer } from '../helpers/browser.ts';

let browser: Browser;
let site: SiteServer;
let closeSite: () => Promise<void>;

beforeAll(async () => {
  ({ browser, site, close: closeSite } = await openSite(process.env.BRIEFING_OUT ?? 'dist'));
});
afterAll(() => closeSite?.());

describe('the commitments tracker', () => {
  it('with JavaScript off shows every row and filters through links, with no form that would do nothing', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}tracker/`);
    const rows = await page.locator('[data-tracker-table] tbody tr').count();
    expect(rows).toBeGreaterThanOrEqual(25);
    expect(await page.locator('[data-tracker-filter]').isVisible()).toBe(false);
    await page
      .getByRole('navigation', { name: 'Filter the tracker' })
      .getByRole('link', { name: 'Agreed', exact: true })
      .click();
    expect(await page.locator('h1').innerText()).toBe('Commitments tracker: Status: Agreed');
    const statuses = await page.locator('[data-tracker-table] tbody tr .bf-badge').allTextContents();
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['agreed']));
    await context.close();
  });

  it('with JavaScript on filters the table in place by status and country', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}tracker/`);
    const all = await page.locator('[data-tracker-table] tbody tr').count();
    await page.getByLabel('By status').selectOption('proposed');
    const proposed = await page.locator('[data-tracker-table] tbody tr:visible').count();
    expect(proposed).toBeGreaterThan(0);
    expect(proposed).toBeLessThan(all);
    expect(new Set(await page.locator('[data-tracker-table] tbody tr:visible .bf-badge').allTextContents())).toEqual(
      new Set(['proposed']),
    );
    await page.getByLabel('By proposing country').selectOption('uzbekistan');
    const both = await page.locator('[data-tracker-table] tbody tr:visible').count();
    expect(both).toBeLessThanOrEqual(proposed);
    expect(await page.locator('[data-tracker-count]').innerText()).toBe(`${both} of ${all} commitments shown.`);
    await page.getByLabel('By status').selectOption('');
    await page.getByLabel('By proposing country').selectOption('');
    expect(await page.locator('[data-tracker-table] tbody tr:visible').count()).toBe(all);
    await context.close();
  });
});
