/**
 * The gallery's listing pages, computed from story metadata: the whole gallery and one listing per
 * field, place and year, each paginated, with the counts the filter links show. Plain data in,
 * plain data out, so it is tested without Astro and scales to thousands of stories.
 */
import { FACET_SEGMENT, PAGE_SEGMENT, PAGE_SIZE, type FacetKind } from '../routes';
import { slugifyVi } from '../../vocab/fold-vi';
import type { Place } from '../../vocab/places';
import { FIELDS, type FieldId } from '../../vocab/fields';

/** What a listing needs to know about a story. */
export interface StorySummary {
  slug: string;
  title: string;
  fields: readonly FieldId[];
  /** Place id (data/dia-ban.yaml). */
  place: string;
  year: number;
  published: Date;
}

/** URL segment of each facet, in Vietnamese, ASCII. */
export { FACET_SEGMENT, type FacetKind };
/** Query parameter names of the instant filter: the same words as the listing URLs. */
export const FACET_PARAM = FACET_SEGMENT;
export const PER_PAGE = PAGE_SIZE;

export interface FacetValue {
  kind: FacetKind;
  /** ASCII value in the URL: field id, place id, or the year. */
  value: string;
  label: string;
  count: number;
  /** Path under /dan-van-kheo/ of its first listing page: "linh-vuc/kinh-te/". */
  path: string;
}

export interface ListingPage<T> {
  /** Path under /dan-van-kheo/ ('' for the gallery's first page), always ending in "/" when not empty. */
  path: string;
  /** The facet this listing is about; undefined for the whole gallery. */
  facet?: FacetValue | undefined;
  page: number;
  pages: number;
  items: T[];
  /** Paths of page 1..pages, for the pagination links. */
  pagePaths: string[];
}

/**
 * Newest first (publication date), then by title in Vietnamese order, so the order is stable.
 *
 * @example
 * sortStories([{ title: 'B', published: new Date('2022-01-01') }, { title: 'A', published: new Date('2024-01-01') }]).map((s) => s.title) // ['A', 'B']
 */
export function sortStories<T extends Pick<StorySummary, 'title' | 'published'>>(stories: readonly T[]): T[] {
  return [...stories].sort(
    (a, b) => b.published.getTime() - a.published.getTime() || a.title.localeCompare(b.title, 'vi'),
  );
}

/**
 * Paths of the pages of a listing: "base/" then "base/trang/2/", …
 *
 * @example
 * pagePaths('linh-vuc/kinh-te/', 3) // ['linh-vuc/kinh-te/', 'linh-vuc/kinh-te/trang/2/', 'linh-vuc/kinh-te/trang/3/']
 * pagePaths('', 2) // ['', 'trang/2/']
 */
export function pagePaths(base: string, pages: number): string[] {
  return Array.from({ length: Math.max(1, pages) }, (_, i) => (i === 0 ? base : `${base}${PAGE_SEGMENT}/${i + 1}/`));
}

/**
 * Split a listing into pages of at most `perPage`; an empty listing still has one page.
 *
 * @example
 * paginate('', [1, 2, 3], 2).map((p) => [p.path, p.items]) // [['', [1, 2]], ['trang/2/', [3]]]
 */
export function paginate<T>(
  base: string,
  items: readonly T[],
  perPage = PER_PAGE,
  facet?: FacetValue,
): ListingPage<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1)
    throw new Error(`paginate: perPage must be a positive integer, got ${perPage}`);
  const pages = Math.max(1, Math.ceil(items.length / perPage));
  const paths = pagePaths(base, pages);
  return paths.map((path, i) => ({
    path,
    facet,
    page: i + 1,
    pages,
    items: items.slice(i * perPage, (i + 1) * perPage),
    pagePaths: paths,
  }));
}

/**
 * Order of places in the filters: the province, then the places that exist today (xã, phường since
 * 01/07/2025), then former ones (the districts until 30/06/2025). Only places with stories are
 * listed at all, so the 104 communes never make 104 empty pages.
 */
function placeRank(place: Place): number {
  if (place.kind === 'tinh') return 0;
  return place.validTo ? 2 : 1;
}

/**
 * Every facet value that has at least one story, with its count: fields in the directive's order,
 * places (province, places of today, former places; by name within each), years newest first.
 *
 * @example
 * facetValues([{ slug: 'a', title: 'A', fields: ['kinh-te'], place: 'p', year: 2023, published: new Date() }], [{ id: 'p', name: 'huyện P', kind: 'huyen' }])
 *   .map((f) => `${f.path} ${f.count}`) // ['linh-vuc/kinh-te/ 1', 'dia-ban/p/ 1', 'nam/2023/ 1']
 */
