import { describe, expect, it } from 'vitest';
import { chartSvg, escapeXml, wrapWords, type ChartSvgOptions } from './chart-svg';
import type { ChartSpec } from './figures';
import { allFigures } from './figures';
import { dataDirs, readResultsContext } from './load-data-fs';

const ctx = readResultsContext(dataDirs('.'));
const LAYOUTS: Array<[string, ChartSvgOptions]> = [
  ['phone', { width: 340, font: 12.5, idPrefix: 't-h', label: 'Biểu đồ thử' }],
  ['wide', { width: 680, font: 13, idPrefix: 't-r', label: 'Biểu đồ thử' }],
];

/** Attributes of every element with a data-value in the data group, in document order. */
function marks(svg: string): Array<Record<string, string>> {
  const data = /<g class="dv-chart__data">(.*?)<\/g>(?:<g class="dv-chart__thresholds">|<\/svg>)/s.exec(svg)?.[1] ?? '';
  return [...data.matchAll(/<(rect|circle|path)\s([^>]*data-value="[^"]*"[^>]*)>/g)].map((m) => ({
    tag: m[1]!,
    ...Object.fromEntries([...m[2]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((a) => [a[1]!, a[2]!])),
  }));
}
const plotOf = (svg: string) =>
  /data-plot="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];
/** Values of a spec in drawing order (series by series; stacked bars category by category). */
const specValues = (spec: ChartSpec) =>
  spec.kind === 'bar' && spec.horizontal
    ? spec.labels.flatMap((_l, c) =>
        spec.series.map((s) => s.values[c]!).filter((v) => v !== null && (!spec.stacked || v > 0)),
      )
    : spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null));

describe('chartSvg: every published figure, both layouts', () => {
  const cases = allFigures(ctx).flatMap((f) => LAYOUTS.map(([name, o]) => [`${f.id} (${name})`, f.chart, o] as const));

  it.each(cases)('%s draws each value of its spec once, where its axis puts it', (_name, spec, o) => {
    const svg = chartSvg(spec, o);
    const drawn = marks(svg);
    expect(drawn.map((m) => Number(m['data-value']))).toEqual(specValues(spec));
    const [px, py, pw, ph] = plotOf(svg);
    const span = spec.max - spec.min;
    const tolerance = 0.15; // coordinates are written to one decimal
    if (spec.kind === 'bar' && spec.horizontal) {
      // Bar length is the value (its share of the axis), stacked bars start where the previous ended.
      // A stacked total of rounded shares may pass 100 by a tenth: the last bar stops at the axis end.
      const slack = spec.stacked ? 0.3 : 0;
      for (const m of drawn)
        expect(
          Math.abs((Number(m.width) / pw) * span - (Number(m['data-value']) - (spec.stacked ? 0 : spec.min))),
        ).toBeLessThan(((tolerance * span) / pw) * 2 + slack);
    } else if (spec.kind === 'bar') {
      for (const m of drawn) {
        expect(Math.abs((Number(m.height) / ph) * span - (Number(m['data-value']) - spec.min))).toBeLessThan(
          ((tolerance * span) / ph) * 2,
        );
        expect(Math.abs(Number(m.y) + Number(m.height) - (py + ph))).toBeLessThan(0.2);
      }
    } else {
      for (const m of drawn.filter((x) => x.tag === 'circle')) {
        expect(Math.abs(((py + ph - Number(m.cy)) / ph) * span + spec.min - Number(m['data-value']))).toBeLessThan(
          ((tolerance * span) / ph) * 2,
        );
      }
    }
    for (const m of drawn.filter((x) => x.tag === 'rect')) expect(Number(m.x)).toBeGreaterThanOrEqual(px - 0.1);
  });

  it.each(cases)(
    '%s is an image with a name, under the strict CSP (no style attribute, no script, no event handler)',
    (_name, spec, o) => {
      const svg = chartSvg(spec, o);
      expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="Biểu đồ thử"/);
      expect(svg).not.toMatch(/\sstyle=|<script|\son\w+=|javascript:|<foreignObject/i);
      // Every fill pattern it uses, it defines.
      for (const [, id] of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`<pattern id="${id}"`);
    },
  );
});

