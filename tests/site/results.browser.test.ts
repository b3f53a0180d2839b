import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { axeViolations, openWatched } from '../helpers/browser';
import { useBuildInBrowser } from '../helpers/build-in-browser';
import { } from '../helpers/built-site';
import { drawAll, inkPerCanvas } from '../helpers/charts';

/**
 * The results pages in Chromium: every chart draws (non-blank canvas) once scrolled near, Chart.js
 * loads only on pages with charts and only when needed, the tables read with JavaScript off, axe
 * finds nothing, and /ket-qua/ stays within its 100 KB gzip budget with its charts drawn.
 */
const CHART_PAGES = ['ket-qua/', 'ket-qua/2022/', 'ket-qua/2025/'];
/** A string only the chart chunk contains (the threshold plugin's id). */
const CHART_MARKER = 'dvThresholds';

describe('results pages in Chromium', () => {
  const site = useBuildInBrowser('root');

  it.each(CHART_PAGES)('/%s: every chart draws, no console error, axe clean', async (rel) => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
    try {
      const { page, watch } = await openWatched(context, site.server.url + rel);
      const n = await drawAll(page);
      expect(n).toBeGreaterThanOrEqual(3);
      expect(await page.locator('dv-chart[data-drawn="true"]').count()).toBe(n);
      const ink = await inkPerCanvas(page);
      expect(ink).toHaveLength(n);
      for (const share of ink) expect(share).toBeGreaterThan(0.01);
      expect(await axeViolations(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(watch.external).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('Chart.js loads lazily: not before a chart nears the viewport, never on pages without charts', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const chunks: string[] = [];
      context.on('response', async (res) => {
        if (res.url().endsWith('.js') && (await res.text()).includes(CHART_MARKER)) chunks.push(res.url());
      });
      for (const rel of ['', 'du-lieu/', 'ket-qua/phuong-phap/']) {
        const page = await context.newPage();
        await page.goto(site.server.url + rel, { waitUntil: 'networkidle' });
        await page.close();
      }
      expect(chunks).toEqual([]);
      const page = await context.newPage();
      await page.goto(site.server.url + 'ket-qua/', { waitUntil: 'networkidle' });
      const drawnAtTop = await page.locator('dv-chart[data-drawn]').count();
      expect(drawnAtTop).toBeLessThan(await page.locator('dv-chart').count());
      await drawAll(page);
      expect(chunks.length).toBe(1);
    } finally {
      await context.close();
    }
  });

  it('/ket-qua/ weighs at most 100 KB gzip (HTML, CSS, JS incl. the Chart.js chunk, fonts), charts drawn', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const sizes = new Map<string, number>();
      context.on('response', async (res) => {
        const type = res.request().resourceType();
        if (['document', 'stylesheet', 'script', 'font'].includes(type)) sizes.set(res.url(), gzipSync(await res.body(), { level: 9 }).length);
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

  it.each(CHART_PAGES)('/%s: with JavaScript off, every figure has its data table and no empty chart box', async (rel) => {
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
        await expect(figure.locator('[data-chart-box]').isVisible()).resolves.toBe(false);
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
