// What a reader sees in a real browser: pages read with JavaScript off, and the scheme toggle works with it on.
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

describe('with JavaScript off', () => {
  it('a country page shows its facts, its text, its sources differ box and its notes', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}countries/kyrgyzstan/`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Kyrgyzstan');
    expect(await page.locator('.bf-facts').innerText()).toContain('Sadyr Japarov');
    expect(await page.locator('#sources-differ').isVisible()).toBe(true);
    expect(await page.locator('.bf-notes li').count()).toBeGreaterThan(3);
    // The scheme switch needs JavaScript, so it stays hidden rather than offering a control that does nothing.
    expect(await page.locator('[data-bf-theme]').isVisible()).toBe(false);
    await context.close();
  });
});

describe('with JavaScript on', () => {
  it('the scheme switch turns the page dark and remembers it on the next page', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(site.url);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('button', { name: 'Dark scheme' }).click();
    expect(await page.getByRole('button', { name: 'Dark scheme' }).getAttribute('aria-pressed')).toBe('true');
    expect(await background()).not.toBe('rgb(255, 255, 255)');
    await page.goto(`${site.url}timeline/`);
    expect(await background()).not.toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('a citation mark jumps to its note', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}documents/tokyo-declaration/`);
    await page.locator('.bf-cite a').first().click();
    expect(new URL(page.url()).hash).toBe('#note-1');
    expect(await page.locator('#note-1').innerText()).toMatch(/\w/);
    await context.close();
  });
});
