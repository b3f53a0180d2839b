/**
 * `npm run bench`: build, then for each page kind load it in Chromium (mobile viewport, scrolled
 * so lazy parts load) and report gzip bytes of what it fetched by group, against the budgets in
 * the issues; then the build time, search speed against Pagefind's own UI, and Lighthouse mobile
 * scores. A report, not a gate. The site is served gzip-compressed, as a static host would.
 *   npm run bench -- --no-lighthouse      skip Lighthouse (faster)
 *   npm run bench -- --search-only        only search: the comparison, warm typing latency, Lighthouse of /tim-kiem/
 *   npm run bench -- --runs 5             runs per query and UI in the search comparison (default 3)
 *   npm run bench -- --no-build           reuse .bench/dist from the last run
 *   npm run bench -- --dist DIR           measure a build made elsewhere (e.g. bench-stories.ts --keep)
 *   npm run bench -- --stories 2000       build a temporary copy with N generated stories instead
 *   npm run bench -- --paint-only         only first paint (FCP, LCP) per page kind against the Astro blog starter
 *   npm run bench -- --starter DIR        measure a built starter (its dist/, outside this repository) interleaved
 *                                         with ours in this run, instead of comparing with the checked-in reference
 *   npm run bench -- --starter DIR --save-starter-reference   also rewrite scripts/lib/bench/starter-reference.json
 *   npm run bench -- --paint-runs 5       loads per page and side in the paint comparison (default 5)
 *   npm run bench -- --network devtools   paint under DevTools' Slow 4G (562.5 ms RTT) instead of Lighthouse's (150 ms RTT)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { kb, sumWeights, type FetchedResource } from './lib/bench/page-weight.ts';
import { startGzipServer, compareSearch, ANCHOR_PATH, anchorPage } from './bench-search.ts';
import { chromiumPath, launchBrowser } from '../tests/helpers/browser.ts';
import {
  compareRows,
  formatPaintTable,
  STARTER_PAGE_FOR_KIND,
  STARTER_PAGES,
  type PaintKind,
  type PaintRun,
} from './lib/bench/paint-compare.ts';
import { measurePaint, NETWORKS, paintConditions, type NetworkName } from './lib/bench/paint.ts';
import {
  describeReference,
  makeStarterReference,
  readStarterReference,
  referenceRuns,
  STARTER_REFERENCE_PATH,
  writeStarterReference,
} from './lib/bench/starter-reference.ts';
import { machineInfo, starterVersions } from './lib/bench/machine.ts';

const args = process.argv.slice(2);
if (args.includes('--stories')) {
  const run = spawnSync('npx', ['tsx', 'scripts/bench-stories.ts', ...args], { stdio: 'inherit' });
  process.exit(run.status ?? 1);
}

const distArg = args.indexOf('--dist');
const OUT = distArg >= 0 && args[distArg + 1] ? args[distArg + 1]! : '.bench/dist';
const searchOnly = args.includes('--search-only');
const paintOnly = args.includes('--paint-only');
const starterArg = args.indexOf('--starter');
const STARTER = starterArg >= 0 && args[starterArg + 1] ? path.resolve(args[starterArg + 1]!) : null;
const saveReference = args.includes('--save-starter-reference');
const paintRunsArg = args.indexOf('--paint-runs');
const paintRuns = paintRunsArg >= 0 ? Math.max(1, Number(args[paintRunsArg + 1]) || 5) : 5;
const networkArg = args.indexOf('--network');
const paintNetwork = (networkArg >= 0 ? args[networkArg + 1] : 'lighthouse') as NetworkName;
if (!(paintNetwork in NETWORKS)) {
  console.error(`--network ${paintNetwork}: expected ${Object.keys(NETWORKS).join(' or ')}.`);
  process.exit(1);
}
const CONDITIONS = paintConditions(paintNetwork);
if (saveReference && !STARTER) {
  console.error('--save-starter-reference needs --starter DIR (a built Astro blog starter; README, section “Bench”).');
  process.exit(1);
}
if (STARTER) {
  const missing = STARTER_PAGES.filter((p) => !existsSync(path.join(STARTER, p, 'index.html')));
  if (missing.length) {
    console.error(
      `--starter ${STARTER}: not a built Astro blog starter, missing ${missing.join(', ')} (build it as README, section “Bench”, says).`,
    );
    process.exit(1);
  }
}
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Math.max(1, Number(args[runsArg + 1]) || 3) : 3;
let buildSeconds = 0;
if (distArg < 0 && (!args.includes('--no-build') || !existsSync(`${OUT}/index.html`))) {
  console.log('Building…');
  const start = performance.now();
  const build = spawnSync('npx', ['astro', 'build'], {
    env: { ...process.env, OUT_DIR: OUT, BASE_PATH: '/' },
    encoding: 'utf8',
  });
  buildSeconds = (performance.now() - start) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout, build.stderr);
    process.exit(1);
  }
}
// Pagefind's default UI on the same index, for the comparison (bench copy only, never in dist/).
mkdirSync(`${OUT}/${ANCHOR_PATH}`, { recursive: true });
writeFileSync(`${OUT}/${ANCHOR_PATH}index.html`, anchorPage('/'));

const firstStory = existsSync(`${OUT}/dan-van-kheo`)
  ? readdirSync(`${OUT}/dan-van-kheo`, { withFileTypes: true }).find(
      (d) =>
        d.isDirectory() &&
        existsSync(`${OUT}/dan-van-kheo/${d.name}/index.html`) &&
        !/^(trang|linh-vuc|dia-ban|nam)$/.test(d.name),
    )?.name
  : undefined;

/** Page kinds and their budgets (KB gzip of HTML+CSS+JS+fonts), from the issues. */
const kinds: Array<{ kind: string; path: string; budget: number; extra?: string }> = [
  { kind: 'home', path: '', budget: 30 },
  { kind: 'directive', path: 'van-ban/chi-thi-2022-02-21/', budget: 30 },
  ...(firstStory ? [{ kind: 'story', path: `dan-van-kheo/${firstStory}/`, budget: 30 }] : []),
  { kind: 'gallery', path: 'dan-van-kheo/', budget: 40 },
  { kind: 'results', path: 'ket-qua/', budget: 100 },
  { kind: 'search', path: 'tim-kiem/?q=dan%20van%20kheo', budget: 165, extra: 'search budget counts index chunks' },
  // The search page asks for Pagefind's engine (loader, wasm, meta) with the page: it is opened to search.
  { kind: 'search (empty)', path: 'tim-kiem/', budget: 100, extra: 'counts the preloaded engine' },
].filter((k) => existsSync(`${OUT}/${k.path.split('?')[0]}index.html`));

