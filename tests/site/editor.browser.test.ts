import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalEditor, type LocalEditor } from '../../scripts/lib/local-editor';
import { readPlaces } from '../../src/lib/places/load-places-fs';
import { startStaticServer } from '../../scripts/lib/static-server';
import { parseFrontMatter } from '../../src/lib/stories/check-stories';
import { checkStoryFiles } from '../../src/lib/stories/check-stories-fs';
import { copyProject } from '../../scripts/lib/temp-project';
import { launchBrowser, openWatched } from '../helpers/browser';
import { requireBuild } from '../helpers/built-site';
import { rankOf, searchSite } from '../helpers/site-search';

/**
 * The staff editor as staff use it, in Chromium: `npm run editor`'s local mode (decap-server) on a
 * temporary copy of the project, never the real content/. A story is created through the form,
 * saved, checked, built and found by search; then edited, and only the edited lines change.
 * Two builds in all: the copy with the new story, and a copy without the editor for the
 * "no public page grows" comparison with dist/.
 */
const TITLE = 'Đổi mới tiếp dân ở phường Hiến Nam';
const SLUG = 'doi-moi-tiep-dan-o-phuong-hien-nam';
const SUMMARY = 'Bộ phận một cửa hẹn giờ tiếp dân qua tin nhắn, người dân không phải chờ lâu.';
const COVER_SOURCE = 'content/stories/to-hoa-giai-khu-pho/anh-bia.jpg';
const SHOTS = process.env.EDITOR_SCREENSHOTS; // docs/anh when refreshing the guide's pictures

const work = copyProject(process.cwd(), 'editor-e2e-');
const storyDir = path.join(work, 'content/stories', SLUG);
const storyFile = path.join(storyDir, 'index.md');
const places = readPlaces('data/dia-ban.yaml').places;

