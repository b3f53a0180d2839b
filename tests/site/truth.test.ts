import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPlaces } from '../../src/lib/places/load-places-fs';
import { checkStoryFiles } from '../../src/lib/stories/check-stories-fs';
import { BUILDS, isEmbedPage, listHtmlFiles, readBuilt, type BuildName } from '../helpers/built-site';

/**
 * What the built sites (of `npm test`, preview builds of the shipped samples) say about
 * themselves: who runs them and how to send feedback, on every page; the mark of every
 * illustrative story and sample year wherever it travels (title, share previews, search, cards,
 * feeds, embeds, home and gallery intro); and the corrections of the citizen review.
 */
const SITE = 'http://localhost:4321';
const { places } = readPlaces();
const stories = checkStoryFiles('.', places).stories.filter((s) => !s.draft);
const illustrative = stories.filter((s) =>
  /^illustrative:\s*true/m.test(readFileSync(path.join('content/stories', s.slug, 'index.mdx'), 'utf8')),
);
const sampleYears = [2022, 2023, 2024, 2025].filter((y) =>
  /"sample": true/.test(readFileSync(`data/results/${y}.json`, 'utf8')),
);
const attr = (html: string, re: RegExp) => re.exec(html)?.[1] ?? '';
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

describe.each<BuildName>(['root', 'sub'])('operator and feedback on every page of the %s build', async (build) => {
  const base = BUILDS[build].base;
  const all = await listHtmlFiles(build);

  it.each(all.filter((f) => !isEmbedPage(f)))(
    '%s: the operator block (unknown → “chưa cập nhật”) and a live feedback link',
    async (file) => {
      const html = await readBuilt(build, file);
      const footer = text(/<footer[\s\S]*<\/footer>/.exec(html)?.[0] ?? '');
      for (const label of [
        'Cơ quan chủ quản',
        'Đơn vị vận hành',
        'Địa chỉ',
        'Điện thoại',
        'Thư điện tử',
        'Người chịu trách nhiệm nội dung',
      ]) {
        expect(footer, label).toContain(`${label} chưa cập nhật`);
      }
      // No channel is published yet: the link leads to the line on the same page that says so.
      expect(html).toMatch(/<a href="#kenh-gop-y"[^>]*data-feedback-link[^>]*>Góp ý về trang này<\/a>/);
      expect(html).toMatch(/<div id="kenh-gop-y"[^>]*><dt[^>]*>Kênh góp ý chính thức<\/dt><dd[^>]*>chưa công bố\./);
      // No source-code link unless SOURCE_URL is set (it is not in `npm test`).
      expect(footer).not.toContain('Mã nguồn của trang');
    },
  );

  it.each(all.filter(isEmbedPage))(
    'embed %s: a compact operator line whose feedback link opens the full page',
    async (file) => {
      const html = await readBuilt(build, file);
      expect(text(html)).toContain('Đơn vị vận hành: chưa cập nhật');
      const link = attr(html, /<a href="([^"]+)"[^>]*data-feedback-link/);
      expect(link.startsWith(`${SITE}${base}`)).toBe(true);
      expect(link).toMatch(/^[^#]+#kenh-gop-y$/);
    },
  );
});

describe('samples carry their mark wherever they travel', () => {
  it('the shipped content has samples to mark', () => {
    expect(illustrative.length).toBeGreaterThan(0);
    expect(sampleYears.length).toBeGreaterThan(0);
  });

  it.each(illustrative.map((s) => s.slug))(
    'story %s: title, share previews and search result say “Bài viết minh họa”',
    async (slug) => {
      const html = await readBuilt('root', `dan-van-kheo/${slug}/index.html`);
      expect(attr(html, /<title>([^<]+)<\/title>/)).toMatch(/^Bài viết minh họa: /);
      for (const name of ['property="og:title"', 'name="twitter:title"'])
        expect(attr(html, new RegExp(`<meta ${name} content="([^"]+)"`)), name).toMatch(/^Bài viết minh họa: /);
      for (const name of ['name="description"', 'property="og:description"', 'name="twitter:description"']) {
        expect(attr(html, new RegExp(`<meta ${name} content="([^"]+)"`)), name).toMatch(
          /^Bài viết minh họa, không phải mô hình có thật\. /,
        );
      }
      // Pagefind shows the meta title in results.
      expect(attr(html, /data-pagefind-meta="title:([^"]+)"/)).toMatch(/^Bài viết minh họa: /);
      expect(text(html)).toContain('Bài viết minh họa. Đây là bài mẫu');
    },
  );

  it.each(sampleYears)(
    'results of sample year %i: title, share previews and search result say “Dữ liệu minh họa”',
    async (year) => {
      const html = await readBuilt('root', `ket-qua/${year}/index.html`);
      expect(attr(html, /<title>([^<]+)<\/title>/)).toMatch(/^Dữ liệu minh họa: /);
      expect(attr(html, /<meta property="og:title" content="([^"]+)"/)).toMatch(/^Dữ liệu minh họa: /);
      expect(attr(html, /<meta name="twitter:description" content="([^"]+)"/)).toMatch(
        /^Dữ liệu minh họa, không phải kết quả đánh giá thật\. /,
      );
      expect(attr(html, /data-pagefind-meta="title:([^"]+)"/)).toMatch(/^Dữ liệu minh họa: /);
    },
  );

  it('every card of an illustrative story, in every listing, carries the mark before its title', async () => {
    const listings = (await listHtmlFiles('root')).filter(
      (f) =>
        f.startsWith('dan-van-kheo/') &&
        !illustrative.some((s) => f === `dan-van-kheo/${s.slug}/index.html`) &&
        !stories.some((s) => f === `dan-van-kheo/${s.slug}/index.html`),
    );
    let cards = 0;
    for (const file of listings) {
      const html = await readBuilt('root', file);
      for (const card of html.match(/<li class="dv-card"[\s\S]*?<\/li>/g) ?? []) {
        const slug = attr(card, /href="\/dan-van-kheo\/([^/"]+)\/"/);
        if (!illustrative.some((s) => s.slug === slug)) continue;
        cards++;
        expect(card, `${file}: ${slug}`).toMatch(
          /<p class="dv-illustrative"[^>]*>Bài viết minh họa<\/p>[\s\S]*<h[23] class="dv-card__title"/,
        );
      }
    }
    expect(cards).toBeGreaterThanOrEqual(illustrative.length);
  });

  it('the home page and the gallery intro say plainly that the stories and figures are examples', async () => {
    expect(text(await readBuilt('root', 'index.html'))).toContain(
      'các bài “Dân vận khéo” và các con số kết quả đánh giá đang có trên trang là ví dụ minh họa',
    );
    const gallery = text(await readBuilt('root', 'dan-van-kheo/index.html'));
    expect(gallery).toMatch(/tất cả các bài hiện có trong mục này là bài minh họa|bài của mục này là bài minh họa/);
    expect(gallery).not.toContain('do cán bộ truyền thông các cơ quan, địa phương giới thiệu');
  });

  it('RSS items of illustrative stories and sample years are marked', async () => {
    const rss = await readBuilt('root', 'dan-van-kheo/rss.xml');
    for (const s of illustrative) {
      const item = /<item>[\s\S]*?<\/item>/g;
      const mine = (rss.match(item) ?? []).find((i) => i.includes(`/dan-van-kheo/${s.slug}/`)) ?? '';
      expect(attr(mine, /<title>([^<]+)<\/title>/), s.slug).toContain('(Bài viết minh họa)');
    }
    const updates = await readBuilt('root', 'cap-nhat.xml');
    for (const y of sampleYears) {
      const mine = (updates.match(/<item>[\s\S]*?<\/item>/g) ?? []).find((i) => i.includes(`/ket-qua/${y}/`)) ?? '';
      expect(attr(mine, /<title>([^<]+)<\/title>/), String(y)).toContain('(Dữ liệu minh họa)');
    }
  });

  it('the directive’s “related” lists mark illustrative stories and sample years', async () => {
    const html = await readBuilt('root', 'van-ban/chi-thi-2022-02-21/index.html');
    const links = [
      ...html.matchAll(/<li[^>]*><a href="\/dan-van-kheo\/([^/"]+)\/"[^>]*>[^<]+<\/a>(<strong[^>]*>[^<]*<\/strong>)?/g),
    ];
    expect(links.length).toBeGreaterThan(0);
    for (const [, slug, mark] of links) {
      if (illustrative.some((s) => s.slug === slug)) expect(mark ?? '', slug).toContain('(Bài viết minh họa)');
    }
    expect(text(html)).toContain(`dữ liệu minh họa: ${sampleYears.join(', ')}`);
  });

  it('the stories widget marks each illustrative story it lists', async () => {
    const html = await readBuilt('root', 'nhung/mo-hinh-moi/index.html');
    const items = html.match(/<li\b[\s\S]*?<\/li>/g) ?? [];
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) {
      const slug = attr(item, /href="\/dan-van-kheo\/([^/"]+)\/"/);
      if (illustrative.some((s) => s.slug === slug)) expect(item, slug).toContain('>Bài viết minh họa</strong>');
    }
  });

  it('no label claims an official recognition that did not happen', async () => {
    for (const file of await listHtmlFiles('root')) {
      expect(text(await readBuilt('root', file)), file).not.toMatch(/Năm công nhận|Công nhận năm/);
    }
  });
});

