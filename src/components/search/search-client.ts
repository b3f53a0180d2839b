/**
 * Browser side of /tim-kiem/. Reads ?q= and filters, loads Pagefind from the site's own bundle
 * only when there is something to search, runs every đ-variant of the query (Pagefind does not
 * fold đ), merges them, and lists results with kind, highlighted excerpt and links to sub-sections
 * (e.g. #diem-3). Typing searches again after a short pause; the URL keeps the state.
 * Pagefind's excerpts are built from our own pages' text with <mark> around matches, so they are
 * inserted as HTML; titles and URLs are set as text and attributes.
 */
import { mergeFilterCounts } from '../../lib/search/merge-results';
import { hasMarks, phraseQuery, queryVariants } from '../../lib/search/query-variants';
import { rerank, type Candidate } from '../../lib/search/rerank';
import { FILTER_KEYS, readSearchState, writeSearchState, type FilterKey, type SearchState } from '../../lib/search/search-params';

interface SubResult { title: string; url: string; locations: number[] }
interface ResultData { url: string; excerpt: string; meta: Record<string, string | undefined>; sub_results: SubResult[] }
interface RawResult { id: string; score: number; data(): Promise<ResultData> }
interface Search { results: RawResult[]; filters: Record<string, Record<string, number>> }
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<Search | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Pagefind {
  createInstance(o: Record<string, unknown>): Promise<PagefindInstance>;
}

/** Results shown first (each costs its page's fragment), then per "more" click. */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;
/** How many sub-sections (e.g. directive points) to link under a result: those with most matches. */
const SUBS_SHOWN = 3;
/**
 * Pagefind's ranking, tuned with the relevance harness (tests/search/queries.json): less
 * page-length normalisation than the default 0.75, so the long directive is not buried under
 * short pages that quote a phrase of it.
 */
const RANKING = { pageLength: 0.1 };

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
  let pagefind: Promise<PagefindInstance> | null = null;
  let state: SearchState = readSearchState(location.search);
  let merged: RawResult[] = [];
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Pagefind runs on the main thread (noWorker): its worker script would cost another 12 KB
  // before the first result, and a search here takes milliseconds.
  const engine = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then(async (pf) => {
      const instance = await pf.createInstance({ basePath: bundle, ranking: RANKING, noWorker: true });
      // Searches report filter counts only once the filter index is loaded.
      await instance.filters();
      return instance;
    }));

  // Searches share one Pagefind instance whose exactDiacritics option each batch sets, so they
  // run one at a time.
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = lock.then(fn);
    lock = next.catch(() => undefined);
    return next;
  };

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
      const pf = await engine();
      const filters = Object.fromEntries(Object.entries(state.filters)) as Record<string, string>;
      // Every đ-variant, as loose words and as a phrase.
      const terms = queryVariants(q).flatMap((v) => {
        const phrase = phraseQuery(v);
        return [{ term: v, isPhrase: false }, ...(phrase ? [{ term: phrase, isPhrase: true }] : [])];
      });
      const batch = async (isExact: boolean) => {
        // One instance, one copy of the index: the same searches again, requiring the marks as typed.
        await pf.options({ exactDiacritics: isExact });
        return Promise.all(terms.map(async (t) => ({ ...t, isExact, search: await pf.search(t.term, { filters }) })));
      };
      const searches = await exclusive(async () => (hasMarks(q) ? [...(await batch(true)), ...(await batch(false))] : await batch(false)));
      if (id !== run) return; // a newer keystroke won
      const candidates: Candidate<RawResult>[] = searches.flatMap((s) =>
        (s.search?.results ?? []).map((r) => ({ id: r.id, score: r.score, exact: s.isExact, phrase: s.isPhrase, item: r })),
      );
      merged = rerank(candidates);
      shown = 0;
      list.replaceChildren();
      await showMore(id);
      renderFilters(mergeFilterCounts(searches.filter((s) => !s.isExact && !s.isPhrase && s.search).map((s) => s.search!.filters)));
      status.textContent = merged.length ? fill('count', { n: merged.length, q }) : fill('none', { q });
    } catch (error) {
      console.warn(error);
      status.textContent = text['error'] ?? '';
    }
  }

  async function showMore(id = run): Promise<void> {
    const page = merged.slice(shown, shown + (shown === 0 ? FIRST_PAGE : PAGE_SIZE));
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
    const subs = item.sub_results
      .filter((s) => s.url !== item.url && s.url.includes('#'))
      .sort((a, b) => b.locations.length - a.locations.length)
      .slice(0, SUBS_SHOWN);
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
  input.addEventListener('focus', () => void engine(), { once: true });
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
