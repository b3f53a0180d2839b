import { describe, expect, it } from 'vitest';
import { readSearchState, writeSearchState, type SearchState } from './search-params';

describe('search state in the URL', () => {
  it.each<[string, SearchState]>([
    ['', { q: '', filters: {} }],
    ['?q=dan+van', { q: 'dan van', filters: {} }],
    ['?q=dan+van&loai=M%C3%B4+h%C3%ACnh', { q: 'dan van', filters: { kind: 'Mô hình' } }],
    [
      '?q=x&linh-vuc=Kinh+t%E1%BA%BF&nam=2023&dia-ban=V%C4%83n+Giang',
      { q: 'x', filters: { field: 'Kinh tế', year: '2023', place: 'Văn Giang' } },
    ],
  ])('%j round-trips', (search, state) => {
    expect(readSearchState(search)).toEqual(state);
    expect(readSearchState(writeSearchState(state))).toEqual(state);
  });

  it('ignores empty and unknown parameters', () => {
    expect(readSearchState('?q=&loai=&foo=bar')).toEqual({ q: '', filters: {} });
  });
});
