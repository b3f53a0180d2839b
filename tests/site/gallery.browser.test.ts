import { describe, expect, it } from 'vitest';
import { useBuildInBrowser } from '../helpers/build-in-browser';

/** The gallery's instant filter (<dv-story-filter>) in Chromium, with and without JavaScript. */
describe('instant filter in Chromium', () => {
  const site = useBuildInBrowser('sub');

  it('filters at once, keeps the state in the URL, and a shared URL opens filtered', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.server.url}dan-van-kheo/`);
    await page.locator('[data-filter-box] summary').click();
    expect(await page.evaluate(() => customElements.get('dv-story-filter') !== undefined)).toBe(true);
    await page.selectOption('#loc-linh-vuc', 'an-ninh');
    await page.waitForSelector('[data-filter-results] .dv-card');
    expect(new URL(page.url()).search).toBe('?linh-vuc=an-ninh');
    const titles = await page
      .locator('[data-filter-results] .dv-card__title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((h) => h!.startsWith('/dan-van/dan-van-kheo/'))).toBe(true);
    expect(await page.locator('[data-filter-static]').isHidden()).toBe(true);

    const shared = await site.browser.newPage();
    await shared.goto(`${site.server.url}dan-van-kheo/?linh-vuc=an-ninh&nam=2022`);
    await shared.waitForSelector('[data-filter-results] .dv-card');
    expect(await shared.locator('[data-filter-box]').getAttribute('open')).not.toBeNull();
    expect(await shared.inputValue('#loc-nam')).toBe('2022');
    await expect(shared.locator('[role="status"]').first().innerText()).resolves.toMatch(/bài viết phù hợp/);
    await page.close();
    await shared.close();
  });

  it('without JavaScript the form stays hidden and the filter links work', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.server.url}dan-van-kheo/`);
    expect(await page.locator('[data-filter-form]').isHidden()).toBe(true);
    await page.locator('nav.dv-facets a', { hasText: 'An ninh' }).click();
    expect(new URL(page.url()).pathname).toBe('/dan-van/dan-van-kheo/linh-vuc/an-ninh/');
    await expect(page.locator('main h1').innerText()).resolves.toBe('Lĩnh vực An ninh');
    await context.close();
  });
});