function astroBuild(cwd: string): string {
  const outDir = path.join(cwd, 'dist');
  // Vitest puts Vite's own variables (MODE=test, DEV…) in the environment; a build that inherits
  // them counts as DEV and shows drafts. Build as `npm run build` does.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([k]) =>
        !['NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL', 'TEST', 'VITEST'].includes(k) &&
        !k.startsWith('VITEST_'),
    ),
  );
  const run = spawnSync('npx', ['astro', 'build'], {
    cwd,
    encoding: 'utf8',
    env: { ...env, BASE_PATH: '/', OUT_DIR: outDir },
  });
  if (run.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${(run.stdout + run.stderr).slice(-3000)}`);
  return outDir;
}

/** A story's front matter as key → its lines (a key and its indented continuation), and its body. */
function splitStory(text: string): [Map<string, string>, string] {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`not a story file:\n${text}`);
  const blocks = new Map<string, string>();
  let key = '';
  for (const line of match[1]!.split('\n')) {
    if (/^\S/.test(line)) key = line.split(':')[0]!;
    blocks.set(key, blocks.has(key) ? `${blocks.get(key)}\n${line}` : line);
  }
  return [blocks, match[2]!];
}

/** Every file of a build with its hash, relative paths. */
function tree(dir: string, skip: (file: string) => boolean = () => false): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .filter((f) => !skip(f))
      .sort()
      .map((f) => [
        f,
        createHash('sha256')
          .update(readFileSync(path.join(dir, f)))
          .digest('hex'),
      ]),
  );
}

describe('staff editor at /quan-tri/ (local mode)', () => {
  let editor: LocalEditor;
  let browser: Browser;
  let page: Page;
  const saved: string[][] = [];

  beforeAll(async () => {
    editor = await startLocalEditor({ projectRoot: work, onSave: (paths) => saved.push(paths) });
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await page.goto(editor.url);
    // Local mode: no account, one click.
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByText('Bài “Dân vận khéo”').first().waitFor();
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'bien-tap-danh-sach.png') });
  });
  afterAll(async () => {
    await browser?.close();
    await editor?.close();
    rmSync(work, { recursive: true, force: true });
  });

  /** Type into a react-select list and take the matching option. */
  async function choose(field: string, text: string) {
    await page.locator(`[id^="${field}-field-"]`).first().fill(text);
    await page.keyboard.press('Enter');
  }

  /** "Công bố ngay" (Decap's word for save), then wait until the saved entry is shown again. */
  async function publish() {
    const before = saved.length;
    await page.getByRole('button', { name: 'Công bố' }).first().click();
    await page.getByText('Công bố ngay').click();
    await expect.poll(() => saved.length, { timeout: 15_000 }).toBe(before + 1);
    // After a save Decap reloads the entry; a click during that reload is lost.
    await page.waitForURL(/#\/collections\/stories\/entries\//);
    await page.getByText('Thay đổi đã được lưu').waitFor();
  }

  /** Set an on/off field, checking the switch really changed (a re-render can swallow a click). */
  async function setSwitch(field: string, on: boolean) {
    const control = page.locator(`[id^="${field}-field-"][role="switch"]`).first();
    await expect
      .poll(
        async () => {
          if ((await control.getAttribute('aria-checked')) !== String(on)) await control.click();
          return control.getAttribute('aria-checked');
        },
        { timeout: 10_000, interval: 300 },
      )
      .toBe(String(on));
  }

  it('creates a story through the Vietnamese form: a Markdown folder with an ASCII name, the cover beside it, a draft', async () => {
    await page.getByRole('link', { name: 'Tạo bài mới' }).click();
    await page.waitForURL(/#\/collections\/stories\/new/);
    await page.getByLabel('Tiêu đề').fill(TITLE);
    await page.getByLabel('Tóm tắt').fill(SUMMARY);
    await choose('fields', 'Kinh tế');
    await choose('fields', 'Xã hội');
    await choose('place', 'thành phố Hưng Yên');
    await page.getByLabel('Năm công nhận').fill('2024');
    await page.getByLabel('Mô tả ảnh bìa').fill('Người dân ngồi chờ ở bộ phận một cửa');
    await choose('points', 'Điểm 6');
    await page.getByRole('button', { name: 'Chọn một hình' }).click();
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'Ảnh bìa tiếp dân.jpg', mimeType: 'image/jpeg', buffer: readFileSync(COVER_SOURCE) });
    await page.getByRole('button', { name: 'Lấy những cái đã chọn' }).click();
    await page.locator('[data-slate-editor]').click();
    await page.keyboard.type('Người dân được hẹn giờ, không phải chờ.');
    await page.keyboard.press('Enter');
    await page.getByTitle('Headings').click();
    await page.getByRole('menuitem', { name: 'Tiêu đề cấp 2' }).click();
    await page.keyboard.type('Cách làm');
    await page.keyboard.press('Enter');
    await page.getByTitle('Bulleted List').click();
    await page.keyboard.type('Nhắn tin hẹn giờ');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tiếp đúng giờ');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'bien-tap-bai-moi.png') });
    await publish();

    expect(saved.at(-1)!.sort()).toEqual([
      `content/stories/${SLUG}/anh-bia-tiep-dan.jpg`,
      `content/stories/${SLUG}/index.md`,
    ]);
    expect(readdirSync(storyDir).sort()).toEqual(['anh-bia-tiep-dan.jpg', 'index.md']);
    expect(readFileSync(path.join(storyDir, 'anh-bia-tiep-dan.jpg')).equals(readFileSync(COVER_SOURCE))).toBe(true);
    const text = readFileSync(storyFile, 'utf8');
    const { data } = parseFrontMatter(text);
    expect(data).toMatchObject({
      title: TITLE,
      summary: SUMMARY,
      fields: ['kinh-te', 'xa-hoi'],
      place: 'thanh-pho-hung-yen',
      year: 2024,
      cover: './anh-bia-tiep-dan.jpg',
      points: [6],
      draft: true,
    });
    expect(text).toMatch(/\n## Cách làm\n/);
    expect(text).toMatch(/\n[*-] Nhắn tin hẹn giờ\n[*-] Tiếp đúng giờ\n/);
    expect(text.normalize('NFC')).toBe(text);
    // A draft passes the checker too (it is simply not published).
    expect(checkStoryFiles(work, places).problems).toEqual([]);
  });

  it('publishing: switching the draft off saves draft: false, and `npm run check` accepts the folder', async () => {
    expect(await page.locator('[id^="draft-field-"][role="switch"]').getAttribute('aria-checked')).toBe('true');
    await setSwitch('draft', false);
    await publish();
    expect(parseFrontMatter(readFileSync(storyFile, 'utf8')).data?.draft).toBe(false);
    const run = spawnSync('npx', ['tsx', 'scripts/check-content.ts'], { cwd: work, encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('a build publishes it under /dan-van-kheo/<ascii-slug>/ with its cover and facets, and search finds the title typed without marks', async () => {
    const dist = astroBuild(work);
    const html = readFileSync(path.join(dist, 'dan-van-kheo', SLUG, 'index.html'), 'utf8');
    expect(html).toMatch(new RegExp(`<h1[^>]*>${TITLE}</h1>`));
    expect(html).toMatch(/<img[^>]+alt="Người dân ngồi chờ ở bộ phận một cửa"/);
    expect(html).toMatch(/<h2[^>]*>Cách làm<\/h2>/);
    expect(html).toMatch(/<li>Nhắn tin hẹn giờ<\/li>/);
    for (const facet of ['linh-vuc/kinh-te/', 'linh-vuc/xa-hoi/', 'dia-ban/thanh-pho-hung-yen/', 'nam/2024/']) {
      expect(html).toContain(`href="/dan-van-kheo/${facet}"`);
      expect(readFileSync(path.join(dist, 'dan-van-kheo', facet, 'index.html'), 'utf8')).toContain(
        `/dan-van-kheo/${SLUG}/`,
      );
    }
    expect(html).toContain('/van-ban/chi-thi-2022-02-21/#diem-6');
    const server = await startStaticServer({ root: dist, base: '/' });
    try {
      const search = await browser.newPage();
      const hits = await searchSite(search, server.url, 'doi moi tiep dan o phuong hien nam');
      // The listing that shows its card may come first; the story itself is among the first three.
      expect(rankOf(hits, `dan-van-kheo/${SLUG}/`), JSON.stringify(hits.map((h) => h.url))).toBeLessThanOrEqual(3);
      await search.close();
    } finally {
      await server.close();
    }
  });

  it('edits the existing story through the form: only the edited lines change', async () => {
    const before = readFileSync(storyFile, 'utf8');
    await page.goto(`${editor.url}#/collections/stories/entries/${SLUG}/index`);
    await page.getByLabel('Tóm tắt').fill(`${SUMMARY} Năm 2024 có hơn 3.000 lượt hẹn.`);
    await choose('principles', 'Dân thụ hưởng');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'bien-tap-sua-bai.png') });
    await publish();
    const after = readFileSync(storyFile, 'utf8');
    const [frontBefore, bodyBefore] = splitStory(before);
    const [frontAfter, bodyAfter] = splitStory(after);
    // The body and every front-matter line of the untouched keys are byte-identical.
    expect(bodyAfter).toBe(bodyBefore);
    const changed = [...new Set([...frontBefore.keys(), ...frontAfter.keys()])].filter(
      (k) => frontBefore.get(k) !== frontAfter.get(k),
    );
    expect(changed).toEqual(['summary', 'principles']);
    expect(frontAfter.get('principles')).toBe('principles:\n  - dan-thu-huong');
    expect(parseFrontMatter(after).data?.summary).toBe(`${SUMMARY} Năm 2024 có hơn 3.000 lượt hẹn.`);
    expect(checkStoryFiles(work, places).problems).toEqual([]);
  });

  it('the preview shows the card and the page with the site styles, the points and principles claimed, and the illustrative mark', async () => {
    await setSwitch('illustrative', true);
    const frame = page.frameLocator('iframe').first();
    await expect.poll(() => frame.locator('.dv-story h1').textContent()).toBe(TITLE);
    await expect.poll(() => frame.locator('.dv-card__title').textContent()).toBe(TITLE);
    expect(await frame.locator('.dv-story__points li').allTextContents()).toEqual([
      expect.stringMatching(/^Điểm 6 của Chỉ thị — Tiếp cận thông tin/),
    ]);
    expect(await frame.locator('.dv-story-meta').textContent()).toContain('Dân thụ hưởng');
    expect(await frame.locator('.dv-illustrative-notice').textContent()).toContain('Bài viết minh họa');
    // The site's own stylesheet: the card has the site's border radius token applied.
    expect(await frame.locator('.dv-card article').evaluate((el) => getComputedStyle(el).borderTopStyle)).toBe('solid');
    if (SHOTS) await page.screenshot({ path: path.join(SHOTS, 'bien-tap-xem-truoc.png') });
  });
});

