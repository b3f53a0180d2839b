/**
 * The spelling part of `npm run check`: a short report on the console. It only warns; the exit
 * code of the check never depends on it.
 */
import { formatSpellingWarning, type SpellingWarning } from './spelling-check';
import { spellingFiles, spellingWarnings } from './spelling-fs';

/**
 * The report's lines for a list of warnings over `fileCount` files.
 *
 * @example
 * spellingReport([], 16) // ['✓ Chính tả: không thấy chữ nào cần xem lại trong 16 tệp (các bài viết và docs/huong-dan-bien-tap.md).']
 */
export function spellingReport(warnings: readonly SpellingWarning[], fileCount: number): string[] {
  if (!warnings.length)
    return [
      `✓ Chính tả: không thấy chữ nào cần xem lại trong ${fileCount} tệp (các bài viết và docs/huong-dan-bien-tap.md).`,
    ];
  return [
    `⚠ Chính tả: ${warnings.length} chỗ nên xem lại trong ${new Set(warnings.map((w) => w.file)).size}/${fileCount} tệp (chỉ là cảnh báo, không chặn việc đăng bài):`,
    ...warnings.map((w) => `  • ${formatSpellingWarning(w)}`),
    '  Văn bản Chỉ thị không được kiểm tra: trang đăng đúng nguyên văn bản ký.',
    '',
  ];
}

/**
 * Check and print; an unexpected failure of the checker itself is reported, never fatal.
 *
 * @example
 * printSpellingReport('.')
 */
export function printSpellingReport(root = '.'): void {
  try {
    const lines = spellingReport(spellingWarnings(root), spellingFiles(root).length);
    (lines[0]!.startsWith('✓') ? console.log : console.warn)(lines.join('\n'));
  } catch (error) {
    console.warn(`⚠ Không chạy được kiểm tra chính tả (${String(error)}); các kiểm tra khác vẫn chạy.`);
  }
}
