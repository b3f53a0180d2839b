import { describe, expect, it } from 'vitest';
import { pointLayout, POINT_FULL_SIZE, POINT_TEXT_BUDGET } from './fit';

describe('pointLayout', () => {
  it.each([
    [0, 'full'],
    [POINT_FULL_SIZE, 'full'],
    [POINT_FULL_SIZE + 1, 'compact'],
    [POINT_TEXT_BUDGET, 'compact'],
    [POINT_TEXT_BUDGET + 1, 'online'],
  ] as const)('%d characters → %s', (n, layout) => {
    expect(pointLayout('a'.repeat(Math.max(0, n - 100)), 'b'.repeat(Math.min(n, 100)))).toBe(layout);
  });
});
