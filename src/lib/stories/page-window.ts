/**
 * Which page numbers a pagination bar shows: the first, the last, and two either side of the
 * current one; `null` marks a gap shown as “…”.
 *
 * @example
 * pageWindow(1, 3) // [1, 2, 3]
 * pageWindow(10, 20) // [1, null, 8, 9, 10, 11, 12, null, 20]
 */
export function pageWindow(page: number, pages: number, around = 2): Array<number | null> {
  if (!Number.isInteger(page) || !Number.isInteger(pages) || pages < 1 || page < 1 || page > pages) {
    throw new Error(`pageWindow: expected 1 ≤ page ≤ pages, got page ${page} of ${pages}`);
  }
  const shown = [...new Set([1, pages, ...Array.from({ length: around * 2 + 1 }, (_, i) => page - around + i)])]
    .filter((n) => n >= 1 && n <= pages)
    .sort((a, b) => a - b);
  const out: Array<number | null> = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1]! > 1) out.push(null);
    out.push(n);
  });
  return out;
}
