import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/temp-project';

/**
 * The deploy build (`npm run build`) in real builds: it refuses each thing that must not be
 * published (no SITE_URL, an illustrative story, sample results, no operator) before writing
 * anything; with ALLOW_SAMPLES=1 every page, embeds included, carries the demonstration banner; a
 * ready site built for its public address names no localhost anywhere; and a build that fails
 * half-way leaves no output folder at all. Builds run on a temporary copy of the project (or into
 * a temporary folder) so dist/ of `npm test` is never touched.
 */
const work = copyProject(process.cwd(), 'publication-');
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PUBLIC = 'https://danvan.example.gov.vn';
const BANNER = 'Bản trình diễn — nội dung minh họa';

/** The environment without any of this build's own settings from the caller's shell. */
function cleanEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['SITE_URL', 'ALLOW_SAMPLES', 'DV_DEPLOY', 'BASE_PATH', 'OUT_DIR', 'SOURCE_URL']) delete env[key];
  return { ...env, ...extra };
}

function run(cwd: string, args: string[], env: Record<string, string>) {
  const r = spawnSync(args[0]!, args.slice(1), { cwd, encoding: 'utf8', env: cleanEnv(env) });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

const deployBuild = (cwd: string, env: Record<string, string>) => run(cwd, ['npm', 'run', '--silent', 'build'], env);

/** Every text file of a build (the Pagefind index is compressed binary; its HTML sources are checked). */
function textFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => /\.(html|xml|json|txt|csv|js|css|svg)$/.test(f) && !f.startsWith(`pagefind${path.sep}`));
}

/** Make the copy look like a site ready to publish: an operator, no illustrative story, no sample year. */
const files = {
  operator: path.join(work, 'data/van-hanh.yaml'),
  story: path.join(work, 'content/stories/to-hoa-giai-khu-pho/index.mdx'),
  year: path.join(work, 'data/results/2025.json'),
};
const original = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, readFileSync(f, 'utf8')])) as Record<
  keyof typeof files,
  string
>;
writeFileSync(files.operator, 'operator: Đơn vị kiểm thử\nemail: gop-y@example.gov.vn\n');
for (const folder of readdirSync(path.join(work, 'content/stories'))) {
  const f = path.join(work, 'content/stories', folder, 'index.mdx');
  writeFileSync(f, readFileSync(f, 'utf8').replace(/^illustrative: true$/m, 'illustrative: false'));
}
for (const name of readdirSync(path.join(work, 'data/results'))) {
  const f = path.join(work, 'data/results', name);
  writeFileSync(f, readFileSync(f, 'utf8').replace('"sample": true', '"sample": false'));
}
const ready = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, readFileSync(f, 'utf8')])) as Record<
  keyof typeof files,
  string
>;

