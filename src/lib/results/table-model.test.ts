import { describe, expect, it } from 'vitest';
import { displayCell } from './table-model';

describe('displayCell', () => {
  it.each([
    [null, { type: 'number' as const }, '—'],
    [null, { type: 'text' as const }, ''],
    [82.75, { type: 'number' as const, format: 'score' as const }, '82,75'],
    [33.3, { type: 'number' as const, format: 'percent' as const }, '33,3%'],
    [true, { type: 'boolean' as const }, 'Có'],
    ['x', { type: 'text' as const }, 'x'],
  ])('%j', (v, col, out) => expect(displayCell(v, col)).toBe(out));
});
