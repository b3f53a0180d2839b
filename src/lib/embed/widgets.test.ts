import { describe, expect, it } from 'vitest';
import { buildWidgets, embedCode, embedHeight } from './widgets';

describe('buildWidgets', () => {
  const widgets = buildWidgets({
    directivePath: '/van-ban/chi-thi-2022-02-21/',
    points: [
      { n: 1, topic: 'Một' },
      { n: 8, topic: 'Tám' },
    ],
    figures: [
      { id: 'xep-loai-2025', title: 'Xếp loại', year: 2025 },
      { id: 'nop-dung-han', title: 'Nộp đúng hạn', year: null },
    ],
  });

  it('lists points, latest stories, search and every chart, each with a unique id under /nhung/', () => {
    expect(widgets.map((w) => w.id)).toEqual([
      'diem-1',
      'diem-8',
      'mo-hinh-moi',
      'tim-kiem',
      'bieu-do-xep-loai-2025',
      'bieu-do-nop-dung-han',
    ]);
    expect(new Set(widgets.map((w) => w.path)).size).toBe(widgets.length);
    for (const w of widgets) expect(w.path).toMatch(/^\/nhung\/[a-z0-9/-]+\/$/);
  });

  it('links each widget to its full page', () => {
    expect(widgets.find((w) => w.id === 'diem-8')!.fullPath).toBe('/van-ban/chi-thi-2022-02-21/#diem-8');
    expect(widgets.find((w) => w.id === 'bieu-do-xep-loai-2025')!.fullPath).toBe('/ket-qua/2025/#xep-loai-2025');
  });
});

describe('embedCode', () => {
  const script = { src: 'https://h/dan-van/nhung/nhung.js', integrity: 'sha384-abc' };
  it('is a sandboxed iframe with title, fixed height and lazy loading, plus the optional script with SRI', () => {
    const code = embedCode(
      { title: 'Điểm 3: “Dân vận khéo”', height: 500, group: 'directive' },
      'https://h/dan-van/nhung/diem/3/',
      script,
    );
    expect(code).toBe(
      '<iframe src="https://h/dan-van/nhung/diem/3/" title="Điểm 3: “Dân vận khéo”" width="100%" height="500" loading="lazy" sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox" style="border:0;max-width:100%" data-dan-van-embed></iframe>\n' +
        '<script src="https://h/dan-van/nhung/nhung.js" integrity="sha384-abc" crossorigin="anonymous" async></script>',
    );
  });

  it.each(['directive', 'stories', 'search', 'charts'] as const)(
    'the %s widget may not navigate the portal nor keep the site’s origin',
    (group) => {
      const sandbox = /sandbox="([^"]*)"/.exec(embedCode({ title: 'x', height: 1, group }, 'x'))![1]!.split(' ');
      expect(sandbox).toEqual(
        expect.arrayContaining(['allow-scripts', 'allow-popups', 'allow-popups-to-escape-sandbox']),
      );
      expect(sandbox.filter((t) => /top-navigation|same-origin|modals|downloads|presentation/.test(t))).toEqual([]);
      expect(sandbox.includes('allow-forms')).toBe(group === 'search');
    },
  );

  it('escapes quotes in titles', () => {
    expect(embedCode({ title: 'a "b"', height: 1, group: 'charts' }, 'x')).toContain('title="a &quot;b&quot;"');
  });
});

describe('embedHeight', () => {
  it.each([
    [{ type: 'dan-van:embed-height', height: 612.4 }, 613],
    [{ type: 'dan-van:embed-height', height: 10 }, 80],
    [{ type: 'dan-van:embed-height', height: 1e9 }, 4000],
    [{ type: 'dan-van:embed-height', height: Number.NaN }, null],
    [{ type: 'dan-van:embed-height', height: '500' }, null],
    [{ type: 'other', height: 500 }, null],
    ['dan-van:embed-height', null],
    [null, null],
  ])('%j → %j', (data, expected) => {
    expect(embedHeight(data)).toBe(expected);
  });
});
