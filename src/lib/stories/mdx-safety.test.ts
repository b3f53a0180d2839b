import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../components/mdx/index';
import { checkStoryBody, isSafeUrl, parseStoryBody, STORY_COMPONENTS } from './mdx-safety';

const FRONT = '---\ntitle: "Chợ quê"\n---\n';
/** Problems of a body placed after three lines of front matter (so body line 1 is file line 4). */
function problemsOf(body: string) {
  const parsed = parseStoryBody(FRONT + body);
  if (!parsed.tree) return [parsed.error!];
  return checkStoryBody(parsed.tree).problems;
}

describe('a story body cannot run code', () => {
  it.each([
    ['an expression reading the environment', 'Mật khẩu: {process.env.SECRET}', /ngoặc nhọn \{…\} là mã lệnh/],
    ['a flow expression', '{require("node:child_process").execSync("id")}', /ngoặc nhọn/],
    ['an import of child_process', "import { execSync } from 'node:child_process';", /import\/export là mã lệnh/],
    ['an export running fetch', "export const x = await fetch('https://example.com');", /import\/export là mã lệnh/],
    [
      'readFileSync in an attribute',
      "<KeyFacts title={require('node:fs').readFileSync('/etc/hostname', 'utf8')}>\nx\n</KeyFacts>",
      /"title" của <KeyFacts> viết trong ngoặc nhọn/,
    ],
    ['a spread attribute', '<ResidentQuote {...globalThis}>x</ResidentQuote>', /phần \{…\} là mã lệnh/],
    ['an expression in an HTML attribute', '<span title={process.env.X}>x</span>', /<span> có phần \{…\}/],
    ['an unknown component', '<Secret />', /Không có khối <Secret>/],
    ['a wrong-case component', '<keyfacts>x</keyfacts>', /Có phải ý bạn là <KeyFacts>/],
    ['a member component', '<Astro.self />', /Không có khối/],
    ['a fragment', '<>x</>', /Thẻ rỗng/],
  ])('%s is refused', (_name, body, message) => {
    const problems = problemsOf(body);
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems[0]!.message).toMatch(message);
    expect(problems[0]!.line).toBe(4);
  });

  it('a hidden note {/* … */} is only a comment and passes', () => {
    expect(problemsOf('Chữ.\n\n{/* ghi chú cho người biên tập */}\n')).toEqual([]);
  });
});

describe('HTML that the sanitizer would strip is refused first', () => {
  it.each([
    ['<script>', '<script>alert(1)</script>', /<script>/],
    ['onerror handler', '<span onerror="alert(1)">x</span>', /onerror="…" trên thẻ <span> là mã lệnh/],
    ['onclick handler', '<b onClick="alert(1)">x</b>', /onClick/],
    [
      'javascript: link in HTML',
      '<a href="javascript:alert(1)">bấm</a>',
      /Đường dẫn "javascript:alert\(1\)" không được phép/,
    ],
    ['javascript: link in Markdown', '[bấm](javascript:alert(1))', /Đường dẫn "javascript:alert\(1\)"/],
    ['javascript: link definition', '[bấm][x]\n\n[x]: javascript:alert(1)', /javascript:/],
    ['upper-case JAVASCRIPT:', '[bấm](JAVASCRIPT:alert(1))', /không được phép/],
    [
      'javascript: in a component prop',
      '<VideoLink href="javascript:alert(1)" title="Video" provider="YouTube" />',
      /https:\/\//,
    ],
    ['<iframe>', '<iframe src="https://example.com"></iframe>', /<iframe>.*VideoLink/],
    ['<form action>', '<form action="https://example.com"><b>x</b></form>', /biểu mẫu/],
    ['<base href>', '<base href="https://example.com/" />', /<base>/],
    ['<style>', '<style>{"body{display:none}"}</style>', /<style>/],
    ['style attribute', '<span style="color:red">x</span>', /style="…"/],
    ['<img> by hand', '<img src="https://tracker.example/p.gif" alt="x" />', /Ảnh không viết bằng thẻ <img>/],
    ['a remote Markdown image', '![Ảnh](https://tracker.example/p.gif)', /trang không tải ảnh từ trang khác/],
    ['an SVG image', '![Ảnh](./so-do.svg)', /\.svg/],
    ['an SVG Figure', '<Figure src="./so-do.svg" alt="Sơ đồ tổ tự quản" />', /\.svg/],
    ['an id that could clobber the page', '<span id="dvSearch">x</span>', /id="…"/],
  ])('%s', (_name, body, message) => {
    const problems = problemsOf(body);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    expect(
      problems.every((p) => /Cách sửa/.test(p.message)),
      JSON.stringify(problems),
    ).toBe(true);
  });

  it.each([
    ['bold and links', 'Chữ **đậm**, [trang tỉnh](https://hungyen.gov.vn), [thư](mailto:a@b.vn), [mục](#cach-lam).'],
    ['simple HTML', '<b>Dân</b> <i>vận</i> <sub>2</sub> <kbd>Ctrl</kbd> <q>Dân biết</q>'],
    ['a table', '| a | b |\n| - | - |\n| 1 | 2 |'],
    ['fenced code', '```js\nconsole.log(1)\n```'],
    ['a footnote', 'Câu[^1].\n\n[^1]: Nguồn.'],
    ['a local picture', '![Người dân họp](./anh-hop.jpg)'],
    [
      'every component with literal props',
      Object.values(STORY_COMPONENTS)
        .map((c) => (c.example.includes('rồi mỗi ảnh') ? '' : c.example.replace('…</', 'Nội dung</')))
        .join('\n\n'),
    ],
    [
      'a photo series',
      '<PhotoSeries title="Từ rác đến vườn rau">\n<Figure src="./a.jpg" alt="Hố ủ phân" />\n<Figure src="./b.jpg" alt="Luống rau xanh" />\n</PhotoSeries>',
    ],
  ])('allowed: %s', (_name, body) => {
    expect(problemsOf(body)).toEqual([]);
  });
});

