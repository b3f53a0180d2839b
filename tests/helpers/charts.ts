import type { Page } from 'playwright-core';

/**
 * Charts are drawn at build time as SVG (src/lib/results/chart-svg.ts): there is nothing to wait
 * for. Returns the number of figures after checking that each shows exactly one chart drawing (the
 * phone or the wide one, by the viewport), named for screen readers.
 */
export async function drawAll(page: Page): Promise<number> {
  const shown = await page.$$eval('figure.dv-figure', (figures) =>
    figures.map(
      (f) =>
        [...f.querySelectorAll('[data-chart] svg[role="img"]')].filter(
          (s) => s.getBoundingClientRect().width > 0 && s.getAttribute('aria-label'),
        ).length,
    ),
  );
  const wrong = shown.map((n, i) => [i, n]).filter(([, n]) => n !== 1);
  if (wrong.length)
    throw new Error(
      `drawAll: every figure should show one named chart drawing; figures [index, drawings shown]: ${JSON.stringify(wrong)}`,
    );
  return shown.length;
}

/** Per shown chart, the share of the drawing's area covered by its data marks (bars, lines, points). */
export function inkPerChart(page: Page): Promise<number[]> {
  return page.$$eval('figure.dv-figure [data-chart] svg[role="img"]', (svgs) =>
    svgs
      .filter((s) => s.getBoundingClientRect().width > 0)
      .map((s) => {
        const box = s.getBoundingClientRect();
        const marks = [...s.querySelectorAll('.dv-chart__data > *')].map((m) => {
          const r = m.getBoundingClientRect();
          return r.width * Math.max(r.height, 2.5);
        });
        return Math.min(1, marks.reduce((a, b) => a + b, 0) / (box.width * box.height));
      }),
  );
}

/** The old name, from when charts were canvases; kept for tests written against it. */
export const inkPerCanvas = inkPerChart;

/** Per figure: its id, the values its shown chart draws (`data-value` of each mark) and the numbers of its table. */
export function chartAndTableValues(page: Page): Promise<Array<{ id: string; drawn: number[]; table: string[] }>> {
  return page.$$eval('figure.dv-figure', (figures) =>
    figures.map((f) => {
      const svg = [...f.querySelectorAll('[data-chart] svg')].find((s) => s.getBoundingClientRect().width > 0);
      return {
        id: f.id,
        drawn: [...(svg?.querySelectorAll('.dv-chart__data [data-value]') ?? [])].map((m) =>
          Number(m.getAttribute('data-value')),
        ),
        table: [...f.querySelectorAll('table td')].map((td) => (td.textContent ?? '').trim()),
      };
    }),
  );
}
