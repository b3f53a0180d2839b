/**
 * The search half of `npm run bench`: time to first results on a slow phone, our search page
 * against Pagefind's default UI built on the same index, query by query. Both pages load from a
 * gzip-compressing static server in a fresh browser context (cold cache) with DevTools' "Slow 4G"
 * network and a 4× slower CPU; runs are interleaved (ours, anchor, anchor, ours…) so that load on
 * a shared machine hits both alike, and the median of the runs is reported.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { resolveRequestPath } from './lib/static-server.ts';

/** Where the anchor page is written in the bench build (never in dist/). */
export const ANCHOR_PATH = 'pagefind-default-ui/';

/** Queries of the comparison: as citizens type them, with and without marks. */
export const BENCH_QUERIES = [
  'dan van kheo',
  'đánh giá',
  'hoa giai',
  'tiếp công dân',
  'dao duc cong vu',
  'camera an ninh',
  'ket qua 2024',
  'khiếu nại',
  'người cao tuổi',
  'phan loai rac',
];

/** DevTools' "Slow 4G" preset (bytes/s and ms) and a 4× slower CPU. */
const SLOW_4G = {
  offline: false,
  latency: 150 * 3.75,
  downloadThroughput: (1.6e6 / 8) * 0.9,
  uploadThroughput: (750e3 / 8) * 0.9,
};
const CPU_SLOWDOWN = 4;

/**
 * Pagefind's default UI as its documentation shows it (stylesheet and script in the head, a
 * PagefindUI on DOMContentLoaded), searching for ?q= on load.
 */
