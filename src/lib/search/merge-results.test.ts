import { describe, expect, it } from 'vitest';
import { mergeFilterCounts, mergeResults } from './merge-results';

describe('mergeResults', () => {
  it.each([
    [[[]], []],
    [[[{ id: 'a', score: 1 }]], ['a']],
    [[[{ id: 'a', score: 1 }], [{ id: 'b', score: 2 }, { id: 'a', score: 3 }]], ['a', 'b']],
    [[[{ id: 'a', score: 1 }, { id: 'b', score: 1 }], [{ id: 'c', score: 1 }]], ['a', 'b', 'c']],
    [[[{ id: 'a', score: 5 }], [{ id: 'a', score: 1 }]], ['a']],
  ])('%j → %j', (lists, ids) => {
    expect(mergeResults(lists).map((r) => r.id)).toEqual(ids);
  });

  it('keeps the best-scored copy of a page', () => {
    expect(mergeResults([[{ id: 'a', score: 1, v: 1 }], [{ id: 'a', score: 2, v: 2 }]])[0]).toEqual({ id: 'a', score: 2, v: 2 });
  });
});

describe('mergeFilterCounts', () => {
  it('keeps the larger count of each value', () => {
    expect(mergeFilterCounts([{ kind: { A: 1 } }, { kind: { A: 2, B: 1 }, year: { '2023': 4 } }])).toEqual({ kind: { A: 2, B: 1 }, year: { '2023': 4 } });
  });
});
