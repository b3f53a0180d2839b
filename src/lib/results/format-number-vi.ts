/**
 * Numbers as Vietnamese readers write them: decimal comma, dot for thousands.
 *
 * @example
 * formatNumberVi(82.75) // '82,8'
 * formatNumberVi(1234) // '1.234'
 * formatNumberVi(null) // '—'
 */
export function formatNumberVi(n: number | null, digits = 1): string {
  if (n === null) return '—';
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(n);
}

/**
 * A percentage, e.g. "72,5%".
 *
 * @example
 * formatPercentVi(72.5) // '72,5%'
 */
export function formatPercentVi(n: number | null): string {
  return n === null ? '—' : `${formatNumberVi(n)}%`;
}
