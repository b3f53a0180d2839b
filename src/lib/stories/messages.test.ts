import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '../../i18n/vi.json';
import { formatProblem, validateStory } from './check-stories';
import { syntaxMessage } from './mdx-safety';
import { invalidMessage, missingMessage, STORY_KEYS, unknownKeyMessage } from '../../vocab/story-keys';
import { placeSchema } from '../../schemas/place';
import { isoDate } from '../../schemas/iso-date';

/**
 * Staff-facing messages have one home, src/i18n/vi.json (the `checker.` family, filled by t()),
 * like the results import's: the story checker's code holds no Vietnamese sentence of its own.
 * What stays in code is story content, not a message: the new-story template, the components'
 * example lines and the template's "to fix" mark.
 */
const DIR = import.meta.dirname;
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
/** Lines of story content that look like messages but are samples written into a story. */
const CONTENT_LINES: ReadonlyArray<RegExp> = [/^\s*(\w+: \{.*)?example: '/, /^export const TODO_MARK = /];
/** Functions whose whole body is a story written to disk. */
const CONTENT_FUNCTIONS = ['storyTemplate'];

/**
 * Lines of code (comments aside) that hold Vietnamese text, outside the content allowed above.
 *
 * @example
 * inlineMessages("const a = 'Thiếu tiêu đề';\n// Ghi chú\n") // [{ line: 1, text: "const a = 'Thiếu tiêu đề';" }]
 */
function inlineMessages(source: string): Array<{ line: number; text: string }> {
  const found: Array<{ line: number; text: string }> = [];
  let inContent = false;
  let inComment = false;
  let afterExampleKey = false;
  source.split('\n').forEach((text, i) => {
    const trimmed = text.trim();
    // A component's example, wrapped by the formatter onto the line after its key.
    const isExampleValue = afterExampleKey && /^'.*',?$/.test(trimmed);
    afterExampleKey = /^\s*example:$/.test(text);
    if (isExampleValue) return;
    if (inContent) {
      if (text === '}') inContent = false;
      return;
    }
    if (CONTENT_FUNCTIONS.some((name) => new RegExp(`^export (async )?function ${name}\\b`).test(text))) {
      inContent = true;
      return;
    }
    if (inComment) {
      if (trimmed.includes('*/')) inComment = false;
      return;
    }
    if (trimmed.startsWith('/*')) {
      inComment = !trimmed.includes('*/');
      return;
    }
    if (trimmed.startsWith('//') || trimmed.startsWith('*')) return;
    if (VIETNAMESE.test(text) && !CONTENT_LINES.some((allowed) => allowed.test(text)))
      found.push({ line: i + 1, text: trimmed });
  });
  return found;
}

describe('story checker messages', () => {
  it.each([
    ['a message in a string', "problems.push({ message: 'Thiếu tiêu đề.' });", 1],
    ['a message in a template', 'return `Ảnh "${src}" quá lớn`;', 1],
    ['a comment', '// Ảnh quá lớn', 0],
    ['a doc comment', " * formatProblem(…) // 'dòng 2'", 0],
    ['a call to t()', "return t('checker.image.unreadable', { src });", 0],
    [
      'a component example',
      "  KeyFacts: { props: { title: 'text' }, example: '<KeyFacts title=\"Mô hình\">…</KeyFacts>' },",
      0,
    ],
    ['a component example wrapped onto the next line', '    example:\n      \'<Figure alt="Người dân" />\',', 0],
    ['a message after an example', "    example:\n      '<Figure alt=\"Người dân\" />',\n    message: 'Thiếu ảnh',", 1],
  ])('the scan sees %s', (_name, source, n) => {
    expect(inlineMessages(source)).toHaveLength(n);
  });

  it('src/lib/stories holds no inline Vietnamese message: they live in vi.json under checker.*', () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
    expect(files.length).toBeGreaterThan(8);
    const left = files.flatMap((file) =>
      inlineMessages(readFileSync(path.join(DIR, file), 'utf8')).map((m) => `${file}:${m.line}: ${m.text}`),
    );
    expect(left).toEqual([]);
  });

  it('every checker.* text is used by the checker (or the story keys it names), and is NFC Vietnamese', () => {
    const code = readdirSync(DIR)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => readFileSync(path.join(DIR, f), 'utf8'))
      .concat(readFileSync(path.join(DIR, '../../vocab/story-keys.ts'), 'utf8'))
      .join('\n');
    const keys = Object.keys(vi).filter((k) => k.startsWith('checker.'));
    expect(keys.length).toBeGreaterThan(60);
    expect(keys.filter((k) => !code.includes(`'${k}'`))).toEqual([]);
    for (const key of keys) expect(vi[key as keyof typeof vi].normalize('NFC'), key).toBe(vi[key as keyof typeof vi]);
  });

  it('the words reach staff unchanged, placeholders filled', () => {
    expect(
      formatProblem({ file: 'content/stories/a/index.mdx', line: 2, field: 'title', message: 'Thiếu tiêu đề.' }),
    ).toBe('content/stories/a/index.mdx, dòng 2, trường "title" (tiêu đề): Thiếu tiêu đề.');
    expect(syntaxMessage('Unexpected character `!`')).toBe(
      'Nội dung bài viết sai cú pháp nên trang không dựng được (chi tiết kỹ thuật: Unexpected character `!`). Cách sửa: Không viết chú thích <!-- … --> trong bài; xóa nó.',
    );
    const [problem] = validateStory({ file: 'a/index.mdx', text: 'no front matter', places: [], exists: () => true });
    expect(problem!.message).toBe(
      'Không thấy phần thông tin đầu bài. Cách sửa: dòng đầu tiên của tệp phải là --- , tiếp theo là các dòng như title: "…", rồi một dòng --- để đóng.',
    );
    expect(JSON.stringify(problem)).not.toMatch(/\{\w+\}|checker\./);
    expect(missingMessage('title')).toBe(
      'Thiếu tiêu đề (trường "title"). Cách sửa: thêm dòng title: "Chợ quê nói không với túi ni lông"',
    );
    expect(invalidMessage('year', 'phải là năm có 4 chữ số')).toBe(
      'Trường "year" (năm của mô hình) phải là năm có 4 chữ số. Cách sửa: viết như year: 2024',
    );
    expect(unknownKeyMessage('titel')).toBe(
      'Không có trường "titel". Có phải ý bạn là "title" (tiêu đề)? Cách sửa: sửa tên trường cho đúng hoặc xóa dòng này.',
    );
    expect(unknownKeyMessage('zzzzzzzz')).toBe(
      'Không có trường "zzzzzzzz". Cách sửa: sửa tên trường cho đúng hoặc xóa dòng này.',
    );
  });
});

