/**
 * A ChartSpec drawn at build time as SVG markup: no JavaScript, nothing to download, drawn with the
 * page. The charts need no interaction (no zoom, no tooltips beyond each mark's <title>), so a
 * 50 KB charting library on a cheap phone bought nothing the HTML cannot carry.
 *
 * Strict CSP: presentation attributes only (fill, stroke, stroke-dasharray…), never `style=`, no
 * script. WCAG 1.4.1 and 1.4.11: colours all reach 3:1 against white and never carry meaning alone —
 * bar series also differ by fill pattern, line series by marker shape and dash; every series is
 * named in the legend, and the data table beside the chart carries every number as text.
 * Rating-band thresholds are labelled dashed lines, each label placed where it covers no other label
 * and no data (same rule the Chart.js plugin used before).
 */
import type { ChartSpec } from './figures';

export interface ChartSvgOptions {
  /** Width of the drawing in SVG units; the SVG scales to its box, keeping text this size relative to it. */
  width: number;
  /** Text size in SVG units. */
  font: number;
  /** Prefix for ids inside the SVG (fill patterns), unique in the page. */
  idPrefix: string;
  /** Accessible name of the chart. */
  label: string;
}

/** Dark enough for 3:1 on white (contrast ratios 5.9–9.5). */
const COLORS = ['#0b4f9c', '#9b1c1c', '#1f6e43', '#8a5a00', '#5b2a86', '#3d3d3d'];
const DASHES = ['', '8 4', '2 3', '12 4 2 4', '4 4', '1 2'];
const TEXT = '#1b1b1b';
const GRID = '#d0d0d0';
const THRESHOLD = '#4a4a4a';

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

const overlaps = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Text escaped for SVG/HTML content and attribute values.
 *
 * @example
 * escapeXml('A & <b>') // 'A &amp; &lt;b&gt;'
 */
export function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * A number as the charts write it (vi-VN, at most one decimal).
 *
 * @example
 * formatChartNumber(82.75) // '82,8'
 */
export function formatChartNumber(v: number): string {
  return new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 1 }).format(v);
}

/** Rough width of a line of text (system sans-serif, Vietnamese marks sit above, not beside). */
const textWidth = (s: string, size: number) => s.length * size * 0.6;

/**
 * Break a label into lines of at most `max` characters, at spaces, so group names stay whole.
 *
 * @example
 * wrapWords('Doanh nghiệp có vốn nhà nước', 14) // ['Doanh nghiệp', 'có vốn nhà', 'nước']
 */
export function wrapWords(label: string, max: number): string[] {
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

/** Ticks of the value axis: multiples of a round step from min to max. */
function ticks(min: number, max: number, narrow: boolean): number[] {
  const range = max - min;
  const step = range <= 30 ? 5 : range <= 60 ? 10 : narrow ? 25 : 20;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + 1e-9; v += step) out.push(v);
  return out;
}

/** A text element. */
function text(x: number, y: number, s: string, size: number, attrs = ''): string {
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${size}"${attrs}>${escapeXml(s)}</text>`;
}

/** Several lines of text centred (or anchored) at x, the first baseline at y. */
function lines(x: number, y: number, ls: string[], size: number, anchor: 'start' | 'middle' | 'end'): string {
  if (ls.length === 1) return text(x, y, ls[0]!, size, anchor === 'start' ? '' : ` text-anchor="${anchor}"`);
  const spans = ls
    .map((l, i) => `<tspan x="${r1(x)}"${i ? ` dy="${r1(size * 1.2)}"` : ''}>${escapeXml(l)}</tspan>`)
    .join('');
  return `<text x="${r1(x)}" y="${r1(y)}" font-size="${size}"${anchor === 'start' ? '' : ` text-anchor="${anchor}"`}>${spans}</text>`;
}

/** A fill pattern: the series colour with white marks (none, stripes, dots, lines, hatching). */
function patternDef(id: string, color: string, kind: number): string {
  const marks = [
    '',
    '<path d="M0 8L8 0" stroke="#fff" stroke-width="2"/>',
    '<circle cx="4" cy="4" r="1.6" fill="#fff"/>',
    '<path d="M0 4H8" stroke="#fff" stroke-width="2"/>',
    '<path d="M0 0L8 8M0 8L8 0" stroke="#fff" stroke-width="1.5"/>',
    '<path d="M4 0V8" stroke="#fff" stroke-width="2"/>',
  ][kind % 6];
  return `<pattern id="${id}" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="${color}"/>${marks}</pattern>`;
}