describe('corrections from the citizen review', () => {
  it('point 8’s plain reading follows the directive’s order: self-score, report by 15/11, then appraisal', async () => {
    const html = await readBuilt('root', 'van-ban/chi-thi-2022-02-21/index.html');
    const plain = text(/<aside class="dv-plain"[^>]*aria-label="[^"]*điểm 8"[\s\S]*?<\/aside>/.exec(html)?.[0] ?? '');
    const self = plain.indexOf('tự chấm điểm');
    const report = plain.indexOf('trước ngày 15 tháng 11');
    const appraise = plain.indexOf('thẩm định');
    expect(self).toBeGreaterThan(-1);
    expect(report).toBeGreaterThan(self);
    expect(appraise).toBeGreaterThan(report);
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'the point %i widget keeps “không phải văn bản chính thức” with its plain reading',
    async (n) => {
      expect(text(await readBuilt('root', `nhung/diem/${n}/index.html`))).toContain('không phải văn bản chính thức');
    },
  );

  it('the method page does not present QĐ 02/2020’s signing date as the date it took effect', async () => {
    const html = text(await readBuilt('root', 'ket-qua/phuong-phap/index.html'));
    expect(html).not.toContain('Hiệu lực: từ 08/01/2020');
    expect(html).toContain('Ký ban hành ngày 08/01/2020; ngày bắt đầu có hiệu lực: chưa cập nhật');
    // The verified one stays.
    expect(html).toContain('Hiệu lực: từ 15/02/2025');
  });

  it('no public page shows a developer command or the letter k for the minimum group size', async () => {
    for (const file of await listHtmlFiles('root')) {
      const page = text(await readBuilt('root', file));
      expect(page, file).not.toMatch(/npm (run|ci|start|test)\b/);
      expect(page, file).not.toMatch(/\bk = \d|dưới k\b|ngưỡng k\b/);
    }
  });

  it('wording: no “chờ đợi”, no “Luật: Luật …”', async () => {
    const directive = text(await readBuilt('root', 'van-ban/chi-thi-2022-02-21/index.html'));
    expect(directive).toContain('quyền mong đợi');
    expect(directive).not.toContain('chờ đợi');
    const refs = text(await readBuilt('root', 'van-ban/vien-dan/index.html'));
    expect(refs).toContain('Luật Tiếp cận thông tin');
    expect(refs).not.toMatch(/\b(Luật|Nghị quyết|Hiến pháp): \1/);
  });

  it('dates written by the site are padded one way (dd/mm/yyyy), as the date formatter writes them', async () => {
    // The directive's own text and the names of the documents it cites are kept as signed
    // (also where a point is quoted: its widget and its notice-board poster).
    const official = /^(van-ban\/chi-thi|van-ban\/vien-dan|nhung\/diem\/|in\/diem-)/;
    for (const file of (await listHtmlFiles('root')).filter((f) => !official.test(f))) {
      const loose =
        text(await readBuilt('root', file))
          .match(/(?<![\d/])\d{1,2}\/\d{1,2}\/\d{4}\b/g)
          ?.filter((d) => !/^\d{2}\/\d{2}\//.test(d)) ?? [];
      expect(loose, file).toEqual([]);
    }
    const plain = text(
      /<aside class="dv-plain"[\s\S]*?<\/aside>/g.exec(
        await readBuilt('root', 'van-ban/chi-thi-2022-02-21/index.html'),
      )?.[0] ?? '',
    );
    expect(plain.match(/(?<![\d/])\d{1,2}\/\d{1,2}\/\d{4}/g)?.filter((d) => !/^\d{2}\/\d{2}\//.test(d)) ?? []).toEqual(
      [],
    );
  });

  it('each story links only to the points it lists', async () => {
    for (const s of stories) {
      const html = await readBuilt('root', `dan-van-kheo/${s.slug}/index.html`);
      const section = /<section class="dv-story__points"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
      const linked = [...section.matchAll(/#diem-(\d)"/g)].map((m) => Number(m[1]));
      const front =
        /^points: \[([\d, ]+)\]/m.exec(readFileSync(path.join('content/stories', s.slug, 'index.mdx'), 'utf8'))?.[1] ??
        '';
      expect(linked, s.slug).toEqual(front.split(',').map(Number));
    }
  });

  it('wide tables say they scroll', async () => {
    const html = await readBuilt('root', 'ket-qua/2025/index.html');
    const frames = html.match(/<section class="dv-table-scroll"/g) ?? [];
    const hints = html.match(/class="dv-table-scroll__hint"[^>]*>Bảng rộng: vuốt ngang/g) ?? [];
    expect(frames.length).toBeGreaterThan(0);
    expect(hints.length).toBe(frames.length);
  });
});
