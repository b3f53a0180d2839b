/**
 * Where each printable poster lives and which online page its QR code opens. Posters mirror the
 * page they print under /in/ ("in" = print): /in/dan-van-kheo/<slug>/ for /dan-van-kheo/<slug>/,
 * /in/ket-qua/<year>/ for /ket-qua/<year>/, and /in/diem-N/ for the point's anchor #diem-N on the
 * directive page (the deep-link id that parse-body.ts gives "Điểm N").
 */
import { storyPath, yearPath } from '../routes';
import { joinBase } from '../paths';
import { DIRECTIVE_PATH } from '../site-nav';

/** What a poster is about. */
export type PosterTarget =
  { kind: 'point'; n: number } | { kind: 'story'; slug: string } | { kind: 'year'; year: number };

/** The route segment every poster sits under. */
export const POSTER_ROOT = '/in/';

function check(target: PosterTarget): void {
  const ok =
    (target.kind === 'point' && Number.isInteger(target.n) && target.n > 0) ||
    (target.kind === 'story' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(target.slug)) ||
    (target.kind === 'year' && Number.isInteger(target.year) && target.year >= 1000 && target.year <= 9999);
  if (!ok)
    throw new Error(
      `Poster target must be a point number, a story slug or a 4-digit year, got ${JSON.stringify(target)}`,
    );
}

/**
 * Site path of the online page (with the point's anchor) that a poster's QR code opens.
 *
 * @example
 * onlinePath({ kind: 'point', n: 3 }) // '/van-ban/chi-thi-2022-02-21/#diem-3'
 * onlinePath({ kind: 'year', year: 2025 }) // '/ket-qua/2025/'
 */
export function onlinePath(target: PosterTarget): string {
  check(target);
  if (target.kind === 'point') return `${DIRECTIVE_PATH}#diem-${target.n}`;
  if (target.kind === 'story') return storyPath(target.slug);
  return yearPath(target.year);
}

/**
 * Site path of the poster itself.
 *
 * @example
 * posterPath({ kind: 'point', n: 3 }) // '/in/diem-3/'
 * posterPath({ kind: 'story', slug: 'cho-que' }) // '/in/dan-van-kheo/cho-que/'
 */
export function posterPath(target: PosterTarget): string {
  check(target);
  if (target.kind === 'point') return `${POSTER_ROOT}diem-${target.n}/`;
  return joinBase(POSTER_ROOT, onlinePath(target));
}

/**
 * Absolute public URL of a site path, under the deploy base (what goes in a QR code).
 *
 * @example
 * publicUrl('https://hungyen.gov.vn', '/dan-van/', '/ket-qua/2025/') // 'https://hungyen.gov.vn/dan-van/ket-qua/2025/'
 */
export function publicUrl(site: string | URL, base: string, path: string): string {
  return new URL(joinBase(base, path), site).href;
}

/**
 * The address as printed under the QR code: without "https://", otherwise exact.
 *
 * @example
 * shortAddress('https://hungyen.gov.vn/dan-van/ket-qua/2025/') // 'hungyen.gov.vn/dan-van/ket-qua/2025/'
 */
export function shortAddress(url: string): string {
  return url.replace(/^https?:\/\//, '');
}
