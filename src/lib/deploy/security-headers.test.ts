import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cacheControl, contentSecurityPolicy, securityHeaders, STYLE_HASHES } from './security-headers';

/** The placeholder portal origin the ready configurations carry (staff replace it). */
const PORTAL = 'https://portal.example.vn';

describe('contentSecurityPolicy', () => {
  const csp = contentSecurityPolicy();
  it.each([
    "script-src 'self' 'wasm-unsafe-eval'",
    "object-src 'none'",
    "frame-ancestors 'self'",
    "worker-src 'self' blob:",
  ])('has %s', (directive) => {
    expect(csp.split('; ')).toContain(directive);
  });

  it("allows inline styles only by the build's hashes", () => {
    expect(STYLE_HASHES.length).toBeGreaterThan(0);
    for (const hash of STYLE_HASHES) expect(hash).toMatch(/^'sha256-[A-Za-z0-9+/]{43}='$/);
    expect(csp.split('; ')).toContain(`style-src 'self' ${STYLE_HASHES.join(' ')}`);
    expect(contentSecurityPolicy({ styleHashes: [] }).split('; ')).toContain("style-src 'self'");
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
    ['/_astro/index.B54PJcFC.css', '/', 'public, max-age=31536000, immutable'],
    ['/dan-van/_astro/chart.Cx1.js', '/dan-van/', 'public, max-age=31536000, immutable'],
    ['/pagefind/index/vi_b779a09.pf_index', '/', 'public, max-age=600'],
    ['/ket-qua/', '/', 'public, max-age=300'],
    ['/dan-van/tin/_astro/x.js', '/dan-van/', 'public, max-age=300'],
  ])('%s (base %s) → %s', (path, base, value) => {
    expect(cacheControl(path, { base })).toBe(value);
  });
});

describe('CORS on the shared files only', () => {
  it.each([
    ['/dan-van/_astro/chart.Cx1.js', '*'],
    ['/dan-van/nhung/nhung.js', '*'],
    ['/dan-van/nhung/', undefined],
    ['/dan-van/nhung/diem/3/', undefined],
    ['/dan-van/du-lieu/ket-qua-2025.json', undefined],
    ['/dan-van/x/_astro/a.js', undefined],
  ])('%s → %s', (path, value) => {
    expect(securityHeaders(path, { base: '/dan-van/' })['Access-Control-Allow-Origin']).toBe(value);
  });
});

type Headers = Record<string, string>;

/**
 * What nginx sends for a path under deploy/nginx.conf: the location chosen as nginx does (an exact
 * `=` match, else the longest prefix, unless a regex location matches first), nested locations
 * searched inside the chosen one, and add_header inherited only by a level that has none.
 */
function nginxHeaders(conf: string, path: string): Headers {
  interface Location {
    modifier: string;
    pattern: string;
    headers: Headers;
    children: Location[];
  }
  const root: Location = { modifier: '', pattern: '', headers: {}, children: [] };
  const stack = [root];
  for (const line of conf.split('\n').map((l) => l.replace(/#.*$/, '').trim())) {
    const loc = /^location\s+(=|~\*?|\^~)?\s*(\S+)\s*\{$/.exec(line);
    const header = /^add_header\s+(\S+)\s+"([^"]*)"\s+always;$/.exec(line);
    if (loc) {
      const child: Location = { modifier: loc[1] ?? '', pattern: loc[2]!, headers: {}, children: [] };
      stack.at(-1)!.children.push(child);
      stack.push(child);
    } else if (header) stack.at(-1)!.headers[header[1]!] = header[2]!;
    else if (line === '}') stack.pop();
    else expect(line.startsWith('add_header'), `unparsed: ${line}`).toBe(false);
  }
  const choose = (list: Location[]): Location | undefined => {
    const exact = list.find((l) => l.modifier === '=' && l.pattern === path);
    if (exact) return exact;
    const prefix = list
      .filter((l) => (l.modifier === '' || l.modifier === '^~') && path.startsWith(l.pattern))
      .sort((a, b) => b.pattern.length - a.pattern.length)[0];
    if (prefix?.modifier === '^~') return prefix;
    return (
      list.find(
        (l) => l.modifier.startsWith('~') && new RegExp(l.pattern, l.modifier === '~*' ? 'i' : '').test(path),
      ) ?? prefix
    );
  };
  let headers: Headers = {};
  for (let level = choose(root.children); level; level = choose(level.children)) {
    if (Object.keys(level.headers).length) headers = level.headers;
  }
  return headers;
}

/** What Apache sends under deploy/.htaccess: the top-level `Header always set`, then each matching `<If>` in order. */
function apacheHeaders(conf: string, path: string): Headers {
  const headers: Headers = {};
  let applies = true;
  for (const line of conf.split('\n').map((l) => l.trim())) {
    const cond = /^<If "%\{REQUEST_URI\} =~ m#(.+)#">$/.exec(line);
    const set = /^Header always set (\S+) "([^"]*)"$/.exec(line);
    if (cond) applies = new RegExp(cond[1]!).test(path);
    else if (line === '</If>') applies = true;
    else if (set) {
      if (applies) headers[set[1]!] = set[2]!;
    } else expect(/^(<If\s|Header\s)/.test(line), `unparsed: ${line}`).toBe(false);
  }
  return headers;
}

describe('deploy/nginx.conf, deploy/.htaccess and this code agree, path by path', () => {
  const base = '/dan-van/';
  const read = (file: string) => readFileSync(new URL(`../../../${file}`, import.meta.url), 'utf8');
  const configs = {
    'deploy/nginx.conf': (p: string) => nginxHeaders(read('deploy/nginx.conf'), p),
    'deploy/.htaccess': (p: string) => apacheHeaders(read('deploy/.htaccess'), p),
  };
  const paths = [
    '/dan-van/',
    '/dan-van/ket-qua/2025/',
    '/dan-van/nhung/',
    '/dan-van/nhung/index.html',
    '/dan-van/nhung/nhung.js',
    '/dan-van/nhung/diem/3/',
    '/dan-van/nhung/bieu-do/xep-loai-2025/',
    '/dan-van/nhung/oembed/diem-3.json',
    '/dan-van/_astro/chart.Cx1.js',
    '/dan-van/pagefind/pagefind.js',
    // Look-alikes deeper in the site must not get the widget's or the assets' rules.
    '/dan-van/tin-tuc/nhung/diem/3/',
    '/dan-van/van-ban/chi-thi/nhung/x/',
    '/dan-van/cau-chuyen/_astro/x.js',
    '/dan-van/x/nhung/nhung.js',
    '/dan-van/nhung/nhung.js.map',
    // The staff editor has its own, looser policy; nothing else may get it.
    '/dan-van/quan-tri/',
    '/dan-van/quan-tri/cms.js',
    '/dan-van/tin/quan-tri/',
  ];
  for (const [file, headersOf] of Object.entries(configs)) {
    it.each(paths)(`${file}: %s`, (path) => {
      const expected = {
        ...securityHeaders(path, { base, portalOrigins: [PORTAL] }),
        'Cache-Control': cacheControl(path, { base }),
      };
      expect(headersOf(path)).toEqual(expected);
    });
  }
});