/** A point marker of a line series: circle, square, triangle, diamond, cross, star. */
function marker(kind: number, x: number, y: number, color: string, title: string): string {
  const s = 4.5;
  const X = r1(x);
  const Y = r1(y);
  const t = title ? `<title>${escapeXml(title)}</title>` : '';
  const fill = ` fill="${color}" stroke="#fff" stroke-width="1"`;
  switch (kind % 6) {
    case 0:
      return `<circle cx="${X}" cy="${Y}" r="${s}"${fill}>${t}</circle>`;
    case 1:
      return `<rect x="${r1(x - s)}" y="${r1(y - s)}" width="${2 * s}" height="${2 * s}"${fill}>${t}</rect>`;
    case 2:
      return `<path d="M${X} ${r1(y - s - 1)}L${r1(x + s + 0.5)} ${r1(y + s)}H${r1(x - s - 0.5)}Z"${fill}>${t}</path>`;
    case 3:
      return `<path d="M${X} ${r1(y - s - 1)}L${r1(x + s + 1)} ${Y}L${X} ${r1(y + s + 1)}L${r1(x - s - 1)} ${Y}Z"${fill}>${t}</path>`;
    case 4:
      return `<path d="M${r1(x - s)} ${r1(y - s)}L${r1(x + s)} ${r1(y + s)}M${r1(x - s)} ${r1(y + s)}L${r1(x + s)} ${r1(y - s)}" stroke="${color}" stroke-width="2.5">${t}</path>`;
    default: {
      const pts: string[] = [];
      for (let i = 0; i < 10; i++) {
        const a = (Math.PI / 5) * i - Math.PI / 2;
        const rad = i % 2 ? s * 0.5 : s + 1;
        pts.push(`${r1(x + rad * Math.cos(a))} ${r1(y + rad * Math.sin(a))}`);
      }
      return `<path d="M${pts.join('L')}Z"${fill}>${t}</path>`;
    }
  }
}

/** The legend: swatch and name of each series, in rows that wrap; returns markup and height. */
function legend(
  spec: ChartSpec,
  o: ChartSvgOptions,
  top: number,
  patternId: (i: number) => string,
): { svg: string; height: number } {
  if (spec.series.length < 2) return { svg: '', height: 0 };
  const size = o.font;
  const rowH = size * 1.8;
  const items: string[] = [];
  let x = 0;
  let row = 0;
  const placed: Array<{ x: number; row: number; i: number; w: number }> = [];
  spec.series.forEach((s, i) => {
    const w = 34 + textWidth(s.label, size) + 14;
    if (x > 0 && x + w > o.width) {
      x = 0;
      row++;
    }
    placed.push({ x, row, i, w });
    x += w;
  });
  // Centre each row.
  for (let r = 0; r <= row; r++) {
    const inRow = placed.filter((p) => p.row === r);
    const rowWidth = inRow.reduce((n, p) => n + p.w, 0) - 14;
    const shift = Math.max(0, (o.width - rowWidth) / 2);
    for (const p of inRow) {
      const color = COLORS[p.i % COLORS.length]!;
      const cx = p.x + shift;
      const cy = top + r * rowH + rowH / 2;
      items.push(
        spec.kind === 'bar'
          ? `<rect x="${r1(cx)}" y="${r1(cy - 7)}" width="28" height="14" fill="url(#${patternId(p.i)})"/>`
          : `<path d="M${r1(cx)} ${r1(cy)}h28" stroke="${color}" stroke-width="2.5"${DASHES[p.i % DASHES.length] ? ` stroke-dasharray="${DASHES[p.i % DASHES.length]}"` : ''}/>${marker(p.i, cx + 14, cy, color, '')}`,
        text(cx + 34, cy + size * 0.35, spec.series[p.i]!.label, size, ` fill="${TEXT}"`),
      );
    }
  }
  return { svg: `<g class="dv-chart__legend">${items.join('')}</g>`, height: (row + 1) * rowH + 4 };
}

/**
 * Threshold lines and their labels. `runs` are stretches where a level keeps its value (`at` is its
 * height, `from`–`to` its extent); labels avoid the `data` boxes and each other and stay in `plot`.
 */
