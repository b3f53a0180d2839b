/**
 * The inline styles of built pages and the CSP hashes that allow them.
 *
 * Every page carries its CSS in `<style>` elements (`build.inlineStylesheets: 'always'`), so the
 * first paint waits for no stylesheet request. The strict CSP allows exactly those blocks by their
 * SHA-256 hashes: the build lists them (src/integrations/csp-styles.ts), the checked-in list
 * (inline-style-hashes.json) feeds security-headers.ts and deploy/, and tests check they agree.
 */

import { createHash } from 'node:crypto';

/** What a page's markup holds that the style policy cares about. */
export interface HtmlStyleFacts {
  /** The text of every `<style>` element, in order, exactly as the browser hashes it. */
  styles: string[];
  /** Elements with a `style="…"` attribute, by tag name (the CSP blocks them: there must be none). */
  styleAttributes: string[];
  /** `href` of every `<link rel="stylesheet">` (each one holds up the first paint). */
  stylesheetLinks: string[];
}

/** Elements whose content is raw text (no tags inside until their end tag). */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes']);

/**
 * Read the style facts of an HTML document with a small tokenizer: tags and their attributes
 * (quoted values may hold `<style>` or `style=` as text: they are skipped), comments, and raw-text
 * elements, whose content ends only at their end tag. A regular expression over the whole page
 * would take the embed code shown on /nhung/ for real markup.
 *
 * @example
 * scanHtml('<style>a{color:red}</style><p style="x">').styles // ['a{color:red}']
 * scanHtml('<code data-x="<p style=1>">&lt;style&gt;</code>').styleAttributes // []
 */
