import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../src/lib/places/load-places-fs';
import { RESERVED_SLUGS } from '../../src/lib/stories/check-stories';
import { checkStoryFiles } from '../../src/lib/stories/check-stories-fs';
import { BUILDS, readBuilt, requireBuild } from '../helpers/built-site';

/**
 * The "Dân vận khéo" gallery in the built sites: one page per published story file and none for
 * drafts, the illustrative label, the feed, the page weight (the instant filter: gallery.browser.test.ts).
 */
const { places } = readPlaces();
const { stories, problems } = checkStoryFiles('.', places);
const published = stories.filter((s) => !s.draft);
const drafts = stories.filter((s) => s.draft);

describe('stories → pages', () => {
  it('the content is valid and has at least 12 published stories', () => {
    expect(problems).toEqual([]);
    expect(published.length).toBeGreaterThanOrEqual(12);
  });

  it.each(['root', 'sub'] as const)(
    '%s build: every published story file became exactly one page, drafts none',
    (build) => {
      const dir = path.join(requireBuild(build), 'dan-van-kheo');
      const pages = readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory() && !(RESERVED_SLUGS as readonly string[]).includes(d.name))
        .map((d) => d.name)
        .sort();
      expect(pages).toEqual(published.map((s) => s.slug).sort());
      for (const slug of pages) expect(readdirSync(path.join(dir, slug))).toEqual(['index.html']);
    },
  );

  it('drafts appear nowhere: not in pages, feed, filter index, sitemap or search', () => {
    const dir = requireBuild('root');
    const files = readdirSync(dir, { recursive: true })
      .map(String)
      .filter((f) => /\.(html|xml|json)$/.test(f) && !f.startsWith('pagefind'));
    for (const draft of drafts) {
      for (const f of files)
        expect(readFileSync(path.join(dir, f), 'utf8'), f).not.toContain(`/dan-van-kheo/${draft.slug}/`);
    }
  });

  it('each illustrative story page says so, visibly', async () => {
    for (const s of published) {
      const html = await readBuilt('root', `dan-van-kheo/${s.slug}/index.html`);
      const text = readFileSync(path.join('content/stories', s.slug, 'index.mdx'), 'utf8');
      if (/^illustrative:\s*true/m.test(text)) expect(html, s.slug).toContain('Bài viết minh họa');
      expect(html).toMatch(/<picture>.*type="image\/avif".*type="image\/webp"/s);
      expect(html).toContain('href="/van-ban/chi-thi-2022-02-21/#diem-3"');
    }
  });
});

describe('gallery listing pages', () => {
  it('the gallery shows at most 24 cards and every story is on one of its pages', () => {
    const dir = path.join(requireBuild('root'), 'dan-van-kheo');
    const trang = path.join(dir, 'trang');
    const pageFiles = [
      'index.html',
      ...(existsSync(trang) ? readdirSync(trang).map((n) => `trang/${n}/index.html`) : []),
    ];
    const linked = new Set<string>();
    for (const f of pageFiles) {
      const html = readFileSync(path.join(dir, f), 'utf8');
      const cards = [...html.matchAll(/class="dv-card__title"[^>]*><a href="\/dan-van-kheo\/([a-z0-9-]+)\/"/g)].map(
        (m) => m[1]!,
      );
      expect(cards.length).toBeLessThanOrEqual(24);
      cards.forEach((c) => linked.add(c));
    }
    expect([...linked].sort()).toEqual(published.map((s) => s.slug).sort());
  });

  it('filter links have ASCII URLs and counts that match their pages', async () => {
    const html = await readBuilt('root', 'dan-van-kheo/index.html');
    const links = [
      ...html.matchAll(
        /<a href="\/dan-van-kheo\/((?:linh-vuc|dia-ban|nam)\/[^"]+)"[^>]*>[^<]+<\/a> <span[^>]*>\((\d+)\)/g,
      ),
    ];
    expect(links.length).toBeGreaterThanOrEqual(5 + 3 + 5);
    for (const [, rel, n] of links) {
      expect(rel).toMatch(/^[a-z0-9/-]+$/);
      const page = await readBuilt('root', `dan-van-kheo/${rel}index.html`);
      expect(page).toContain(`${n} bài viết`);
    }
  });

  it('the gallery page weighs at most 40 KB gzip without images', () => {
    const dir = requireBuild('root');
    const html = readFileSync(path.join(dir, 'dan-van-kheo/index.html'));
    const assets = [
      ...new Set([...html.toString().matchAll(/(?:href|src)="\/(_astro\/[^"]+\.(?:css|js))"/g)].map((m) => m[1]!)),
    ];
    const total =
      gzipSync(html).length + assets.reduce((s, a) => s + gzipSync(readFileSync(path.join(dir, a))).length, 0);
    expect(total).toBeLessThanOrEqual(40 * 1024);
  });
});

describe('RSS feed', () => {
  it.each(['root', 'sub'] as const)(
    '%s: one item per published story, absolute links under the base path',
    async (build) => {
      const xml = await readBuilt(build, 'dan-van-kheo/rss.xml');
      expect(xml).toMatch(/^<\?xml/);
      const links = [...xml.matchAll(/<item>.*?<link>([^<]+)<\/link>/gs)].map((m) => m[1]!);
      expect(links.length).toBe(published.length);
      for (const link of links)
        expect(link).toMatch(new RegExp(`^https?://[^/]+${BUILDS[build].base}dan-van-kheo/[a-z0-9-]+/$`));
    },
  );
});
