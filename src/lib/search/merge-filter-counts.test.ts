import { describe, expect, it } from 'vitest';
import { mergeFilterCounts } from './merge-filter-counts';

describe('mergeFilterCounts', () => {
  it('keeps the larger count of each value', () => {
    expect(mergeFilterCounts([{ kind: { A: 1 } }, { kind: { A: 2, B: 1 }, year: { '2023': 4 } }])).toEqual({
      kind: { A: 2, B: 1 },
      year: { '2023': 4 },
    });
  });
});
