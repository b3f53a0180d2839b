import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Place } from '../../vocab/places';
import {
  duplicateSlugs,
  formatProblem,
  parseFrontMatter,
  storySlug,
  todayInVietnam,
  validateStory,
} from './check-stories';
import type { ImageSize } from './story-images';
import { checkStoryFiles } from './check-stories-fs';

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
const check = (text: string, exists = (rel: string) => rel === './anh-bia.jpg') =>
  validateStory({ file, text, places, exists });

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
    const text = story({}) + '<Figure src="./anh-2.jpg" alt="Một bức ảnh trong bài" />\n\n![Ảnh](./anh-3.png)\n';
    const problems = check(text);
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('./anh-2.jpg'),
      expect.stringContaining('./anh-3.png'),
    ]);
    expect(problems.every((p) => p.line && p.line > 10)).toBe(true);
  });

  it('accepts Vietnamese names for fields, places and principles', () => {
    expect(check(story({ fields: '[Kinh tế, "xã hội"]', place: 'Ân Thi' }, 'principles: [Dân bàn]\n'))).toEqual([]);
  });
});

describe('the body: content, not code, checked like the build', () => {
  it.each([
    ['an import', "import { execSync } from 'node:child_process';\n", /import\/export là mã lệnh/],
    ['an expression', 'Khóa: {process.env.SECRET}\n', /ngoặc nhọn/],
    ['a syntax error', '<KeyFacts title="x">\n- một\n', /sai cú pháp/],
    ['an unknown component', '<Bang />\n', /Không có khối <Bang>/],
    ['a javascript: link', '[bấm](javascript:alert(1))\n', /không được phép/],
    ['a script', '<script>alert(1)</script>\n', /<script>/],
  ])('%s: refused with the line of the file', (_name, body, message) => {
    const text = `${story({})}\n${body}`;
    const problems = check(text);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
    const line = story({}).split('\n').length + 1;
    expect(problems[0]!.line).toBe(line);
    expect(formatProblem(problems[0]!)).toContain(`${file}, dòng ${line}: `);
  });
});

describe('pictures', () => {
  const sizes: Record<string, ImageSize> = {
    './anh-bia.jpg': { bytes: 50_000, width: 1600, height: 900, type: 'jpg' },
    './bom.png': { bytes: 9_000, width: 30_000, height: 30_000, type: 'png' },
    './dai.jpg': { bytes: 9_000, width: 9_000, height: 1_000, type: 'jpg' },
    './gia.jpg': { bytes: 9_000, width: 200, height: 200, type: 'svg' },
    './hong.jpg': { bytes: 9_000 },
  };
  const withSizes = (text: string) =>
    validateStory({ file, text, places, exists: (rel) => rel in sizes, imageSize: (rel) => sizes[rel]! });

  it('a good picture passes', () => expect(withSizes(story({}))).toEqual([]));

  it.each([
    [
      'a 30000×30000 PNG cover (decompression bomb)',
      story({ cover: './bom.png' }),
      'cover',
      /quá lớn: 30\.000 × 30\.000 điểm ảnh/,
    ],
    ['a side longer than 8000 px', story({ cover: './dai.jpg' }), 'cover', /cạnh dài 8\.000/],
    ['an SVG under a .jpg name', story({ cover: './gia.jpg' }), 'cover', /thực ra là tệp \.svg/],
    ['an unreadable file', story({ cover: './hong.jpg' }), 'cover', /Không đọc được/],
    ['an SVG cover', story({ cover: './so-do.svg' }), 'cover', /\.svg, không dùng được/],
    ['a 30000×30000 PNG in the body', story({}) + '![Ảnh](./bom.png)\n', undefined, /quá lớn/],
    [
      'a 30000×30000 PNG in a Figure',
      story({}) + '<Figure src="./bom.png" alt="Một bức ảnh lớn" />\n',
      undefined,
      /quá lớn/,
    ],
  ])('%s is refused', (_name, text, field, message) => {
    const problem = withSizes(text).find((p) => message.test(p.message));
    expect(problem, JSON.stringify(withSizes(text))).toBeDefined();
    expect(problem!.field).toBe(field);
    expect(problem!.line).toBeGreaterThan(1);
  });
});

describe('the published date', () => {
  it('a date after today is refused, naming both days', () => {
    const [problem] = validateStory({
      file,
      text: story({ published: '2026-12-01' }),
      places,
      exists: () => true,
      today: '2026-11-27',
    });
    expect(problem!.field).toBe('published');
    expect(problem!.message).toMatch(/01\/12\/2026, chưa tới \(hôm nay là 27\/11\/2026\)/);
  });
  it('today is fine, and a draft may be dated ahead', () => {
    expect(
      validateStory({
        file,
        text: story({ published: '2026-11-27' }),
        places,
        exists: () => true,
        today: '2026-11-27',
      }),
    ).toEqual([]);
    expect(
      validateStory({
        file,
        text: story({ published: '2026-12-01' }, 'draft: true\n'),
        places,
        exists: () => true,
        today: '2026-11-27',
      }),
    ).toEqual([]);
  });
  it('today is the date in Vietnam (UTC+7)', () => {
    expect(todayInVietnam(new Date('2026-11-27T16:59:00Z'))).toBe('2026-11-27');
    expect(todayInVietnam(new Date('2026-11-27T17:00:00Z'))).toBe('2026-11-28');
  });
});

describe('checkStoryFiles', () => {
  it('a story in a folder starting with . or _ is reported, not skipped', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'stories-hidden-'));
    try {
      for (const folder of ['_ban-cu', '.an', '_anh-chung'])
        mkdirSync(path.join(root, 'content/stories', folder), { recursive: true });
      writeFileSync(path.join(root, 'content/stories/_ban-cu/index.mdx'), story({}));
      writeFileSync(path.join(root, 'content/stories/.an/index.mdx'), story({}));
      writeFileSync(path.join(root, 'content/stories/_anh-chung/anh.jpg'), '');
      const { problems } = checkStoryFiles(root, places);
      expect(problems.map((p) => p.file)).toEqual([
        'content/stories/.an/index.mdx',
        'content/stories/_ban-cu/index.mdx',
      ]);
      expect(problems[1]!.message).toMatch(
        /bắt đầu bằng dấu "_" nên bài sẽ không bao giờ được đăng.*Cách sửa: đổi tên thư mục/,
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
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