/**
 * The line between a vocabulary and a message. A vocabulary is words as data: the name of a thing
 * the site knows (a field, a kind of place), the words a Vietnamese date is written with, the
 * prefixes a typed place name may carry. Code matches on them or shows them as a name, in the UI
 * and inside messages alike, so they live in src/vocab/ beside the ids they name. A message is a
 * phrase or sentence that tells staff something (what is wrong, how to fix it, what a field is
 * for): it lives in src/i18n/vi.json (`schema.` for the schemas and vocabularies, `checker.` for
 * the story checker) and is filled by t().
 */
const VOCABULARY: Record<string, ReadonlyArray<{ line: RegExp; why: string }>> = {
  'schemas/results.ts': [{ line: /^pseudonym: z\.string\(\)\.regex\(\/\^ĐV-/, why: "the pseudonyms' prefix (đơn vị)" }],
  'vocab/fold-vi.ts': [{ line: /\.replace\(\/\[đĐ\]\/g, 'd'\)/, why: 'the letter đ, folded to d' }],
  'vocab/fields.ts': [{ line: /^\s*\{ id: '[a-z-]+', label: '[^']+' \},?$/, why: "the five fields' names" }],
  'vocab/place-choice.ts': [{ line: /^\s*'?[a-z-]+'?: '[^' ]+( [^' ]+)?',$/, why: 'the names of the kinds of place' }],
  'vocab/format-date-vi.ts': [
    { line: /^\s*return `ngày \$\{dd\} tháng \$\{mm\} năm \$\{year\}`;$/, why: 'the words of a written date' },
  ],
  'vocab/places.ts': [{ line: /\.replace\(\/\^\((tỉnh\|)/u, why: 'the prefixes of a place name, matched on input' }],
};

describe('schema and vocabulary messages', () => {
  const SRC = path.join(DIR, '../..');
  const sourcesOf = (room: string) =>
    readdirSync(path.join(SRC, room))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `${room}/${f}`);

  it.each([
    ['a field name', 'vocab/fields.ts', "  { id: 'kinh-te', label: 'Kinh tế' },", 0],
    ['a message beside the field names', 'vocab/fields.ts', "  const m = 'Lĩnh vực không đúng';", 1],
    ['a kind of place', 'vocab/place-choice.ts', "  'thanh-pho': 'thành phố',", 0],
    ['a sentence in the place module', 'vocab/place-choice.ts', '  return `có giá trị "${value}" không dùng được`;', 1],
    ['a schema message', 'schemas/rule.ts', "  code: z.string().regex(/^[A-Z]+$/, 'Mã tiêu chí viết hoa.'),", 1],
  ])('the scan sees %s', (_name, file, source, n) => {
    const allowed = VOCABULARY[file] ?? [];
    expect(inlineMessages(source).filter((m) => !allowed.some((a) => a.line.test(m.text)))).toHaveLength(n);
  });

  it('src/schemas and src/vocab hold no inline Vietnamese message, only vocabularies', () => {
    const files = [...sourcesOf('schemas'), ...sourcesOf('vocab')];
    expect(files.length).toBeGreaterThan(12);
    const left = files.flatMap((file) => {
      const allowed = VOCABULARY[file] ?? [];
      return inlineMessages(readFileSync(path.join(SRC, file), 'utf8'))
        .filter((m) => !allowed.some((a) => a.line.test(m.text)))
        .map((m) => `${file}:${m.line}: ${m.text}`);
    });
    expect(left).toEqual([]);
  });

  it('every vocabulary allowance is still used', () => {
    for (const [file, allowed] of Object.entries(VOCABULARY)) {
      const lines = readFileSync(path.join(SRC, file), 'utf8').split('\n');
      for (const a of allowed)
        expect(
          lines.some((l) => a.line.test(l.trim())),
          `${file}: ${a.why}`,
        ).toBe(true);
    }
  });

  it('every schema.* text is used by a schema or a vocabulary, and is NFC Vietnamese', () => {
    const code = [...sourcesOf('schemas'), ...sourcesOf('vocab')]
      .map((f) => readFileSync(path.join(SRC, f), 'utf8'))
      .join('\n');
    const keys = Object.keys(vi).filter((k) => k.startsWith('schema.'));
    expect(keys.length).toBeGreaterThan(80);
    const storyKey = /^schema\.storyKey\.(\w+)\.(label|example|help)$/;
    const unused = keys.filter((k) => {
      const m = storyKey.exec(k);
      return m ? !(m[1]! in STORY_KEYS) : !code.includes(`'${k}'`);
    });
    expect(unused).toEqual([]);
    for (const key of keys) expect(vi[key as keyof typeof vi].normalize('NFC'), key).toBe(vi[key as keyof typeof vi]);
  });

  it('the words reach staff unchanged, placeholders filled', () => {
    expect(STORY_KEYS.coverAlt.label).toBe('mô tả ảnh bìa');
    expect(STORY_KEYS.draft.help).toBe(
      'true khi bài còn là bản nháp: xem được khi chạy npm run dev nhưng không lên trang; đổi thành false để đăng.',
    );
    const place = placeSchema.safeParse({ id: 'xa-a', name: 'xã A', kind: 'lang', zz: 1 });
    expect(place.error?.issues.map((i) => i.message)).toEqual([
      'Trường "kind" phải là một trong: tinh, thanh-pho, thi-xa, huyen, xa, phuong.',
      'Không có trường "zz" trong địa bàn; các trường hợp lệ: id, code, name, kind, validFrom, validTo, nowPartOf, note.',
    ]);
    expect(isoDate.safeParse('2022-02-30').error?.issues[0]?.message).toBe(
      'Ngày “2022-02-30” không hợp lệ: viết dạng NĂM-THÁNG-NGÀY, ví dụ 2022-02-21.',
    );
  });
});
