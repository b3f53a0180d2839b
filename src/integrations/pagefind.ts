import type { AstroIntegration } from 'astro';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { dWordsOf, htmlForIndex, prefixFree } from '../lib/search/index-html';
import { FILTER_KEYS, FILTER_PARAMS } from '../lib/search/search-params';
import { PRELOAD_PLAN_PLACEHOLDER, preloadUrls, readMeta, type PreloadPlan } from '../lib/search/preload-plan';

/**
 * The plan for a written bundle: meta file, wasm, index chunk ranges, the "kind" filter's chunk
 * (preloaded for a query whose intent searches within a kind of page), each filter's URL
 * parameter and chunk (preloaded when the URL chooses that filter) and the index's d-
 * and đ-words. Other filter chunks are left out: the page asks for filter counts only after the
 * first results, and on HTTP/1.1 (6 connections) four more preloads would queue the index chunk
 * behind them.
 */
async function preloadPlan(bundleDir: string, dWords: string[]): Promise<PreloadPlan> {
  const entry = JSON.parse(await readFile(path.join(bundleDir, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { hash: string; wasm: string | null; page_count: number }>;
  };
  // Pagefind loads the language with the most pages when the page's own is not indexed; here
  // every page is Vietnamese (forceLanguage), so there is one.
  const lang = Object.values(entry.languages).sort((a, b) => b.page_count - a.page_count)[0];
  if (!lang) throw new Error('Pagefind preload plan: pagefind-entry.json lists no language');
  const metaFile = `pagefind.${lang.hash}.pf_meta`;
  const { chunks, filterNames } = readMeta(gunzipSync(await readFile(path.join(bundleDir, metaFile))));
  return {
    tag: lang.hash,
    files: [`wasm.${lang.wasm ?? 'unknown'}.pagefind`, metaFile],
    chunks,
    ...(filterNames['kind'] ? { kind: filterNames['kind'] } : {}),
    params: FILTER_KEYS.filter((key) => filterNames[key]).map((key) => [FILTER_PARAMS[key], filterNames[key]!]),
    dWords,
  };
}

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * The search page's own hints for what every search needs (loader, wasm, meta, entry), in its
 * head: the browser asks for them with the page's CSS, a round trip before any script could
 * (a search page is opened to search; on a slow phone that round trip is ~0.6 s). The query's
 * index chunks are added by search-preload.ts, which alone knows the query.
 */
function preloadLinks(plan: PreloadPlan, bundle: string, html: string): string {
  const urls = preloadUrls(plan, bundle, '');
  // The page's own module scripts first: browsers fetch them at low priority, and on HTTP/1.1
  // they would wait behind the wasm for a connection, holding back the query's index chunk.
  const scripts = [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
  return [
    ...scripts.map((src) => `<link rel="modulepreload" href="${src}">`),
    `<link rel="modulepreload" href="${escapeAttribute(urls.module)}">`,
    ...urls.fetch.map((u) => `<link rel="preload" href="${escapeAttribute(u)}" as="fetch" crossorigin="anonymous">`),
  ].join('');
}

/**
 * Build the Pagefind index into `dist/pagefind/` as the last step of `astro build`, so a built
 * site always has its index. Pages are handed to Pagefind one by one through htmlForIndex (no
 * glued words); Pagefind indexes only `data-pagefind-body` (each page's <main>). Any indexing
 * error fails the build: Pagefind's API returns errors instead of throwing, so each step is checked.
 */
export function pagefindIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'dan-van:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const fail = (step: string, errors: string[]): never => {
          throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
        };
        const { index, errors: createErrors } = await pagefind.createIndex({ forceLanguage: 'vi' });
        if (!index || createErrors.length) fail('createIndex', createErrors);
        const files = (await readdir(outDir, { recursive: true }))
          .filter((f) => f.endsWith('.html') && !f.startsWith(`pagefind${path.sep}`))
          .sort();
        let indexed = 0;
        const planned: string[] = [];
        const dWords = new Set<string>();
        for (const file of files) {
          const served = await readFile(path.join(outDir, file), 'utf8');
          if (served.includes(PRELOAD_PLAN_PLACEHOLDER)) planned.push(file);
          const content = htmlForIndex(served);
          // Only pages with data-pagefind-body are indexed; others (404, search page) are skipped.
          if (!content.includes('data-pagefind-body')) continue;
          for (const w of dWordsOf(content)) dWords.add(w);
          const added = await index!.addHTMLFile({ sourcePath: file.split(path.sep).join('/'), content });
          if (added.errors.length) fail(`addHTMLFile ${file}`, added.errors);
          indexed++;
        }
        if (indexed === 0) fail('indexing', ['no page has data-pagefind-body']);
        const written = await index!.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
        if (written.errors.length) fail('writeFiles', written.errors);
        await pagefind.close();
        // The search page learns the index's file names only now, after Astro wrote it.
        const plan = await preloadPlan(path.join(outDir, 'pagefind'), prefixFree(dWords));
        const attribute = escapeAttribute(JSON.stringify(plan));
        for (const file of planned) {
          const html = await readFile(path.join(outDir, file), 'utf8');
          const withPlan = html
            .replaceAll(PRELOAD_PLAN_PLACEHOLDER, attribute)
            .replace('</head>', `${preloadLinks(plan, `${base}pagefind/`, html)}</head>`);
          await writeFile(path.join(outDir, file), withPlan);
        }
        logger.info(`indexed ${indexed} pages into ${path.relative(process.cwd(), path.join(outDir, 'pagefind'))}/`);
      },
    },
  };
}
