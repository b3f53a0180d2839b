/**
 * What fits on one A4 poster in large type. The budgets were measured by printing every point of
 * the directive to PDF in Chromium (tests/site/posters.browser.test.ts checks one page each):
 * up to about 1,250 characters of official text and plain reading print at full size, up to
 * 1,500 in a slightly smaller type; beyond that the poster sends readers to the official text online.
 */

/** Characters (official text + plain reading) that print at full size. */
export const POINT_FULL_SIZE = 1250;
/** Characters that still fit in the compact size. */
export const POINT_TEXT_BUDGET = 1500;

export type PointLayout = 'full' | 'compact' | 'online';

/**
 * How a point's poster prints its official text.
 *
 * @example
 * pointLayout('a'.repeat(800), 'b'.repeat(400)) // 'full'
 * pointLayout('a'.repeat(1000), 'b'.repeat(400)) // 'compact'
 * pointLayout('a'.repeat(2600), 'b'.repeat(400)) // 'online'
 */
export function pointLayout(official: string, plain: string): PointLayout {
  const n = official.length + plain.length;
  return n <= POINT_FULL_SIZE ? 'full' : n <= POINT_TEXT_BUDGET ? 'compact' : 'online';
}
