/**
 * Plain share links: the reader's browser goes to Zalo or Facebook only when they click; no SDK,
 * no script, no request from our pages.
 *
 * @example
 * shareLinks('https://example.gov.vn/dan-van-kheo/cho-que/').facebook
 * // 'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.gov.vn%2Fdan-van-kheo%2Fcho-que%2F'
 */
export function shareLinks(url: string): { zalo: string; facebook: string } {
  if (!/^https?:\/\//.test(url))
    throw new Error(`shareLinks: expected an absolute http(s) URL, got ${JSON.stringify(url)}`);
  const u = encodeURIComponent(url);
  return {
    zalo: `https://sp.zalo.me/share_inline?url=${u}`,
    facebook: `https://www.facebook.com/sharer/sharer.php?u=${u}`,
  };
}
