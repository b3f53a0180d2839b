/** What the merge needs of a Pagefind result. */
export interface ScoredResult {
  id: string;
  score: number;
}

/**
 * Merge the result lists of several query variants: one entry per page, with its best score,
 * best first (ties keep the order of the first list that had them).
 *
 * @example
 * mergeResults([[{ id: 'a', score: 1 }], [{ id: 'b', score: 2 }, { id: 'a', score: 3 }]]).map((r) => r.id) // ['a', 'b']
 */
export function mergeResults<T extends ScoredResult>(lists: readonly (readonly T[])[]): T[] {
  const best = new Map<string, { item: T; order: number }>();
  let order = 0;
  for (const list of lists) {
    for (const item of list) {
      const seen = best.get(item.id);
      if (!seen) best.set(item.id, { item, order: order++ });
      else if (item.score > seen.item.score) best.set(item.id, { item, order: seen.order });
    }
  }
  return [...best.values()].sort((a, b) => b.item.score - a.item.score || a.order - b.order).map((x) => x.item);
}

/**
 * Add up filter counts from several searches' `filters`, counting each page once is not possible
 * from counts alone, so the larger count per value is kept: a lower bound that never overstates.
 *
 * @example
 * mergeFilterCounts([{ kind: { 'Chỉ thị': 1 } }, { kind: { 'Chỉ thị': 2, 'Mô hình': 1 } }]) // { kind: { 'Chỉ thị': 2, 'Mô hình': 1 } }
 */
export function mergeFilterCounts(all: ReadonlyArray<Record<string, Record<string, number>>>): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const filters of all) {
    for (const [key, values] of Object.entries(filters)) {
      const target = (out[key] ??= {});
      for (const [value, n] of Object.entries(values)) target[value] = Math.max(target[value] ?? 0, n);
    }
  }
  return out;
}
