/**
 * The HTTP headers the site is meant to be served with (deploy/ holds ready configurations that
 * carry exactly these values; a test checks they agree and browses the site under them).
 *
 * The CSP is strict: no inline script or style at all (Astro emits scripts and styles as files:
 * `assetsInlineLimit: 0`), `'wasm-unsafe-eval'` only for Pagefind's WebAssembly, nothing from
 * other origins. Only the widget pages under /nhung/ may be framed, and only by the portal.
 */

export interface CspOptions {
  /** Origins allowed to frame the page, e.g. ['https://portal.example.vn']; 'self' is always allowed. */
  frameAncestors?: readonly string[];
}

/**
 * The Content-Security-Policy header value.
 *
 * @example
 * contentSecurityPolicy().includes("script-src 'self' 'wasm-unsafe-eval'") // true
 * contentSecurityPolicy({ frameAncestors: ['https://portal.example.vn'] }).endsWith("frame-ancestors 'self' https://portal.example.vn") // true
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const ancestors = ["'self'", ...(options.frameAncestors ?? [])];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors.join(' ')}`,
  ].join('; ');
}

/**
 * Every security header for a path: the CSP (framable by the portal only under /nhung/),
 * no MIME sniffing, and a referrer policy that never leaks full URLs to other sites.
 *
 * @example
 * securityHeaders('/dan-van/nhung/diem/3/', { base: '/dan-van/', portalOrigins: ['https://p.vn'] })['Content-Security-Policy'].endsWith("'self' https://p.vn") // true
 */
export function securityHeaders(path: string, options: { base?: string; portalOrigins?: readonly string[] } = {}): Record<string, string> {
  const base = options.base ?? '/';
  // Widgets live in folders under nhung/ (nhung/diem/3/…); the nhung/ page and nhung.js do not.
  const embed = new RegExp(`^${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}nhung/[^/]+/`).test(path);
  return {
    'Content-Security-Policy': contentSecurityPolicy(embed ? { frameAncestors: options.portalOrigins ?? [] } : {}),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

/**
 * Cache-Control for a built file: hashed assets for a year (immutable), the search index and
 * HTML briefly, so a new build shows within minutes.
 *
 * @example
 * cacheControl('/_astro/index.B54PJcFC.css') // 'public, max-age=31536000, immutable'
 * cacheControl('/ket-qua/') // 'public, max-age=300'
 */
export function cacheControl(path: string): string {
  if (/\/_astro\//.test(path)) return 'public, max-age=31536000, immutable';
  if (/\/pagefind\//.test(path)) return 'public, max-age=600';
  return 'public, max-age=300';
}
