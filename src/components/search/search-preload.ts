/**
 * First thing the search page runs: ask for every file Pagefind will need, all at once, before
 * the search code has even loaded (see src/lib/search/preload-plan.ts). With ?q= it starts at
 * once, including the index chunks of the query's words and the filter chunks its searches read
 * (a filter in the URL, or the kind of page a date, a point or results are looked for in);
 * without, on the first focus of the search box. This module imports nothing that the search code shares, so it stays one small file
 * with no chain of its own.
 */
import { preloadUrls, type PreloadPlan } from '../../lib/search/preload-plan';

function addLink(rel: 'modulepreload' | 'preload', href: string): void {
  if (document.head.querySelector(`link[href="${CSS.escape(href)}"]`)) return;
  const link = document.createElement('link');
  link.rel = rel;
  link.href = href;
  // Pagefind fetches in CORS mode: a preload matches it only with the same mode.
  if (rel === 'preload') {
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
  }
  document.head.append(link);
}

/** Preload for `query` what the page's plan lists (nothing when the plan is missing, e.g. in dev). */
export function preloadSearch(root: HTMLElement, query: string): void {
  let plan: PreloadPlan;
  try {
    plan = JSON.parse(root.dataset['preloadPlan'] ?? '') as PreloadPlan;
  } catch {
    return;
  }
  const urls = preloadUrls(plan, root.dataset['bundle'] ?? '/pagefind/', query, location.search);
  addLink('modulepreload', urls.module);
  for (const url of urls.fetch) addLink('preload', url);
}

export function startPreload(): void {
  const root = document.querySelector<HTMLElement>('dv-search');
  if (!root) return;
  const q = new URLSearchParams(location.search).get('q')?.trim();
  if (q) preloadSearch(root, q);
  else root.addEventListener('focusin', () => preloadSearch(root, ''), { once: true });
}
