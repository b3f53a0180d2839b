import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVi } from '../../src/lib/fold-vi';
import type { RunningServer } from '../../src/lib/static-server';
import { launchBrowser } from '../helpers/browser';
import { serveBuild } from '../helpers/built-site';
import { rankOf, searchSite } from '../helpers/site-search';

interface RelevanceQuery { q: string; expect: string | string[] }
const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as { queries: RelevanceQuery[] };

/**
 * Search as Vietnamese citizens type, in Chromium against the sub-path build: the relevance
 * harness (precision at 3 and MRR printed), đ and tone-mark folding, exact-mark ranking, quoted
 * phrases, filters kept in the URL, and the screen-reader status.
 */
describe('site search', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    server = await serveBuild('sub');
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe('relevance harness', () => {
    const ranks: Array<number | null> = [];
    const share = (pass: (r: number | null) => boolean) => ranks.filter(pass).length / ranks.length;
    afterAll(() => {
      const mrr = ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
      const unmarked = queries.filter((q) => foldVi(q.q) === q.q.toLowerCase()).length;
      const misses = queries.flatMap((q, i) => (ranks[i] === 1 ? [] : [`${q.q} (${ranks[i] ?? '–'})`]));
      console.log(`Search relevance: ${ranks.length} queries (${unmarked} typed without marks or đ), hit@1 = ${share((r) => r === 1).toFixed(3)}, hit@3 = ${share((r) => r !== null && r <= 3).toFixed(3)}, MRR = ${mrr.toFixed(3)}\nNot first: ${misses.join('; ') || 'none'}`);
    });

    it('has at least 80 queries, a third typed without tone marks or đ', () => {
      expect(queries.length).toBeGreaterThanOrEqual(80);
      expect(queries.filter((q) => foldVi(q.q) === q.q.toLowerCase()).length * 3).toBeGreaterThanOrEqual(queries.length);
    });

    it.each(queries)('“$q” has $expect in the top 3', async ({ q, expect: target }) => {
      const hits = await searchSite(page, server.url, q);
      const found = (Array.isArray(target) ? target : [target]).map((t) => rankOf(hits.slice(0, 10), t)).filter((r): r is number => r !== null);
      const rank = found.length ? Math.min(...found) : null;
      ranks.push(rank);
      expect(rank, `${q}: got ${hits.slice(0, 3).map((h) => h.url).join(', ')}`).not.toBeNull();
      expect(rank!).toBeLessThanOrEqual(3);
    });

    it('puts the right page first for at least 9 queries in 10', () => {
      expect(ranks.length).toBe(queries.length);
      const misses = queries.flatMap((q, i) => (ranks[i] === 1 ? [] : [`${q.q} (${ranks[i] ?? '–'})`]));
      expect(share((r) => r === 1), `not first: ${misses.join('; ')}`).toBeGreaterThanOrEqual(0.9);
    });
  });

  it.each([
    ['danh gia', 'đánh giá'],
    ['dang uy', 'đảng ủy'],
    ['dan van kheo', 'dân vận khéo'],
    ['duong lien thon', 'đường liên thôn'],
    ['dia ban', 'địa bàn'],
  ])('“%s” finds every page that “%s” finds', async (bare, marked) => {
    // Typed bare, a query is looser ("danh" may mean "danh" or "đánh"), so it may find more,
    // never less: every page of the correctly written query is found, and the best ones rank alike.
    const loose = (await searchSite(page, server.url, bare, '', { all: true })).map((h) => h.url);
    const exact = (await searchSite(page, server.url, marked, '', { all: true })).map((h) => h.url);
    expect(exact.length).toBeGreaterThan(0);
    expect(exact.filter((u) => !loose.includes(u))).toEqual([]);
    expect(loose.slice(0, 10)).toContain(exact[0]);
  });

  it('with tone marks, pages with the exact word rank above pages that match only without marks', async () => {
    for (const word of ['dẫn', 'dân']) {
      const hits = await searchSite(page, server.url, word);
      const exact = hits.map((h) => h.marks.some((m) => m.toLocaleLowerCase('vi').includes(word)));
      expect(exact.length, word).toBeGreaterThan(1);
      expect(exact[0], `${word}: first result`).toBe(true);
      // No result without the exact word comes before one that has it.
      expect(exact.indexOf(false) === -1 || exact.lastIndexOf(true) < exact.indexOf(false), `${word}: ${JSON.stringify(exact)}`).toBe(true);
    }
  });

  it('a quoted phrase finds only pages with the words together', async () => {
    const phrase = await searchSite(page, server.url, '"thu chi"');
    const loose = await searchSite(page, server.url, 'thu chi');
    expect(phrase.length).toBeGreaterThan(0);
    expect(phrase.length).toBeLessThanOrEqual(loose.length);
    expect(phrase.map((h) => h.url)).toContain('dan-van-kheo/bang-tin-cong-khai-thu-chi/');
  });

  it('labels each result with its kind and links directive points as sub-results', async () => {
    const hits = await searchSite(page, server.url, 'dao duc cong vu');
    const kinds = new Set(hits.map((h) => h.kind));
    expect(kinds.has('Chỉ thị')).toBe(true);
    expect(hits.every((h) => h.kind.length > 0)).toBe(true);
    const directive = hits.find((h) => h.url === 'van-ban/chi-thi-2022-02-21/');
    expect(directive?.subs.some((s) => /#diem-\d$/.test(s))).toBe(true);
  });

  it('filters by kind with counts, keeping the filter in the URL', async () => {
    await searchSite(page, server.url, 'dan van');
    const filter = page.locator('[data-filters] a', { hasText: /^Chỉ thị \(\d+\)$/ });
    await filter.click();
    await page.waitForFunction(() => location.search.includes('loai='));
    expect(new URL(page.url()).searchParams.get('loai')).toBe('Chỉ thị');
    const shared = await searchSite(page, server.url, 'dan van', '&loai=Ch%E1%BB%89%20th%E1%BB%8B');
    expect(shared.length).toBeGreaterThan(0);
    expect(new Set(shared.map((h) => h.kind))).toEqual(new Set(['Chỉ thị']));
  });

  it('announces the number of results to screen readers', async () => {
    await searchSite(page, server.url, 'nhan long');
    const status = page.locator('[role="status"][aria-live="polite"]');
    await expect(status.innerText()).resolves.toMatch(/^\d+ kết quả cho “nhan long”\.$/);
  });

  it('updates results as one types, and loads Pagefind only then', async () => {
    const fresh = await browser.newPage();
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(r.url()));
    await fresh.goto(`${server.url}tim-kiem/`);
    expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(false);
    await fresh.locator('main input[name="q"]').pressSequentially('hoa giai', { delay: 30 });
    // Intermediate searches ("hoa g"…) may answer first; wait for the one of the whole query.
    await fresh.waitForFunction(() => /kết quả cho “hoa giai”/.test(document.querySelector('[data-status]')?.textContent ?? ''));
    expect(fetched.some((u) => u.includes('/dan-van/pagefind/pagefind.js'))).toBe(true);
    expect(new URL(fresh.url()).searchParams.get('q')).toBe('hoa giai');
    await fresh.close();
  });
});
