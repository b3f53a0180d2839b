import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/deploy/security-headers';
import { EMBED_SANDBOX, HEIGHT_LIMITS } from '../../src/lib/embed/widgets';
import { startStaticServer, type RunningServer } from '../../scripts/lib/static-server';
import { launchBrowser } from '../helpers/browser';
import { BUILDS, listHtmlFiles, readBuilt, requireBuild, serveBuild } from '../helpers/built-site';

/**
 * Widgets embedded as the portal would: a page on another origin frames the sub-path build's
 * /dan-van/nhung/… routes (served with the production CSP, whose frame-ancestors names that
 * origin), with and without the one-line resize script.
 */
describe('embeds on a portal page', () => {
  let site: RunningServer;
  let portal: RunningServer;
  let browser: Browser;
  let portalDir: string;

  beforeAll(async () => {
    portalDir = await mkdtemp(path.join(os.tmpdir(), 'dv-portal-'));
    portal = await startStaticServer({ root: portalDir, base: '/', host: '127.0.0.1' });
    const portalOrigin = new URL(portal.url).origin;
    // The site on "localhost", the portal on "127.0.0.1": two origins.
    site = await serveBuild('sub', (p) => securityHeaders(p, { base: BUILDS.sub.base, portalOrigins: [portalOrigin] }));
    site.url = site.url.replace('127.0.0.1', 'localhost');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await portal?.close();
  });

  async function portalPage(name: string, body: string): Promise<Page> {
    await writeFile(
      path.join(portalDir, `${name}.html`),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Cổng</title></head><body>${body}</body></html>`,
    );
    const page = await browser.newPage();
    await page.goto(`${portal.url}${name}.html`);
    return page;
  }

  async function frameOf(page: Page, id: string): Promise<Frame> {
    const handle = await page.waitForSelector(`#${id}`);
    const frame = await handle.contentFrame();
    await frame!.waitForLoadState('load');
    return frame!;
  }

  const height = (page: Page, id: string) => page.$eval(`#${id}`, (el) => el.getBoundingClientRect().height);

  it('without the script, each widget shows whole at its default height in a 600 px column (a chart widget: its chart)', async () => {
    // The heights the portal pastes (oEmbed and the /nhung/ catalogue use the same ones).
    const dir = path.join(BUILDS.sub.dir, 'nhung', 'oembed');
    const defaults = await Promise.all(
      (await readdir(dir)).map(async (file) => {
        const html = (JSON.parse(await readFile(path.join(dir, file), 'utf8')) as { html: string }).html;
        return { src: /src="([^"]+)"/.exec(html)![1]!, height: Number(/height="(\d+)"/.exec(html)![1]) };
      }),
    );
    expect(defaults.length).toBeGreaterThan(10);
    const page = await browser.newPage({ viewport: { width: 600, height: 100 } });
    const cropped: string[] = [];
    for (const { src, height: fixed } of defaults) {
      await page.goto(src.replace(/^https?:\/\/[^/]+\/dan-van\//, site.url));
      // A chart widget's table may scroll inside the frame; its chart may not be cut.
      const needed = await page.evaluate(() => {
        const charts = [...document.querySelectorAll('figure svg')].map((svg) => svg.getBoundingClientRect());
        const shown = charts.filter((r) => r.height > 0);
        return Math.ceil(
          shown.length ? Math.max(...shown.map((r) => r.bottom)) : document.documentElement.scrollHeight,
        );
      });
      if (needed > fixed) cropped.push(`${src}: ${needed} px > ${fixed} px`);
    }
    await page.close();
    expect(cropped).toEqual([]);
  });

  it('with the script, the iframe height follows its content, also when the width changes', async () => {
    const page = await portalPage(
      'co-script',
      `<iframe id="w" src="${site.url}nhung/diem/5/" title="Điểm 5" width="600" height="200" loading="lazy" style="border:0" data-dan-van-embed></iframe>
       <script src="${site.url}nhung/nhung.js" async></script>`,
    );
    const frame = await frameOf(page, 'w');
    const contentHeight = () =>
      frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    await page.waitForFunction(() => document.getElementById('w')!.getBoundingClientRect().height !== 200);
    expect(Math.abs((await height(page, 'w')) - (await contentHeight()))).toBeLessThanOrEqual(2);
    const wide = await height(page, 'w');
    await page.$eval('#w', (el) => el.setAttribute('width', '320'));
    await page.waitForFunction((h) => document.getElementById('w')!.getBoundingClientRect().height > h + 50, wide);
    expect(Math.abs((await height(page, 'w')) - (await contentHeight()))).toBeLessThanOrEqual(2);
    await page.close();
  });

  it('accepts heights only from its own frames, and clamps them', async () => {
    const page = await portalPage(
      'an-toan',
      `<iframe id="w" src="${site.url}nhung/tim-kiem/" title="Tìm kiếm" width="400" height="300" style="border:0" data-dan-van-embed></iframe>
       <iframe id="other" src="${site.url}nhung/tim-kiem/" title="Không đánh dấu" width="400" height="300" style="border:0"></iframe>
       <script src="${site.url}nhung/nhung.js"></script>`,
    );
    const frame = await frameOf(page, 'w');
    await page.waitForFunction(() => document.getElementById('w')!.getBoundingClientRect().height !== 300);
    const settled = await height(page, 'w');
    // The page itself (not a frame) claims a height: ignored.
    await page.evaluate(() => window.postMessage({ type: 'dan-van:embed-height', height: 900 }, '*'));
    // A hostile value from the frame: clamped.
    await frame.evaluate(
      (max) => window.parent.postMessage({ type: 'dan-van:embed-height', height: max * 1000 }, '*'),
      HEIGHT_LIMITS.max,
    );
    await page.waitForFunction(
      (max) => document.getElementById('w')!.getBoundingClientRect().height === max,
      HEIGHT_LIMITS.max,
    );
    expect(settled).not.toBe(900);
    // A frame without data-dan-van-embed is left alone.
    expect(await height(page, 'other')).toBe(300);
    await page.close();
  });

  /** The code /nhung/ offers for a widget, pointed at the test server instead of the build's SITE_URL. */
  async function offeredCode(widgetId: string): Promise<string> {
    const html = await readBuilt('sub', 'nhung/index.html');
    const article = new RegExp(
      `<article[^>]*id="${widgetId}"[\\s\\S]*?<pre class="dv-code"[^>]*><code[^>]*>([\\s\\S]*?)</code></pre>`,
    ).exec(html);
    const code = article![1]!
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#34;/g, '"')
      .replace(/&amp;/g, '&');
    return code.replaceAll('http://localhost:4321/dan-van/', site.url).replace('<iframe ', '<iframe id="w" ');
  }

  it('the offered code is sandboxed and carries the resize script with its real SRI hash', async () => {
    const code = await offeredCode('diem-5');
    expect(code).toContain(`sandbox="${EMBED_SANDBOX}"`);
    expect(code).not.toMatch(/allow-same-origin|allow-top-navigation/);
    const served = await readFile(path.join(requireBuild('sub'), 'nhung/nhung.js'));
    const integrity = `sha384-${createHash('sha384').update(served).digest('base64')}`;
    expect(code).toContain(`integrity="${integrity}" crossorigin="anonymous"`);
    const oembed = JSON.parse(await readBuilt('sub', 'nhung/oembed/diem-5.json')) as { html: string };
    expect(oembed.html).toContain(`sandbox="${EMBED_SANDBOX}"`);
    expect(oembed.html).toContain(`integrity="${integrity}"`);
  });

  it('with the offered code, the widget runs and resizes but cannot navigate the portal; links open in a new tab', async () => {
    const page = await portalPage('sandbox', await offeredCode('diem-5'));
    const portalUrl = page.url();
    const frame = await frameOf(page, 'w');
    // The script passed its integrity check and accepts the sandboxed frame's "null" origin.
    await page.waitForFunction(() => document.getElementById('w')!.getBoundingClientRect().height !== 520);
    expect(await frame.evaluate(() => window.origin)).toBe('null');
    // Scripts run in the frame, but the portal's page cannot be navigated from it.
    const attempt = await frame.evaluate(() => {
      try {
        window.top!.location.href = 'https://example.invalid/';
        return 'no error';
      } catch (error) {
        return (error as Error).name;
      }
    });
    const link = await frame.evaluate(() => {
      const a = document.createElement('a');
      a.href = 'https://example.invalid/';
      a.target = '_top';
      document.body.append(a);
      a.click();
      return 'clicked';
    });
    await page.waitForTimeout(500);
    expect([attempt, link]).toEqual(['SecurityError', 'clicked']);
    expect(page.url()).toBe(portalUrl);
    // Its links open in a new tab (the page's <base target="_blank">), outside the sandbox: the
    // full site there keeps its origin. (The build's own links name SITE_URL, not this test server.)
    const back = await frame.$eval('.dv-embed__source a', (a) => (a as HTMLAnchorElement).href);
    expect(back).toMatch(/\/dan-van\/van-ban\/chi-thi-2022-02-21\/#diem-5$/);
    const [popup] = await Promise.all([page.waitForEvent('popup'), frame.locator('.dv-embed__source a').click()]);
    await popup.close();
    const [inside] = await Promise.all([
      page.waitForEvent('popup'),
      frame.evaluate((url) => {
        const a = document.createElement('a');
        a.href = url;
        a.textContent = 'x';
        document.body.append(a);
        a.click();
      }, `${site.url}ket-qua/`),
    ]);
    await inside.waitForLoadState();
    expect(new URL(inside.url()).pathname).toBe('/dan-van/ket-qua/');
    expect(await inside.evaluate(() => window.origin)).toBe(new URL(site.url).origin);
    await inside.close();
    await page.close();
  });

  it('a sandboxed chart widget draws (its module scripts load with CORS), the search box submits to a new tab', async () => {
    const chart = await portalPage('sandbox-chart', await offeredCode('bieu-do-xep-loai-2025'));
    const frame = await frameOf(chart, 'w');
    await frame.waitForFunction(() => !!document.querySelector('figure [data-chart] svg[role="img"]'), undefined, {
      timeout: 15_000,
    });
    await chart.close();
    const search = await portalPage('sandbox-search', await offeredCode('tim-kiem'));
    const box = await frameOf(search, 'w');
    await box.locator('input[name="q"]').fill('hoa giai');
    const [popup] = await Promise.all([search.waitForEvent('popup'), box.locator('button[type="submit"]').click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).searchParams.get('q')).toBe('hoa giai');
    await search.close();
  });

  it('without the script, the widget keeps its fixed height and stays usable', async () => {
    const page = await portalPage(
      'khong-script',
      `<iframe id="w" src="${site.url}nhung/tim-kiem/" title="Tìm kiếm" width="320" height="160" style="border:0"></iframe>`,
    );
    const frame = await frameOf(page, 'w');
    expect(await height(page, 'w')).toBe(160);
    await frame.locator('input[name="q"]').fill('hoa giai');
    const [popup] = await Promise.all([page.waitForEvent('popup'), frame.locator('button[type="submit"]').click()]);
    await popup.waitForLoadState();
    expect(new URL(popup.url()).pathname).toBe('/dan-van/tim-kiem/');
    expect(new URL(popup.url()).searchParams.get('q')).toBe('hoa giai');
    await page.close();
  });

  it('a chart widget draws inside the frame', async () => {
    const page = await portalPage(
      'bieu-do',
      `<iframe id="w" src="${site.url}nhung/bieu-do/xep-loai-2025/" title="Biểu đồ" width="600" height="640" style="border:0" data-dan-van-embed></iframe>`,
    );
    const frame = await frameOf(page, 'w');
    await frame.waitForFunction(() => !!document.querySelector('figure [data-chart] svg[role="img"]'), undefined, {
      timeout: 15_000,
    });
    await page.close();
  });

  it('the site refuses to be framed by an unknown origin outside /nhung/…', async () => {
    const page = await portalPage(
      'cam',
      `<iframe id="w" src="${site.url}van-ban/chi-thi-2022-02-21/" title="Chỉ thị" width="600" height="300"></iframe>`,
    );
    const handle = await page.waitForSelector('#w');
    await page.waitForTimeout(500);
    const frame = await handle.contentFrame();
    const framedText = await frame?.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    expect(framedText ?? '').not.toContain('Chỉ thị');
    await page.close();
  });

  it('every widget links back to its full page, opening outside the frame, and has oEmbed', async () => {
    const widgets = (await listHtmlFiles('sub')).filter((f) => /^nhung\/.+\/index\.html$/.test(f));
    expect(widgets.length).toBeGreaterThanOrEqual(8 + 2 + 5);
    const page = await browser.newPage();
    for (const file of widgets) {
      await page.goto(site.url + file.replace(/index\.html$/, ''));
      expect(await page.$eval('base', (b) => b.getAttribute('target'))).toBe('_blank');
      const back = await page.$eval('.dv-embed__source a', (a) => (a as HTMLAnchorElement).href);
      expect(back).not.toContain('/nhung/');
      const oembedHref = await page.$eval('link[type="application/json+oembed"]', (l) => l.getAttribute('href')!);
      const oembed = (await (
        await fetch(oembedHref.replace('http://localhost:4321/', site.url.replace(/dan-van\/$/, '')))
      ).json()) as Record<string, unknown>;
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_name: 'Dân vận chính quyền Hưng Yên' });
      expect(String(oembed['html'])).toMatch(
        new RegExp(
          `<iframe src="http://localhost:4321/dan-van/${file.replace(/index\.html$/, '')}" title="[^"]+" width="100%" height="\\d+" loading="lazy"`,
        ),
      );
    }
    await page.close();
  });
});
