/**
 * The HTML page of the staff editor (/quan-tri/) and its Content-Security-Policy. The page is a
 * shell: Decap CMS (cms.js, bundled from node_modules at build time) renders the editor into it.
 * Every URL is relative, so the editor works under any base path.
 */
import type { PreviewData } from './preview-data';

/** The editor's files, beside its index.html. */
export const EDITOR_FILES = { script: 'cms.js', config: 'config.yml', previewCss: 'xem-truoc.css' } as const;
/** Id of the JSON the preview reads. */
export const PREVIEW_DATA_ID = 'dv-du-lieu-xem-truoc';

/**
 * The strictest policy Decap CMS 3 runs under (measured in tests/site/editor.browser.test.ts):
 * - scripts only from the site itself, and `'unsafe-eval'` because Decap compiles its config
 *   validator (ajv) with `new Function`;
 * - `style-src 'unsafe-inline'` because Decap's UI is styled by Emotion, which writes <style>
 *   elements at run time without a nonce hook;
 * - pictures also from `blob:`/`data:` (upload previews) and, like the API, from the git host;
 * - no plugins, no forms to elsewhere, no <base>, framed by nobody (the last only as an HTTP
 *   header: a <meta> policy cannot carry frame-ancestors).
 *
 * @example
 * editorCsp([]).includes("connect-src 'self';") // true
 */
export function editorCsp(origins: readonly string[], { header = false } = {}): string {
  const extra = origins.length ? ` ${origins.join(' ')}` : '';
  const parts = [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${extra}`,
    `media-src 'self' blob:${extra}`,
    `connect-src 'self' blob:${extra}`,
    "font-src 'self' data:",
    "frame-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ];
  return parts.join('; ');
}

/** JSON safe inside a <script> element. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}

const escapeAttr = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The editor page.
 *
 * @example
 * editorHtml({ csp: editorCsp([]), preview }).includes('noindex') // true
 */
export function editorHtml({ csp, preview, notice }: { csp: string; preview: PreviewData; notice?: string }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="same-origin">
<title>Biên tập bài “Dân vận khéo”</title>
<link href="${EDITOR_FILES.config}" type="text/yaml" rel="cms-config-url">
<script type="application/json" id="${PREVIEW_DATA_ID}">${scriptJson(preview)}</script>
</head>
<body>
${notice ? `<p role="status">${notice}</p>\n` : ''}<noscript><p>Trình biên tập cần bật JavaScript. Nếu không dùng được, hãy viết bài theo hướng dẫn trong docs/huong-dan-bien-tap.md.</p></noscript>
<script src="${EDITOR_FILES.script}"></script>
</body>
</html>
`;
}
