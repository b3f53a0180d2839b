/**
 * The small index the gallery's instant filter loads (/dan-van-kheo/chi-muc.json), and the pure
 * logic of filtering it and of the filter's URL state. Shared by the JSON endpoint, the browser
 * script and the tests.
 */
import type { FieldId } from '../../vocab/fields';
import { FACET_PARAM } from './listings';

export interface StoryIndex {
  /** Field id → label. */
  fields: Record<string, string>;
  /** Place id → label. */
  places: Record<string, string>;
  stories: Array<{
    slug: string;
    title: string;
    fields: FieldId[];
    place: string;
    year: number;
    illustrative: boolean;
    img: string;
  }>;
}

const PARAMS = [FACET_PARAM.field, FACET_PARAM.place, FACET_PARAM.year] as const;
const VALUE = /^[a-z0-9-]{1,80}$/;

/**
 * The filter state from a query string; unknown parameters and malformed values are ignored.
 *
 * @example
 * readFilterState(new URLSearchParams('linh-vuc=kinh-te&x=1&nam=<b>')) // { 'linh-vuc': 'kinh-te' }
 */
export function readFilterState(params: URLSearchParams): Record<string, string> {
  const state: Record<string, string> = {};
  for (const name of PARAMS) {
    const value = params.get(name);
    if (value && VALUE.test(value)) state[name] = value;
  }
  return state;
}

/**
 * The query string for a filter state, in a fixed order (field, place, year), empties left out.
 *
 * @example
 * writeFilterState({ nam: '2023', 'linh-vuc': 'kinh-te' }).toString() // 'linh-vuc=kinh-te&nam=2023'
 */
export function writeFilterState(state: Record<string, string>): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of PARAMS) if (state[name]) params.set(name, state[name]);
  return params;
}

/**
 * Stories matching every chosen facet, in index order.
 *
 * @example
 * filterIndex(index, { 'linh-vuc': 'an-ninh', nam: '2022' }).length
 */
export function filterIndex(index: StoryIndex, state: Record<string, string>): StoryIndex['stories'] {
  const field = state[FACET_PARAM.field];
  const place = state[FACET_PARAM.place];
  const year = state[FACET_PARAM.year];
  return index.stories.filter(
    (s) =>
      (!field || s.fields.includes(field as FieldId)) &&
      (!place || s.place === place) &&
      (!year || String(s.year) === year),
  );
}
