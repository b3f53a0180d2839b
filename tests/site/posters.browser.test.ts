import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import yaml from 'js-yaml';
import jsQR from 'jsqr';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { securityHeaders } from '../../src/lib/deploy/security-headers';
import type { RunningServer } from '../../scripts/lib/static-server';
import { launchBrowser } from '../helpers/browser';
import { onlinePath, posterPath, type PosterTarget } from '../../src/lib/poster/poster-paths';
import { READ_ALOUD_WORD_LIMIT } from '../../src/lib/poster/read-aloud';
import { dataDirs, loadRules, loadYears } from '../../src/lib/results/load-data-fs';
import { parseFrontMatter } from '../../src/lib/stories/check-stories';
import { useBuildInBrowser } from '../helpers/build-in-browser';
import { BUILDS, listHtmlFiles, readBuilt, serveBuild } from '../helpers/built-site';
import { searchSite } from '../helpers/site-search';

/**
 * The notice-board posters as a commune officer uses them, on the build served under /dan-van/:
 * every poster prints to exactly one A4 page, its QR code (decoded from a rendering of the page)
 * opens the right online page, its text passes axe's contrast check, sample posters carry the
 * illustrative mark, and the read-aloud script is short. Also: printing an ordinary page gives
 * clean A4 without navigation and with link addresses written out.
 */

/** `npm test` builds with SITE_URL unset: the default origin. */
const SITE = 'http://localhost:4321';
const BASE = BUILDS.sub.base;
/** A4 in PDF points (Chromium rounds to whole CSS pixels). */
const A4 = { width: 595.28, height: 841.89 };

interface Expected {
  target: PosterTarget;
  /** Site-relative path of the poster under the base, e.g. 'in/diem-3/'. */
  rel: string;
  /** The public URL its QR code must open. */
  url: string;
  sample: boolean;
}

/** Every poster the sources call for, computed from the sources (not from the build). */
function expectedPosters(): Expected[] {
  const directive = yaml.load(
    /^---\n([\s\S]*?)\n---/.exec(readFileSync('content/van-ban/chi-thi-2022-02-21.md', 'utf8'))![1]!,
  ) as { points: Array<{ n: number }> };
  const stories = readdirSync('content/stories').flatMap((slug) => {
    const file = readdirSync(path.join('content/stories', slug)).find((f) => /^index\.mdx?$/.test(f));
    const data = file
      ? parseFrontMatter(readFileSync(path.join('content/stories', slug, file), 'utf8')).data
      : undefined;
    return data && data.draft !== true ? [{ slug, sample: data.illustrative === true }] : [];
  });
  const dirs = dataDirs('.');
  const rules = loadRules(dirs.rules);
  const years = loadYears(dirs.results).map((y) => ({
    year: y.year,
    sample: y.sample || rules.find((r) => r.id === y.rule)!.illustrative,
  }));
  const make = (target: PosterTarget, sample: boolean): Expected => ({
    target,
    rel: posterPath(target).slice(1),
    url: `${SITE}${BASE}${onlinePath(target).slice(1)}`,
    sample,
  });
  return [
    ...directive.points.map((p) => make({ kind: 'point', n: p.n }, false)),
    ...stories.map((s) => make({ kind: 'story', slug: s.slug }, s.sample)),
    ...years.map((y) => make({ kind: 'year', year: y.year }, y.sample)),
  ];
}

const posters = expectedPosters();

/** Pages of a PDF: its page objects (Chromium writes them uncompressed), checked against /Count. */
function pdfPages(pdf: Buffer): { pages: number; count: number; boxes: number[][] } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
  const count = Number(
    /\/Type\s*\/Pages[\s\S]*?\/Count\s+(\d+)/.exec(text)?.[1] ?? /\/Count\s+(\d+)/.exec(text)?.[1] ?? NaN,
  );
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.\s-]+)\]/g)].map((m) =>
    m[1]!.trim().split(/\s+/).map(Number),
  );
  return { pages, count, boxes };
}

/** Render the page as printed (print media, A4 width at 2× resolution) and decode the QR code in it. */
async function decodeQr(page: Page): Promise<string | null> {
  await page.emulateMedia({ media: 'print' });
  const png = PNG.sync.read(await page.screenshot({ fullPage: true, type: 'png' }));
  await page.emulateMedia({ media: 'screen' });
  return (
    jsQR(new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length), png.width, png.height)?.data ??
    null
  );
}

