/**
 * The search page's URL: `?q=…` plus one parameter per filter, with Vietnamese ASCII names so a
 * filtered view can be shared ("/tim-kiem/?q=dan+van&loai=Mô+hình").
 */

/** Pagefind filter keys (set by pages with data-pagefind-filter) and their URL parameter names. */
import { FILTER_PARAMS } from '../routes';

export { FILTER_PARAMS };
export type FilterKey = keyof typeof FILTER_PARAMS;
export const FILTER_KEYS = Object.keys(FILTER_PARAMS) as FilterKey[];

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string>>;
}

/**
 * Read the state from a query string.
 *
 * @example
 * readSearchState('?q=dan+van&loai=M%C3%B4+h%C3%ACnh') // { q: 'dan van', filters: { kind: 'Mô hình' } }
 */
export function readSearchState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(FILTER_PARAMS[key])?.trim();
    if (value) filters[key] = value.normalize('NFC');
  }
  return { q: (params.get('q') ?? '').normalize('NFC').trim(), filters };
}

/**
 * Write a state back to a query string (empty parts left out).
 *
 * @example
 * writeSearchState({ q: 'dan van', filters: { kind: 'Mô hình' } }) // '?q=dan+van&loai=M%C3%B4+h%C3%ACnh'
 */
export function writeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) {
    const value = state.filters[key];
    if (value) params.set(FILTER_PARAMS[key], value);
  }
  const s = params.toString();
  return s ? `?${s}` : '';
}
