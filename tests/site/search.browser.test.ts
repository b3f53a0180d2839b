import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { foldVi } from '../../src/vocab/fold-vi';
import { readMeta } from '../../src/lib/search/preload-plan';
import type { RunningServer } from '../../scripts/lib/static-server';
import { launchBrowser } from '../helpers/browser';
import { serveBuild } from '../helpers/built-site';
import { rankOf, searchSite } from '../helpers/site-search';
import { BENCH_QUERIES } from '../../scripts/bench-search';

interface RelevanceQuery {
  q: string;
  expect: string | string[];
}
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

  it('reads the chunks and filters of the built index, and every file they name exists', () => {
    const bundle = 'dist-sub/pagefind';
    const meta = readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!;
    const { chunks, filters } = readMeta(gunzipSync(readFileSync(`${bundle}/${meta}`)));
    expect(chunks.length).toBeGreaterThan(0);
    expect(filters.length).toBeGreaterThan(0);
    for (const [from, to, hash] of chunks) {
      expect(from <= to || to === '↩').toBe(true);
      expect(existsSync(`${bundle}/index/${hash}.pf_index`)).toBe(true);
    }
    for (const hash of filters) expect(existsSync(`${bundle}/filter/${hash}.pf_filter`)).toBe(true);
  });

  describe('relevance harness', () => {
    const ranks: Array<number | null> = [];
    const share = (pass: (r: number | null) => boolean) => ranks.filter(pass).length / ranks.length;
    afterAll(() => {
      const mrr = ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / ranks.length;
      const unmarked = queries.filter((q) => foldVi(q.q) === q.q.toLowerCase()).length;
      const misses = queries.flatMap((q, i) => (ranks[i] === 1 ? [] : [`${q.q} (${ranks[i] ?? '–'})`]));
      console.log(
        `Search relevance: ${ranks.length} queries (${unmarked} typed without marks or đ), hit@1 = ${share((r) => r === 1).toFixed(3)}, hit@3 = ${share((r) => r !== null && r <= 3).toFixed(3)}, MRR = ${mrr.toFixed(3)}\nNot first: ${misses.join('; ') || 'none'}`,
      );
    });

    it('has at least 80 queries, a third typed without tone marks or đ', () => {
      expect(queries.length).toBeGreaterThanOrEqual(80);
      expect(queries.filter((q) => foldVi(q.q) === q.q.toLowerCase()).length * 3).toBeGreaterThanOrEqual(
        queries.length,
      );
    });

    it.each(queries)('“$q” has $expect in the top 3', async ({ q, expect: target }) => {
      const hits = await searchSite(page, server.url, q);
      const found = (Array.isArray(target) ? target : [target])
        .map((t) => rankOf(hits.slice(0, 10), t))
        .filter((r): r is number => r !== null);
      const rank = found.length ? Math.min(...found) : null;
      ranks.push(rank);
      expect(
        rank,
        `${q}: got ${hits
          .slice(0, 3)
          .map((h) => h.url)
          .join(', ')}`,
      ).not.toBeNull();
      expect(rank!).toBeLessThanOrEqual(3);
    });

    it('puts the right page first for at least 9 queries in 10', () => {
      expect(ranks.length).toBe(queries.length);
      const misses = queries.flatMap((q, i) => (ranks[i] === 1 ? [] : [`${q.q} (${ranks[i] ?? '–'})`]));
      expect(
        share((r) => r === 1),
        `not first: ${misses.join('; ')}`,
      ).toBeGreaterThanOrEqual(0.9);
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
    // Pages, not the section a result opens at (that may differ with the words matched).
    const loose = (await searchSite(page, server.url, bare, '', { all: true })).map((h) => h.url.split('#')[0]);
    const exact = (await searchSite(page, server.url, marked, '', { all: true })).map((h) => h.url.split('#')[0]);
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
      expect(
        exact.indexOf(false) === -1 || exact.lastIndexOf(true) < exact.indexOf(false),
        `${word}: ${JSON.stringify(exact)}`,
      ).toBe(true);
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
    // The directive opens at the point the words come from, and links other points under it.
    const directive = hits.find((h) => h.url.startsWith('van-ban/chi-thi-2022-02-21/'));
    expect([directive?.url, ...(directive?.subs ?? [])].some((s) => /#diem-\d$/.test(s ?? ''))).toBe(true);
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

  it("updates results as one types; without a query it fetches Pagefind's engine but no index chunk", async () => {
    const fresh = await browser.newPage();
    const fetched: string[] = [];
    fresh.on('request', (r) => fetched.push(r.url()));
    await fresh.goto(`${server.url}tim-kiem/`, { waitUntil: 'networkidle' });
    // The search page is opened to search: its engine is asked for with the page, the words not.
    expect(fetched.some((u) => u.includes('/dan-van/pagefind/wasm.'))).toBe(true);
    expect(fetched.some((u) => /\/pagefind\/(index|fragment)\//.test(u))).toBe(false);
    // Other pages fetch nothing of it.
    fetched.length = 0;
    await fresh.goto(server.url, { waitUntil: 'networkidle' });
    expect(fetched.some((u) => u.includes('/pagefind/'))).toBe(false);
    await fresh.goto(`${server.url}tim-kiem/`);
    await fresh.locator('main input[name="q"]').pressSequentially('hoa giai', { delay: 30 });
    // Intermediate searches ("hoa g"…) may answer first; wait for the one of the whole query.
    await fresh.waitForFunction(() =>
      /kết quả cho “hoa giai”/.test(document.querySelector('[data-status]')?.textContent ?? ''),
    );
    expect(fetched.some((u) => u.includes('/dan-van/pagefind/pagefind.js'))).toBe(true);
    expect(new URL(fresh.url()).searchParams.get('q')).toBe('hoa giai');
    await fresh.close();
  });

  describe('issue 14: loading, layout and ranking as people mean it', () => {
    const first = async (q: string) => (await searchSite(page, server.url, q))[0];

    /** A fresh page (own context, cold cache) whose every request waits `net.latency` ms. */
    async function throttledPage(
      net: { latency: number; downloadThroughput: number; uploadThroughput: number },
      options: BrowserContextOptions = {},
    ) {
      const context = await browser.newContext(options);
      const fresh = await context.newPage();
      const cdp = await context.newCDPSession(fresh);
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...net });
      return { context, fresh };
    }

    /** When each request `key` names (null: not recorded) started, and when the page itself arrived. */
    function recordStarts(fresh: Page, key: (url: string) => string | null) {
      const started = new Map<string, number>();
      const timing = { started, pageArrived: 0 };
      fresh.on('request', (r) => {
        const k = key(r.url());
        if (k) started.set(k, Date.now());
      });
      fresh.on('response', (r) => {
        if (r.request().resourceType() === 'document') timing.pageArrived = Date.now();
      });
      return timing;
    }

    it("with ?q= asks for Pagefind, its wasm, meta and the query's index chunk at once, not one after another", async () => {
      // Each request waits 400 ms: Pagefind's own chain (script → loader → entry → meta and wasm →
      // index) would show as starts 400 ms apart, four of them at least.
      const latency = 400;
      const { context, fresh } = await throttledPage({ latency, downloadThroughput: 2e6, uploadThroughput: 1e6 });
      const name = (u: string) => new URL(u).pathname.replace(/^.*\/pagefind\//, '').replace(/_[0-9a-f]+\./, '_#.');
      const timing = recordStarts(fresh, (u) => (u.includes('/pagefind/') ? name(u) : null));
      const { started } = timing;
      await fresh.goto(`${server.url}tim-kiem/?q=hoa%20giai`);
      await fresh.waitForSelector('[data-results] > li h2 a');
      const critical = [...started.keys()].filter((k) =>
        /^(pagefind\.js|wasm\.|pagefind\.vi_#\.pf_meta|pagefind-entry\.json|index\/)/.test(k),
      );
      expect(
        critical.some((k) => k.startsWith('index/')),
        critical.join(', '),
      ).toBe(true);
      expect(critical.length).toBeGreaterThanOrEqual(5);
      // All asked for within one round trip of the page (the index chunk waits for the small
      // script that reads the query).
      for (const k of critical) expect(started.get(k)! - timing.pageArrived, k).toBeLessThan(latency * 1.75);
      await context.close();
    });

    it.each(['ket qua 2024', 'diem 6', 'chi thi 21/02'])(
      '“%s” (an intent searched within one kind of page) asks for the kind filter with the index chunks',
      async (q) => {
        const latency = 400;
        const { context, fresh } = await throttledPage({ latency, downloadThroughput: 2e6, uploadThroughput: 1e6 });
        const timing = recordStarts(fresh, (u) => /\/pagefind\/((?:index|filter)\/[^/?]+)/.exec(u)?.[1] ?? null);
        const { started } = timing;
        await fresh.goto(`${server.url}tim-kiem/?q=${encodeURIComponent(q)}`);
        await fresh.waitForSelector('[data-results] > li h2 a');
        const plan = JSON.parse((await fresh.getAttribute('dv-search', 'data-preload-plan'))!) as { kind: string };
        const filter = started.get(`filter/${plan.kind}.pf_filter`);
        expect(filter, [...started.keys()].join(', ')).toBeDefined();
        // Asked for with the index chunks, within one round trip of the page, not after Pagefind started.
        expect(filter! - timing.pageArrived).toBeLessThan(latency * 1.75);
        for (const [k, t] of started)
          if (k.startsWith('index/')) expect(Math.abs(filter! - t), k).toBeLessThan(latency);
        await context.close();
      },
    );

    it('shows the first result without waiting for the pages of the others', async () => {
      const context = await browser.newContext();
      const p = await context.newPage();
      // The first result's fragment comes at once; the others' 1.5 s later.
      let first = true;
      await p.route('**/pagefind/fragment/**', async (route) => {
        if (!first) await new Promise((resolve) => setTimeout(resolve, 1500));
        first = false;
        await route.continue();
      });
      await p.goto(`${server.url}tim-kiem/?q=dan%20van`);
      await p.waitForSelector('[data-results] > li h2 a');
      await expect(p.locator('[data-results] > li').count()).resolves.toBe(1);
      await p.waitForFunction(() => /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''));
      await expect(p.locator('[data-results] > li').count()).resolves.toBe(5);
      await context.close();
    });

    it('preloads only the index chunks Pagefind then reads, even for a word where two chunks meet', async () => {
      const bundle = 'dist-sub/pagefind';
      const { chunks } = readMeta(
        gunzipSync(readFileSync(`${bundle}/${readdirSync(bundle).find((f) => f.endsWith('.pf_meta'))!}`)),
      );
      // The start that one chunk's last word and the next one's first word share ("qua" of "quan" | "quat").
      const shared = (a: string, b: string) => {
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        return a.slice(0, i);
      };
      const words = chunks
        .slice(1)
        .map(([from], i) => shared(chunks[i]![1], from))
        .filter((w) => /^\p{L}{2,}$/u.test(w));
      // With the intents' searches too: "ket qua 2024" and "diem 6" look within one kind of page.
      // And with a filter chosen in the URL, whose chunk every search reads.
      const cases = [
        ...[...words.slice(0, 2), 'dan van kheo', 'ket qua 2024', 'diem 6', 'chi thi 21/02'].map((q) => [q, '']),
        ['dan van', '&loai=Ch%E1%BB%89%20th%E1%BB%8B'],
      ];
      for (const [q, params] of cases) {
        const context = await browser.newContext();
        const p = await context.newPage();
        const unused: string[] = [];
        p.on('console', (m) => {
          if (/preloaded using link preload but not used/.test(m.text())) unused.push(m.text());
        });
        await searchSite(p, server.url, q!, params);
        if (params) {
          const links = await p.$$eval('link[rel="preload"][href*="/filter/"]', (ls) =>
            ls.map((l) => l.getAttribute('href')),
          );
          expect(links, q).toHaveLength(1);
        }
        // Chromium reports an unused preload a few seconds after the page's load event.
        await p.waitForTimeout(3500);
        expect(unused, q).toEqual([]);
        await context.close();
      }
    });

    it.each([
      ['with a query', 'tim-kiem/?q=dan%20van'],
      ['with a query and a suggestion', 'tim-kiem/?q=khi%E1%BA%BFu%20l%E1%BA%A1i'],
      ['with no result', 'tim-kiem/?q=n%C3%A3nh%20%C4%91%E1%BA%A1o'],
      ['without a query', 'tim-kiem/'],
    ])('nothing moves on /tim-kiem/ %s (CLS 0, phone and desktop)', async (_name, path) => {
      for (const viewport of [
        { width: 360, height: 740 },
        { width: 1280, height: 900 },
      ]) {
        // Slow enough that results arrive well after the first paint.
        const { context, fresh: p } = await throttledPage(
          { latency: 200, downloadThroughput: 150_000, uploadThroughput: 50_000 },
          { viewport },
        );
        await p.addInitScript(
          'window.__shifts = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value); }).observe({ type: "layout-shift", buffered: true });',
        );
        await p.goto(server.url + path);
        if (path.includes('?q='))
          await p.waitForFunction(
            () => /kết quả|Không có/.test(document.querySelector('[data-status]')?.textContent ?? ''),
            null,
            { timeout: 30_000 },
          );
        await p.waitForTimeout(1500);
        const shifts = await p.evaluate(() => (window as unknown as { __shifts: number[] }).__shifts);
        expect(shifts, `${path} at ${viewport.width}px`).toEqual([]);
        await context.close();
      }
    });

    it('paints its largest block with the page, not after the index: results stay smaller than the lead (LCP on a phone)', async () => {
      // Lighthouse's phone (412 px) and a small one: every bench query, a date and a story.
      for (const width of [360, 412]) {
        const context = await browser.newContext({ viewport: { width, height: 823 }, isMobile: true });
        const p = await context.newPage();
        await p.addInitScript(
          'window.__lcp = []; new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__lcp.push(e.element?.className ?? ""); }).observe({ type: "largest-contentful-paint", buffered: true });',
        );
        for (const q of [...BENCH_QUERIES, 'chi thi 21/02', 'hoa giai khu pho', 'điểm 6']) {
          const hits = await searchSite(p, server.url, q);
          expect(hits.length, q).toBeGreaterThan(0);
          const lcp = await p.evaluate(() => (window as unknown as { __lcp: string[] }).__lcp);
          expect(lcp.at(-1), `${q} at ${width}px: ${lcp.join(' → ')}`).toBe('dv-prose');
        }
        await context.close();
      }
    });

    it('has one search box on the search page, and the header box elsewhere', async () => {
      await searchSite(page, server.url, 'dan van');
      await expect(page.locator('input[name="q"]').count()).resolves.toBe(1);
      await expect(page.locator('[role="search"]').count()).resolves.toBe(1);
      await page.goto(server.url);
      await expect(page.locator('header input[name="q"]').count()).resolves.toBe(1);
    });

    it('shows a facet heading only with options under it', async () => {
      for (const q of ['dan van', 'camera an ninh', 'ket qua 2024']) {
        await searchSite(page, server.url, q);
        await page.waitForSelector('[data-filters] .dv-search__filter-title');
        const groups = await page.$$eval('[data-filters] > div', (divs) =>
          divs.map(
            (d) =>
              [
                d.querySelector('.dv-search__filter-title')?.textContent ?? '',
                d.querySelectorAll('li a').length,
              ] as const,
          ),
        );
        expect(groups.length, q).toBeGreaterThan(0);
        for (const [title, options] of groups) expect(options, `${q}: ${title}`).toBeGreaterThan(0);
      }
    });

    it.each(['21/02/2022', '21/2/2022', 'chỉ thị ngày 21-02-2022', 'chi thi 21/02', 'ngay 21 thang 2 nam 2022'])(
      'the date “%s” finds the directive first',
      async (q) => {
        expect((await first(q))?.url.split('#')[0]).toBe('van-ban/chi-thi-2022-02-21/');
      },
    );

    it.each([
      ['điểm 6', 6],
      ['diem 8', 8],
      ['khoản 3', 3],
      ['Điểm 1', 1],
    ])('“%s” opens point %i of the directive first', async (q, n) => {
      expect((await first(q))?.url).toBe(`van-ban/chi-thi-2022-02-21/#diem-${n}`);
    });

    it.each(['kết quả năm 2024', 'xếp loại', 'điểm đánh giá', 'xep loai don vi'])(
      '“%s” ranks results pages above the open-data page',
      async (q) => {
        const hits = await searchSite(page, server.url, q);
        const results = hits.findIndex((h) => h.url.startsWith('ket-qua/'));
        const data = hits.findIndex((h) => h.url.startsWith('du-lieu/'));
        expect(results, hits.map((h) => h.url).join(', ')).toBe(0);
        expect(data === -1 || data > results).toBe(true);
      },
    );

    it('says when nothing is found, offers a spelling the index has, and links the 8 points', async () => {
      await searchSite(page, server.url, 'nãnh đạo');
      await expect(page.locator('[data-status]').innerText()).resolves.toBe('Không có kết quả cho “nãnh đạo”.');
      await expect(page.locator('[data-suggest]').innerText()).resolves.toBe('Có phải bạn muốn tìm “lãnh đạo”?');
      const points = await page.$$eval('[data-none] li a', (as) =>
        as.map(
          (a) =>
            new URL(a.getAttribute('href')!, location.href).pathname +
            new URL(a.getAttribute('href')!, location.href).hash,
        ),
      );
      expect(points).toEqual([1, 2, 3, 4, 5, 6, 7, 8].map((n) => `/dan-van/van-ban/chi-thi-2022-02-21/#diem-${n}`));
      // The suggestion searches for it.
      await page.locator('[data-suggest] a').click();
      await page.waitForFunction(() =>
        /^\d+ kết quả cho “lãnh đạo”/.test(document.querySelector('[data-status]')?.textContent ?? ''),
      );
      await expect(page.locator('[data-none]').isVisible()).resolves.toBe(false);
    });

    it('offers “khiếu nại” for “khiếu lại” (l/n slip), above the results', async () => {
      const hits = await searchSite(page, server.url, 'khiếu lại');
      expect(hits.length).toBeGreaterThan(0);
      await expect(page.locator('[data-suggest]').innerText()).resolves.toBe('Có phải bạn muốn tìm “khiếu nại”?');
      const none = await searchSite(page, server.url, 'xyz');
      expect(none).toEqual([]);
      await expect(page.locator('[data-suggest]').isVisible()).resolves.toBe(false);
      await expect(page.locator('[data-none]').isVisible()).resolves.toBe(true);
    });

    it.each([
      ['đân vận', 'dân vận'],
      ['tiếp công đân', 'tiếp công dân'],
    ])('offers “%s” as “%s” (đ for d), keeping the marks typed', async (q, meant) => {
      await searchSite(page, server.url, q);
      await expect(page.locator('[data-suggest]').innerText()).resolves.toBe(`Có phải bạn muốn tìm “${meant}”?`);
    });

    it("titles the directive as a title, shows a story's summary, and marks illustrative items", async () => {
      await searchSite(page, server.url, 'hoa giai khu pho');
      const items = await page.$$eval('[data-results] > li', (lis) =>
        lis.map((li) => ({
          url: new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
          title: li.querySelector('h2')!.textContent ?? '',
          text: li.querySelector('h2 + p')!.textContent ?? '',
          mark: li.querySelector('.dv-search__sample')?.textContent ?? '',
        })),
      );
      const story = items.find((i) => i.url.endsWith('/dan-van-kheo/to-hoa-giai-khu-pho/'))!;
      const html = readFileSync('dist-sub/dan-van-kheo/to-hoa-giai-khu-pho/index.html', 'utf8');
      expect(story.text).toBe(/<meta name="description" content="([^"]*)"/.exec(html)![1]);
      expect(story.mark).toBe('Bài viết minh họa');
      await searchSite(page, server.url, 'chi thi dan van');
      await expect(page.locator('[data-results] > li h2').first().innerText()).resolves.toMatch(
        /^Chỉ thị về việc tiếp tục tăng cường/,
      );
      await expect(page.locator('[data-results] > li').first().locator('.dv-search__sample').count()).resolves.toBe(0);
      await searchSite(page, server.url, 'ket qua 2024');
      const year = await page.$$eval('[data-results] > li', (lis) =>
        lis
          .filter((li) => li.querySelector('h2 a')!.getAttribute('href')!.endsWith('/ket-qua/2024/'))
          .map((li) => li.querySelector('.dv-search__sample')?.textContent ?? ''),
      );
      expect(year).toEqual(['Dữ liệu minh họa']);
    });
  });
});