function thresholdMarkup(
  runs: Array<{ text: string; at: number; from: number; to: number }>,
  plot: Box,
  data: Box[],
  size: number,
): string {
  const out = runs.map(
    (run) =>
      `<path d="M${r1(run.from)} ${r1(run.at)}H${r1(run.to)}" stroke="${THRESHOLD}" stroke-width="1.5" stroke-dasharray="6 4"/>`,
  );
  const taken = [...data];
  const h = size + 3;
  const inside = (b: Box) =>
    b.x >= plot.x && b.x + b.w <= plot.x + plot.w && b.y >= plot.y && b.y + b.h <= plot.y + plot.h;
  // Each label goes to the first free spot along its line, from the right end leftwards, just above
  // or below it, then one row further out.
  for (const run of runs) {
    const w = textWidth(run.text, size) + 6;
    const candidates: Box[] = [];
    const lowest = Math.max(plot.x + 2, run.from - w);
    for (const dy of [-h - 2, 2, -2 * h - 4, h + 4]) {
      for (let bx = run.to - w - 2; bx >= lowest; bx -= 6) candidates.push({ x: bx, y: run.at + dy, w, h });
    }
    if (!candidates.length) candidates.push({ x: run.to - w - 2, y: run.at - h - 2, w, h });
    const fits = candidates.filter(inside);
    const free = fits.find((b) => !taken.some((t) => overlaps(b, t)));
    // Nowhere free (a crowded chart): the least crowded spot, on a white box so it stays legible.
    const box =
      free ??
      [...fits].sort(
        (a, b) => taken.filter((t) => overlaps(a, t)).length - taken.filter((t) => overlaps(b, t)).length,
      )[0] ??
      candidates[0]!;
    taken.push(box);
    out.push(
      `<g class="dv-chart__threshold-label"><rect x="${r1(box.x)}" y="${r1(box.y)}" width="${r1(box.w)}" height="${r1(box.h)}" fill="#fff" fill-opacity="0.9"/>${text(box.x + 3, box.y + box.h / 2 + size * 0.35, run.text, size, ` fill="${THRESHOLD}"`)}</g>`,
    );
  }
  return out.join('');
}

/** Stretches of each threshold line where it keeps its value, as category index ranges. */
function thresholdRuns(spec: ChartSpec): Array<{ label: string; value: number; first: number; last: number }> {
  const runs: Array<{ label: string; value: number; first: number; last: number }> = [];
  for (const line of spec.thresholds ?? []) {
    let from = -1;
    line.values.forEach((v, i) => {
      if (v === null || v === undefined) {
        from = -1;
        return;
      }
      if (from < 0 || line.values[i - 1] !== v) from = i;
      if (line.values[i + 1] !== v) runs.push({ label: line.label, value: v, first: from, last: i });
    });
  }
  return runs;
}

/**
 * The chart as an SVG string: role="img" with its accessible name; data marks in
 * `g.dv-chart__data`, each with a <title> naming category, series and value.
 *
 * @example
 * chartSvg({ kind: 'bar', labels: ['A'], series: [{ label: 'S', values: [50] }], unit: 'percent', min: 0, max: 100, xTitle: 'x', yTitle: 'y' },
 *   { width: 360, font: 12, idPrefix: 'c1', label: 'Biểu đồ' }).startsWith('<svg') // true
 */
