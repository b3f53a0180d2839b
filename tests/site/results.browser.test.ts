import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { axeViolations, openWatched } from '../helpers/browser';
import { useBuildInBrowser } from '../helpers/build-in-browser';
import {} from '../helpers/built-site';
import { chartAndTableValues, drawAll, inkPerChart } from '../helpers/charts';

/**
 * The results pages in Chromium: every chart is drawn at build time as SVG (no chart code is ever
 * fetched), its drawn values are the numbers of its table, charts and tables read with JavaScript
 * off, axe finds nothing, and /ket-qua/ stays within its 100 KB gzip budget.
 */
const CHART_PAGES = ['ket-qua/', 'ket-qua/2022/', 'ket-qua/2025/'];

describe('results pages in Chromium', () => {
  const site = useBuildInBrowser('root');

  it.each(
    CHART_PAGES.flatMap(
      (rel) =>
        [
          [rel, 1280],
          [rel, 390],
        ] as const,
    ),
  )('/%s at %i px: every chart drawn, no console error, axe clean', async (rel, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, locale: 'vi-VN' });
    try {
      const { page, watch } = await openWatched(context, site.server.url + rel);
      const n = await drawAll(page);
      expect(n).toBeGreaterThanOrEqual(3);
      const ink = await inkPerChart(page);
      expect(ink).toHaveLength(n);
      for (const share of ink) expect(share).toBeGreaterThan(0.01);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('charts cost no JavaScript: a page with charts fetches the same scripts as one without', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 8000 } });
    try {
      const scriptsOf = async (rel: string) => {
        const page = await context.newPage();
        const urls: string[] = [];
        page.on('request', (req) => {
          if (req.resourceType() === 'script') urls.push(new URL(req.url()).pathname);
        });
        await page.goto(site.server.url + rel, { waitUntil: 'networkidle' });
        await page.close();
        return urls.sort();
      };
      const without = await scriptsOf('ket-qua/phuong-phap/');
      for (const rel of CHART_PAGES) {
        const scripts = await scriptsOf(rel);
        expect(scripts, rel).toEqual(without);
        expect(
          scripts.filter((u) => /chart/i.test(u)),
          rel,
        ).toEqual([]);
      }
    } finally {
      await context.close();
    }
  });

  it.each(
    CHART_PAGES.flatMap(
      (rel) =>
        [
          [rel, 1280],
          [rel, 390],
        ] as const,
    ),
  )('/%s at %i px: each chart draws exactly the numbers of its table', async (rel, width) => {
    const context = await site.browser.newContext({ viewport: { width, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url + rel);
      const figures = await chartAndTableValues(page);
      expect(figures.length).toBeGreaterThanOrEqual(3);
      // As the table writes a number: vi-VN, up to two decimals, percentages with their sign.
      const asTable = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(v);
      for (const f of figures) {
        expect(f.drawn.length, f.id).toBeGreaterThan(0);
        for (const v of f.drawn)
          expect(
            f.table.some((cell) => cell === asTable(v) || cell === `${asTable(v)}%`),
            `${f.id}: ${v} drawn but not in the table`,
          ).toBe(true);
      }
    } finally {
      await context.close();
    }
  });

  it('/ket-qua/ weighs at most 100 KB gzip (HTML with its charts, CSS, JS, fonts)', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const sizes = new Map<string, number>();
      context.on('response', async (res) => {
        const type = res.request().resourceType();
        if (['document', 'stylesheet', 'script', 'font'].includes(type))
          sizes.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
      });
      const page = await context.newPage();
      await page.goto(site.server.url + 'ket-qua/', { waitUntil: 'networkidle' });
      await drawAll(page);
      await page.waitForLoadState('networkidle');
      const total = [...sizes.values()].reduce((s, n) => s + n, 0);
      console.log(`/ket-qua/ gzip: ${(total / 1024).toFixed(1)} KB in ${sizes.size} files`);
      expect(total).toBeLessThanOrEqual(100 * 1024);
    } finally {
      await context.close();
    }
  });

  it.each(CHART_PAGES)('/%s: with JavaScript off, every figure shows its chart and its data table', async (rel) => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.server.url + rel);
      const figures = page.locator('figure.dv-figure');
      const n = await figures.count();
      expect(n).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < n; i++) {
        const figure = figures.nth(i);
        await expect(figure.locator('figcaption').innerText()).resolves.toMatch(/\S{3,}/);
        await expect(figure.locator('table tbody tr').count()).resolves.toBeGreaterThan(0);
        await expect(figure.locator('[data-chart] svg[role="img"]:visible').count()).resolves.toBe(1);
        await expect(figure.locator('a[href$=".csv"]').count()).resolves.toBe(1);
        await expect(figure.locator('a[href$=".json"]').count()).resolves.toBe(1);
      }
      await expect(page.locator('main').innerText()).resolves.toContain('Dữ liệu minh họa');
    } finally {
      await context.close();
    }
  });
});

describe('results under the /dan-van/ sub-path', () => {
  const site = useBuildInBrowser('sub');

  it('charts draw and downloads resolve', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const { page, watch } = await openWatched(context, `${site.server.url}ket-qua/`);
      await drawAll(page);
      const csv = await page.locator('figure a[href$=".csv"]').first().getAttribute('href');
      expect(csv).toMatch(/^\/dan-van\/du-lieu\/bieu-do-.+\.csv$/);
      const res = await fetch(new URL(csv!, site.server.url));
      expect(res.status).toBe(200);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