export function scanHtml(html: string): HtmlStyleFacts {
  // The browser's parser turns CR LF and lone CR into LF before anything else, hashes included.
  const text = html.replace(/\r\n?/g, '\n');
  const facts: HtmlStyleFacts = { styles: [], styleAttributes: [], stylesheetLinks: [] };
  const tagName = /[A-Za-z][^\s/>]*/y;
  const attribute = /\s*([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?|\s*\//y;
  let at = 0;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    if (lt < 0) break;
    if (text.startsWith('<!--', lt)) {
      const end = text.indexOf('-->', lt + 4);
      at = end < 0 ? text.length : end + 3;
      continue;
    }
    const closing = text[lt + 1] === '/';
    tagName.lastIndex = lt + (closing ? 2 : 1);
    const name = tagName.exec(text)?.[0].toLowerCase();
    if (!name) {
      // `<` as text, `<!doctype>` or `<?…>`: not a tag that matters here.
      at = text[lt + 1] === '!' || text[lt + 1] === '?' ? text.indexOf('>', lt) + 1 || text.length : lt + 1;
      continue;
    }
    const attrs = new Map<string, string>();
    let pos = tagName.lastIndex;
    for (;;) {
      attribute.lastIndex = pos;
      const m = attribute.exec(text);
      if (!m || m.index !== pos || m[0].length === 0) break;
      if (m[1]) {
        const key = m[1].toLowerCase();
        if (!attrs.has(key)) attrs.set(key, m[2] ?? m[3] ?? m[4] ?? '');
      }
      pos = attribute.lastIndex;
    }
    const gt = text.indexOf('>', pos);
    at = gt < 0 ? text.length : gt + 1;
    if (closing) continue;
    if (attrs.has('style')) facts.styleAttributes.push(name);
    if (name === 'link' && (attrs.get('rel') ?? '').toLowerCase().split(/\s+/).includes('stylesheet')) {
      facts.stylesheetLinks.push(attrs.get('href') ?? '');
    }
    if (RAW_TEXT.has(name)) {
      const endTag = new RegExp(`</${name}[\\s/>]`, 'ig');
      endTag.lastIndex = at;
      const end = endTag.exec(text);
      const content = text.slice(at, end ? end.index : text.length);
      if (name === 'style') facts.styles.push(content);
      at = end ? end.index : text.length;
    }
  }
  return facts;
}

/**
 * The CSP source that allows one inline `<style>` block: SHA-256 of its UTF-8 text, base64.
 *
 * @example
 * styleHash('') // "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='"
 */
export function styleHash(css: string): string {
  return `'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`;
}

/**
 * The hashes of every inline style of some pages, sorted and without repeats (a stable list to
 * compare and to write into the server configurations).
 *
 * @example
 * pageStyleHashes(['<style>a{}</style>', '<style>a{}</style><style>b{}</style>']).length // 2
 */
export function pageStyleHashes(pages: Iterable<string>): string[] {
  const hashes = new Set<string>();
  for (const html of pages) for (const css of scanHtml(html).styles) hashes.add(styleHash(css));
  return [...hashes].sort();
}

/** A difference between the hashes a build needs and the hashes a policy allows. */
export interface HashDifference {
  /** Needed by the pages, not allowed: these styles would be blocked. */
  missing: string[];
  /** Allowed but no longer on any page: harmless, but stale. */
  stale: string[];
}

/**
 * Compare what the pages need with what a policy allows.
 *
 * @example
 * compareHashes(["'sha256-a'"], ["'sha256-b'"]) // { missing: ["'sha256-a'"], stale: ["'sha256-b'"] }
 */
export function compareHashes(needed: readonly string[], allowed: readonly string[]): HashDifference {
  return { missing: needed.filter((h) => !allowed.includes(h)), stale: allowed.filter((h) => !needed.includes(h)) };
}

/** A hash source as `style-src` writes it. */
const HASH_SOURCE = /'sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}'/;

/**
 * Put these hashes into every strict `style-src` of a server configuration (nginx.conf,
 * .htaccess): the directive that allows `'self'` and hashes only. A looser one (the staff editor's
 * `'unsafe-inline'`) is left alone.
 *
 * @example
 * withStyleHashes(`"default-src 'self'; style-src 'self'; img-src 'self'"`, ["'sha256-a='"]) // `"default-src 'self'; style-src 'self' 'sha256-a='; img-src 'self'"`
 */
export function withStyleHashes(config: string, hashes: readonly string[]): string {
  const bad = hashes.find((h) => !new RegExp(`^${HASH_SOURCE.source}$`).test(h));
  if (bad !== undefined) throw new Error(`not a CSP hash source: ${bad}`);
  const directive = new RegExp(`style-src 'self'(?: ${HASH_SOURCE.source})*(?=;|")`, 'g');
  return config.replace(directive, ['style-src', "'self'", ...hashes].join(' '));
}

/** One built page: its path in the output folder and its HTML. */
export interface BuiltPage {
  file: string;
  html: string;
}

/** What the build found: the hashes its pages need and what would break under the CSP. */
export interface InlineStyleReport {
  /** Every inline style's hash, sorted (written to the output folder as {@link STYLE_HASHES_FILE}). */
  hashes: string[];
  /** Pages that still wait for a stylesheet file, or carry `style="…"` (blocked), in Vietnamese. */
  problems: string[];
  /** The needed hashes against the allowed ones. */
  difference: HashDifference;
}

/** The file each build writes at the top of its output folder: the hashes its inline styles need. */
export const STYLE_HASHES_FILE = 'csp-style-hashes.json';

/**
 * Check the built pages against the style policy: no `<link rel="stylesheet">` (it would hold up
 * the first paint), no `style` attribute (the CSP blocks it), and every inline block allowed.
 *
 * @example
 * inlineStyleReport([{ file: 'index.html', html: '<style>a{}</style>' }], []).difference.missing.length // 1
 * inlineStyleReport([{ file: 'a/index.html', html: '<p style="x">' }], []).problems // ['a/index.html: thuộc tính style="…" trên <p> (CSP chặn nó; dùng một class)']
 */
export function inlineStyleReport(pages: readonly BuiltPage[], allowed: readonly string[]): InlineStyleReport {
  const problems: string[] = [];
  const hashes = new Set<string>();
  for (const { file, html } of pages) {
    const facts = scanHtml(html);
    for (const css of facts.styles) hashes.add(styleHash(css));
    for (const href of facts.stylesheetLinks)
      problems.push(`${file}: <link rel="stylesheet" href="${href}"> chặn lần hiển thị đầu (CSS phải nằm trong trang)`);
    for (const tag of facts.styleAttributes)
      problems.push(`${file}: thuộc tính style="…" trên <${tag}> (CSP chặn nó; dùng một class)`);
  }
  const sorted = [...hashes].sort();
  return { hashes: sorted, problems, difference: compareHashes(sorted, allowed) };
}

/**
 * The message for a build whose inline styles the checked-in policy does not allow (a CSS change
 * not yet carried into the server configurations), or '' when they agree.
 *
 * @example
 * hashMismatchMessage({ missing: [], stale: [] }) // ''
 */
export function hashMismatchMessage(difference: HashDifference): string {
  if (!difference.missing.length && !difference.stale.length) return '';
  return [
    `CSS đã đổi: mã băm (hash) của các khối <style> trong trang khác với danh sách trong src/lib/deploy/inline-style-hashes.json, deploy/nginx.conf và deploy/.htaccess.`,
    ...(difference.missing.length
      ? [`  Thiếu ${difference.missing.length} (máy chủ sẽ chặn các khối CSS này): ${difference.missing.join(' ')}`]
      : []),
    ...(difference.stale.length
      ? [`  Thừa ${difference.stale.length} (không trang nào còn dùng): ${difference.stale.join(' ')}`]
      : []),
    `  Cách sửa: chạy \`npm run csp:update\` (cập nhật ba tệp trên), rồi chép cấu hình mới trong deploy/ lên máy chủ.`,
  ].join('\n');
}
