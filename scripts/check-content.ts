/**
 * `npm run check`: check every story and the places list in a few seconds, without building the
 * site. Prints each problem in Vietnamese (file, line, field, how to fix) and exits 1 if any.
 */
import { readPlaces, PLACES_FILE } from '../src/lib/places/load-places-fs';
import { formatProblem } from '../src/lib/stories/check-stories';
import { checkStoryFiles } from '../src/lib/stories/check-stories-fs';
import { printSpellingReport } from './lib/spelling/spelling-report';

const { places, problems: placeProblems } = readPlaces(PLACES_FILE);
const { stories, problems } = checkStoryFiles('.', places);
const all = [...placeProblems, ...problems.map(formatProblem)];
const drafts = stories.filter((s) => s.draft).length;

// Spelling of the stories and the editor guide: warnings only, never a failed check.
printSpellingReport('.');

if (all.length) {
  console.error(`✗ Có ${all.length} lỗi cần sửa:\n`);
  for (const line of all) console.error(`  • ${line}\n`);
  console.error('Sửa xong, chạy lại: npm run check. Hướng dẫn: docs/huong-dan-bien-tap.md (mục “Sửa lỗi”).');
  process.exit(1);
}
console.log(
  `✓ Không có lỗi: ${places.length} địa bàn, ${stories.length} bài viết (${stories.length - drafts} sẽ đăng, ${drafts} bản nháp).`,
);