export function anchorPage(base: string): string {
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Pagefind UI</title>
<link href="${base}pagefind/pagefind-ui.css" rel="stylesheet"><script src="${base}pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main><script>
window.addEventListener('DOMContentLoaded', () => {
  const ui = new PagefindUI({ element: '#search', showSubResults: true });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
</script></body></html>`;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
};

/** A static server for `root` at "/" that gzips text as a real host would (Pagefind's files are gzip already). */
export async function startGzipServer(root: string): Promise<{ url: string; close(): Promise<void> }> {
  const dir = path.resolve(root);
  const cache = new Map<string, Buffer>();
  const server = http.createServer(async (req, res) => {
    let file = resolveRequestPath(dir, '/', req.url ?? '/');
    if (
      file &&
      (await stat(file).then(
        (s) => s.isDirectory(),
        () => false,
      ))
    )
      file = path.join(file, 'index.html');
    if (
      !file ||
      !(await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ))
    ) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      return void res.end('404');
    }
    const type = TYPES[path.extname(file)];
    if (type && /gzip/.test(String(req.headers['accept-encoding']))) {
      const body = cache.get(file) ?? gzipSync(await readFile(file), { level: 9 });
      cache.set(file, body);
      res.writeHead(200, { 'Content-Type': type, 'Content-Encoding': 'gzip', 'Content-Length': body.length });
      return void res.end(body);
    }
    res.writeHead(200, { 'Content-Type': type ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

interface Run {
  ms: number;
  kb: number;
}

/**
 * Load `url` throttled in a fresh context and return the time from navigation start until a
 * result title (or a no-results message) is on screen, and the KB transferred until then.
 */
export async function timeFirstResults(
  browser: Browser,
  url: string,
  done: { result: string; none: string },
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  // Playwright also sees a worker's requests (Pagefind's UI searches in one), CDP's page session does not.
  const sizes: Array<Promise<number>> = [];
  let stopped = false;
  page.on('requestfinished', (r) => {
    if (!stopped)
      sizes.push(
        r.sizes().then(
          (s) => s.responseBodySize + s.responseHeadersSize,
          () => 0,
        ),
      );
  });
  // A string, not a function: tsx would wrap named helpers in one the page does not have.
  await page.addInitScript(`window.firstResults = new Promise((resolve) => {
    const check = () => {
      const hit = document.querySelector(${JSON.stringify(done.result)}) || [...document.querySelectorAll(${JSON.stringify(done.none)})].find((n) => /Không có|No results/i.test(n.textContent || ''));
      if (hit) resolve(performance.now());
      return Boolean(hit);
    };
    new MutationObserver((_m, obs) => { if (check()) obs.disconnect(); }).observe(document, { childList: true, subtree: true, characterData: true });
  });`);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  const ms = await page.evaluate(() => (window as unknown as { firstResults: Promise<number> }).firstResults);
  stopped = true;
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { ms, kb: bytes / 1024 };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Run the comparison and return the report as text. */
export async function compareSearch(
  browser: Browser,
  siteUrl: string,
  runs: number,
  queries = BENCH_QUERIES,
): Promise<string> {
  const ours = { result: '[data-results] > li h2 a', none: '[data-status]' };
  const anchor = { result: '.pagefind-ui__result-link', none: '.pagefind-ui__message' };
  const rows: Array<{ q: string; ours: Run[]; anchor: Run[] }> = queries.map((q) => ({ q, ours: [], anchor: [] }));
  const loads: number[] = [];
  for (let r = 0; r < runs; r++) {
    for (const [i, row] of rows.entries()) {
      loads.push(loadavg()[0]!);
      const q = encodeURIComponent(row.q);
      const a = () =>
        timeFirstResults(browser, `${siteUrl}${ANCHOR_PATH}?q=${q}`, anchor).then((x) => row.anchor.push(x));
      const o = () => timeFirstResults(browser, `${siteUrl}tim-kiem/?q=${q}`, ours).then((x) => row.ours.push(x));
      // Alternate which goes first, so neither always meets a warmer machine.
      if ((r + i) % 2) {
        await a();
        await o();
      } else {
        await o();
        await a();
      }
    }
  }
  const lines = [
    `Search, first results on screen: slow 4G (562 ms, 1.44 Mbit/s) + CPU ${CPU_SLOWDOWN}× slower, cold cache, median of ${runs} interleaved runs`,
    `(ours: /tim-kiem/?q=…; anchor: Pagefind ${'1.6'} default UI on the same index; load average during runs ${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)} on ${'2'} cores)`,
    `${'query'.padEnd(18)} ${'ours ms'.padStart(8)} ${'anchor ms'.padStart(10)} ${'ratio'.padStart(6)} ${'ours KB'.padStart(8)} ${'anchor KB'.padStart(10)}`,
  ];
  const ratios: number[] = [];
  for (const row of rows) {
    const o = median(row.ours.map((x) => x.ms));
    const a = median(row.anchor.map((x) => x.ms));
    ratios.push(o / a);
    lines.push(
      `${row.q.padEnd(18)} ${Math.round(o).toString().padStart(8)} ${Math.round(a).toString().padStart(10)} ${(o / a).toFixed(2).padStart(6)} ${median(
        row.ours.map((x) => x.kb),
      )
        .toFixed(0)
        .padStart(8)} ${median(row.anchor.map((x) => x.kb))
        .toFixed(0)
        .padStart(10)}`,
    );
  }
  const allO = median(rows.flatMap((r) => r.ours.map((x) => x.ms)));
  const allA = median(rows.flatMap((r) => r.anchor.map((x) => x.ms)));
  lines.push(
    `${'all (median)'.padEnd(18)} ${Math.round(allO).toString().padStart(8)} ${Math.round(allA).toString().padStart(10)} ${(allO / allA).toFixed(2).padStart(6)}   (median of per-query ratios ${median(ratios).toFixed(2)}, target ≤ 0.70; ≤ 0.80 at 2,000 stories)`,
  );
  const kbs = rows.map((r) => median(r.ours.map((x) => x.kb)));
  lines.push(
    `Bytes to first results (ours): median ${median(kbs).toFixed(0)} KB, max ${Math.max(...kbs).toFixed(0)} KB (budget ≤ 165 KB at 2,000 stories)`,
  );
  return lines.join('\n');
}
