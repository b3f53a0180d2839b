/**
 * One simple horizontal bar chart drawn at build time as SVG: black bars on white, each value
 * written beside its bar, so it prints in black and white, needs no JavaScript and carries no
 * meaning by colour. Presentation attributes only (no style attribute): the strict CSP allows it.
 */

export interface BarRow {
  label: string;
  value: number;
  /** The value as printed beside the bar, e.g. "58 (42,6%)". */
  valueText: string;
}

const escapeXml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The chart's SVG markup. Bars are scaled to `max` (default: the largest value).
 *
 * @example
 * barChartSvg({ label: 'Số đơn vị theo xếp loại', rows: [{ label: 'Tốt', value: 3, valueText: '3' }] }).includes('<rect') // true
 */
export function barChartSvg(input: { label: string; rows: readonly BarRow[]; max?: number; width?: number }): string {
  const { rows, label } = input;
  if (!rows.length) throw new Error('barChartSvg: no rows to draw');
  for (const r of rows) {
    if (!Number.isFinite(r.value) || r.value < 0)
      throw new Error(`barChartSvg: value of "${r.label}" must be a number ≥ 0, got ${r.value}`);
  }
  const width = input.width ?? 640;
  const max = input.max ?? Math.max(...rows.map((r) => r.value));
  const rowHeight = 44;
  const labelWidth = 170;
  const valueWidth = 150;
  const barSpace = width - labelWidth - valueWidth;
  const height = rows.length * rowHeight + 8;
  const parts = rows.map((r, i) => {
    const y = 4 + i * rowHeight;
    const w = max > 0 ? Math.round((r.value / max) * barSpace * 10) / 10 : 0;
    const mid = y + rowHeight / 2;
    return [
      `<text x="${labelWidth - 10}" y="${mid}" text-anchor="end" dominant-baseline="middle" font-size="20" fill="#000">${escapeXml(r.label)}</text>`,
      w > 0 ? `<rect x="${labelWidth}" y="${y + 8}" width="${w}" height="${rowHeight - 16}" fill="#000"/>` : '',
      `<text x="${labelWidth + w + 8}" y="${mid}" dominant-baseline="middle" font-size="20" font-weight="700" fill="#000">${escapeXml(r.valueText)}</text>`,
    ].join('');
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(label)}">` +
    `<line x1="${labelWidth}" y1="0" x2="${labelWidth}" y2="${height}" stroke="#000" stroke-width="2"/>` +
    parts.join('') +
    '</svg>'
  );
}
