/**
 * The HTTP headers the site is meant to be served with (deploy/ holds ready configurations that
 * carry exactly these values; a test checks they agree and browses the site under them).
 *
 * The CSP is strict: no inline script at all (Astro emits scripts as files: `assetsInlineLimit: 0`),
 * inline styles only by their hashes (every page carries its CSS in `<style>` blocks so that the
 * first paint waits for no request; the build lists their hashes and inline-style-hashes.json is
 * that list, checked in: see inline-styles.ts), `'wasm-unsafe-eval'` only for Pagefind's
 * WebAssembly, nothing from other origins. Only the widget pages under /nhung/ may be framed, and
 * only by the portal.
 */

import { editorCsp } from '../editor/editor-page';
import inlineStyles from './inline-style-hashes.json';

/** The hashes of every inline `<style>` block the build writes (checked in; tests compare it with each build). */
export const STYLE_HASHES: readonly string[] = inlineStyles.hashes;

export interface CspOptions {
  /** Origins allowed to frame the page, e.g. ['https://portal.example.vn']; 'self' is always allowed. */
  frameAncestors?: readonly string[];
  /** The inline styles allowed, as `'sha256-…'` sources; by default the build's ({@link STYLE_HASHES}). */
  styleHashes?: readonly string[];
}

/**
 * The Content-Security-Policy header value.
 *
 * @example
 * contentSecurityPolicy().includes("script-src 'self' 'wasm-unsafe-eval'") // true
 * contentSecurityPolicy({ styleHashes: ["'sha256-a='"] }).includes("style-src 'self' 'sha256-a='") // true
 * contentSecurityPolicy({ frameAncestors: ['https://portal.example.vn'] }).endsWith("frame-ancestors 'self' https://portal.example.vn") // true
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const ancestors = ["'self'", ...(options.frameAncestors ?? [])];
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    ['style-src', "'self'", ...(options.styleHashes ?? STYLE_HASHES)].join(' '),
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

/** A base path as a regular expression source, e.g. `/dan-van/` → `/dan\-van/`. */
const escapeRe = (text: string) => text.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

/**
 * The path patterns the header rules use, anchored at the base path, exactly as deploy/nginx.conf
 * and deploy/.htaccess write them (a test compares them): widgets are the folders under nhung/
 * (nhung/diem/3/…; not the nhung/ page, not nhung.js); shared files are the scripts and styles
 * under _astro/ and nhung.js, which other origins load with CORS.
 *
 * @example
 * headerPatterns('/dan-van/').widget.test('/dan-van/nhung/diem/3/') // true
 * headerPatterns('/dan-van/').widget.test('/dan-van/tin/nhung/x/') // false
 */
export function headerPatterns(base = '/'): { widget: RegExp; shared: RegExp; editor: RegExp } {
  const b = escapeRe(base);
  return {
    // The staff editor (/quan-tri/): its own policy, framed by nobody, never indexed.
    editor: new RegExp(`^${b}quan-tri/`),
    widget: new RegExp(`^${b}nhung/[^/]+/`),
    shared: new RegExp(`^${b}(_astro/|nhung/nhung\\.js$)`),
  };
}

/**
 * Every security header for a path: the CSP (framable by the portal only under /nhung/…/),
 * no MIME sniffing, a referrer policy that never leaks full URLs to other sites, and CORS on the
 * shared files: a widget in a sandboxed frame has an opaque origin, so its module scripts are
 * cross-origin requests, and the portal loads nhung.js with `crossorigin` to check its integrity.
 * These are public files sent without cookies, so `*` reveals nothing.
 *
 * @example
 * securityHeaders('/dan-van/nhung/diem/3/', { base: '/dan-van/', portalOrigins: ['https://p.vn'] })['Content-Security-Policy'].endsWith("'self' https://p.vn") // true
 * securityHeaders('/dan-van/_astro/a.js', { base: '/dan-van/' })['Access-Control-Allow-Origin'] // '*'
 */
export function securityHeaders(
  path: string,
  options: { base?: string; portalOrigins?: readonly string[]; styleHashes?: readonly string[] } = {},
): Record<string, string> {
  const patterns = headerPatterns(options.base ?? '/');
  if (patterns.editor.test(path)) {
    // The CMS needs eval and inline styles (src/lib/editor/editor-page.ts says why); only there.
    return {
      'Content-Security-Policy': editorCsp([], { header: true }),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      'X-Robots-Tag': 'noindex, nofollow',
    };
  }
  const embed = patterns.widget.test(path);
  return {
    'Content-Security-Policy': contentSecurityPolicy({
      ...(embed ? { frameAncestors: options.portalOrigins ?? [] } : {}),
      ...(options.styleHashes ? { styleHashes: options.styleHashes } : {}),
    }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    ...(patterns.shared.test(path) ? { 'Access-Control-Allow-Origin': '*' } : {}),
  };
}

/**
 * Cache-Control for a built file: hashed assets for a year (immutable), the search index and
 * HTML briefly, so a new build shows within minutes. Paths are matched from the base path, as
 * the deploy/ configurations do.
 *
 * @example
 * cacheControl('/_astro/index.B54PJcFC.css') // 'public, max-age=31536000, immutable'
 * cacheControl('/dan-van/pagefind/x', { base: '/dan-van/' }) // 'public, max-age=600'
 * cacheControl('/ket-qua/') // 'public, max-age=300'
 */
export function cacheControl(path: string, options: { base?: string } = {}): string {
  const b = escapeRe(options.base ?? '/');
  if (new RegExp(`^${b}quan-tri/`).test(path)) return 'no-cache';
  if (new RegExp(`^${b}_astro/`).test(path)) return 'public, max-age=31536000, immutable';
  if (new RegExp(`^${b}pagefind/`).test(path)) return 'public, max-age=600';
  return 'public, max-age=300';
}
