/**
 * Browser side of /tim-kiem/. Reads ?q= and filters, loads Pagefind from the site's own bundle
 * only when there is something to search, runs every đ-variant of the query (Pagefind does not
 * fold đ), merges them, and lists results with kind, highlighted excerpt and links to sub-sections
 * (e.g. #diem-3). Typing searches again after a short pause; the URL keeps the state.
 * Pagefind's excerpts are built from our own pages' text with <mark> around matches, so they are
 * inserted as HTML; titles and URLs are set as text and attributes.
 */
import { mergeFilterCounts, mergeResults } from '../../lib/search/merge-results';
import { hasMarks, queryVariants } from '../../lib/search/query-variants';
import { FILTER_KEYS, readSearchState, writeSearchState, type FilterKey, type SearchState } from '../../lib/search/search-params';

interface SubResult { title: string; url: string }
interface ResultData { url: string; excerpt: string; meta: Record<string, string | undefined>; sub_results: SubResult[] }
interface RawResult { id: string; score: number; data(): Promise<ResultData> }
interface Search { results: RawResult[]; filters: Record<string, Record<string, number>> }
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<Search | null>;
}

const PAGE_SIZE = 10;
/** Pagefind's default; kept for queries typed without marks, where every match is a folded one. */
const DEFAULT_DIACRITIC_SIMILARITY = 0.8;
/** With marks typed, a word that matches only once marks are stripped ("dẫn" for "dân") counts little. */
const MARKED_DIACRITIC_SIMILARITY = 0.15;

export function initSearch(root: HTMLElement): void {
  const el = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const input = el<HTMLInputElement>('input[name="q"]');
  const status = el<HTMLElement>('[data-status]');
  const list = el<HTMLOListElement>('[data-results]');
  const filtersBox = el<HTMLElement>('[data-filters]');
  const more = el<HTMLButtonElement>('[data-more]');
  const text = JSON.parse(root.dataset['messages'] ?? '{}') as Record<string, string>;
  const fill = (key: string, vars: Record<string, string | number>) =>
    (text[key] ?? '').replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  let pagefind: Promise<Pagefind> | null = null;
  let state: SearchState = readSearchState(location.search);
  let merged: RawResult[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const load = () =>
    (pagefind ??= import(/* @vite-ignore */ `${bundle}pagefind.js`).then(async (pf: Pagefind) => {
      await pf.options({ basePath: bundle });
      return pf;
    }));

  async function search(): Promise<void> {
    const id = ++run;
    const q = state.q;
    history.replaceState(null, '', writeSearchState(state) || location.pathname);
    if (!q) {
      list.replaceChildren();
      filtersBox.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = text['loading'] ?? '';
    try {
      const pf = await load();
      await pf.options({ ranking: { diacriticSimilarity: hasMarks(q) ? MARKED_DIACRITIC_SIMILARITY : DEFAULT_DIACRITIC_SIMILARITY } });
      const filters = Object.fromEntries(Object.entries(state.filters)) as Record<string, string>;
      const searches = (await Promise.all(queryVariants(q).map((v) => pf.search(v, { filters })))).filter((s): s is Search => !!s);
      if (id !== run) return; // a newer keystroke won
      merged = mergeResults(searches.map((s) => s.results));
      shown = 0;
      list.replaceChildren();
      await showMore(id);
      renderFilters(mergeFilterCounts(searches.map((s) => s.filters)));
      status.textContent = merged.length ? fill('count', { n: merged.length, q }) : fill('none', { q });
    } catch (error) {
      console.warn(error);
      status.textContent = text['error'] ?? '';
    }
  }

  async function showMore(id = run): Promise<void> {
    const page = merged.slice(shown, shown + PAGE_SIZE);
    const data = await Promise.all(page.map((r) => r.data()));
    if (id !== run) return;
    list.append(...data.map(renderResult));
    shown += page.length;
    more.hidden = shown >= merged.length;
  }

  function renderResult(item: ResultData): HTMLLIElement {
    const li = document.createElement('li');
    const kind = document.createElement('p');
    kind.className = 'dv-search__kind';
    kind.textContent = item.meta['kind'] ?? text['kindPage'] ?? '';
    const h = document.createElement('h2');
    const a = document.createElement('a');
    a.href = item.url;
    a.textContent = item.meta['title'] ?? item.url;
    h.append(a);
    const p = document.createElement('p');
    p.innerHTML = item.excerpt;
    li.append(kind, h, p);
    const subs = item.sub_results.filter((s) => s.url !== item.url && s.url.includes('#')).slice(0, 3);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'dv-search__sub';
      ul.setAttribute('aria-label', fill('sub', { title: a.textContent }));
      for (const s of subs) {
        const sa = document.createElement('a');
        sa.href = s.url;
        sa.textContent = s.title;
        const sli = document.createElement('li');
        sli.append(sa);
        ul.append(sli);
      }
      li.append(ul);
    }
    return li;
  }

  function renderFilters(counts: Record<string, Record<string, number>>): void {
    const groups = FILTER_KEYS.filter((key) => Object.keys(counts[key] ?? {}).length > 0 || state.filters[key]);
    filtersBox.replaceChildren(
      ...groups.map((key) => {
        const group = document.createElement('div');
        const title = document.createElement('p');
        title.className = 'dv-search__filter-title';
        title.textContent = text[`filter.${key}`] ?? key;
        const ul = document.createElement('ul');
        const values = Object.entries(counts[key] ?? {}).filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b, 'vi'));
        const current = state.filters[key];
        if (current) ul.append(filterLink(key, undefined, fill('filter.clear', { value: current })));
        for (const [value, n] of values) {
          ul.append(filterLink(key, value, `${value} (${n})`, value === current));
        }
        group.append(title, ul);
        return group;
      }),
    );
  }

  function filterLink(key: FilterKey, value: string | undefined, label: string, selected = false): HTMLLIElement {
    const li = document.createElement('li');
    const a = document.createElement('a');
    const next: SearchState = { q: state.q, filters: { ...state.filters } };
    if (value) next.filters[key] = value;
    else delete next.filters[key];
    a.href = writeSearchState(next) || '?';
    a.textContent = label;
    if (selected) a.setAttribute('aria-current', 'true');
    a.addEventListener('click', (event) => {
      event.preventDefault();
      state = next;
      void search();
    });
    li.append(a);
    return li;
  }

  input.value = state.q;
  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { q: input.value.normalize('NFC').trim(), filters: state.filters };
      void search();
    }, 150);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { q: input.value.normalize('NFC').trim(), filters: state.filters };
    void search();
  });
  more.addEventListener('click', () => void showMore());
  if (state.q) void search();
}
