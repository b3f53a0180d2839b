import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseFrontMatter } from '../stories/check-stories';
import { dataDirs, readResultsContext } from '../results/load-data-fs';
import type { ResultsContext } from '../results/results-context';
import { onlinePath, publicUrl } from './poster-paths';
import { pointScript, READ_ALOUD_WORD_LIMIT, storyScript, yearScript } from './read-aloud';
import { countWords } from './speak-text-vi';
import { integerToWordsVi } from './spoken-number-vi';
import { yearPosterFigures } from './year-figures';

/** The test build's origin (SITE_URL unset) and a long but realistic public one. */
const ORIGINS = [
  ['default', 'http://localhost:4321', '/'],
  ['portal sub-path', 'https://danvanchinhquyen.hungyen.gov.vn', '/dan-van/'],
] as const;

const directive = (() => {
  const text = readFileSync('content/van-ban/chi-thi-2022-02-21.md', 'utf8');
  const front = /^---\n([\s\S]*?)\n---/.exec(text)![1]!;
  return yaml.load(front) as {
    kind: string;
    date: string | Date;
    issuer: string;
    points: Array<{ n: number; topic: string; plain: string }>;
  };
})();
const isoDate = (d: string | Date) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

const stories = readdirSync('content/stories').map((dir) => {
  const file = readdirSync(path.join('content/stories', dir)).find((f) => /^index\.mdx?$/.test(f))!;
  const data = parseFrontMatter(readFileSync(path.join('content/stories', dir, file), 'utf8')).data!;
  return {
    slug: dir,
    title: String(data.title),
    summary: String(data.summary),
    year: Number(data.year),
    illustrative: data.illustrative === true,
  };
});

const dirs = dataDirs('.');
const ctx: ResultsContext = readResultsContext(dirs);

describe.each(ORIGINS)('loudspeaker scripts with the %s address', (_name, site, base) => {
  it('covers all 8 points of the directive', () => {
    expect(directive.points.map((p) => p.n)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it.each(directive.points.map((p) => [p.n, p] as const))(
    'point %d: under 200 words, numbers in words, address spelled',
    (n, p) => {
      const url = publicUrl(site, base, onlinePath({ kind: 'point', n }));
      const script = pointScript({
        kind: directive.kind,
        date: isoDate(directive.date),
        issuer: directive.issuer,
        n,
        topic: p.topic,
        plain: p.plain,
        url,
        homeUrl: publicUrl(site, base, '/'),
      });
      const text = script.paragraphs.join(' ');
      expect(countWords(text)).toBe(script.words);
      expect(script.words).toBeLessThan(READ_ALOUD_WORD_LIMIT);
      expect(text).not.toMatch(/\d|https?:|\//);
      expect(text).toContain('dấu thăng diem gạch ngang');
      expect(text).toContain(p.topic.replace(/\d+/g, '').trim().split(' ')[0]);
      expect(script.seconds).toBeLessThanOrEqual(70);
    },
  );

  it.each(stories.map((s) => [s.slug, s] as const))('story %s: under 200 words, sample said first', (slug, s) => {
    const url = publicUrl(site, base, onlinePath({ kind: 'story', slug }));
    const script = storyScript({ ...s, place: 'huyện Khoái Châu', url, homeUrl: publicUrl(site, base, '/') });
    expect(script.words).toBeLessThan(READ_ALOUD_WORD_LIMIT);
    expect(script.paragraphs.join(' ')).not.toMatch(/\d/);
    if (s.illustrative) expect(script.paragraphs.slice(0, 2).join(' ')).toMatch(/minh họa/);
  });

  it.each(ctx.years.map((y) => [y.year, y] as const))(
    'results %d: under 200 words, key figures in words',
    (year, y) => {
      const figures = yearPosterFigures(ctx, y);
      const script = yearScript(
        figures,
        publicUrl(site, base, onlinePath({ kind: 'year', year })),
        publicUrl(site, base, '/'),
      );
      const text = script.paragraphs.join(' ');
      expect(script.words).toBeLessThan(READ_ALOUD_WORD_LIMIT);
      expect(text).not.toMatch(/\d/);
      expect(text).toContain('hai nghìn không trăm hai mươi');
      if (figures.sample) expect(text).toMatch(/minh họa/);
      // Every paragraph starts with a capital, also those that began with a figure.
      for (const p of script.paragraphs) expect(p.charAt(0)).toBe(p.charAt(0).toLocaleUpperCase('vi'));
      const count = integerToWordsVi(figures.units);
      expect(
        script.paragraphs.some((p) =>
          p.startsWith(`${count.charAt(0).toLocaleUpperCase('vi')}${count.slice(1)} cơ quan, đơn vị`),
        ),
      ).toBe(true);
    },
  );
});

describe('script limits', () => {
  it('refuses a plain reading too long to read in a minute, in Vietnamese, naming the point', () => {
    const plain = Array.from({ length: 40 }, () => 'Người dân có quyền được biết.').join(' ');
    expect(() =>
      pointScript({
        kind: 'Chỉ thị',
        date: '2022-02-21',
        issuer: 'Chủ tịch UBND tỉnh',
        n: 9,
        topic: 'Dài',
        plain,
        url: 'https://x.vn/a/#diem-9',
        homeUrl: 'https://x.vn/',
      }),
    ).toThrow(/điểm 9 dài \d+ từ[\s\S]*Cách sửa/);
  });

  it('drops the optional QR sentence before going over the limit', () => {
    const base = {
      kind: 'Chỉ thị',
      date: '2022-02-21',
      issuer: 'Chủ tịch UBND tỉnh',
      n: 1,
      topic: 'Chủ đề',
      url: 'https://x.vn/a/#diem-1',
      homeUrl: 'https://x.vn/',
    };
    const short = pointScript({ ...base, plain: 'Ngắn.' });
    expect(short.paragraphs.at(-1)).toMatch(/quét mã QR/);
    // Pad the plain reading until the script sits just under the limit without the QR sentence.
    let words = 1;
    let script = short;
    while (script.paragraphs.at(-1)?.includes('QR')) {
      words += 1;
      script = pointScript({ ...base, plain: Array.from({ length: words }, () => 'dân').join(' ') });
    }
    expect(script.words).toBeLessThan(READ_ALOUD_WORD_LIMIT);
    expect(script.paragraphs.at(-1)).toMatch(/địa chỉ/);
  });

  it('says the home address and the way to the point when the exact address would make the script too long', () => {
    const p = directive.points.find((x) => x.n === 8)!;
    const home = 'https://congthongtin.hungyen.gov.vn/chuyen-muc/dan-van-chinh-quyen/';
    const script = pointScript({
      kind: directive.kind,
      date: isoDate(directive.date),
      issuer: directive.issuer,
      n: 8,
      topic: p.topic,
      plain: p.plain,
      url: `${home}van-ban/chi-thi-2022-02-21/#diem-8`,
      homeUrl: home,
    });
    expect(script.words).toBeLessThan(READ_ALOUD_WORD_LIMIT);
    const last = script.paragraphs.filter((x) => /trang điện tử/.test(x)).at(-1)!;
    expect(last).toMatch(/chọn mục Chỉ thị, điểm tám\.$/);
    expect(last).not.toContain('dấu thăng');
  });
});
