import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeStoryHtml, remarkStorySafety } from './story-mdx-plugins';

/**
 * The MDX compiler Astro runs for .mdx files (unified processor), with the story plugins as
 * astro.config.mjs registers them. Returns the JavaScript module the build would execute.
 */
async function compile(
  body: string,
  plugins: { remark?: boolean; rehype?: boolean } = { remark: true, rehype: true },
): Promise<string> {
  const processor = unified({
    remarkPlugins: plugins.remark ? [remarkStorySafety] : [],
    rehypePlugins: plugins.rehype ? [rehypeStoryHtml] : [],
  });
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: true },
    { optimize: false, srcDir: new URL('../../', import.meta.url), sourcemap: false },
  );
  const { code } = await renderer.process(body, `${process.cwd()}/content/stories/thu/index.mdx`, {});
  return code;
}

describe('remarkStorySafety stops the build on code', () => {
  it.each([
    ['{process.env.HOME}', /ngoặc nhọn/],
    ["import { execSync } from 'node:child_process';\n\n{execSync('id')}", /import\/export/],
    ["<KeyFacts title={require('node:fs').readFileSync('/etc/hostname', 'utf8')}>x</KeyFacts>", /ngoặc nhọn/],
    ['<Secret />', /Không có khối <Secret>/],
  ])('%s', async (body, message) => {
    await expect(compile(body)).rejects.toThrow(message);
    await expect(compile(body)).rejects.toThrow(/content\/stories\/thu\/index\.mdx, dòng 1: /);
  });

  it('without it, the same story compiles to code that runs (the attack the rule stops)', async () => {
    expect(await compile('{process.env.HOME}', { rehype: false })).toContain('process.env.HOME');
  });
});

describe('rehypeStoryHtml sanitizes on its own (defence in depth)', () => {
  const attack = [
    '<script>alert("s")</script>',
    '<span onClick="alert(1)">bấm</span>',
    '<a href="javascript:alert(2)">liên kết</a>',
    '[markdown](javascript:alert(3))',
    '<iframe src="https://evil.example/frame"></iframe>',
    '<form action="https://evil.example/post"><b>gửi</b></form>',
    '<base href="https://evil.example/" />',
    '<style>{"body { display: none }"}</style>',
    '<span style="color: red" id="dvSearch">đỏ</span>',
  ].join('\n\n');

  it('with the rules off, nothing dangerous reaches the compiled page', async () => {
    const unsafe = await compile(attack.replace('{"body { display: none }"}', 'body'), {
      remark: false,
      rehype: false,
    });
    expect(unsafe).toMatch(/evil\.example|javascript:|onClick/);
    const code = await compile(attack.replace('{"body { display: none }"}', 'body'), { remark: false, rehype: true });
    for (const bad of [
      'alert',
      'javascript:',
      'evil.example',
      'iframe',
      '"form"',
      '"base"',
      '"style"',
      'onClick',
      'color: red',
      'dvSearch',
    ]) {
      expect(code, bad).not.toContain(bad);
    }
    expect(code).toContain('bấm');
    expect(code).toContain('liên kết');
  });

  it('keeps Markdown, simple HTML, footnotes and the components', async () => {
    const code = await compile(
      '**đậm** <sub>2</sub> [tỉnh](https://hungyen.gov.vn)[^1]\n\n[^1]: Nguồn.\n\n<ResidentQuote who="Một người dân">Lời.</ResidentQuote>',
    );
    expect(code).toContain('"https://hungyen.gov.vn"');
    expect(code).toContain('"sub"');
    expect(code).toContain('user-content-fn-1');
    expect(code).toContain('ResidentQuote');
    expect(code).toContain('"Một người dân"');
  });

  it('fenced code gets a class and aligned table columns no inline style (the strict CSP blocks style attributes)', async () => {
    const code = await compile(
      '```js\nconst x = 1;\n```\n\n| a | b |\n| :-: | --: |\n| 1 | 2 |\n\n<table><tbody><tr><td align="right">3</td></tr></tbody></table>',
    );
    expect(code).toContain('language-js');
    expect(code).not.toMatch(/style/);
  });
});

describe('pictures are imported by the build, not by the writer', () => {
  it('<Figure src="./anh.jpg"> becomes an import of the file', async () => {
    const code = await compile('<Figure src="./anh-cho.jpg" alt="Người dân đi chợ" caption="Phiên chợ." />');
    expect(code).toMatch(/import __dvImage0 from "\.\/anh-cho\.jpg"/);
    expect(code).toMatch(/src: __dvImage0/);
  });

  it('<PhotoSeries> of Figures becomes its images list', async () => {
    const code = await compile(
      '<PhotoSeries title="Loạt">\n<Figure src="./a.jpg" alt="Ảnh thứ nhất" caption="Một." />\n<Figure src="./b.jpg" alt="Ảnh thứ hai" />\n</PhotoSeries>',
    );
    expect(code).toMatch(/import __dvImage0 from "\.\/a\.jpg"/);
    expect(code).toMatch(/import __dvImage1 from "\.\/b\.jpg"/);
    expect(code.replace(/\s+/g, ' ')).toMatch(
      /images: \[\{ src: __dvImage0, alt: "Ảnh thứ nhất", caption: "Một\." \}, \{ src: __dvImage1, alt: "Ảnh thứ hai" \}\]/,
    );
  });
});
