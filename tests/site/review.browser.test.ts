import { describe, expect, it } from 'vitest';
import { useBuildInBrowser } from '../helpers/build-in-browser';
import { drawAll } from '../helpers/charts';

/**
 * The results pages on a 390 px phone, as the citizen review read them: the threshold labels of
 * the trend chart overlap neither each other nor the data; wide tables say that they scroll, keep
 * their caption whole on screen, and do not break a group name one word per line.
 */
type Box = [number, number, number, number];
const overlaps = (a: Box, b: Box) =>
  a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
const PHONE = { width: 390, height: 844 };

describe('results on a 390 px phone', () => {
  const site = useBuildInBrowser('root');

  it('threshold labels of the charts overlap neither each other nor the data, and stay inside the plot', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}ket-qua/`);
      await drawAll(page);
      // Boxes in CSS px relative to each shown chart drawing: threshold labels, the data (marks, and
      // points along each line), and the plot area.
      const drawn = await page.$$eval('figure.dv-figure [data-chart] svg[role="img"]', (svgs) =>
        svgs
          .filter((svg) => svg.getBoundingClientRect().width > 0)
          .map((svg) => {
            const o = svg.getBoundingClientRect();
            const labels = [...svg.querySelectorAll('.dv-chart__threshold-label rect')].map((e) => {
              const r = e.getBoundingClientRect();
              return [r.x - o.x, r.y - o.y, r.width, r.height];
            });
            const data = [...svg.querySelectorAll('.dv-chart__data [data-value]')].map((e) => {
              const r = e.getBoundingClientRect();
              return [r.x - o.x, r.y - o.y, r.width, r.height];
            });
            for (const line of svg.querySelectorAll<SVGPathElement>('.dv-chart__data > path:not([data-value])')) {
              const m = line.getScreenCTM()!;
              for (let d = 0; d <= line.getTotalLength(); d += 3) {
                const pt = line.getPointAtLength(d).matrixTransform(m);
                data.push([pt.x - o.x - 1, pt.y - o.y - 1, 2, 2]);
              }
            }
            const scale = o.width / (svg as SVGSVGElement).viewBox.baseVal.width;
            const plot = (svg.getAttribute('data-plot') ?? '0 0 0 0').split(' ').map((v) => Number(v) * scale);
            return {
              id: svg.closest('figure')?.id ?? '',
              boxes: JSON.stringify({ labels, data }),
              plot,
              width: o.width,
            };
          }),
      );
      const withThresholds = drawn.filter((d) => d.boxes && JSON.parse(d.boxes).labels.length > 0);
      expect(withThresholds.map((d) => d.id)).toContain('diem-theo-nhom');
      for (const chart of withThresholds) {
        const { labels, data } = JSON.parse(chart.boxes) as { labels: Box[]; data: Box[] };
        expect(labels.length, chart.id).toBeGreaterThanOrEqual(3);
        for (const [i, label] of labels.entries()) {
          expect(
            labels.slice(i + 1).filter((other) => overlaps(label, other)),
            `${chart.id}: label ${i}`,
          ).toEqual([]);
          // On the line chart there is room beside the data; on bar charts a label may sit on a bar (on its white box).
          if (chart.id === 'diem-theo-nhom')
            expect(
              data.filter((d) => overlaps(label, d)),
              `${chart.id}: label ${i} over the data`,
            ).toEqual([]);
          expect(
            label[0] >= chart.plot[0]! - 0.5 && label[0] + label[2] <= chart.plot[0]! + chart.plot[2]! + 0.5,
            `${chart.id}: label ${i} inside`,
          ).toBe(true);
        }
      }
    } finally {
      await context.close();
    }
  });

  it('wide tables say they scroll, keep their caption on screen and group names readable', async () => {
    const context = await site.browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      await page.goto(`${site.server.url}ket-qua/2025/`);
      const frames = await page.$$eval('.dv-table-scroll', (els) =>
        els.map((el) => {
          const hint = el.previousElementSibling as HTMLElement | null;
          const caption = el.querySelector('caption');
          const captionBox =
            caption && !caption.classList.contains('dv-visually-hidden') ? caption.getBoundingClientRect() : null;
          return {
            label: el.getAttribute('aria-label') ?? '',
            scrolls: el.scrollWidth > el.clientWidth,
            hintShown:
              !!hint && hint.classList.contains('dv-table-scroll__hint') && getComputedStyle(hint).display !== 'none',
            captionRight: captionBox ? captionBox.right : 0,
          };
        }),
      );
      expect(frames.some((f) => f.scrolls)).toBe(true);
      for (const f of frames) {
        if (f.scrolls) expect(f.hintShown, f.label).toBe(true);
        expect(f.captionRight, f.label).toBeLessThanOrEqual(PHONE.width);
      }
      // A group name ("UBND xã, phường", "Sở, ban, ngành tỉnh") takes at most two lines.
      const lines = await page.$$eval('.dv-table-scroll td.dv-text, .dv-table-scroll th[scope="row"]', (cells) =>
        cells
          .filter((c) => {
            const n = (c.textContent ?? '').trim().split(/\s+/).length;
            return n >= 3 && n <= 8;
          })
          .map((c) => {
            // Lines of the text itself (a row is as tall as its tallest cell).
            const range = document.createRange();
            range.selectNodeContents(c);
            const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
            return { text: c.textContent.trim(), words: c.textContent.trim().split(/\s+/).length, lines: tops.size };
          }),
      );
      expect(lines.length).toBeGreaterThan(0);
      // Before: "UBND / xã, / phường", one word a line. Now at most two lines.
      expect(
        lines.filter((l) => l.lines > 2 || l.lines >= l.words),
        JSON.stringify(lines),
      ).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
