/**
 * The browser half of the first-paint comparison: load one page throttled, cold, and read its
 * First Contentful Paint and Largest Contentful Paint as Chromium reports them.
 */
import type { Browser } from 'playwright-core';
import type { PaintRun } from './paint-compare.ts';

/**
 * DevTools' "Slow 4G" preset (562.5 ms latency, 1.44 Mbit/s down, 675 kbit/s up) and a 4× slower
 * CPU: the same conditions as the search comparison in scripts/bench-search.ts.
 */
export const SLOW_4G = { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6e6 / 8) * 0.9, uploadThroughput: (750e3 / 8) * 0.9 };
export const CPU_SLOWDOWN = 4;
export const CONDITIONS = {
  network: 'DevTools Slow 4G via CDP (562.5 ms RTT, 1.44 Mbit/s down, 675 kbit/s up)',
  cpuSlowdown: CPU_SLOWDOWN,
  cache: 'cold (a fresh browser context per load)',
  server: 'gzip static server, level 9 (scripts/bench-search.ts startGzipServer), 127.0.0.1',
} as const;

// A string, not a function: tsx would wrap named helpers in one the page does not have.
const OBSERVE = `window.__paint = { fcp: NaN, lcp: NaN };
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__paint.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
new PerformanceObserver((list) => { const all = list.getEntries(); if (all.length) window.__paint.lcp = all[all.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });`;

/**
 * Load `url` in a fresh context (mobile viewport, cold cache) under SLOW_4G and CPU_SLOWDOWN, wait
 * until the network has been quiet (images, fonts and late styles are in, so LCP has settled),
 * and return FCP and LCP in ms from navigation start. Throws when Chromium reported no paint.
 */
export async function measurePaint(browser: Browser, url: string): Promise<PaintRun> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => { /* a page that keeps polling still has its paints */ });
    const paint = await page.evaluate<PaintRun>('window.__paint');
    if (!Number.isFinite(paint.fcp) || !Number.isFinite(paint.lcp)) throw new Error(`measurePaint: no FCP/LCP reported for ${url} (${JSON.stringify(paint)})`);
    return paint;
  } finally {
    await context.close();
  }
}