export function chartSvg(spec: ChartSpec, o: ChartSvgOptions): string {
  if (!spec.labels.length) throw new Error(`chartSvg "${o.label}": expected at least one category, got none`);
  for (const s of spec.series) {
    if (s.values.length !== spec.labels.length)
      throw new Error(
        `chartSvg "${o.label}": series "${s.label}" has ${s.values.length} values for ${spec.labels.length} categories`,
      );
  }
  if (!(spec.max > spec.min))
    throw new Error(`chartSvg "${o.label}": max must exceed min, got ${spec.min}–${spec.max}`);
  const size = o.font;
  const small = Math.round(size * 0.92 * 10) / 10;
  const narrow = o.width < 480;
  const patternId = (i: number) => `${o.idPrefix}-p${i}`;
  const fmtValue = (v: number) => (spec.unit === 'percent' ? `${formatChartNumber(v)}%` : formatChartNumber(v));
  const valueTicks = ticks(spec.min, spec.max, narrow);
  const clamp = (v: number) => Math.min(spec.max, Math.max(spec.min, v));
  const defs =
    spec.kind === 'bar'
      ? `<defs>${spec.series.map((_s, i) => patternDef(patternId(i), COLORS[i % COLORS.length]!, i)).join('')}</defs>`
      : '';
  const parts: string[] = [];
  const data: string[] = [];
  const dataBoxes: Box[] = [];
  let height: number;
  let plot: Box;
  let thresholds = '';

  if (spec.kind === 'bar' && spec.horizontal) {
    // Categories down the left, values along the bottom.
    const maxChars = Math.max(6, Math.floor((o.width * 0.36) / (size * 0.56)));
    const wrapped = spec.labels.map((l) => wrapWords(l, maxChars));
    const labelW = Math.min(o.width * 0.4, Math.max(...wrapped.flat().map((l) => textWidth(l, size))) + 10);
    const stacked = spec.stacked || spec.series.length === 1;
    const barH = stacked ? (narrow ? 20 : 22) : spec.series.length * 12;
    const rowHs = wrapped.map((w) => Math.max(barH + 12, w.length * size * 1.2 + 10));
    const left = labelW;
    const right = o.width - textWidth(fmtValue(spec.max), small) / 2 - 4;
    const top = 6;
    const plotH = rowHs.reduce((a, b) => a + b, 0);
    plot = { x: left, y: top, w: right - left, h: plotH };
    const px = (v: number) => left + ((clamp(v) - spec.min) / (spec.max - spec.min)) * (right - left);
    for (const v of valueTicks) {
      parts.push(`<path d="M${r1(px(v))} ${top}V${r1(top + plotH)}" stroke="${GRID}"/>`);
      parts.push(text(px(v), top + plotH + small * 1.3, fmtValue(v), small, ` text-anchor="middle" fill="${TEXT}"`));
    }
    let y = top;
    spec.labels.forEach((label, c) => {
      const rh = rowHs[c]!;
      const ls = wrapped[c]!;
      parts.push(lines(left - 6, y + rh / 2 - ((ls.length - 1) * size * 1.2) / 2 + size * 0.35, ls, size, 'end'));
      let acc = spec.min;
      spec.series.forEach((s, i) => {
        const v = s.values[c];
        if (v === null || v === undefined) return;
        const by = stacked ? y + (rh - barH) / 2 : y + (rh - barH) / 2 + i * 12;
        const bh = stacked ? barH : 11;
        const from = spec.stacked ? acc : spec.min;
        const to = spec.stacked ? acc + v : v;
        acc = to;
        const x0 = px(from);
        const w = px(to) - x0;
        if (w <= 0) return;
        dataBoxes.push({ x: x0, y: by, w, h: bh });
        data.push(
          `<rect x="${r1(x0)}" y="${r1(by)}" width="${r1(w)}" height="${bh}" fill="url(#${patternId(i)})" stroke="#fff" data-value="${v}"><title>${escapeXml(`${label} · ${s.label}: ${fmtValue(v)}`)}</title></rect>`,
        );
      });
      y += rh;
    });
    parts.push(`<path d="M${r1(left)} ${top}V${r1(top + plotH)}" stroke="${TEXT}"/>`);
    const axisY = top + plotH + small * 1.3 + size * 1.6;
    parts.push(text(left + (right - left) / 2, axisY, spec.xTitle, size, ` text-anchor="middle" fill="${TEXT}"`));
    const lg = legend(spec, o, axisY + size * 0.6, patternId);
    parts.push(lg.svg);
    height = axisY + size * 0.6 + lg.height + 4;
  } else {
    // Categories along the bottom, values up the left (grouped bars or lines).
    const tickW = Math.max(...valueTicks.map((v) => textWidth(fmtValue(v), small)));
    const left = size * 1.6 + tickW + 8;
    const right = o.width - 6;
    const top = 8;
    const plotH = narrow ? 230 : 260;
    const n = spec.labels.length;
    const band = (right - left) / n;
    const maxChars = Math.max(5, Math.floor(band / (size * 0.56)));
    const wrapped = spec.labels.map((l) => wrapWords(l, maxChars));
    const labelLines = Math.max(...wrapped.map((w) => w.length));
    plot = { x: left, y: top, w: right - left, h: plotH };
    const py = (v: number) => top + plotH - ((clamp(v) - spec.min) / (spec.max - spec.min)) * plotH;
    const cx = (c: number) => left + band * (c + 0.5);
    for (const v of valueTicks) {
      parts.push(`<path d="M${r1(left)} ${r1(py(v))}H${r1(right)}" stroke="${GRID}"/>`);
      parts.push(text(left - 5, py(v) + small * 0.35, fmtValue(v), small, ` text-anchor="end" fill="${TEXT}"`));
    }
    parts.push(`<path d="M${r1(left)} ${r1(top + plotH)}H${r1(right)}" stroke="${TEXT}"/>`);
    spec.labels.forEach((_l, c) => parts.push(lines(cx(c), top + plotH + size * 1.3, wrapped[c]!, size, 'middle')));
    parts.push(
      text(
        size,
        top + plotH / 2,
        spec.yTitle,
        size,
        ` text-anchor="middle" fill="${TEXT}" transform="rotate(-90 ${size} ${r1(top + plotH / 2)})"`,
      ),
    );
    const axisY = top + plotH + size * 1.3 + (labelLines - 1) * size * 1.2 + size * 1.7;
    parts.push(text(left + (right - left) / 2, axisY, spec.xTitle, size, ` text-anchor="middle" fill="${TEXT}"`));
    if (spec.kind === 'bar') {
      const inner = band * 0.76;
      const bw = inner / spec.series.length;
      spec.series.forEach((s, i) => {
        s.values.forEach((v, c) => {
          if (v === null) return;
          const x = cx(c) - inner / 2 + i * bw;
          const y = py(v);
          const h = top + plotH - y;
          dataBoxes.push({ x, y, w: bw, h });
          data.push(
            `<rect x="${r1(x)}" y="${r1(y)}" width="${r1(bw)}" height="${r1(h)}" fill="url(#${patternId(i)})" stroke="#fff" data-value="${v}"><title>${escapeXml(`${spec.labels[c]} · ${s.label}: ${fmtValue(v)}`)}</title></rect>`,
          );
        });
      });
    } else {
      spec.series.forEach((s, i) => {
        const color = COLORS[i % COLORS.length]!;
        const dash = DASHES[i % DASHES.length];
        // A gap (null) breaks the line, as Chart.js did with spanGaps: false.
        let d = '';
        let prev: { x: number; y: number } | null = null;
        s.values.forEach((v, c) => {
          if (v === null) {
            prev = null;
            return;
          }
          const pt = { x: cx(c), y: py(v) };
          d += `${prev ? 'L' : 'M'}${r1(pt.x)} ${r1(pt.y)}`;
          dataBoxes.push({ x: pt.x - 7, y: pt.y - 7, w: 14, h: 14 });
          if (prev) {
            const a: { x: number; y: number } = prev;
            for (let t = 0.1; t < 1; t += 0.1)
              dataBoxes.push({ x: a.x + (pt.x - a.x) * t - 3, y: a.y + (pt.y - a.y) * t - 3, w: 6, h: 6 });
          }
          prev = pt;
        });
        if (d)
          data.push(
            `<path d="${d}" fill="none" stroke="${color}" stroke-width="2.5"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
          );
        s.values.forEach((v, c) => {
          if (v !== null)
            data.push(
              marker(i, cx(c), py(v), color, `${spec.labels[c]} · ${s.label}: ${fmtValue(v)}`).replace(
                /^<(\w+)/,
                `<$1 data-value="${v}"`,
              ),
            );
        });
      });
    }
    // Thresholds: one dashed segment per stretch of categories where the level holds.
    const edge = (c: number, side: -1 | 1) =>
      c + side < 0 ? left : c + side >= n ? right : (cx(c) + cx(c + side)) / 2;
    const runs = thresholdRuns(spec).map((r) => ({
      text: `${r.label}: ${formatChartNumber(r.value)}`,
      at: py(r.value),
      from: edge(r.first, -1),
      to: edge(r.last, 1),
    }));
    thresholds = runs.length
      ? `<g class="dv-chart__thresholds">${thresholdMarkup(runs, plot, dataBoxes, small)}</g>`
      : '';
    const lg = legend(spec, o, axisY + size * 0.6, patternId);
    parts.push(lg.svg);
    height = axisY + size * 0.6 + lg.height + 4;
  }
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${o.width} ${Math.ceil(height)}" role="img" aria-label="${escapeXml(o.label)}" data-plot="${[plot.x, plot.y, plot.w, plot.h].map(r1).join(' ')}">` +
    defs +
    `<g fill="${TEXT}">${parts.join('')}</g>` +
    `<g class="dv-chart__data">${data.join('')}</g>` +
    thresholds +
    '</svg>'
  );
}