export function facetValues(stories: readonly StorySummary[], places: readonly Place[]): FacetValue[] {
  const count = (pred: (s: StorySummary) => boolean) => stories.filter(pred).length;
  const make = (kind: FacetKind, value: string, label: string, n: number): FacetValue => ({
    kind,
    value,
    label,
    count: n,
    path: `${FACET_SEGMENT[kind]}/${slugifyVi(value)}/`,
  });
  const fields = FIELDS.map((f) =>
    make(
      'field',
      f.id,
      f.label,
      count((s) => s.fields.includes(f.id)),
    ),
  );
  const placeIds = [...new Set(stories.map((s) => s.place))];
  const placeValues = placeIds
    .map((id) => {
      const place = places.find((p) => p.id === id);
      if (!place) throw new Error(`facetValues: story place ${JSON.stringify(id)} is not in the places list`);
      return {
        facet: make(
          'place',
          id,
          capitalize(place.name),
          count((s) => s.place === id),
        ),
        rank: placeRank(place),
      };
    })
    .sort((a, b) => a.rank - b.rank || a.facet.label.localeCompare(b.facet.label, 'vi'))
    .map(({ facet }) => facet);
  const years = [...new Set(stories.map((s) => s.year))]
    .sort((a, b) => b - a)
    .map((y) =>
      make(
        'year',
        String(y),
        String(y),
        count((s) => s.year === y),
      ),
    );
  return [...fields, ...placeValues, ...years].filter((f) => f.count > 0);
}

/**
 * First letter upper case, for a place name used as a label: "huyện Ân Thi" → "Huyện Ân Thi".
 *
 * @example
 * capitalize('thị xã Mỹ Hào') // 'Thị xã Mỹ Hào'
 */
export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

/**
 * Whether a story belongs to a facet value.
 *
 * @example
 * matchesFacet({ fields: ['kinh-te'], place: 'p', year: 2023 }, { kind: 'year', value: '2023' }) // true
 */
export function matchesFacet(
  story: Pick<StorySummary, 'fields' | 'place' | 'year'>,
  facet: Pick<FacetValue, 'kind' | 'value'>,
): boolean {
  if (facet.kind === 'field') return story.fields.includes(facet.value as FieldId);
  if (facet.kind === 'place') return story.place === facet.value;
  return String(story.year) === facet.value;
}

/**
 * Every listing page of the gallery: the whole gallery, then each facet value, all paginated.
 * Items keep the order given (sort first).
 *
 * @example
 * listingPages(sorted, places).map((p) => p.path) // ['', 'linh-vuc/kinh-te/', 'dia-ban/huyen-an-thi/', 'nam/2024/', …]
 */
export function listingPages<T extends StorySummary>(
  sorted: readonly T[],
  places: readonly Place[],
  perPage = PER_PAGE,
): ListingPage<T>[] {
  const pages = paginate('', sorted, perPage);
  for (const facet of facetValues(sorted, places)) {
    pages.push(
      ...paginate(
        facet.path,
        sorted.filter((s) => matchesFacet(s, facet)),
        perPage,
        facet,
      ),
    );
  }
  return pages;
}

/**
 * Up to `n` other stories most like this one: shared fields, then same place, then same year;
 * newer first among equals.
 *
 * @example
 * relatedStories(story, all, 3).map((s) => s.slug)
 */
export function relatedStories<T extends StorySummary>(story: StorySummary, all: readonly T[], n = 3): T[] {
  const score = (s: StorySummary) =>
    s.fields.filter((f) => story.fields.includes(f)).length * 2 +
    (s.place === story.place ? 2 : 0) +
    (s.year === story.year ? 1 : 0);
  // Keep only the best n while scanning (no full sort): the story pages call this once per story.
  const better = (a: { s: T; k: number }, b: { s: T; k: number }) =>
    a.k > b.k || (a.k === b.k && a.s.published.getTime() > b.s.published.getTime());
  const best: Array<{ s: T; k: number }> = [];
  for (const s of all) {
    if (s.slug === story.slug) continue;
    const k = score(s);
    if (k === 0 || (best.length === n && !better({ s, k }, best[n - 1]!))) continue;
    let i = best.length;
    while (i > 0 && better({ s, k }, best[i - 1]!)) i--;
    best.splice(i, 0, { s, k });
    if (best.length > n) best.pop();
  }
  return best.map(({ s }) => s);
}
