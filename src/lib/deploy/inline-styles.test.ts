import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  compareHashes,
  hashMismatchMessage,
  inlineStyleReport,
  pageStyleHashes,
  scanHtml,
  styleHash,
  withStyleHashes,
} from './inline-styles';

describe('scanHtml', () => {
  it.each([
    ['one block', '<head><style>a{color:red}</style></head>', ['a{color:red}']],
    ['attributes and upper case', '<STYLE media="all" data-x=">">b{}</Style >', ['b{}']],
    ['two blocks in order', '<style>a{}</style><p>x</p><style>b{}</style>', ['a{}', 'b{}']],
    ['`<style>` inside a script is text', '<script>let s = "<style>x{}</style>";</script>', []],
    ['`<style>` in a comment', '<!-- <style>x{}</style> -->', []],
    ['`<style>` in an attribute value', '<code data-copy="<style>x{}</style>">&lt;style&gt;</code>', []],
    ['content with `<`', '<style>a::after{content:"<b>"}</style>', ['a::after{content:"<b>"}']],
    ['CR LF becomes LF, as the browser parses it', '<style>a{}\r\nb{}\r</style>', ['a{}\nb{}\n']],
  ])('finds the <style> text: %s', (_name, html, styles) => {
    expect(scanHtml(html).styles).toEqual(styles);
  });

  it.each([
    ['a real attribute', '<p style="color:red">x</p>', ['p']],
    ['unquoted, upper case', '<DIV STYLE=color:red>x</DIV>', ['div']],
    ['the embed code shown as text on /nhung/', '<pre>&lt;iframe style="border:0"&gt;</pre>', []],
    [
      'the embed code in a data attribute',
      '<button data-copy="<iframe src=x style=&quot;border:0&quot;></iframe>">Chép</button>',
      [],
    ],
    ['a `style` class', '<p class="style">x</p>', []],
    ['inside a script', '<script>el.innerHTML = "<b style=x>";</script>', []],
  ])('style attributes: %s', (_name, html, tags) => {
    expect(scanHtml(html).styleAttributes).toEqual(tags);
  });

  it.each([
    ['<link rel="stylesheet" href="/_astro/a.css">', ['/_astro/a.css']],
    ["<link href='/b.css' rel='preload stylesheet'>", ['/b.css']],
    ['<link rel=stylesheet href=/c.css>', ['/c.css']],
    ['<link rel="preload" href="/x.js" as="script"><link rel="modulepreload" href="/y.js">', []],
    ['<link rel="alternate" type="application/rss+xml" href="/rss.xml">', []],
  ])('stylesheet links: %s', (html, hrefs) => {
    expect(scanHtml(html).stylesheetLinks).toEqual(hrefs);
  });
});

describe('styleHash', () => {
  it('is the base64 SHA-256 of the UTF-8 text, as a CSP source', () => {
    const css = '.tiêu-đề::before{content:"Dân vận"}';
    const expected = createHash('sha256').update(Buffer.from(css, 'utf8')).digest('base64');
    expect(styleHash(css)).toBe(`'sha256-${expected}'`);
  });

  it('differs when one character of the CSS changes', () => {
    expect(styleHash('a{color:red}')).not.toBe(styleHash('a{color:red }'));
  });
});

describe('pageStyleHashes', () => {
  it('lists each block once, sorted, over many pages', () => {
    const pages = ['<style>a{}</style>', '<style>b{}</style>', '<style>a{}</style>', '<p>no style</p>'];
    const hashes = pageStyleHashes(pages);
    expect(hashes).toEqual([styleHash('a{}'), styleHash('b{}')].sort());
  });
});

describe('compareHashes and hashMismatchMessage', () => {
  it('names what would be blocked and what is stale', () => {
    const diff = compareHashes(["'sha256-new='", "'sha256-same='"], ["'sha256-same='", "'sha256-old='"]);
    expect(diff).toEqual({ missing: ["'sha256-new='"], stale: ["'sha256-old='"] });
    const message = hashMismatchMessage(diff);
    expect(message).toContain("Thiếu 1 (máy chủ sẽ chặn các khối CSS này): 'sha256-new='");
    expect(message).toContain('npm run csp:update');
  });

  it('is silent when they agree', () => {
    expect(hashMismatchMessage(compareHashes(['a'], ['a']))).toBe('');
  });
});

describe('inlineStyleReport', () => {
  it('reports stylesheet links and style attributes by file, and the hashes the pages need', () => {
    const report = inlineStyleReport(
      [
        { file: 'index.html', html: '<head><style>a{}</style><link rel="stylesheet" href="/_astro/x.css"></head>' },
        { file: 'ket-qua/index.html', html: '<style>b{}</style><div style="height:3px"></div>' },
      ],
      [styleHash('a{}')],
    );
    expect(report.hashes).toEqual([styleHash('a{}'), styleHash('b{}')].sort());
    expect(report.difference).toEqual({ missing: [styleHash('b{}')], stale: [] });
    expect(report.problems).toHaveLength(2);
    expect(report.problems[0]).toMatch(/^index\.html: <link rel="stylesheet" href="\/_astro\/x\.css">/);
    expect(report.problems[1]).toMatch(/^ket-qua\/index\.html: thuộc tính style="…" trên <div>/);
  });
});

describe('withStyleHashes', () => {
  const strict = "default-src 'self'; style-src 'self'; img-src 'self'";
  const editor = "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self'";
  const nginx = `add_header Content-Security-Policy "${strict}" always;\nadd_header Content-Security-Policy "${editor}" always;\nadd_header X "style-src 'self'" always;`;
  const h1 = styleHash('a{}');
  const h2 = styleHash('b{}');

  it('puts the hashes into every strict style-src, not into the editor policy', () => {
    const out = withStyleHashes(nginx, [h1, h2]);
    expect(out).toContain(`style-src 'self' ${h1} ${h2}; img-src`);
    expect(out).toContain(`X "style-src 'self' ${h1} ${h2}"`);
    expect(out).toContain(editor);
  });

  it('replaces the old hashes, and is stable when run twice', () => {
    const once = withStyleHashes(nginx, [h1]);
    const twice = withStyleHashes(withStyleHashes(nginx, [h2]), [h1]);
    expect(twice).toBe(once);
    expect(withStyleHashes(once, [h1])).toBe(once);
    expect(once).not.toContain(h2);
  });

  it('an empty list leaves style-src at self', () => {
    expect(withStyleHashes(withStyleHashes(nginx, [h1]), [])).toBe(nginx);
  });

  it.each([["'unsafe-inline'"], ['sha256-abc='], ["'sha256-a b'"], ["'sha256-x='; script-src *"]])(
    'refuses %s as a hash',
    (bad) => {
      expect(() => withStyleHashes(nginx, [bad])).toThrow(/not a CSP hash source/);
    },
  );
});
