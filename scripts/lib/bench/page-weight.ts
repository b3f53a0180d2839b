import { gzipSync } from 'node:zlib';

/** The budget groups of the issues: what a page costs a phone on a slow network. */
export type WeightGroup = 'html' | 'css' | 'js' | 'fonts' | 'search' | 'data' | 'images';

/** One fetched resource, as the browser saw it. */
export interface FetchedResource {
  url: string;
  /** Playwright's resourceType: document, stylesheet, script, font, image, fetch, xhr, other… */
  type: string;
  body: Buffer;
}

/**
 * Which budget group a fetched resource falls in. Pagefind's index chunks and wasm are "search";
 * JSON/CSV fetched by scripts are "data".
 *
 * @example
 * weightGroup({ url: 'http://h/pagefind/wasm.unknown.pagefind', type: 'fetch', body: Buffer.alloc(0) }) // 'search'
 */
export function weightGroup(resource: FetchedResource): WeightGroup {
  const { pathname } = new URL(resource.url);
  if (/\/pagefind\//.test(pathname) && !pathname.endsWith('.js') && !pathname.endsWith('.css')) return 'search';
  if (resource.type === 'document') return 'html';
  if (resource.type === 'stylesheet' || pathname.endsWith('.css')) return 'css';
  if (resource.type === 'script' || /\.m?js$/.test(pathname)) return 'js';
  if (resource.type === 'font' || /\.(woff2?|ttf|otf)$/.test(pathname)) return 'fonts';
  if (resource.type === 'image' || /\.(png|jpe?g|webp|avif|svg|gif)$/.test(pathname)) return 'images';
  return 'data';
}

/**
 * Gzip bytes per group (level 9, as a static host would pre-compress).
 *
 * @example
 * sumWeights([{ url: 'http://h/', type: 'document', body: Buffer.from('<p>x</p>') }]).html // ~28
 */
export function sumWeights(resources: readonly FetchedResource[]): Record<WeightGroup, number> {
  const totals: Record<WeightGroup, number> = { html: 0, css: 0, js: 0, fonts: 0, search: 0, data: 0, images: 0 };
  for (const r of resources) totals[weightGroup(r)] += gzipSync(r.body, { level: 9 }).length;
  return totals;
}

/** Kilobytes with one decimal, for reports. */
export function kb(bytes: number): string {
  return (bytes / 1024).toFixed(1);
}