const server = await startGzipServer(OUT);
const browser = await launchBrowser();

/** Our page of each paint kind (the search page with a query, as a citizen arrives from the home page's form). */
const paintPaths: Array<[PaintKind, string]> = kinds
  .filter((k) => k.kind in STARTER_PAGE_FOR_KIND)
  .map((k) => [k.kind as PaintKind, k.path]);

/**
 * First paint per page kind against the Astro blog starter: throttled, cold, median of
 * `paintRuns`. With --starter, the starter's pages load in the same run, interleaved with ours
 * (which side goes first alternates), so load on a shared machine hits both alike; without it,
 * ours are compared with the checked-in reference run.
 */
async function paintComparison(b: Browser): Promise<string> {
  const ours: Partial<Record<PaintKind, PaintRun[]>> = {};
  const starterRuns: Record<string, PaintRun[]> = Object.fromEntries(STARTER_PAGES.map((p) => [p, []]));
  const starterServer = STARTER ? await startGzipServer(STARTER) : null;
  const loads: number[] = [];
  try {
    for (let r = 0; r < paintRuns; r++) {
      const measuredStarter = new Set<string>();
      for (const [i, [kind, p]] of paintPaths.entries()) {
        loads.push(loadavg()[0]!);
        const mine = async () => {
          (ours[kind] ??= []).push(await measurePaint(b, server.url + p, paintNetwork));
        };
        const page = STARTER_PAGE_FOR_KIND[kind];
        // Each starter page once per round (two of our kinds share one).
        const theirs =
          starterServer && !measuredStarter.has(page)
            ? async () => {
                measuredStarter.add(page);
                starterRuns[page]!.push(await measurePaint(b, starterServer.url + page.slice(1), paintNetwork));
              }
            : async () => {};
        if ((r + i) % 2) {
          await theirs();
          await mine();
        } else {
          await mine();
          await theirs();
        }
      }
      process.stdout.write(`  paint round ${r + 1}/${paintRuns} done\n`);
    }
  } finally {
    await starterServer?.close();
  }
  const load = `${Math.min(...loads).toFixed(1)}–${Math.max(...loads).toFixed(1)}`;
  let starterLabel: string;
  let runsByPage: Record<string, PaintRun[]>;
  if (STARTER) {
    runsByPage = starterRuns;
    starterLabel = `${STARTER}, interleaved with ours in this run`;
    if (saveReference) {
      const ref = makeStarterReference(starterRuns, {
        date: new Date().toISOString(),
        machine: { ...machineInfo(b), loadAverage: `${load} (1-minute, during the runs)` },
        starter: await starterVersions(STARTER),
        conditions: {
          ...CONDITIONS,
          runs: paintRuns,
          interleavedWith: 'this repository’s pages (npm run bench), alternating which side loads first',
        },
      });
      await writeStarterReference(ref);
      starterLabel += `; saved to ${path.relative(process.cwd(), fileURLToPath(STARTER_REFERENCE_PATH))}`;
    }
  } else {
    try {
      const ref = await readStarterReference();
      runsByPage = referenceRuns(ref);
      starterLabel = describeReference(ref);
      if (ref.conditions.network !== CONDITIONS.network) {
        starterLabel += `; WARNING: the reference was measured under ${ref.conditions.network}, not these conditions — pass --starter DIR`;
      }
    } catch (e) {
      // The rest of the bench still runs: the reference is checked in, but may be broken by hand.
      return `First paint: ${(e as Error).message}`;
    }
  }
  return [
    `First paint vs the Astro blog starter: ${CONDITIONS.network}, CPU ${CONDITIONS.cpuSlowdown}× slower, ${CONDITIONS.cache}, median of ${paintRuns}; load average during runs ${load} on ${machineInfo(b).cores} cores`,
    formatPaintTable(compareRows(ours, runsByPage), starterLabel),
  ].join('\n');
}
const paintReport = searchOnly ? null : await paintComparison(browser);
if (paintOnly) {
  console.log(`\n${paintReport}`);
  await browser.close();
  await server.close();
  process.exit(0);
}
const rows: string[][] = [
  ['page kind', 'HTML', 'CSS', 'JS', 'fonts', 'search idx', 'total*', 'budget', 'images', 'data'],
];
for (const { kind, path: pagePath, budget } of searchOnly ? [] : kinds) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true });
  const page = await context.newPage();
  const fetched: FetchedResource[] = [];
  page.on('response', async (res) => {
    try {
      fetched.push({ url: res.url(), type: res.request().resourceType(), body: await res.body() });
    } catch {
      /* redirects have no body */
    }
  });
  await page.goto(server.url + pagePath, { waitUntil: 'networkidle' });
  // Scroll through the page so lazy enhancements (charts near the viewport) load.
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += 600) {
      window.scrollTo(0, y);
      await new Promise((r) => setTimeout(r, 60));
    }
  });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const w = sumWeights(fetched);
  const total = w.html + w.css + w.js + w.fonts + (kind.startsWith('search') ? w.search : 0);
  rows.push([
    kind,
    kb(w.html),
    kb(w.css),
    kb(w.js),
    kb(w.fonts),
    kb(w.search),
    kb(total),
    `${total <= budget * 1024 ? '✓' : '✗'} ≤ ${budget}`,
    kb(w.images),
    kb(w.data),
  ]);
  await context.close();
}
// Search latency on a warm page: from the last keystroke to the results on screen (budget 300 ms),
// with the CPU 4× slower as on a cheap phone.
const latencies: Array<[string, number]> = [];
if (kinds.some((k) => k.kind === 'search')) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.goto(server.url + 'tim-kiem/?q=dan%20van', { waitUntil: 'networkidle' });
  await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''));
  for (const q of ['hoa giai', 'danh gia', 'đạo đức công vụ', 'nhan long', 'tiep can thong tin', 'dan van kheo']) {
    const input = page.locator('main input[name="q"]');
    await input.fill('');
    await page.waitForTimeout(300);
    await input.pressSequentially(q.slice(0, -1), { delay: 60 });
    // Arm a watcher for the status that names the full query, then type its last character.
    const done = page.evaluate(
      (full) =>
        new Promise<number>((resolve) => {
          const status = document.querySelector('[data-status]')!;
          const start = performance.now();
          // No named helpers in here: tsx would wrap them in a helper the page does not have.
          new MutationObserver(() => {
            if ((status.textContent ?? '').includes(`“${full}”`)) resolve(performance.now() - start);
          }).observe(status, { childList: true, characterData: true, subtree: true });
        }),
      q,
    );
    await input.pressSequentially(q.slice(-1));
    latencies.push([q, await done]);
  }
  await page.close();
}
const load = loadavg()
  .map((l) => l.toFixed(1))
  .join(' ');