describe('a deploy build of a site ready to publish', () => {
  const out = path.join(work, 'dist');

  it('builds, says so in its summary, and no file names localhost', () => {
    const r = deployBuild(work, { SITE_URL: PUBLIC, OUT_DIR: out });
    expect(r.status, r.output.slice(-3000)).toBe(0);
    expect(r.output).toContain('Bản để đăng đã dựng xong');
    expect(r.output).toMatch(/Trang: \d+/);
    expect(r.output).toContain(`Địa chỉ: ${PUBLIC}, đường dẫn gốc /`);
    const texts = textFiles(out);
    expect(texts.length).toBeGreaterThan(50);
    // The editor's bundle is Decap CMS's own code (its local-mode default address is a string in
    // it, unused by a deployed site); everything the site writes is checked.
    const withLocalhost = texts.filter(
      (f) => f !== 'quan-tri/cms.js' && /localhost|127\.0\.0\.1/.test(readFileSync(path.join(out, f), 'utf8')),
    );
    expect(withLocalhost).toEqual([]);
    const home = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(home).not.toContain(BANNER);
    // With a channel, the feedback link opens it with the page's title and address filled in.
    expect(home).toContain(
      `href="mailto:gop-y@example.gov.vn?subject=${encodeURIComponent('Góp ý: Dân vận chính quyền Hưng Yên')}&amp;body=${encodeURIComponent(`${PUBLIC}/`)}"`,
    );
    expect(home).toContain('Đơn vị kiểm thử');
    expect(readdirSync(work).filter((f) => f.includes('dang-dung'))).toEqual([]);
  });

  it.each<[string, keyof typeof files | null, string, Record<string, string>, RegExp]>([
    ['no SITE_URL', null, '', {}, /Chưa đặt SITE_URL/],
    [
      'an illustrative story',
      'story',
      ready.story.replace(/^illustrative: false$/m, 'illustrative: true'),
      { SITE_URL: PUBLIC },
      /1 bài “Dân vận khéo” là bài minh họa.*to-hoa-giai-khu-pho/,
    ],
    ['a year of sample results', 'year', original.year, { SITE_URL: PUBLIC }, /Kết quả năm 2025 là dữ liệu minh họa/],
    ['no operator', 'operator', original.operator, { SITE_URL: PUBLIC }, /data\/van-hanh\.yaml cần tên/],
  ])('refuses %s, with one reason, and leaves no output folder', (_name, file, text, env, reason) => {
    if (file) writeFileSync(files[file], text);
    try {
      // A previous build in the folder (it could be a preview build, full of localhost) goes too.
      mkdirSync(out, { recursive: true });
      writeFileSync(path.join(out, 'index.html'), 'cũ');
      const r = deployBuild(work, { ...env, OUT_DIR: out });
      expect(r.status).not.toBe(0);
      expect(r.output).toContain('Không dựng bản để đăng');
      expect(r.output).toMatch(reason);
      expect(r.output.split('\n').filter((l) => l.startsWith('  • '))).toHaveLength(1);
      expect(r.output).toContain('ALLOW_SAMPLES=1');
      expect(existsSync(out)).toBe(false);
    } finally {
      if (file) writeFileSync(files[file], ready[file]);
    }
  });

  it('a build that fails half-way leaves neither the output folder nor its staging copy', () => {
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'index.html'), 'cũ');
    // Valid for the loaders, fatal when the first page renders its footer.
    writeFileSync(files.operator, 'operator: Đơn vị kiểm thử\nten: x\n');
    try {
      const r = run(work, ['npx', 'astro', 'build'], { OUT_DIR: out });
      expect(r.status).not.toBe(0);
      expect(r.output).toMatch(/van-hanh\.yaml[\s\S]*Không có trường "ten"/);
      expect(existsSync(out)).toBe(false);
      expect(readdirSync(work).filter((f) => f.includes('dang-dung'))).toEqual([]);
    } finally {
      writeFileSync(files.operator, ready.operator);
    }
  });
});

describe('a demonstration build (ALLOW_SAMPLES=1) of the shipped samples', () => {
  const out = path.join(work, 'dist-demo');

  it('goes on, lists what it allowed, and every page, embeds included, shows the banner', () => {
    for (const [k, f] of Object.entries(files)) writeFileSync(f, original[k as keyof typeof files]);
    const r = deployBuild(work, { SITE_URL: PUBLIC, ALLOW_SAMPLES: '1', OUT_DIR: out });
    expect(r.status, r.output.slice(-3000)).toBe(0);
    expect(r.output).toContain('Bản trình diễn (ALLOW_SAMPLES=1');
    expect(r.output).toContain('Lưu ý (cho phép vì ALLOW_SAMPLES=1): Trang chưa nói ai chịu trách nhiệm');
    // Every public page; the staff editor (/quan-tri/, noindex, no content of its own) is a tool, not a page.
    const pages = readdirSync(out, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind') && !f.startsWith('quan-tri'));
    expect(pages.some((f) => f.startsWith(`nhung${path.sep}diem`))).toBe(true);
    const without = pages.filter((f) => !readFileSync(path.join(out, f), 'utf8').includes(BANNER));
    expect(without).toEqual([]);
  });
});
