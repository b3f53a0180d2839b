import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import vi from '../../i18n/vi.json';
import { formatProblem, validateStory } from './check-stories';
import { syntaxMessage } from './mdx-safety';
import { invalidMessage, missingMessage, unknownKeyMessage } from '../../vocab/story-keys';

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