const comparison = kinds.some((k) => k.kind === 'search') ? await compareSearch(browser, server.url, runs) : null;
await browser.close();

const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
if (!searchOnly)
  console.log('\nPage weight, KB gzip (mobile, after scrolling; * HTML+CSS+JS+fonts, plus index chunks for search)');
for (const r of searchOnly ? [] : rows) console.log(r.map((c, i) => c.padEnd(widths[i]!)).join('  '));
if (buildSeconds) console.log(`\nBuild time: ${buildSeconds.toFixed(1)} s (astro build + Pagefind index)`);
if (latencies.length) {
  const sorted = latencies.map(([, ms]) => ms).sort((a, b) => a - b);
  console.log(
    `\nSearch, last keystroke → results on screen (warm page, CPU 4× slower, budget ≤ 300 ms; includes the typing pause; load average before: ${load}):`,
  );
  for (const [q, ms] of latencies) console.log(`  ${q.padEnd(20)} ${Math.round(ms)} ms`);
  console.log(
    `  median ${Math.round(sorted[Math.floor(sorted.length / 2)]!)} ms, max ${Math.round(sorted.at(-1)!)} ms`,
  );
}

if (comparison) console.log(`\n${comparison}`);
if (paintReport) console.log(`\n${paintReport}`);

if (!args.includes('--no-lighthouse')) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  console.log('\nLighthouse (mobile, default throttling):');
  console.log('page kind       perf  a11y  best  seo   SEO audits not passed');
  // One widget of each kind too: they are noindex by design (fragments of full pages), so
  // is-crawlable is their one expected SEO failure; every other SEO audit must pass.
  const chartEmbed = existsSync(`${OUT}/nhung/bieu-do`) ? readdirSync(`${OUT}/nhung/bieu-do`).sort()[0] : undefined;
  const embedKinds = [
    { kind: 'embed point', path: 'nhung/diem/3/' },
    { kind: 'embed stories', path: 'nhung/mo-hinh-moi/' },
    { kind: 'embed search', path: 'nhung/tim-kiem/' },
    ...(chartEmbed ? [{ kind: 'embed chart', path: `nhung/bieu-do/${chartEmbed}/` }] : []),
  ].filter((k) => existsSync(`${OUT}/${k.path}index.html`));
  for (const { kind, path: pagePath } of [...kinds, ...embedKinds].filter(
    (k) => !searchOnly || k.kind.startsWith('search'),
  )) {
    const chrome = await chromeLauncher.launch({
      chromePath: await chromiumPath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
    try {
      const result = await lighthouse(server.url + pagePath, { port: chrome.port, output: 'json', logLevel: 'error' });
      const c = result?.lhr.categories;
      const s = (k: string) => String(Math.round((c?.[k]?.score ?? 0) * 100)).padStart(4);
      const seoFailed = (c?.seo?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (result?.lhr.audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id + (ref.id === 'is-crawlable' && kind.startsWith('embed') ? ' (noindex by design)' : ''));
      console.log(
        `${kind.padEnd(14)} ${s('performance')}  ${s('accessibility')}  ${s('best-practices')}  ${s('seo')}   ${seoFailed.join(', ') || '—'}`,
      );
    } finally {
      chrome.kill();
    }
  }
}
await server.close();
