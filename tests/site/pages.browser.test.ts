import { describe, expect, it } from 'vitest';
import { axeViolations, horizontalOverflow, openWatched } from '../helpers/browser';
import { useBuildInBrowser } from '../helpers/build-in-browser';
import { isEmbedPage, listHtmlFiles, pagePath } from '../helpers/built-site';

/**
 * Every built page, in real Chromium: axe finds nothing (WCAG 2.1 A/AA), no request leaves the
 * site, no console error, usable at 320 px, and readable with JavaScript off.
 */
const files = await listHtmlFiles('root');
// 404.html is opened directly (a real miss answers 404, which Chromium logs as a console error).
const pages = files.map((f) => (f === '404.html' ? f : pagePath(f)));

describe('every page in Chromium', () => {
  const site = useBuildInBrowser('root');

  it.each(pages)('/%s: axe clean, nothing external, no console error, fits 320 px', async (rel) => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 }, locale: 'vi-VN' });
    try {
      const { page, watch } = await openWatched(context, site.server.url + rel);
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect(await axeViolations(page)).toEqual([]);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      // Let lazy enhancements (charts, search) run before judging errors and requests.
      await page.waitForLoadState('networkidle');
      expect(watch.external).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each(pages)('/%s: readable without JavaScript', async (rel) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url + rel);
      const mainText = (await page.locator('main').innerText()).trim();
      expect(mainText.length).toBeGreaterThan(40);
      await expect(page.locator('main h1').count()).resolves.toBe(1);
      if (isEmbedPage(rel + 'index.html')) {
        // A widget has no site chrome, only its way back to the full page, opening outside the frame.
        await expect(page.locator('.dv-embed__source a[target="_blank"]').count()).resolves.toBe(1);
      } else {
        // The navigation is plain links.
        await expect(page.locator('nav a').count()).resolves.toBeGreaterThanOrEqual(5);
      }
    } finally {
      await context.close();
    }
  });
});

describe('site shell', () => {
  const site = useBuildInBrowser('sub');

  it('the header search box submits to /tim-kiem/?q= without JavaScript, under the sub-path', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.server.url);
    await page.locator('header input[name="q"]').fill('dan van kheo');
    await page.locator('header form[role="search"] button').click();
    await page.waitForURL(/tim-kiem/);
    const url = new URL(page.url());
    expect(url.pathname).toBe('/dan-van/tim-kiem/');
    expect(url.searchParams.get('q')).toBe('dan van kheo');
    await context.close();
  });

  it('the skip link moves focus to the main content', async () => {
    const page = await site.browser.newPage();
    await page.goto(site.server.url);
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe('#noi-dung');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
    await page.close();
  });

  it("an unknown address answers 404 with the site's 404 page", async () => {
    const res = await fetch(site.server.url + 'khong-co-trang-nay/');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain('Không tìm thấy trang');
  });
});