describe('/quan-tri/ in the built site', () => {
  it('is noindex, has its own strict CSP, and is out of the sitemap, the search index and the feeds', () => {
    const dist = requireBuild('root');
    const html = readFileSync(path.join(dist, 'quan-tri/index.html'), 'utf8');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline';/,
    );
    expect(html).not.toContain('data-pagefind-body');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//);
    for (const file of ['sitemap-0.xml', 'dan-van-kheo/rss.xml', 'cap-nhat.xml', 'robots.txt']) {
      if (existsSync(path.join(dist, file)))
        expect(readFileSync(path.join(dist, file), 'utf8'), file).not.toContain('quan-tri');
    }
    // The bundle came from node_modules at build time: the editor's four files, nothing else.
    expect(readdirSync(path.join(dist, 'quan-tri')).sort()).toEqual([
      'cms.js',
      'config.yml',
      'index.html',
      'xem-truoc.css',
    ]);
    expect(readFileSync(path.join(dist, 'quan-tri/cms.js'), 'utf8')).toContain('decap-cms-app');
  });

  it('opens without any request to another origin (no CDN)', async () => {
    const server = await startStaticServer({ root: requireBuild('root'), base: '/' });
    const browser = await launchBrowser();
    try {
      const context = await browser.newContext();
      const { page, watch } = await openWatched(context, `${server.url}quan-tri/`);
      await page.getByRole('button', { name: /Đăng nhập/ }).waitFor();
      expect(watch.external).toEqual([]);
      expect(watch.errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('no public page grows by a byte: a build without the editor differs from dist/ only by quan-tri/', () => {
    const copy = copyProject(process.cwd(), 'no-editor-');
    try {
      // With the history: a point poster's "Cập nhật ngày" is the directive file's last commit date.
      cpSync('.git', path.join(copy, '.git'), { recursive: true });
      rmSync(path.join(copy, 'src/pages/quan-tri'), { recursive: true });
      const without = tree(astroBuild(copy));
      const withEditor = tree(requireBuild('root'), (f) => f.startsWith('quan-tri/'));
      expect([...withEditor.keys()]).toEqual([...without.keys()]);
      const differing = [...withEditor].filter(([f, hash]) => without.get(f) !== hash).map(([f]) => f);
      expect(differing).toEqual([]);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  });
});
