import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeStoryHtml, remarkStorySafety } from './story-mdx-plugins';

/**
 * Stories the editor writes are Markdown (index.md). The checker refuses raw HTML in them first;
 * this is the defence in depth: Astro's Markdown pipeline with the plugins astro.config.mjs
 * registers for `markdown` refuses any HTML or script link, so none reaches a page.
 */
async function render(body: string): Promise<string> {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkStorySafety],
    rehypePlugins: [rehypeStoryHtml],
  });
  return (await processor.render(body, { fileURL: new URL(`file://${process.cwd()}/content/stories/thu/index.md`) }))
    .code;
}

describe('story Markdown (index.md): the render refuses HTML and script links, naming file and line', () => {
  it.each<string>([
    '<script>alert("s")</script>',
    '<img src="x" onerror="alert(1)">',
    '<a href="javascript:alert(2)">liên kết</a>',
    '[markdown](javascript:alert(3))',
    '<iframe src="https://example.com"></iframe>',
    '<form action="https://example.com"><button>Gửi</button></form>',
    '<base href="https://example.com/">',
    '<style>body{display:none}</style>',
  ])('%s', async (attack) => {
    const result = await render(`Đoạn văn trước.\n\n${attack}\n\nĐoạn văn sau.`).catch((e: Error) => e);
    expect(result).toBeInstanceOf(Error);
    expect(String((result as Error).message)).toMatch(/content\/stories\/thu\/index\.md, dòng 3: /);
  });

  it('keeps what a story is made of: headings, lists, links, emphasis', async () => {
    const html = await render('## Cách làm\n\n- Một\n- Hai\n\n**Đậm** và [liên kết](https://hungyen.gov.vn/).');
    expect(html).toMatch(/<h2[^>]*>Cách làm<\/h2>/);
    expect(html).toContain('<li>Hai</li>');
    expect(html).toContain('<a href="https://hungyen.gov.vn/">liên kết</a>');
  });
});
