import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_NUMBER } from '../../src/lib/documents/citations';
import { cleanExtraction, splitDirective } from '../../src/lib/documents/clean-extraction';
import type { DocumentJson } from '../../src/lib/documents/to-json';
import type { RunningServer } from '../../scripts/lib/static-server';
import { launchBrowser } from '../helpers/browser';
import { serveBuild } from '../helpers/built-site';

/**
 * The published directive against its source: every point's text on the page equals the source
 * text after the cleaning NOTES.md lists; the JSON agrees with the page; every citation is linked.
 * Run on the sub-path build, so deep links carry the base.
 */
const SOURCE = 'content/van-ban/nguon/chi-thi-2022-02-21-cong-tac-dan-van.txt';
const source = splitDirective(cleanExtraction(readFileSync(SOURCE, 'utf8')));
const PATH = 'van-ban/chi-thi-2022-02-21/';

/** Official text of a point on the page: editorial markers left out, paragraphs as blank lines. */
function officialText(page: Page, n: number): Promise<string> {
  return page.$eval(`[data-official-point="${n}"]`, (el) => {
    const clone = el.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.dv-editorial').forEach((e) => e.remove());
    return [...clone.querySelectorAll('p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).join('\n\n');
  });
}

describe('the directive page', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveBuild('sub');
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.goto(server.url + PATH);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(source.points.map((p, i) => [i + 1, p.join('\n\n')] as const))(
    'point %i: the text equals the cleaned source (NFC)',
    async (n, expected) => {
      const text = await officialText(page, n);
      expect(text).toBe(text.normalize('NFC'));
      expect(text).toBe(expected);
    },
  );

  it('has headings diem-1 … diem-8, each in the table of contents', async () => {
    for (let n = 1; n <= 8; n++) {
      await expect(page.locator(`h2#diem-${n}`).count()).resolves.toBe(1);
      await expect(page.locator(`.dv-toc a[href="#diem-${n}"]`).count()).resolves.toBe(1);
    }
  });

  it('links every document number in the official text', async () => {
    const unlinked = await page.$$eval(
      '.dv-official',
      (els, pattern) => {
        const re = new RegExp(pattern, 'gu');
        const out: string[] = [];
        for (const el of els) {
          const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (node.parentElement?.closest('a')) continue;
            out.push(...((node.textContent ?? '').match(re) ?? []));
          }
        }
        return out;
      },
      DOCUMENT_NUMBER.source,
    );
    expect(unlinked).toEqual([]);
    const cites = await page.locator('.dv-official a.dv-cite').count();
    expect(cites).toBeGreaterThanOrEqual(16);
  });

  it('the JSON agrees with the page', async () => {
    const jsonHref = await page.locator('link[rel="alternate"][type="application/json"]').getAttribute('href');
    expect(jsonHref).toBe('/dan-van/van-ban/chi-thi-2022-02-21.json');
    const json = (await (await fetch(new URL(jsonHref!, server.url))).json()) as DocumentJson;
    expect(json.number).toBeNull();
    expect(json.date).toBe('2022-02-21');
    const points = json.sections.filter((s) => s.point !== null);
    expect(points).toHaveLength(8);
    for (const s of points) {
      expect(s.text).toBe(await officialText(page, s.point!));
      expect(s.url).toMatch(new RegExp(`/dan-van/${PATH}#diem-${s.point}$`));
      expect(await page.locator(`#${s.id} + .dv-section__grid .dv-plain p:last-child`).innerText()).toBe(
        s.plainReading,
      );
    }
    const linkedOnPage = await page.$$eval('.dv-official a.dv-cite', (as) => [
      ...new Set(as.map((a) => a.getAttribute('href')!.split('#')[1])),
    ]);
    expect(json.citations.map((c) => c.id).sort()).toEqual(linkedOnPage.sort());
  });

  it('shows a ready citation and a visible link for each point, and copies it with JS', async () => {
    const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const p = await context.newPage();
    await p.goto(server.url + PATH);
    const cite = await p.locator('#diem-3 ~ .dv-section__tools q').innerText();
    expect(cite).toMatch(
      /^Điểm 3, Chỉ thị ngày 21\/02\/2022 của Chủ tịch UBND tỉnh Hưng Yên về việc tiếp tục .* \(http:\/\/localhost:4321\/dan-van\/van-ban\/chi-thi-2022-02-21\/#diem-3\)$/,
    );
    await p.locator('#diem-3 ~ .dv-section__tools dv-copy button').nth(1).click();
    expect(await p.evaluate(() => navigator.clipboard.readText())).toBe(cite);
    await context.close();
  });

  it('without JS the links stay visible and the copy buttons stay hidden', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const p = await context.newPage();
    await p.goto(server.url + PATH);
    await expect(p.locator('.dv-section__tools a[href="#diem-5"]').isVisible()).resolves.toBe(true);
    await expect(p.locator('dv-copy button').first().isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('prints a clean copy: no navigation, tools or search', async () => {
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header nav', 'form[role="search"]', '.dv-toc', '.dv-section__tools', 'footer']) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator('[data-official-point="8"]').isVisible()).resolves.toBe(true);
    await page.emulateMedia({ media: 'screen' });
  });

  it('every reference has one anchor on the references page, and each citation lands on it', async () => {
    const hrefs = await page.$$eval('.dv-official a.dv-cite', (as) => [
      ...new Set(as.map((a) => a.getAttribute('href')!)),
    ]);
    const refs = await browser.newPage();
    await refs.goto(server.url + 'van-ban/vien-dan/');
    for (const h of hrefs) {
      expect(h.startsWith('/dan-van/van-ban/vien-dan/#')).toBe(true);
      await expect(refs.locator(`[id="${h.split('#')[1]}"]`).count()).resolves.toBe(1);
    }
    await refs.close();
  });
});
