import { describe, expect, it } from 'vitest';
import { backendOrigins } from './cms-config';
import { editorPreviewCss } from './editor-files-fs';
import { editorCsp, editorHtml } from './editor-page';
import { componentCss } from './preview-css';
import { previewData } from './preview-data';

describe('editor page', () => {
  const preview = previewData({
    places: [{ id: 'x', name: 'xã </script><b>', kind: 'xa' }],
    points: [{ n: 3, topic: 'Dân vận khéo' }],
  });

  it('is noindex, loads only its own relative files, and its data cannot close the script element', () => {
    const html = editorHtml({ csp: editorCsp([]), preview });
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<script src="cms.js"></script>');
    expect(html).toContain('href="config.yml" type="text/yaml" rel="cms-config-url"');
    expect(html.match(/<\/script>/g)).toHaveLength(2);
    expect(html).not.toMatch(/(src|href)="(\/|https?:)/);
  });

  it.each([
    [{ kind: 'local', proxyUrl: '/api/v1' } as const, []],
    [
      { kind: 'gitlab', repo: 'a/b', branch: 'main', baseUrl: 'https://git.hungyen.gov.vn', appId: 'x' } as const,
      ['https://git.hungyen.gov.vn'],
    ],
    [
      { kind: 'github', repo: 'a/b', branch: 'main', authUrl: 'https://dang-nhap.hungyen.gov.vn/x' } as const,
      ['https://api.github.com', 'https://dang-nhap.hungyen.gov.vn'],
    ],
  ])('CSP allows exactly the git host it saves to %#', (backend, origins) => {
    const csp = editorCsp(backendOrigins(backend));
    expect(backendOrigins(backend)).toEqual(origins);
    expect(csp).toContain(`connect-src 'self' blob:${origins.map((o) => ` ${o}`).join('')};`);
    expect(csp).toMatch(/^default-src 'none'; /);
    expect(csp).not.toContain('frame-ancestors');
    expect(editorCsp(origins, { header: true })).toMatch(/; frame-ancestors 'none'$/);
  });
});

describe('preview stylesheet', () => {
  it('unwraps :global() of scoped component styles', () => {
    expect(componentCss('<p/>\n<style>\n  .a :global(.b) { color: red }\n</style>')).toBe('\n  .a .b { color: red }\n');
  });

  it("is the site's own CSS: tokens, base styles, the card and the story page", () => {
    const css = editorPreviewCss('.');
    for (const selector of [
      '--dv-color-border',
      '.dv-card article',
      '.dv-story-meta',
      '.dv-illustrative',
      '.dv-story__summary',
      '@layer reset, tokens',
    ])
      expect(css).toContain(selector);
    expect(css).not.toMatch(/@import|:global\(/);
  });
});