describe('components', () => {
  it('the rules know exactly the components the story page offers', () => {
    expect(Object.keys(STORY_COMPONENTS).sort()).toEqual(Object.keys(mdxComponents).sort());
  });

  it.each([
    ['Figure without alt', '<Figure src="./a.jpg" />', /thiếu thuộc tính "alt"/],
    ['Figure with a short alt', '<Figure src="./a.jpg" alt="x" />', /ngắn quá/],
    ['Figure with an imported picture', '<Figure src={anh} alt="Một bức ảnh" />', /src="\.\/anh\.jpg"/],
    ['Figure with a path outside the folder', '<Figure src="../khac/a.jpg" alt="Một bức ảnh" />', /bắt đầu bằng \.\//],
    ['unknown prop', '<ResidentQuote who="Một người" onclick="x">Lời</ResidentQuote>', /không có thuộc tính "onclick"/],
    [
      'PhotoSeries with one picture',
      '<PhotoSeries title="Loạt">\n<Figure src="./a.jpg" alt="Hố ủ phân" />\n</PhotoSeries>',
      /ít nhất 2 ảnh/,
    ],
    ['VideoLink over http', '<VideoLink href="http://x.vn" title="Video" provider="YouTube" />', /https:\/\//],
  ])('%s', (_name, body, message) => {
    expect(
      problemsOf(body)
        .map((p) => p.message)
        .join('\n'),
    ).toMatch(message);
  });

  it('pictures used by the body are listed with their lines, for the file checks', () => {
    const parsed = parseStoryBody(`${FRONT}![Ảnh](./anh-1.jpg)\n\n<Figure src="./anh-2.png" alt="Một bức ảnh" />\n`);
    expect(checkStoryBody(parsed.tree!).images).toEqual([
      { src: './anh-1.jpg', line: 4 },
      { src: './anh-2.png', line: 6 },
    ]);
  });
});

describe('MDX syntax errors', () => {
  it.each([
    ['unclosed component', '<KeyFacts title="x">\n- một\n', /thẻ đóng <\/KeyFacts>/],
    ['an HTML comment', 'Chữ\n\n<!-- ghi chú -->\n', /chú thích <!-- … -->/],
    ['a stray brace', 'Giá { 5 nghìn\n', /ngoặc nhọn/],
  ])('%s: Vietnamese, with the line of the file', (_name, body, message) => {
    const { error } = parseStoryBody(FRONT + body);
    expect(error?.message).toMatch(/sai cú pháp/);
    expect(error?.message).toMatch(message);
    expect(error?.line).toBeGreaterThanOrEqual(4);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://hungyen.gov.vn', true],
    ['/dan-van-kheo/', true],
    ['#cach-lam', true],
    ['mailto:a@b.vn', true],
    ['javascript:alert(1)', false],
    ['vbscript:x', false],
    ['data:text/html,<script>alert(1)</script>', false],
  ])('%s → %s', (url, safe) => expect(isSafeUrl(url)).toBe(safe));
});

describe('the editor guide (docs/huong-dan-bien-tap.md)', () => {
  const guide = readFileSync('docs/huong-dan-bien-tap.md', 'utf8');
  const examples = [...guide.matchAll(/```mdx\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const tagList = guide.slice(guide.indexOf('Vài thẻ HTML đơn giản:'), guide.indexOf('danh sách và bảng'));
  const documentedTags = [...tagList.matchAll(/`<(\w+)/g)].map((m) => m[1]!);

  it('has examples, and documents some HTML tags', () => {
    expect(examples.length).toBeGreaterThanOrEqual(3);
    expect(documentedTags).toContain('sub');
  });
  it.each(examples.map((e, i) => [i + 1, e]))('example %i passes the rules', (_i, example) => {
    expect(problemsOf(example)).toEqual([]);
  });
  it('every HTML tag it lists is allowed', () => {
    for (const tag of documentedTags)
      expect(problemsOf(tag === 'br' ? 'a<br />b' : `<${tag}>chữ</${tag}>`), tag).toEqual([]);
  });
});