describe('notice-board posters, under /dan-van/', () => {
  const site = useBuildInBrowser('sub');

  it('the build has exactly one poster for each point, story and results year', async () => {
    const built = (await listHtmlFiles('sub'))
      .filter((f) => f.startsWith('in/'))
      .map((f) => f.replace(/index\.html$/, ''));
    expect(built.sort()).toEqual(posters.map((p) => p.rel).sort());
    expect(posters.filter((p) => p.target.kind === 'point')).toHaveLength(8);
    expect(posters.filter((p) => p.target.kind === 'year').length).toBeGreaterThan(0);
  });

  it.each(posters.map((p) => [p.rel, p] as const))(
    '/%s: one A4 page, QR opens the page, contrast passes, sample mark, short script',
    async (_rel, poster) => {
      const context = await site.browser.newContext({
        viewport: { width: 794, height: 1123 },
        deviceScaleFactor: 2,
        locale: 'vi-VN',
      });
      try {
        const page = await context.newPage();
        const response = await page.goto(site.server.url + poster.rel);
        expect(response?.status()).toBe(200);

        // Exactly one A4 portrait page.
        const pdf = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        expect(pdf.pages, 'pages in the PDF').toBe(1);
        expect(pdf.count).toBe(1);
        for (const [, , w, h] of pdf.boxes) {
          expect(Math.abs(w! - A4.width)).toBeLessThan(1.5);
          expect(Math.abs(h! - A4.height)).toBeLessThan(1.5);
        }

        // The QR code, read from a rendering of the printed page, opens the exact public page.
        expect(await decodeQr(page)).toBe(poster.url);
        await expect(page.locator('[data-poster] .dv-poster__address').textContent()).resolves.toBe(
          poster.url.replace(/^https?:\/\//, ''),
        );

        // Text contrast, on screen and as printed.
        const contrast = async () =>
          (await new AxeBuilder({ page }).withRules(['color-contrast']).analyze()).violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
          );
        expect(await contrast()).toEqual([]);
        await page.emulateMedia({ media: 'print' });
        expect(await contrast()).toEqual([]);

        // A sample never looks official: the mark is on the printed sheet (and only on samples).
        await expect(page.locator('[data-poster]').getAttribute('data-sample')).resolves.toBe(String(poster.sample));
        if (poster.sample) {
          await expect(page.locator('[data-sample-mark]').isVisible()).resolves.toBe(true);
          await expect(page.locator('[data-sample-mark]').innerText()).resolves.toMatch(/MINH HỌA/);
          await expect(page.locator('h1').innerText()).resolves.toMatch(/Minh họa/);
        } else {
          await expect(page.locator('[data-sample-mark]').count()).resolves.toBe(0);
        }
        // On paper: only the sheet (no header, navigation or loudspeaker script).
        await expect(page.locator('header.dv-header').isVisible()).resolves.toBe(false);
        await expect(page.locator('#ban-doc-tren-loa').isVisible()).resolves.toBe(false);
        await page.emulateMedia({ media: 'screen' });

        // The loudspeaker script: on screen, under 200 words, no digits left.
        const script = await page.locator('#ban-doc-tren-loa .dv-loa__script').innerText();
        expect(script.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length).toBeLessThan(READ_ALOUD_WORD_LIMIT);
        expect(script).not.toMatch(/\d/);
        if (poster.sample) expect(script).toMatch(/minh họa/);
      } finally {
        await context.close();
      }
    },
  );

  it.each(posters.map((p) => [p.rel, p] as const))(
    '/%s: no script, noindex, canonical is the online page, outside the site search',
    async (rel, poster) => {
      const html = await readBuilt('sub', `${rel}index.html`);
      expect(html).not.toMatch(/<script\b/);
      expect(html).toContain('<meta name="robots" content="noindex">');
      expect(html).toContain(`<link rel="canonical" href="${poster.url}">`);
      expect(html).not.toContain('data-pagefind-body');
    },
  );

  it('no poster is in the sitemap or found by the site search', async () => {
    const sitemap = await readBuilt('sub', 'sitemap-0.xml');
    expect(sitemap).not.toContain(`${BASE}in/`);
    const page = await site.browser.newPage();
    try {
      // Words printed only on posters.
      const hits = await searchSite(page, site.server.url, 'Quét mã để xem trên trang điện tử');
      expect(hits.filter((h) => h.url.startsWith('in/'))).toEqual([]);
      const loa = await searchSite(page, site.server.url, 'bản đọc trên loa');
      expect(loa.filter((h) => h.url.startsWith('in/'))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('each page links its poster as "In bản niêm yết"', async () => {
    const page = await site.browser.newPage();
    try {
      for (const poster of posters) {
        const online = new URL(poster.url);
        await page.goto(site.server.url + online.pathname.slice(BASE.length));
        const scope =
          poster.target.kind === 'point'
            ? page.locator(`section:has(> h2#diem-${poster.target.n})`)
            : page.locator('main');
        const link = scope.locator(`a[href="${BASE}${poster.rel}"]`);
        await expect(link.count(), poster.rel).resolves.toBe(1);
        await expect(link.innerText()).resolves.toMatch(/^In bản niêm yết/);
      }
    } finally {
      await page.close();
    }
  });
});

describe('printing an ordinary page', () => {
  const site = useBuildInBrowser('sub');

  it.each(['', 'van-ban/chi-thi-2022-02-21/', 'dan-van-kheo/to-hoa-giai-khu-pho/', 'ket-qua/2025/', 'du-lieu/'])(
    '/%s prints on A4 without navigation, with link addresses after links in the text',
    async (rel) => {
      const page = await site.browser.newPage();
      try {
        await page.goto(site.server.url + rel);
        const pdf = pdfPages(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
        expect(pdf.pages).toBeGreaterThanOrEqual(1);
        for (const [, , w, h] of pdf.boxes) {
          expect(Math.abs(w! - A4.width)).toBeLessThan(1.5);
          expect(Math.abs(h! - A4.height)).toBeLessThan(1.5);
        }
        await page.emulateMedia({ media: 'print' });
        for (const chrome of ['nav', 'form[role="search"]', 'footer.dv-footer', '.dv-skip-link', '.dv-poster-link']) {
          const visible = await page
            .locator(chrome)
            .evaluateAll((els) => els.filter((e) => e.checkVisibility()).length);
          expect(visible, chrome).toBe(0);
        }
        // The site name stays readable: black, not white on a background that does not print.
        await expect(page.locator('.dv-header__name').evaluate((e) => getComputedStyle(e).color)).resolves.toBe(
          'rgb(0, 0, 0)',
        );
        // A link in the text shows where it goes; an in-page anchor does not.
        const shown = await page
          .locator('main a[href]:not([href^="#"])')
          .evaluateAll((links) =>
            links
              .filter((a) => a.checkVisibility())
              .map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
          );
        expect(shown.length).toBeGreaterThan(0);
        for (const s of shown) expect(s.after).toBe(`" (${s.href})"`);
        const anchors = await page
          .locator('main a[href^="#"]')
          .evaluateAll((links) => links.map((a) => getComputedStyle(a, '::after').content));
        for (const a of anchors) expect(a).toMatch(/^(none|normal)$/);
      } finally {
        await page.close();
      }
    },
  );
});

describe('posters under the production CSP', () => {
  let server: RunningServer;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  beforeAll(async () => {
    server = await serveBuild('sub', (p) => securityHeaders(p, { base: BASE }));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(['point', 'story', 'year'] as const)(
    'a %s poster renders its QR code and chart with no CSP violation',
    async (kind) => {
      const poster = posters.find((p) => p.target.kind === kind)!;
      const page = await browser.newPage();
      const violations: string[] = [];
      page.on('console', (msg) => {
        if (/Content Security Policy/i.test(msg.text())) violations.push(msg.text());
      });
      try {
        await page.goto(server.url + poster.rel);
        expect(await page.locator('.dv-poster__qr svg path').count()).toBeGreaterThan(0);
        // The stylesheet applied (the sheet is laid out as a column), so no style was blocked.
        await expect(page.locator('[data-poster]').evaluate((e) => getComputedStyle(e).flexDirection)).resolves.toBe(
          'column',
        );
        expect(violations).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});
