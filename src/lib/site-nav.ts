/**
 * The main navigation, in order. Paths are site paths (the base is added when rendered);
 * labels are keys of src/i18n/vi.json.
 *
 * @example
 * NAV_ITEMS[0] // { path: '/chi-thi/', labelKey: 'nav.directive' }
 */
export const NAV_ITEMS = [
  { path: '/chi-thi/', labelKey: 'nav.directive' },
  { path: '/dan-van-kheo/', labelKey: 'nav.gallery' },
  { path: '/ket-qua/', labelKey: 'nav.results' },
  { path: '/tim-kiem/', labelKey: 'nav.search' },
  { path: '/du-lieu/', labelKey: 'nav.data' },
] as const;
