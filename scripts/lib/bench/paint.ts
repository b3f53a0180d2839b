/**
 * The browser half of the first-paint comparison: load one page throttled, cold, and read its
 * First Contentful Paint and Largest Contentful Paint as Chromium reports them.
 */
import type { Browser } from 'playwright-core';
import type { PaintRun } from './paint-compare.ts';

/**
 * Two throttling profiles, both with a 4× slower CPU. `lighthouse` (the default) is Lighthouse's
 * mobile "Slow 4G" (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up), the conditions of issue #15's
 * figures (starter home ≈ 384 ms). `devtools` is DevTools' "Slow 4G" preset (562.5 ms latency,
 * 1.44 Mbit/s down, 675 kbit/s up), the conditions of the search comparison in
 * scripts/bench-search.ts: its long round trip is the same for every page and pulls all ratios
 * towards 1.
 */
export const NETWORKS = {
  lighthouse: {
    label: 'Lighthouse mobile Slow 4G via CDP (150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up)',
    conditions: { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 },
  },
  devtools: {
    label: 'DevTools Slow 4G via CDP (562.5 ms RTT, 1.44 Mbit/s down, 675 kbit/s up)',
    conditions: {
      offline: false,
      latency: 150 * 3.75,
      downloadThroughput: (1.6e6 / 8) * 0.9,
      uploadThroughput: (750e3 / 8) * 0.9,
    },
  },
} as const;
export type NetworkName = keyof typeof NETWORKS;
export const CPU_SLOWDOWN = 4;

/**
 * The conditions a paint run states beside its figures (and stores in the starter reference).
 *
 * @example
 * paintConditions('devtools').network.startsWith('DevTools') // true
 */
export function paintConditions(network: NetworkName = 'lighthouse') {
  return {
    network: NETWORKS[network].label,
    cpuSlowdown: CPU_SLOWDOWN,
    cache: 'cold (a fresh browser context per load)',
    server: 'gzip static server, level 9 (scripts/bench-search.ts startGzipServer), 127.0.0.1',
  };
}

// A string, not a function: tsx would wrap named helpers in one the page does not have.
const OBSERVE = `window.__paint = { fcp: NaN, lcp: NaN };
new PerformanceObserver((list) => { for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.__paint.fcp = e.startTime; }).observe({ type: 'paint', buffered: true });
new PerformanceObserver((list) => { const all = list.getEntries(); if (all.length) window.__paint.lcp = all[all.length - 1].startTime; }).observe({ type: 'largest-contentful-paint', buffered: true });`;

/**
 * Load `url` in a fresh context (mobile viewport, cold cache) under `network` and CPU_SLOWDOWN, wait
 * until the network has been quiet (images, fonts and late styles are in, so LCP has settled),
 * and return FCP and LCP in ms from navigation start. Throws when Chromium reported no paint.
 */
export async function measurePaint(
  browser: Browser,
  url: string,
  network: NetworkName = 'lighthouse',
): Promise<PaintRun> {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', NETWORKS[network].conditions);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    await page.addInitScript(OBSERVE);
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 60_000 }).catch(() => {
      /* a page that keeps polling still has its paints */
    });
    const paint = await page.evaluate<PaintRun>('window.__paint');
    if (!Number.isFinite(paint.fcp) || !Number.isFinite(paint.lcp))
      throw new Error(`measurePaint: no FCP/LCP reported for ${url} (${JSON.stringify(paint)})`);
    return paint;
  } finally {
    await context.close();
  }
}
