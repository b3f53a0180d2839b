/**
 * Merge the filter counts of several searches (a query's variants). Pages cannot be de-duplicated
 * from counts alone, so the larger count per value is kept: a lower bound that never overstates.
 *
 * @example
 * mergeFilterCounts([{ kind: { 'Chỉ thị': 1 } }, { kind: { 'Chỉ thị': 2, 'Mô hình': 1 } }]) // { kind: { 'Chỉ thị': 2, 'Mô hình': 1 } }
 */
export function mergeFilterCounts(
  all: ReadonlyArray<Record<string, Record<string, number>>>,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const filters of all) {
    for (const [key, values] of Object.entries(filters)) {
      const target = (out[key] ??= {});
      for (const [value, n] of Object.entries(values)) target[value] = Math.max(target[value] ?? 0, n);
    }
  }
  return out;
}
