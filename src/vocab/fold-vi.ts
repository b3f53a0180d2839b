/**
 * Fold Vietnamese text to plain lowercase ASCII letters: NFC → NFD, strip combining marks,
 * đ/Đ → d. One function serves URL slugs and search, so "Đảng ủy" and "dang uy" meet.
 *
 * Why not `github-slugger` or `slugify`: the first keeps diacritics and đ, the second turns đ into
 * "dj" unless told the locale. See ../shared/guides/toolchain.md.
 *
 * @example
 * foldVi('Dân vận khéo') // 'dan van kheo'
 * foldVi('ĐẢNG ỦY') // 'dang uy'
 */
export function foldVi(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase().normalize('NFC');
}

/**
 * An ASCII URL slug from Vietnamese text: folded, words joined by single hyphens.
 *
 * @example
 * slugifyVi('Mô hình "Dân vận khéo" ở Đông Kết, 2023') // 'mo-hinh-dan-van-kheo-o-dong-ket-2023'
 */
export function slugifyVi(text: string): string {
  return foldVi(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
