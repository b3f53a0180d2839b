/**
 * Draw a ChartSpec with Chart.js, registering only the pieces these charts use (bars, lines,
 * category and linear scales, legend), never the all-in-one bundle. Colours all reach 3:1 against white
 * (WCAG 1.4.11), and never carry meaning alone: bar series also differ by fill pattern, line
 * series by point shape and dash, and every series is named in the legend. Rating-band thresholds
 * are drawn as labelled dashed lines.
 */
import {
  BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement,
  type ChartConfiguration, type Plugin,
} from 'chart.js';
import type { ChartSpec } from '../../lib/results/figures';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend);

/** Dark enough for 3:1 on white (contrast ratios 5.9–9.5). */
const COLORS = ['#0b4f9c', '#9b1c1c', '#1f6e43', '#8a5a00', '#5b2a86', '#3d3d3d'];
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot', 'star'] as const;
const DASHES = [[], [8, 4], [2, 3], [12, 4, 2, 4], [4, 4], [1, 2]];
const TEXT = '#1b1b1b';
const GRID = '#d0d0d0';

/** A fill pattern: the series colour with white marks (none, stripes, dots, lines, hatching). */
function pattern(color: string, kind: number): CanvasPattern | string {
  if (kind === 0) return color;
  const size = 10;
  const tile = document.createElement('canvas');
  tile.width = size;
  tile.height = size;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, size, size);
  ctx.strokeStyle = '#ffffff';
  ctx.fillStyle = '#ffffff';
  ctx.lineWidth = 2;
  ctx.beginPath();
  switch (kind % 5) {
    case 1: ctx.moveTo(0, size); ctx.lineTo(size, 0); break;
    case 2: ctx.arc(size / 2, size / 2, 2, 0, Math.PI * 2); ctx.fill(); break;
    case 3: ctx.moveTo(0, size / 2); ctx.lineTo(size, size / 2); break;
    case 4: ctx.moveTo(0, 0); ctx.lineTo(size, size); ctx.moveTo(0, size); ctx.lineTo(size, 0); break;
    default: ctx.moveTo(size / 2, 0); ctx.lineTo(size / 2, size);
  }
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

/**
 * Break a long category label into lines of at most `max` characters (Chart.js draws an array as
 * several lines), so group names stay whole on a 320 px screen instead of being clipped.
 */
