import { describe, expect, it } from 'vitest';
import { barChartSvg } from './bar-chart-svg';

const widths = (svg: string) => [...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));

describe('barChartSvg', () => {
  const rows = [
    { label: 'Xuất sắc', value: 20, valueText: '20 (14,7%)' },
    { label: 'Tốt', value: 80, valueText: '80 (58,8%)' },
    { label: 'Đạt', value: 36, valueText: '36 (26,5%)' },
    { label: 'Không đạt', value: 0, valueText: '0 (0%)' },
  ];

  it('draws one bar per non-zero value, proportional to it, and writes every value', () => {
    const svg = barChartSvg({ label: 'Số đơn vị theo xếp loại', rows });
    const w = widths(svg);
    expect(w).toHaveLength(3);
    expect(w[0]! / w[1]!).toBeCloseTo(20 / 80, 2);
    expect(w[2]! / w[1]!).toBeCloseTo(36 / 80, 2);
    for (const r of rows) {
      expect(svg).toContain(`>${r.label}</text>`);
      expect(svg).toContain(`>${r.valueText}</text>`);
    }
  });

  it('is black on white, an accessible image, with no style attribute', () => {
    const svg = barChartSvg({ label: 'Biểu đồ', rows });
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Biểu đồ"/);
    expect(new Set([...svg.matchAll(/fill="([^"]+)"/g)].map((m) => m[1]))).toEqual(new Set(['#000']));
    expect(svg).not.toContain('style=');
  });

  it('escapes labels and scales to a given maximum', () => {
    const svg = barChartSvg({ label: 'a<b', rows: [{ label: 'A & B', value: 5, valueText: '5' }], max: 10 });
    expect(svg).toContain('A &amp; B');
    expect(svg).toContain('aria-label="a&lt;b"');
    expect(widths(svg)[0]).toBeCloseTo(320 / 2, 0);
  });

  it.each([
    [[]],
    [[{ label: 'x', value: -1, valueText: '-1' }]],
    [[{ label: 'x', value: Number.NaN, valueText: '?' }]],
  ])('refuses %j', (bad) => {
    expect(() => barChartSvg({ label: 'x', rows: bad })).toThrow(/barChartSvg/);
  });
});
