import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControl, contentSecurityPolicy, securityHeaders } from './security-headers';

/** The placeholder portal origin the ready configurations carry (staff replace it). */
const PORTAL = 'https://portal.example.vn';

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  it.each([
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "object-src 'none'",
    "frame-ancestors 'self'",
    "worker-src 'self' blob:",
  ])('has %s', (directive) => {
    expect(csp.split('; ')).toContain(directive);
  });

  it('allows no inline code and no other origin', () => {
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });
});

describe('securityHeaders', () => {
  it.each([
    ['/dan-van/nhung/diem/3/', `frame-ancestors 'self' ${PORTAL}`],
    ['/dan-van/nhung/', "frame-ancestors 'self'"],
    ['/dan-van/nhung/index.html', "frame-ancestors 'self'"],
    ['/dan-van/nhung/nhung.js', "frame-ancestors 'self'"],
    ['/dan-van/nhung/oembed/diem-3.json', `frame-ancestors 'self' ${PORTAL}`],
    ['/dan-van/', "frame-ancestors 'self'"],
    ['/dan-van/ket-qua/', "frame-ancestors 'self'"],
  ])('%s may be framed by: %s', (path, directive) => {
    const headers = securityHeaders(path, { base: '/dan-van/', portalOrigins: [PORTAL] });
    expect(headers['Content-Security-Policy']?.endsWith(directive)).toBe(true);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
  });
});

describe('cacheControl', () => {
  it.each([
    ['/_astro/index.B54PJcFC.css', 'public, max-age=31536000, immutable'],
    ['/dan-van/_astro/chart.Cx1.js', 'public, max-age=31536000, immutable'],
    ['/pagefind/index/vi_b779a09.pf_index', 'public, max-age=600'],
    ['/ket-qua/', 'public, max-age=300'],
  ])('%s → %s', (path, value) => {
    expect(cacheControl(path)).toBe(value);
  });
});

describe('the ready server configurations in deploy/', () => {
  it.each(['deploy/nginx.conf', 'deploy/.htaccess'])('%s carries exactly these headers and cache rules', (file) => {
    const text = readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
    for (const path of ['/', '/nhung/diem/1/']) {
      for (const value of Object.values(securityHeaders(path, { portalOrigins: [PORTAL] }))) expect(text).toContain(value);
    }
    for (const path of ['/_astro/x.js', '/pagefind/x', '/']) expect(text).toContain(cacheControl(path));
  });
});
