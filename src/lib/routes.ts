/**
 * The site's URL vocabulary, in one place: section paths, the directive's path, the gallery's
 * facet and page segments, the slugs its listing pages reserve, the gallery and search filter
 * parameters, and the gallery's page size. These are site paths without the base: link with
 * href() (src/lib/paths.ts). URLs are Vietnamese without marks, and once published they stay.
 */

/** The directive's content file name (content/van-ban/<slug>.md) and so its URL segment. */
export const DIRECTIVE_SLUG = 'chi-thi-2022-02-21';

/** Every section of the site. */
export const ROUTES = {
  home: '/',
  documents: '/van-ban/',
  directive: `/van-ban/${DIRECTIVE_SLUG}/`,
  directiveJson: `/van-ban/${DIRECTIVE_SLUG}.json`,
  references: '/van-ban/vien-dan/',
  gallery: '/dan-van-kheo/',
  galleryFeed: '/dan-van-kheo/rss.xml',
  galleryIndex: '/dan-van-kheo/chi-muc.json',
  results: '/ket-qua/',
  method: '/ket-qua/phuong-phap/',
  search: '/tim-kiem/',
  data: '/du-lieu/',
  sourceManifest: '/du-lieu/nguon-sha256sums.txt',
  embeds: '/nhung/',
  posters: '/in/',
  editor: '/quan-tri/',
  updatesFeed: '/cap-nhat.xml',
} as const;

/** The gallery's facets and their URL segments (/dan-van-kheo/linh-vuc/kinh-te/). */
export type FacetKind = 'field' | 'place' | 'year';
export const FACET_SEGMENT: Record<FacetKind, string> = { field: 'linh-vuc', place: 'dia-ban', year: 'nam' };

/** The segment of a listing's later pages (/dan-van-kheo/trang/2/). */
export const PAGE_SEGMENT = 'trang';

/** Stories per gallery listing page. */
export const PAGE_SIZE = 24;

/** Story slugs the gallery's own listing pages take. */
export const RESERVED_SLUGS = [PAGE_SEGMENT, FACET_SEGMENT.field, FACET_SEGMENT.place, FACET_SEGMENT.year] as const;

/** Filter keys and their URL parameter names, the same on the gallery and on search (?linh-vuc=…). */
export const FILTER_PARAMS = {
  kind: 'loai',
  field: FACET_SEGMENT.field,
  place: FACET_SEGMENT.place,
  year: FACET_SEGMENT.year,
} as const;

/**
 * A story's page.
 *
 * @example
 * storyPath('cho-que') // '/dan-van-kheo/cho-que/'
 */
export const storyPath = (slug: string): string => `${ROUTES.gallery}${slug}/`;

/**
 * A gallery listing (a facet value, a later page) below /dan-van-kheo/.
 *
 * @example
 * galleryPath('linh-vuc/kinh-te/') // '/dan-van-kheo/linh-vuc/kinh-te/'
 */
export const galleryPath = (rest = ''): string => `${ROUTES.gallery}${rest}`;

/**
 * A facet's listing.
 *
 * @example
 * facetPath('year', 2024) // '/dan-van-kheo/nam/2024/'
 */
export const facetPath = (kind: FacetKind, value: string | number): string =>
  galleryPath(`${FACET_SEGMENT[kind]}/${value}/`);

/**
 * A point of the directive.
 *
 * @example
 * pointPath(3) // '/van-ban/chi-thi-2022-02-21/#diem-3'
 */
export const pointPath = (n: number): string => `${ROUTES.directive}#diem-${n}`;

/**
 * A results year.
 *
 * @example
 * yearPath(2025) // '/ket-qua/2025/'
 */
export const yearPath = (year: number | string): string => `${ROUTES.results}${year}/`;

/**
 * A published document's page, its JSON, and a cited document's entry on the references page.
 *
 * @example
 * documentPath('chi-thi-2022-02-21') // '/van-ban/chi-thi-2022-02-21/'
 * documentJsonPath('chi-thi-2022-02-21') // '/van-ban/chi-thi-2022-02-21.json'
 * referencePath('luat-tiep-can-thong-tin') // '/van-ban/vien-dan/#luat-tiep-can-thong-tin'
 */
export const documentPath = (slug: string): string => `${ROUTES.documents}${slug}/`;
export const documentJsonPath = (slug: string): string => `${ROUTES.documents}${slug}.json`;
export const referencePath = (id: string): string => `${ROUTES.references}#${id}`;

/**
 * A file of the open data (/du-lieu/).
 *
 * @example
 * dataFilePath('ket-qua-2025.csv') // '/du-lieu/ket-qua-2025.csv'
 */
export const dataFilePath = (file: string): string => `${ROUTES.data}${file}`;
