/**
 * `npm run new:story -- "Tiêu đề bài viết"`: create a story folder from the template and say, in
 * Vietnamese, where it is and what to do next.
 */
import { toIsoDate } from '../src/vocab/format-date-vi';
import { createStory } from '../src/lib/stories/new-story-fs';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Thiếu tiêu đề. Cách dùng: npm run new:story -- "Chợ quê nói không với túi ni lông"');
  process.exit(1);
}
try {
  const { dir, file } = await createStory('.', title, toIsoDate(new Date()));
  console.log(`✓ Đã tạo bài mới (bản nháp): ${file}

Việc tiếp theo:
  1. Mở ${file} và sửa các dòng có chữ "CẦN SỬA"; mỗi trường đều có lời giải thích ở dòng # phía trên.
  2. Chép ảnh bìa thật vào ${dir}/ và sửa dòng cover: (ảnh anh-bia.jpg hiện là tranh tạm).
  3. Xem trước: chạy npm run dev rồi mở http://localhost:4321/dan-van-kheo/ (bản nháp chỉ hiện khi xem trước).
  4. Kiểm tra lỗi: npm run check
  5. Khi bài đã xong: đổi draft: true thành draft: false, chạy lại npm run check, rồi gửi bài (commit).
Hướng dẫn đầy đủ: docs/huong-dan-bien-tap.md`);
} catch (error) {
  console.error(`✗ ${(error as Error).message}`);
  process.exit(1);
}
