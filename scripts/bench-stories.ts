/**
 * Scale benchmark of the gallery: copy the project to a temporary folder, add N generated stories
 * (default 2,000) and build there, then print the build time and the gallery page's weight
 * (HTML + CSS + JS, gzip, no images). The working tree and its dist/ are not touched.
 *
 *   npx tsx scripts/bench-stories.ts --stories 2000 [--keep] [--search [--runs N]]
 *
 * With --search, the search comparison of `npm run bench` (time and bytes to first results
 * against Pagefind's default UI on the same index, ten queries) runs on that build too.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readPlaces } from '../src/lib/places/load-places-fs';
import { writeCoverJpeg } from '../src/lib/stories/cover-art-fs';
import { FIELDS } from '../src/vocab/fields';
import { generateStories, SHARED_COVERS_DIR } from './lib/generate-stories';
import { copyProject } from './lib/temp-project';
import { ANCHOR_PATH, anchorPage, compareSearch, startGzipServer } from './bench-search';
import { launchBrowser } from '../tests/helpers/browser';

const args = process.argv.slice(2);
const value = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1]! : fallback;
};
const count = Number(value('stories', '2000'));
const sharedCovers = Number(value('covers', '6'));
if (!Number.isInteger(count) || count < 0)
  throw new Error(`--stories expects a whole number, got ${value('stories', '')}`);

const work = copyProject(process.cwd(), 'bench-stories-');

const storiesDir = path.join(work, 'content', 'stories');
mkdirSync(path.join(storiesDir, SHARED_COVERS_DIR), { recursive: true });
for (let i = 0; i < sharedCovers; i++) {
  await writeCoverJpeg(
    path.join(storiesDir, SHARED_COVERS_DIR, `anh-${i}.jpg`),
    FIELDS[i % FIELDS.length]!.id,
    1000 + i,
  );
}
const { places } = readPlaces(path.join(work, 'data', 'dia-ban.yaml'));
for (const story of generateStories(count, 2026, places, sharedCovers)) {
  mkdirSync(path.join(storiesDir, story.folder));
  writeFileSync(path.join(storiesDir, story.folder, 'index.mdx'), story.text);
}

const outDir = path.join(work, 'dist');
const start = performance.now();
// bash's `time` also gives the CPU seconds of the build, which other work on the machine does not inflate.
// Output goes to a file: thousands of stories make more log than a pipe buffer holds.
const build = spawnSync('bash', ['-c', 'TIMEFORMAT="BENCH-CPU %U %S"; time npx astro build > build.log 2>&1'], {
  cwd: work,
  encoding: 'utf8',
  env: { ...process.env, OUT_DIR: outDir, BASE_PATH: '/' },
});
const seconds = (performance.now() - start) / 1000;
const cpu = /BENCH-CPU ([\d.]+) ([\d.]+)/.exec(build.stderr);
const cpuSeconds = cpu ? Math.round((Number(cpu[1]) + Number(cpu[2])) * 10) / 10 : NaN;
if (build.status !== 0) {
  console.error(readFileSync(path.join(work, 'build.log'), 'utf8').slice(-4000), build.stderr.slice(-2000));
  console.error(`✗ build failed; the copy is kept at ${work}`);
  process.exit(1);
}

/** gzip size of the gallery page and of the CSS and JS it links (images excluded). */
function pageWeight(rel: string): { html: number; assets: number; total: number } {
  const html = readFileSync(path.join(outDir, rel));
  const refs = [...html.toString('utf8').matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!);
  const assets = [...new Set(refs)].reduce(
    (sum, ref) => sum + gzipSync(readFileSync(path.join(outDir, ref))).length,
    0,
  );
  const htmlGz = gzipSync(html).length;
  return { html: htmlGz, assets, total: htmlGz + assets };
}
const storyPages = readdirSync(path.join(outDir, 'dan-van-kheo'), { recursive: true }).filter((f) =>
  String(f).endsWith('index.html'),
).length;
const gallery = pageWeight('dan-van-kheo/index.html');
const kb = (n: number) => (n / 1024).toFixed(1);
const report = {
  stories: count,
  buildSeconds: Math.round(seconds * 10) / 10,
  cpuSeconds,
  galleryPages: storyPages,
  galleryGzipKB: Number(kb(gallery.total)),
  htmlGzipKB: Number(kb(gallery.html)),
  cssJsGzipKB: Number(kb(gallery.assets)),
};
console.log(`Số bài tự sinh: ${count} (+ bài có sẵn); ảnh bìa dùng chung: ${sharedCovers}
Thời gian dựng: ${report.buildSeconds} giây (CPU ${cpuSeconds} giây; ngân sách 180 giây cho 2.000 bài)
Trang trong /dan-van-kheo/: ${storyPages}
Trang /dan-van-kheo/ (gzip, không tính ảnh): ${kb(gallery.total)} KB = HTML ${kb(gallery.html)} KB + CSS/JS ${kb(gallery.assets)} KB (ngân sách 40 KB)`);
console.log(JSON.stringify(report));
if (args.includes('--search')) {
  // Pagefind's default UI on the same index, beside the site as in `npm run bench`.
  mkdirSync(path.join(outDir, ANCHOR_PATH), { recursive: true });
  writeFileSync(path.join(outDir, ANCHOR_PATH, 'index.html'), anchorPage('/'));
  const server = await startGzipServer(outDir);
  const browser = await launchBrowser();
  try {
    console.log(`\n${await compareSearch(browser, server.url, Math.max(1, Number(value('runs', '3')) || 3))}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
if (args.includes('--keep')) console.log(`Bản sao giữ lại ở ${work}`);
else rmSync(work, { recursive: true, force: true });
