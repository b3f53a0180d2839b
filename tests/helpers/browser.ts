import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';

/** Flags this closed network needs (no background calls home, no sandbox as root). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The Chromium to drive: `CHROMIUM_PATH` when set, else Debian's `/usr/bin/chromium` when installed,
 * else the registry's `@sparticuz/chromium` (a packed headless Chromium that `npm ci` brings; it
 * unpacks itself to the temp folder on first use and needs no system packages) — so `npm test`
 * runs on a machine as it comes, without apt.
 */
export async function chromiumPath(): Promise<string> {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  const { default: packed } = await import('@sparticuz/chromium');
  return packed.executablePath();
}

/** Start headless Chromium with the flags this closed network needs. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: await chromiumPath(), args: CHROMIUM_ARGS });
}

export interface PageWatch {
  /** Requests to any origin but the site's own (each was blocked). */
  external: string[];
  /** console.error messages and uncaught page errors. */
  errors: string[];
}

/**
 * Open a page and record what it asks from other origins (blocked, so the test stays offline)
 * and every console error.
 */
export async function openWatched(context: BrowserContext, url: string): Promise<{ page: Page; watch: PageWatch }> {
  const origin = new URL(url).origin;
  const watch: PageWatch = { external: [], errors: [] };
  const page = await context.newPage();
  await page.route('**/*', (route) => {
    const target = route.request().url();
    if (target.startsWith(origin) || target.startsWith('data:') || target.startsWith('blob:')) return route.continue();
    watch.external.push(target);
    return route.abort();
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') watch.errors.push(msg.text());
  });
  page.on('pageerror', (err) => watch.errors.push(err.message));
  const response = await page.goto(url, { waitUntil: 'load' });
  if (!response || response.status() >= 400) watch.errors.push(`HTTP ${response?.status()} for ${url}`);
  return { page, watch };
}

/** axe-core with WCAG 2.1 A and AA rules; returns readable violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 5)
        .join(' | ')}`,
  );
}

/** Width of content beyond the viewport, in CSS pixels (0 when nothing scrolls sideways). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}
