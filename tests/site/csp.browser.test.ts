import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanHtml, styleHash } from '../../src/lib/deploy/inline-styles';
import { securityHeaders, STYLE_HASHES } from '../../src/lib/deploy/security-headers';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server';
import { copyProject } from '../../scripts/lib/temp-project';
import { launchBrowser } from '../helpers/browser';
import { BUILDS, listHtmlFiles, pagePath, readBuilt, requireBuild, serveBuild } from '../helpers/built-site';
import { drawAll, inkPerCanvas } from '../helpers/charts';
import { searchSite } from '../helpers/site-search';

/** Scroll to the end so that lazy parts (charts, pictures) load under the policy too, then settle. */
async function scrollThrough(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 500) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 30));
    }
  });
  await page.waitForLoadState('networkidle');
}

/**
 * Every inline `<style>` block applies: a block the CSP blocked has no style sheet (the page would
 * show unstyled, with a violation that is easy to miss).
 */
async function blockedStyles(page: Page): Promise<number> {
  return page
    .locator('style')
    .evaluateAll((els) => els.filter((el) => !(el as HTMLStyleElement).sheet?.cssRules.length).length);
}

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
  'tim-kiem/',
  'nhung/',
  'nhung/diem/3/',
  'nhung/bieu-do/xep-loai-2025/',
  'nhung/tim-kiem/',
  'in/diem-3/',
  'in/ket-qua/2025/',
  '404.html',
];

/**
 * Plus one page for each distinct inline style block of the build (each page kind has its own
 * CSS), so that every hash the header carries is tried in the browser.
 */
requireBuild('sub');
const seen = new Set<string>();
for (const file of await listHtmlFiles('sub')) {
  const rel = file === '404.html' ? file : pagePath(file);
  for (const css of scanHtml(await readBuilt('sub', file)).styles) {
    const hash = styleHash(css);
    if (seen.has(hash)) continue;
    seen.add(hash);
    if (!PAGE_KINDS.includes(rel)) PAGE_KINDS.push(rel);
  }
}

/** Record CSP violations as the page reports them. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction('__cspViolation', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as unknown as { __cspViolation(v: string): void }).__cspViolation(
        `${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`,
      ),
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
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    // Inline styles by hash only: 'unsafe-inline' would let injected markup style (and hide) text.
    expect(csp.split('; ')).toContain(`style-src 'self' ${STYLE_HASHES.join(' ')}`);
    expect(csp).not.toContain("'unsafe-inline'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it.each(PAGE_KINDS)('/dan-van/%s loads with no CSP violation', async (rel) => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const res = await page.goto(server.url + rel);
    expect(res?.status()).toBe(200);
    await scrollThrough(page);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator('head style').count()).toBeGreaterThan(0);
    expect(await blockedStyles(page)).toBe(0);
    await page.close();
  });

  it('the test sees blocked styles: without the hashes, the same page reports them', async () => {
    const strict = await startStaticServer({
      root: requireBuild('sub'),
      base: BUILDS.sub.base,
      headers: (p: string) => securityHeaders(p, { base: BUILDS.sub.base, styleHashes: [] }),
    });
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    await page.goto(strict.url);
    await page.waitForLoadState('networkidle');
    expect(violations.length).toBeGreaterThan(0);
    expect(await blockedStyles(page)).toBeGreaterThan(0);
    await page.close();
    await strict.close();
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

/**
 * Everything a story may contain, built for real on a temporary copy and served under the CSP:
 * fenced code (Shiki's inline styles would be blocked), HTML, a table, a footnote, pictures.
 */
describe('a story with code, HTML and pictures, under the production CSP', () => {
  const BASE = '/dan-van/';
  const FOLDER = 'vi-du-day-du';
  let work: string;
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    work = copyProject(process.cwd(), 'csp-story-');
    const from = 'content/stories/phu-cu-thu-gom-rac-phan-loai';
    const dir = path.join(work, 'content/stories', FOLDER);
    mkdirSync(dir);
    for (const image of ['anh-bia.jpg', 'anh-u-phan.jpg', 'anh-vuon-rau.jpg'])
      cpSync(path.join(from, image), path.join(dir, image));
    const front = readFileSync(path.join(from, 'index.mdx'), 'utf8').match(/^---\n[\s\S]*?\n---\n/)![0];
    writeFileSync(
      path.join(dir, 'index.mdx'),
      `${front.replace(/^title:.*$/m, 'title: "Ví dụ đầy đủ"')}
Một đoạn có **chữ đậm**, <b>thẻ b</b> <sub>2</sub> và chú thích[^1].

\`\`\`js
const tong = [1, 2, 3].reduce((a, b) => a + b, 0);
console.log(\`Tổng: \${tong}\`);
\`\`\`

| Việc | Số hộ |
| --- | ---: |
| Phân loại rác | 120 |

![Tranh minh họa: hố ủ phân](./anh-u-phan.jpg)

<Figure src="./anh-vuon-rau.jpg" alt="Tranh minh họa: luống rau xanh" caption="Vườn rau." />

<PhotoSeries title="Từ rác đến vườn rau">
<Figure src="./anh-u-phan.jpg" alt="Tranh minh họa: hố ủ phân" caption="Ủ rác." />
<Figure src="./anh-vuon-rau.jpg" alt="Tranh minh họa: luống rau" />
</PhotoSeries>

[^1]: Số liệu minh họa.
`,
    );
    const out = path.join(work, 'dist-csp');
    const run = spawnSync('npx', ['astro', 'build'], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, BASE_PATH: BASE, OUT_DIR: out },
    });
    if (run.status !== 0) throw new Error(`build failed:\n${run.stdout}\n${run.stderr}`);
    server = await startStaticServer({
      root: out,
      base: BASE,
      headers: (p: string) => securityHeaders(p, { base: BASE }),
    });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('loads with no CSP violation; code is highlighted by class or not at all, never by style', async () => {
    const page = await browser.newPage();
    const violations = await watchCsp(page);
    const res = await page.goto(`${server.url}dan-van-kheo/${FOLDER}/`);
    expect(res?.status()).toBe(200);
    await scrollThrough(page);
    expect(violations).toEqual([]);
    expect(await page.locator('main [style]').count()).toBe(0);
    expect(await page.locator('pre code.language-js').textContent()).toContain('reduce');
    expect(await page.locator('main table td').first().textContent()).toBe('Phân loại rác');
    // Pictures written as src="./…" were resized by the build and load under the policy.
    const images = await page
      .locator('main img')
      .evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).naturalWidth));
    expect(images.length).toBeGreaterThanOrEqual(4);
    expect(images.every((w) => w > 0)).toBe(true);
    await page.close();
  });
});
