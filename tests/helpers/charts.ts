import type { Page } from 'playwright-core';

/** Scroll every <dv-chart> into view, then wait until each reports drawn. */
export async function drawAll(page: Page): Promise<number> {
  const n = await page.locator('dv-chart').count();
  for (let i = 0; i < n; i++) await page.locator('dv-chart').nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('dv-chart')].every((el) => (el as HTMLElement).dataset.drawn), undefined, { timeout: 15_000 });
  return n;
}

/** Share of canvas pixels that are not transparent, per canvas. */
export function inkPerCanvas(page: Page): Promise<number[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('dv-chart canvas')].map((c) => {
      const canvas = c as HTMLCanvasElement;
      const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
      let ink = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
      return ink / (data.length / 4);
    }),
  );
}