function wrapLabel(label: string, max: number): string | string[] {
  if (label.length <= max) return label;
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(' ')) {
    if (line && `${line} ${word}`.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const fmt = (v: number) => new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v);

interface Box { x: number; y: number; w: number; h: number }

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Where the data is drawn, as small boxes: each point, and points along each line between them
 * (a label placed over a line hides it as surely as one over a point). Bars are boxes themselves.
 */
function dataBoxes(chart: Chart): Box[] {
  const boxes: Box[] = [];
  chart.data.datasets.forEach((_d, i) => {
    const meta = chart.getDatasetMeta(i);
    if (meta.hidden) return;
    const els = meta.data as unknown as Array<{ x: number; y: number; base?: number; width?: number; skip?: boolean }>;
    if (meta.type === 'bar') {
      for (const el of els) {
        if (el.skip || el.base === undefined || el.width === undefined) continue;
        boxes.push({ x: el.x - el.width / 2, y: Math.min(el.y, el.base), w: el.width, h: Math.abs(el.base - el.y) });
      }
      return;
    }
    const pts = els.filter((el) => !el.skip && Number.isFinite(el.y));
    for (const el of pts) boxes.push({ x: el.x - 7, y: el.y - 7, w: 14, h: 14 });
    for (let k = 1; k < pts.length; k++) {
      const a = pts[k - 1]!;
      const b = pts[k]!;
      for (let t = 0.1; t < 1; t += 0.1) boxes.push({ x: a.x + (b.x - a.x) * t - 3, y: a.y + (b.y - a.y) * t - 3, w: 6, h: 6 });
    }
  });
  return boxes;
}

/**
 * Dashed horizontal lines for rating thresholds, one segment per category (rules change by year),
 * each distinct level labelled once. A label goes to the first free spot along its line, from the
 * right end leftwards, just above or below it, then one row further out — free meaning it covers
 * no other label, no data and stays inside the plot. On a 390 px phone several levels sit
 * close together (Tốt 80 and Tốt 75, Trung bình and Đạt at 50); without this they were drawn over
 * each other and over the lines.
 */
const thresholdPlugin: Plugin<'bar' | 'line'> = {
  id: 'dvThresholds',
  afterDatasetsDraw(chart, _args, options: { lines?: ChartSpec['thresholds'] }) {
    const lines = options.lines ?? [];
    const { ctx, chartArea, scales } = chart;
    const x = scales.x;
    const y = scales.y;
    if (!x || !y || !lines.length) return;
    const n = chart.data.labels?.length ?? 0;
    const centre = (i: number) => x.getPixelForValue(i);
    const edge = (i: number, side: -1 | 1) => {
      const j = i + side;
      if (j < 0) return chartArea.left;
      if (j >= n) return chartArea.right;
      return (centre(i) + centre(j)) / 2;
    };
    const narrow = chartArea.right - chartArea.left < 360;
    const height = narrow ? 13 : 14;
    ctx.save();
    ctx.strokeStyle = '#4a4a4a';
    ctx.fillStyle = '#4a4a4a';
    ctx.lineWidth = 1.5;
    ctx.setLineDash([6, 4]);
    ctx.font = `${narrow ? 11 : 12}px system-ui, sans-serif`;
    // Runs of one level: [first, last] category of each stretch where the line keeps its value.
    const runs: Array<{ text: string; py: number; left: number; right: number }> = [];
    for (const line of lines) {
      let from = -1;
      for (let i = 0; i < n; i++) {
        const v = line.values[i];
        if (v === null || v === undefined) continue;
        const py = y.getPixelForValue(v);
        ctx.beginPath();
        ctx.moveTo(edge(i, -1), py);
        ctx.lineTo(edge(i, 1), py);
        ctx.stroke();
        if (from < 0 || line.values[i - 1] !== v) from = i;
        if (line.values[i + 1] !== v) runs.push({ text: `${line.label}: ${fmt(v)}`, py, left: edge(from, -1), right: edge(i, 1) });
      }
    }
    const data = dataBoxes(chart);
    const taken = [...data];
    const placed: Box[] = [];
    const inside = (b: Box) => b.x >= chartArea.left && b.x + b.w <= chartArea.right && b.y >= chartArea.top && b.y + b.h <= chartArea.bottom;
    ctx.setLineDash([]);
    for (const run of runs) {
      const w = ctx.measureText(run.text).width + 6;
      // Along the run from its right end leftwards (a label may reach past the left end of a short
      // run), just above or below the line; then one row further out.
      const candidates: Box[] = [];
      const lowest = Math.max(chartArea.left + 2, run.left - w);
      for (const dy of [-height - 2, 2, -2 * height - 4, height + 4]) {
        for (let bx = run.right - w - 2; bx >= lowest; bx -= 6) candidates.push({ x: bx, y: run.py + dy, w, h: height });
      }
      if (!candidates.length) candidates.push({ x: run.right - w - 2, y: run.py - height - 2, w, h: height });
      const free = candidates.filter(inside).find((b) => !taken.some((t) => overlaps(b, t)));
      // Nowhere free (a crowded chart): the least crowded spot, on a white box so it stays legible.
      const box = free ?? candidates.filter(inside).sort((a, b) => taken.filter((t) => overlaps(a, t)).length - taken.filter((t) => overlaps(b, t)).length)[0] ?? candidates[0]!;
      taken.push(box);
      placed.push(box);
      ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
      ctx.fillRect(box.x, box.y, box.w, box.h);
      ctx.fillStyle = '#4a4a4a';
      ctx.textAlign = 'left';
      ctx.textBaseline = 'middle';
      ctx.fillText(run.text, box.x + 3, box.y + box.h / 2 + 0.5);
    }
    ctx.restore();
    // Where the labels went and where the data is, for the browser test at phone width.
    const round = (b: Box) => [b.x, b.y, b.w, b.h].map((v) => Math.round(v * 10) / 10);
    chart.canvas.dataset.thresholdLabels = JSON.stringify({ labels: placed.map(round), data: data.map(round) });
  },
};

/**
 * Draw a chart into a canvas (its parent is the sized container).
 *
 * @example
 * drawChart(document.querySelector('canvas')!, spec)
 */
export function drawChart(canvas: HTMLCanvasElement, spec: ChartSpec): Chart {
  // Draw in the page's own font (Chart.js defaults to Helvetica, which may lack Vietnamese marks).
  Chart.defaults.font.family = getComputedStyle(canvas).fontFamily || 'system-ui, sans-serif';
  const valueAxis = spec.horizontal ? 'x' : 'y';
  const categoryAxis = spec.horizontal ? 'y' : 'x';
  const tick = (v: number | string) => (spec.unit === 'percent' ? `${fmt(Number(v))}%` : fmt(Number(v)));
  const datasets = spec.series.map((s, i) => {
    const color = COLORS[i % COLORS.length]!;
    return spec.kind === 'bar'
      ? { label: s.label, data: s.values, backgroundColor: pattern(color, i), borderColor: '#ffffff', borderWidth: 1 }
      : {
          label: s.label, data: s.values, borderColor: color, backgroundColor: color, borderWidth: 2.5,
          borderDash: DASHES[i % DASHES.length], pointStyle: POINTS[i % POINTS.length], pointRadius: 5, spanGaps: false,
        };
  });
  const config = {
    type: spec.kind,
    data: { labels: spec.labels.map((l) => wrapLabel(l, canvas.parentElement && canvas.parentElement.clientWidth < 480 ? 12 : 22)), datasets },
    options: {
      indexAxis: spec.horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      color: TEXT,
      scales: {
        [valueAxis]: {
          min: spec.min, max: spec.max, stacked: spec.stacked ?? false,
          title: { display: true, text: spec.horizontal ? spec.xTitle : spec.yTitle, color: TEXT },
          ticks: { color: TEXT, callback: tick }, grid: { color: GRID },
        },
        [categoryAxis]: {
          stacked: spec.stacked ?? false,
          title: { display: true, text: spec.horizontal ? spec.yTitle : spec.xTitle, color: TEXT },
          ticks: { color: TEXT }, grid: { display: false },
        },
      },
      plugins: {
        legend: { display: spec.series.length > 1, position: 'bottom', labels: { color: TEXT, usePointStyle: spec.kind === 'line', boxWidth: 28, boxHeight: 14 } },
        dvThresholds: { lines: spec.thresholds ?? [] },
      },
    },
    plugins: [thresholdPlugin],
  } as unknown as ChartConfiguration;
  return new Chart(canvas, config);
}
