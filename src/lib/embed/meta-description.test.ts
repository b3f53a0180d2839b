import { describe, expect, it } from 'vitest';
import { clampDescription, DESCRIPTION_MAX, embedDescription, type EmbedMetaInput } from './meta-description';

const point = (over: Partial<Extract<EmbedMetaInput, { kind: 'point' }>> = {}): EmbedMetaInput => ({
  kind: 'point',
  heading: 'Điểm 3',
  topic: 'Tiếp công dân',
  docKind: 'Chỉ thị',
  date: '21/02/2022',
  plain: 'Cán bộ phải lắng nghe dân.',
  ...over,
});

describe('embedDescription', () => {
  it.each<[string, EmbedMetaInput, RegExp]>([
    [
      'a point with its plain reading',
      point(),
      /^Điểm 3 của Chỉ thị ngày 21\/02\/2022 về công tác dân vận: Tiếp công dân\. .*Cán bộ phải lắng nghe dân\.$/,
    ],
    ['a point without one', point({ plain: null }), /^Điểm 3 .*: Tiếp công dân\. Nguyên văn của điểm này\.$/],
    [
      'real stories',
      { kind: 'stories', titles: ['Chợ sạch', 'Đường làng'], illustrative: false },
      /^2 mô hình “Dân vận khéo” mới nhất của tỉnh Hưng Yên: Chợ sạch; Đường làng\.$/,
    ],
    ['no stories yet', { kind: 'stories', titles: [], illustrative: false }, /chưa có bài\.$/],
    ['the search box', { kind: 'search' }, /^Ô tìm kiếm .*kết quả đánh giá/],
    [
      'a real chart',
      { kind: 'chart', title: 'Xếp loại 2025', takeaway: 'Đa số đạt tốt.', sample: false },
      /^Biểu đồ “Xếp loại 2025”: Đa số đạt tốt\.$/,
    ],
    [
      'a chart without takeaway',
      { kind: 'chart', title: 'Xếp loại', takeaway: ' ', sample: false },
      /^Biểu đồ “Xếp loại”\.$/,
    ],
  ])('%s', (_name, input, expected) => {
    expect(embedDescription(input)).toMatch(expected);
  });

  it.each<[string, EmbedMetaInput, string]>([
    ['illustrative stories', { kind: 'stories', titles: ['A'], illustrative: true }, 'Bài viết minh họa'],
    ['sample charts', { kind: 'chart', title: 'X', takeaway: 'Y', sample: true }, 'Dữ liệu minh họa'],
  ])('%s carry their mark first, where a cut cannot drop it', (_name, input, mark) => {
    expect(embedDescription(input).startsWith(mark)).toBe(true);
    const long =
      input.kind === 'stories'
        ? { ...input, titles: Array.from({ length: 30 }, (_, i) => `Bài thứ ${i}`) }
        : { ...input, takeaway: 'rất dài '.repeat(60) };
    const text = embedDescription(long);
    expect(text.startsWith(mark)).toBe(true);
    expect(text.length).toBeLessThanOrEqual(DESCRIPTION_MAX);
  });

  it('differs between points', () => {
    expect(embedDescription(point())).not.toBe(embedDescription(point({ heading: 'Điểm 4', topic: 'Khác' })));
  });

  it.each<EmbedMetaInput>([point({ topic: ' ' }), { kind: 'chart', title: '', takeaway: 'x', sample: false }])(
    'refuses an empty topic or title (%j)',
    (input) => {
      expect(() => embedDescription(input)).toThrow(/embedDescription/);
    },
  );
});

describe('clampDescription', () => {
  it.each([
    ['một hai ba bốn', 9, 'một hai…'],
    ['ngắn', 9, 'ngắn'],
    ['  nhiều   khoảng\n trắng ', 50, 'nhiều khoảng trắng'],
    ['a, b, c, d, e, f', 8, 'a, b…'],
    ['một hai ba', 8, 'một hai…'],
  ])('%j at %i → %j', (text, max, expected) => {
    expect(clampDescription(text, max)).toBe(expected);
    expect(clampDescription(text, max).length).toBeLessThanOrEqual(max);
  });
});
