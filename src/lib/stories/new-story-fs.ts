/**
 * What `npm run new:story -- "Tiêu đề"` writes: a folder named after the title (ASCII slug) with
 * an index.mdx whose comments explain every field in Vietnamese, as a draft that already passes
 * the checker, so staff start from something that works and change it step by step.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { slugifyVi } from '../../vocab/fold-vi';
import { STORIES_DIR, STORY_FILE, RESERVED_SLUGS, TODO_MARK } from './check-stories';
import { STORY_KEYS } from '../../vocab/story-keys';
import { t } from '../../i18n/t';

/**
 * The template of a new story.
 *
 * @example
 * storyTemplate('Chợ quê', '2026-11-25').startsWith('---\n# ') // true
 */
export function storyTemplate(title: string, today: string): string {
  const c = (key: keyof typeof STORY_KEYS) => `# ${STORY_KEYS[key].help}`;
  const quoted = JSON.stringify(title.normalize('NFC'));
  return `---
# THÔNG TIN ĐẦU BÀI. Mỗi dòng là "tên-trường: giá trị". Dòng bắt đầu bằng # là lời giải thích,
# không hiện trên trang. Câu có dấu hai chấm thì đặt trong ngoặc kép "…". Sửa xong chạy: npm run check
${c('title')}
title: ${quoted}
${c('summary')}
summary: "${TODO_MARK}: một hai câu nói mô hình làm gì, ở đâu, kết quả ra sao."
${c('fields')}
fields: [xa-hoi]
${c('place')}
place: tinh-hung-yen
${c('year')}
year: ${today.slice(0, 4)}
${c('published')}
published: ${today}
${c('agency')}
# agency: "Ủy ban nhân dân xã …"
${c('cover')}
# Ảnh anh-bia.jpg đang là tranh tạm: chép ảnh thật vào thư mục này rồi sửa tên tệp ở dòng dưới.
cover: ./anh-bia.jpg
${c('coverAlt')}
coverAlt: "${TODO_MARK}: mô tả ảnh bìa"
${c('points')}
points: [3]
${c('principles')}
principles: [dan-ban, dan-lam]
${c('illustrative')}
illustrative: false
${c('draft')}
draft: true
---

${TODO_MARK}: Viết mở đầu ở đây: mô hình ra đời từ đâu, người dân được hỏi ý kiến thế nào.

## Cách làm

- Việc thứ nhất
- Việc thứ hai

<ResidentQuote who="Một người dân" place="thôn …">
Lời người dân nói (hỏi ý kiến họ trước khi đăng).
</ResidentQuote>

## Kết quả

Kết quả cụ thể, có số liệu nếu có.

{/* Thêm ảnh trong bài: chép ảnh vào thư mục này rồi đặt ảnh vào chỗ muốn (không cần dòng import):
    <Figure src="./anh-cho.jpg" alt="Mô tả ảnh" caption="Chú thích" credit="Người chụp" />
    Xem thêm: docs/huong-dan-bien-tap.md */}
`;
}

/**
 * Create the folder and files of a new story; refuses to overwrite an existing one.
 *
 * @example
 * await createStory('.', 'Chợ quê', '2026-11-25') // { dir: 'content/stories/cho-que', file: 'content/stories/cho-que/index.mdx' }
 */
export async function createStory(root: string, title: string, today: string): Promise<{ dir: string; file: string }> {
  const clean = title.normalize('NFC').trim();
  if (clean.length < 3) throw new Error(t('checker.new.titleShort'));
  const slug = slugifyVi(clean).slice(0, 80).replace(/-+$/, '');
  if (!slug) throw new Error(t('checker.new.noLetters'));
  if ((RESERVED_SLUGS as readonly string[]).includes(slug)) throw new Error(t('checker.new.reserved', { slug }));
  const dir = `${STORIES_DIR}/${slug}`;
  const full = path.join(root, dir);
  if (existsSync(full)) throw new Error(t('checker.new.exists', { dir }));
  mkdirSync(full, { recursive: true });
  writeFileSync(path.join(full, STORY_FILE), storyTemplate(clean, today));
  const { writeCoverJpeg } = await import('./cover-art-fs');
  await writeCoverJpeg(path.join(full, 'anh-bia.jpg'), 'xa-hoi', slug.length * 7919);
  return { dir, file: `${dir}/${STORY_FILE}` };
}
