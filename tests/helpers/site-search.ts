import type { Page } from 'playwright-core';

export interface SearchHit {
  /** Result link, relative to the site root (base removed). */
  url: string;
  /** Sub-result links (e.g. #diem-3), relative likewise. */
  subs: string[];
  kind: string;
  /** Highlighted words of the excerpt. */
  marks: string[];
}

/**
 * Search through the site's own search page in Chromium (the real UI, index and Pagefind code)
 * and return the listed results in order.
 */
export async function searchSite(
  page: Page,
  siteUrl: string,
  query: string,
  params = '',
  { all = false } = {},
): Promise<SearchHit[]> {
  await page.goto(`${siteUrl}tim-kiem/?q=${encodeURIComponent(query)}${params}`);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-status]')?.textContent ?? '';
    return /kết quả|Không có|Không tải/.test(status);
  });
  // "Xem thêm kết quả" until every result is listed.
  while (all && (await page.locator('[data-more]').isVisible())) {
    const before = await page.locator('[data-results] > li').count();
    await page.locator('[data-more]').click();
    await page.waitForFunction((n) => document.querySelectorAll('[data-results] > li').length > n, before);
  }
  const base = new URL(siteUrl).pathname;
  return page.$$eval(
    '[data-results] > li',
    // No named helper inside: the function is serialised into the page as it is.
    (items, base) =>
      items.map((li) => ({
        url: ((u) => u.pathname.slice(base.length) + u.hash)(
          new URL(li.querySelector('h2 a')!.getAttribute('href')!, location.href),
        ),
        subs: [...li.querySelectorAll('.dv-search__sub a')].map((a) =>
          ((u) => u.pathname.slice(base.length) + u.hash)(new URL(a.getAttribute('href')!, location.href)),
        ),
        kind: li.querySelector('.dv-search__kind')?.textContent ?? '',
        marks: [...li.querySelectorAll('p mark')].map((m) => (m.textContent ?? '').trim()),
      })),
    base,
  );
}

/** 1-based rank of the first hit that reaches `expect` (a path, with or without #anchor), or null. */
export function rankOf(hits: SearchHit[], expect: string): number | null {
  const [path, anchor] = expect.split('#');
  const i = hits.findIndex((h) =>
    anchor
      ? h.url === expect || (h.url.split('#')[0] === path && h.subs.includes(expect))
      : h.url.split('#')[0] === path,
  );
  return i < 0 ? null : i + 1;
}
