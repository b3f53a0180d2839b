import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/deploy/security-headers';
import type { RunningServer } from '../../src/lib/static-server';
import { launchBrowser } from '../helpers/browser';
import { BUILDS, serveBuild } from '../helpers/built-site';
import { drawAll, inkPerCanvas } from '../helpers/charts';
import { searchSite } from '../helpers/site-search';

/**
 * The sub-path build served as deploy/ serves it: the strict CSP and the other headers as HTTP
 * headers. Every page kind loads with no CSP violation, search finds results, charts draw.
 */
const PAGE_KINDS = [
  '',
  'van-ban/chi-thi-2022-02-21/',
  'van-ban/vien-dan/',
  'dan-van-kheo/',
  'dan-van-kheo/to-hoa-giai-khu-pho/',
  'ket-qua/',
  'ket-qua/2025/',
  'ket-qua/phuong-phap/',
  'du-lieu/',
  'nhung/',
  'nhung/diem/3/',
  'nhung/bieu-do/xep-loai-2025/',
  '404.html',
];

/** Record CSP violations as the page reports them. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.on('console', (msg) => {
    if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
  });
  return violations;
}

describe('under the production CSP, at /dan-van/', () => {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    server = await serveBuild('sub', (path) => securityHeaders(path, { base: BUILDS.sub.base }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the headers', async () => {
    const res = await fetch(server.url);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(PAGE_KINDS)('/dan-van/%s loads with no CSP violation', async (rel) => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(server.url + rel);
    expect(res?.status()).toBe(200);
    // Scroll through so that lazy parts (charts) load under the policy too.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 500) {
        window.scrollTo(0, y);
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('search works', async () => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    const hits = await searchSite(page, server.url, 'hoa giai');
    expect(hits.length).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('charts draw', async () => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    await page.goto(server.url + 'ket-qua/');
    const n = await drawAll(page);
    expect(n).toBeGreaterThan(0);
    for (const ink of await inkPerCanvas(page)) expect(ink).toBeGreaterThan(0.01);
    expect(violations).toEqual([]);
    await page.close();
  });
});

