import { ROUTES } from './routes';

/**
 * The main navigation, in order. Paths are site paths (the base is added when rendered);
 * labels are keys of src/i18n/vi.json.
 *
 * @example
 * NAV_ITEMS[0] // { path: '/van-ban/chi-thi-2022-02-21/', labelKey: 'nav.directive' }
 */
/** The directive's page: the document published at /van-ban/<its content file name>/. */
export const DIRECTIVE_PATH = ROUTES.directive;

export const NAV_ITEMS = [
  { path: DIRECTIVE_PATH, labelKey: 'nav.directive' },
  { path: ROUTES.gallery, labelKey: 'nav.gallery' },
  { path: ROUTES.results, labelKey: 'nav.results' },
  { path: ROUTES.search, labelKey: 'nav.search' },
  { path: ROUTES.data, labelKey: 'nav.data' },
] as const;
