import { describe, expect, it } from 'vitest';
import type { Place } from '../places/places';
import { duplicateSlugs, formatProblem, parseFrontMatter, storySlug, validateStory } from './check-stories';

const places: Place[] = [
  { id: 'tinh-hung-yen', name: 'tỉnh Hưng Yên', kind: 'tinh' },
  { id: 'huyen-an-thi', name: 'huyện Ân Thi', kind: 'huyen', validTo: '2025-06-30', nowPartOf: 'tinh-hung-yen' },
];
const good = {
  title: '"Chợ quê không rác"',
  summary: '"Người dân cùng bàn cách bỏ túi ni lông ở chợ quê."',
  fields: '[kinh-te]',
  place: 'huyen-an-thi',
  year: '2023',
  published: '2023-05-02',
  cover: './anh-bia.jpg',
  coverAlt: '"Tranh minh họa cánh đồng"',
  points: '[3]',
};
const file = 'content/stories/cho-que/index.mdx';
const story = (over: Record<string, string | undefined>, extra = '') => {
  const lines = Object.entries({ ...good, ...over })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${k}: ${v}`);
  return `---\n${lines.join('\n')}\n${extra}---\n\nNội dung.\n`;
};
const check = (text: string, exists = (rel: string) => rel === './anh-bia.jpg') => validateStory({ file, text, places, exists });

describe('validateStory', () => {
  it('accepts a good story', () => {
    expect(check(story({}))).toEqual([]);
  });

  it.each([
    ['missing title', story({ title: undefined }), 'title', /Thiếu tiêu đề/],
    ['empty title', story({ title: '""' }), 'title', /Thiếu tiêu đề/],
    ['invalid date', story({ published: '2023-02-30' }), 'published', /không phải một ngày có thật/],
    ['date in the wrong order', story({ published: '02/05/2023' }), 'published', /ngày đăng/],
    ['missing image file', story({ cover: './khong-co.jpg' }), 'cover', /không có tệp đó/],
    ['cover that is not an image', story({ cover: './bai.pdf' }), 'cover', /tệp ảnh/],
    ['unknown key (typo)', story({}, 'sumary: "x"\n'), 'sumary', /Có phải ý bạn là "summary"/],
    ['unknown field value', story({ fields: '[the-thao]' }), 'fields', /không phải lĩnh vực nào/],
    ['point out of range', story({ points: '[9]' }), 'points', /từ 1 đến 8/],
    ['unknown place', story({ place: 'huyen-khong-co' }), 'place', /không có trong danh sách địa bàn/],
    ['district after it ended', story({ place: 'huyen-an-thi', year: '2026' }), 'place', /30\/06\/2025.*năm 2026/],
    ['year not a number', story({ year: 'hai nghìn' }), 'year', /năm có 4 chữ số/],
    ['draft not boolean', story({}, 'draft: có\n'), 'draft', /true hoặc false/],
    ['missing alt text', story({ coverAlt: undefined }), 'coverAlt', /Thiếu mô tả ảnh bìa/],
  ])('%s: Vietnamese message naming file and field', (_name, text, field, message) => {
    const problems = check(text);
    const problem = problems.find((p) => p.field === field);
    expect(problem, JSON.stringify(problems)).toBeDefined();
    expect(problem!.message).toMatch(message);
    expect(problem!.message).toMatch(/Cách sửa/);
    const line = formatProblem(problem!);
    expect(line).toContain(file);
    expect(line).toContain(`trường "${field}"`);
    expect(line.normalize('NFC')).toBe(line);
  });

  it('invalid YAML: names the file and the line', () => {
    const [problem, ...rest] = check('---\ntitle: "Chợ quê\nsummary: x\n---\n');
    expect(rest).toEqual([]);
    expect(problem!.message).toMatch(/sai cú pháp YAML/);
    expect(formatProblem(problem!)).toMatch(/^content\/stories\/cho-que\/index\.mdx, dòng \d+: /);
  });

  it('a file without front matter is reported', () => {
    expect(check('Chỉ có nội dung.')[0]!.message).toMatch(/Không thấy phần thông tin đầu bài/);
  });

  it('images used in the body must exist', () => {
    const text = story({}) + "import anh from './anh-2.jpg';\n\n![Ảnh](./anh-3.png)\n";
    const problems = check(text);
    expect(problems.map((p) => p.message)).toEqual([expect.stringContaining('./anh-2.jpg'), expect.stringContaining('./anh-3.png')]);
    expect(problems.every((p) => p.line && p.line > 10)).toBe(true);
  });

  it('accepts Vietnamese names for fields, places and principles', () => {
    expect(check(story({ fields: '[Kinh tế, "xã hội"]', place: 'Ân Thi' }, 'principles: [Dân bàn]\n'))).toEqual([]);
  });
});

describe('slugs', () => {
  it.each([
    ['cho-que', 'cho-que'],
    ['Chợ quê Đông Kết', 'cho-que-dong-ket'],
    ['  Tổ hòa giải — khu phố 2 ', 'to-hoa-giai-khu-pho-2'],
  ])('%s → %s', (folder, slug) => expect(storySlug(folder)).toBe(slug));

  it('two folders with the same slug: both files named', () => {
    const [problem] = duplicateSlugs([
      { file: 'content/stories/cho-que/index.mdx', slug: 'cho-que', draft: false },
      { file: 'content/stories/Chợ quê/index.mdx', slug: 'cho-que', draft: false },
    ]);
    expect(problem!.message).toContain('content/stories/cho-que/index.mdx và content/stories/Chợ quê/index.mdx');
  });
});

describe('parseFrontMatter', () => {
  it('keeps dates as text so impossible dates are caught', () => {
    expect(parseFrontMatter('---\npublished: 2024-02-30\n---\n').data).toEqual({ published: '2024-02-30' });
  });
});
