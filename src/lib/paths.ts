/**
 * Join the deploy base (`BASE_PATH`, e.g. `/dan-van/`) and a site path. Every internal link goes
 * through here so the site works when the portal serves it under a sub-path.
 *
 * @example
 * joinBase('/dan-van/', '/chi-thi/#diem-3') // '/dan-van/chi-thi/#diem-3'
 * joinBase('/', 'tim-kiem/') // '/tim-kiem/'
 */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/**
 * Normalise a configured base path: leading and trailing slash, no doubles.
 *
 * @example
 * normalizeBase('dan-van') // '/dan-van/'
 * normalizeBase(undefined) // '/'
 */
export function normalizeBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/**
 * A site path under the base this build was made for (`import.meta.env.BASE_URL`).
 *
 * @example
 * href('/ket-qua/') // '/dan-van/ket-qua/' when built with BASE_PATH=/dan-van/
 */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
