/**
 * `npm run editor`: the staff editor on this PC, against the working copy. Opens nothing by itself:
 * it prints the address to open. Saves are written to content/stories/…; after each save the
 * checker runs on all stories and prints what to fix, in Vietnamese.
 * Usage: npm run editor [-- --port 8080]
 */
import { readPlaces } from '../src/lib/places/load-places-fs.ts';
import { formatProblem } from '../src/lib/stories/check-stories.ts';
import { checkStoryFiles } from '../src/lib/stories/check-stories-fs.ts';
import { startLocalEditor } from './lib/local-editor.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 8080);
const root = process.cwd();

// Stop cleanly on Ctrl+C, even while starting (decap-server is stopped with us).
let editor: Awaited<ReturnType<typeof startLocalEditor>> | undefined;
const stop = async () => {
  await editor?.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

editor = await startLocalEditor({
  projectRoot: root,
  port,
  onSave: (paths) => {
    console.log(`Đã lưu: ${paths.join(', ')}`);
    const { problems } = checkStoryFiles(root, readPlaces().places);
    if (problems.length === 0) console.log('Kiểm tra (npm run check): mọi bài đều hợp lệ.');
    else
      console.log(
        `Kiểm tra (npm run check): còn ${problems.length} lỗi:\n${problems.map((p) => `  • ${formatProblem(p)}`).join('\n')}`,
      );
  },
});
console.log(
  `Trình biên tập đang chạy: mở ${editor.url.replace('127.0.0.1', 'localhost')} trong trình duyệt (Ctrl+C để dừng).`,
);
console.log('Bài lưu vào content/stories/ của thư mục này; xem trang bằng npm run dev, đăng bằng git như thường lệ.');