describe('chartSvg: marks that do not rely on colour', () => {
  const spec: ChartSpec = {
    kind: 'line',
    unit: 'score',
    min: 40,
    max: 100,
    labels: ['2022', '2023', '2024'],
    xTitle: 'Năm',
    yTitle: 'Điểm',
    series: [
      { label: 'A', values: [80, 82, null] },
      { label: 'B', values: [70, 75, 78] },
      { label: 'C', values: [60, null, 65] },
    ],
    thresholds: [{ label: 'Ngưỡng “Tốt”', values: [80, 80, 75] }],
  };
  const svg = chartSvg(spec, LAYOUTS[1]![1]);
  it('gives each line series its own dash and marker shape, named in the legend', () => {
    const lines = [
      ...svg.matchAll(/<path d="[^"]*" fill="none" stroke="([^"]+)"[^>]*?(?: stroke-dasharray="([^"]+)")?\/>/g),
    ];
    expect(new Set(lines.map((l) => l[2] ?? 'solid')).size).toBe(lines.length);
    expect(svg).toMatch(/<g class="dv-chart__legend">.*>A<.*>B<.*>C</s);
    const drawn = marks(svg);
    expect(new Set(drawn.map((m) => m.tag))).toEqual(new Set(['circle', 'rect', 'path']));
  });
  it('breaks a line at a missing value rather than joining across it', () => {
    const c = [...svg.matchAll(/<path d="([^"]*)" fill="none"/g)][2]![1]!;
    expect(c.match(/M/g)!.length).toBe(2);
  });
  it('labels each stretch of a threshold where it holds, with its value', () => {
    expect(svg).toContain('>Ngưỡng “Tốt”: 80<');
    expect(svg).toContain('>Ngưỡng “Tốt”: 75<');
  });
});

describe('chartSvg: text is data, never markup', () => {
  it('escapes labels everywhere they appear', () => {
    const spec: ChartSpec = {
      kind: 'bar',
      unit: 'percent',
      min: 0,
      max: 100,
      labels: ['<img src=x onerror=alert(1)>'],
      series: [
        { label: 'a"b&c', values: [50] },
        { label: 'd', values: [20] },
      ],
      xTitle: '<b>',
      yTitle: 'y',
    };
    const svg = chartSvg(spec, { ...LAYOUTS[0]![1], label: '"><script>' });
    expect(svg).not.toMatch(/<img|<script|<b>/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(svg).toContain('a&quot;b&amp;c');
  });
  it.each([
    ['no categories', { labels: [], series: [] }, /at least one category/],
    [
      'a series shorter than the categories',
      { labels: ['a', 'b'], series: [{ label: 's', values: [1] }] },
      /series "s" has 1 values for 2 categories/,
    ],
    ['an empty axis', { min: 100, max: 100 }, /max must exceed min, got 100–100/],
  ])('refuses %s, saying what it got', (_name, over, message) => {
    const spec = {
      kind: 'bar',
      unit: 'score',
      min: 0,
      max: 100,
      labels: ['a'],
      series: [{ label: 's', values: [1] }],
      xTitle: 'x',
      yTitle: 'y',
      ...over,
    } as ChartSpec;
    expect(() => chartSvg(spec, LAYOUTS[0]![1])).toThrow(message);
  });
  it.each([
    ['Doanh nghiệp có vốn nhà nước', 14, ['Doanh nghiệp', 'có vốn nhà', 'nước']],
    ['TC1', 5, ['TC1']],
    ['Sở, ban, ngành tỉnh', 40, ['Sở, ban, ngành tỉnh']],
  ])('wrapWords(%j, %i)', (label, max, out) => expect(wrapWords(label, max)).toEqual(out));
  it('escapeXml', () => expect(escapeXml('A & <b> "c"')).toBe('A &amp; &lt;b&gt; &quot;c&quot;'));
});
