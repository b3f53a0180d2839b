/**
 * Browser side of /tim-kiem/. Reads ?q= and filters, loads Pagefind from the site's own bundle
 * only when there is something to search (search-preload.ts has already asked for its files),
 * runs every đ-variant of the query (Pagefind does not fold đ) plus the searches the query's
 * intent calls for (a date, a point of the directive, results), ranks them (rerank.ts), and lists
 * results with kind, title, summary or highlighted excerpt, and links to sub-sections (#diem-3).
 * With no result it says so, offers the likeliest other spelling that the index has, and links
 * the 8 points. Typing searches again after a short pause; the URL keeps the state.
 * Pagefind's excerpts are built from our own pages' text with <mark> around matches, so they are
 * inserted as HTML; titles, summaries and URLs are set as text and attributes.
 */
import { mergeFilterCounts } from '../../lib/search/merge-filter-counts';
import { displayTitle } from '../../lib/search/display-title';
import { headingTarget } from '../../lib/search/heading-target';
import { highlightParts } from '../../lib/search/highlight';
import { readIntent } from '../../lib/search/query-intent';
import { hasMarks, phraseQuery, queryVariants } from '../../lib/search/query-variants';
import { searchJobs, type Job } from '../../lib/search/search-jobs';
import { rerank, type Candidate } from '../../lib/search/rerank';
import {
  FILTER_KEYS,
  readSearchState,
  writeSearchState,
  type FilterKey,
  type SearchState,
} from '../../lib/search/search-params';
import { spellingCandidates } from '../../lib/search/spelling';

interface SubResult {
  title: string;
  url: string;
  locations: number[];
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: SubResult[];
}
interface RawResult {
  id: string;
  score: number;
  data(): Promise<ResultData>;
}
type Counts = Record<string, Record<string, number>>;
interface Search {
  results: RawResult[];
  filters: Counts;
}
interface PagefindInstance {
  options(o: Record<string, unknown>): Promise<void>;
  search(q: string, o?: { filters?: Record<string, string> }): Promise<Search | null>;
  filters(): Promise<Counts>;
}
interface Pagefind {
  createInstance(o: Record<string, unknown>): Promise<PagefindInstance>;
}
/** Results shown first (each costs its page's fragment), then per "more" click. */
const FIRST_PAGE = 5;
const PAGE_SIZE = 10;
/** How many sub-sections (e.g. directive points) to link under a result: those with most matches. */
const SUBS_SHOWN = 3;
/** Pause after a keystroke before searching: long enough to skip half-typed words. */
const TYPING_PAUSE_MS = 100;
/**
 * Pagefind's ranking, tuned with the relevance harness (tests/search/queries.json): less
 * page-length normalisation than the default 0.75, so the long directive is not buried under
 * short pages that quote a phrase of it.
 */
const RANKING = { pageLength: 0.1, metaWeights: { title: 10 } };
/** Words of an excerpt (Pagefind's default is 30): about three lines on a phone, as shown. */
const EXCERPT_WORDS = 24;

export function initSearch(root: HTMLElement): void {
  const el = <T extends Element>(sel: string) => root.querySelector<T>(sel)!;
  const input = el<HTMLInputElement>('input[name="q"]');
  const status = el<HTMLElement>('[data-status]');
  const list = el<HTMLOListElement>('[data-results]');
  const filtersBox = el<HTMLElement>('[data-filters]');
  const more = el<HTMLButtonElement>('[data-more]');
  const none = el<HTMLElement>('[data-none]');
  const suggest = el<HTMLElement>('[data-suggest]');
  const text = JSON.parse(root.dataset['messages'] ?? '{}') as Record<string, string>;
  const fill = (key: string, vars: Record<string, string | number>) =>
    (text[key] ?? '').replace(/\{(\w+)\}/g, (_m, k: string) => String(vars[k] ?? ''));
  const bundle = root.dataset['bundle'] ?? '/pagefind/';
  let tag: string | undefined;
  /** The index's d- and đ-words: a d-word is tried with đ only when the index has that form. */
  let dWords: string[] | undefined;
  try {
    ({ tag, dWords } = JSON.parse(root.dataset['preloadPlan'] ?? '') as { tag?: string; dWords?: string[] });
  } catch {
    /* no plan (dev server): Pagefind finds its files itself */
  }
  let pagefind: Promise<PagefindInstance> | null = null;
  let filtersLoaded: Promise<unknown> | null = null;
  let state: SearchState = readSearchState(location.search);
  let merged: RawResult[] = [];
  /** Every search's copy of a page: their sections differ (a phrase matches fewer). */
  let copies = new Map<string, RawResult[]>();
  let point: number | null = null;
  let shown = 0;
  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // Pagefind runs on the main thread (noWorker): its worker script would cost another 12 KB
  // before the first result, and a search here takes milliseconds. The entry file's cache tag is
  // the index's hash, so its URL is known in advance and preloaded.
  const engine = () =>
    (pagefind ??= (import(/* @vite-ignore */ `${bundle}pagefind.js`) as Promise<Pagefind>).then((pf) =>
      pf.createInstance({
        basePath: bundle,
        ranking: RANKING,
        excerptLength: EXCERPT_WORDS,
        noWorker: true,
        ...(tag ? { metaCacheTag: tag } : {}),
      }),
    ));

  // Searches share one Pagefind instance whose exactDiacritics option each batch sets, so they
  // run one at a time.
  let lock: Promise<unknown> = Promise.resolve();
  const exclusive = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = lock.then(fn);
    lock = next.catch(() => undefined);
    return next;
  };

  const jobs = (q: string, filters: Record<string, string>): Job[] =>
    searchJobs(q, filters, { directive: text['kindDirective'] ?? '', results: text['kindResults'] ?? '' }, dWords);

  async function runJobs(pf: PagefindInstance, q: string, filters: Record<string, string>) {
    const list = jobs(q, filters);
    const batch = async (isExact: boolean) => {
      // One instance, one copy of the index: the same searches again, requiring the marks as typed.
      await pf.options({ exactDiacritics: isExact });
      return Promise.all(
        list.map(async (j) => ({ ...j, isExact, search: await pf.search(j.term, { filters: j.filters }) })),
      );
    };
    return exclusive(async () =>
      hasMarks(q) ? [...(await batch(true)), ...(await batch(false))] : await batch(false),
    );
  }

  /**
   * The filter counts of a query: only its plain searches (the others add no page of their own
   * kind), one per task, so that a slow phone answers a tap between them.
   */
  async function countFilters(pf: PagefindInstance, q: string, filters: Record<string, string>): Promise<Counts[]> {
    const counting = jobs(q, filters).filter((j) => j.counts);
    return exclusive(async () => {
      await pf.options({ exactDiacritics: false });
      const out: Counts[] = [];
      for (const j of counting) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        const found = await pf.search(j.term, { filters: j.filters });
        if (found) out.push(found.filters);
      }
      return out;
    });
  }

  async function search(): Promise<void> {
    const id = ++run;
    const q = state.q;
    history.replaceState(null, '', writeSearchState(state) || location.pathname);
    none.hidden = true;
    if (!q) {
      showSuggestion(null);
      list.replaceChildren();
      filtersBox.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    status.textContent = text['loading'] ?? '';
    try {
      const pf = await engine();
      const filters = { ...state.filters } as Record<string, string>;
      const searches = await runJobs(pf, q, filters);
      if (id !== run) return; // a newer keystroke won
      const candidates: Candidate<RawResult>[] = [];
      copies = new Map();
      const boost = new Map<string, number>();
      for (const s of searches) {
        for (const r of s.search?.results ?? []) {
          candidates.push({ id: r.id, score: r.score, exact: s.isExact, phrase: s.phrase, item: r });
          copies.set(r.id, [...(copies.get(r.id) ?? []), r]);
          if (s.boost) boost.set(r.id, Math.max(boost.get(r.id) ?? 0, s.boost));
        }
      }
      merged = rerank(candidates, boost);
      point = readIntent(q).point;
      shown = 0;
      if (!merged.length) return await showNone(id, pf, q, filters);
      // Words found apart but never together ("khiếu lại"): a slip is likely, offer the spelling
      // whose words the site has together ("khiếu nại"), in the same frame as the results.
      const apart =
        searches.some((s) => s.phrase && !s.boost) &&
        !searches.some((s) => s.phrase && !s.boost && s.search?.results.length);
      const better = apart ? await bestSpelling(pf, q, filters, true) : null;
      // Each result shows as soon as its page's fragment is in, in order: the first does not
      // wait for the others (on a slow phone a long page's fragment takes a while).
      let first = true;
      const complete = await nextPage(id, (li) => {
        if (first) {
          first = false;
          showSuggestion(better);
          list.replaceChildren();
        }
        list.append(li);
      });
      if (!complete) return;
      status.textContent = fill('count', { n: merged.length, q });
      // Filter counts come after the results: Pagefind reports them once its filter index is
      // loaded, and waiting for it would hold the results back.
      filtersLoaded ??= pf.filters();
      await filtersLoaded;
      const counted = await countFilters(pf, q, filters);
      if (id !== run) return;
      renderFilters(mergeFilterCounts(counted));
    } catch (error) {
      console.warn(error);
      if (id === run) status.textContent = text['error'] ?? '';
    }
  }

  /**
   * The likeliest other spelling of `q` that the index has (see spelling.ts): the one whose
   * words stand together on most pages, else the one that finds most pages. With `needPhrase`,
   * only a spelling found as a phrase counts (the query found pages, but not its words together).
   */
  async function bestSpelling(
    pf: PagefindInstance,
    q: string,
    filters: Record<string, string>,
    needPhrase: boolean,
  ): Promise<string | null> {
    // Plain searches only (no intents, marks folded): a few per candidate, so a slow phone
    // still answers a keystroke quickly.
    const count = async (terms: string[]) => {
      const found = await Promise.all(terms.map((t) => pf.search(t, { filters })));
      return new Set(found.flatMap((f) => (f?.results ?? []).map((r) => r.id))).size;
    };
    return exclusive(async () => {
      await pf.options({ exactDiacritics: false });
      let best: { q: string; score: number[] } | null = null;
      for (const candidate of spellingCandidates(q)) {
        const variants = queryVariants(candidate, dWords);
        const phrase = await count(variants.map(phraseQuery).filter((p): p is string => p !== null));
        if (needPhrase && !phrase) continue;
        const loose = needPhrase ? 0 : await count(variants);
        // Finding as much, a spelling with its marks ("tiếp công dân") reads better than none.
        const score = [phrase, loose, hasMarks(candidate) ? 1 : 0];
        const i = best ? score.findIndex((n, k) => n !== best!.score[k]) : 0;
        if (!best || (i >= 0 && score[i]! > best.score[i]!)) best = { q: candidate, score };
      }
      return best && (best.score[0] || best.score[1]) ? best.q : null;
    });
  }

  /** "Có phải bạn muốn tìm …?" with a link that searches for it, or nothing. */
  function showSuggestion(better: string | null): void {
    suggest.replaceChildren();
    suggest.hidden = !better;
    if (!better) return;
    const a = document.createElement('a');
    a.href = writeSearchState({ q: better, filters: state.filters });
    a.textContent = better;
    a.addEventListener('click', (event) => {
      event.preventDefault();
      state = { q: better, filters: state.filters };
      input.value = better;
      void search();
    });
    const [before, after] = (text['suggest'] ?? '{q}').split('{q}');
    suggest.append(before ?? '', a, after ?? '');
  }

  /** No result: say so, offer the likeliest spelling the index has, and link the 8 points. */
  async function showNone(id: number, pf: PagefindInstance, q: string, filters: Record<string, string>): Promise<void> {
    // Of two or more words, only a spelling whose words stand together is worth offering.
    const better = await bestSpelling(pf, q, filters, q.trim().includes(' '));
    if (id !== run) return;
    list.replaceChildren();
    filtersBox.replaceChildren();
    more.hidden = true;
    status.textContent = fill('none', { q });
    showSuggestion(better);
    none.hidden = false;
  }

  /**
   * Render the next results, handing each list item to `show` in order as soon as it and those
   * before it are ready; false when a newer search took over.
   */
  async function nextPage(id: number, show: (li: HTMLLIElement) => void): Promise<boolean> {
    const slice = merged.slice(shown, shown + (shown === 0 ? FIRST_PAGE : PAGE_SIZE));
    // All fragments are asked for at once; each is awaited in turn.
    const pending = slice.map(async (r) => {
      // Pagefind hands every copy of a page the same cached fragment object, rewritten by each
      // data() call: read the other copies' sections first, one at a time, then the page's own.
      const sections = new Map<string, SubResult>();
      for (const other of (copies.get(r.id) ?? []).filter((c) => c !== r)) {
        for (const sub of (await other.data()).sub_results) sections.set(sub.url, { ...sub });
      }
      const own = await r.data();
      const item: ResultData = {
        ...own,
        meta: { ...own.meta },
        sub_results: own.sub_results.map((sub) => ({ ...sub })),
      };
      for (const sub of item.sub_results) sections.set(sub.url, sub);
      sections.delete(item.url);
      return { item, sections: [...sections.values()] };
    });
    // A search overtaken midway leaves the rest unawaited: their failures are not errors.
    for (const p of pending) p.catch(() => undefined);
    for (const p of pending) {
      const d = await p;
      if (id !== run) return false;
      show(renderResult(d.item, d.sections));
    }
    shown += slice.length;
    more.hidden = shown >= merged.length;
    return true;
  }

  function renderResult(item: ResultData, sections: SubResult[]): HTMLLIElement {
    const li = document.createElement('li');
    const kind = document.createElement('p');
    kind.className = 'dv-search__kind';
    kind.textContent = item.meta['kind'] ?? text['kindPage'] ?? '';
    if (item.meta['sample']) {
      const mark = document.createElement('span');
      mark.className = 'dv-search__sample';
      mark.textContent = item.meta['sample'];
      kind.append(' ', mark);
    }
    const h = document.createElement('h2');
    const a = document.createElement('a');
    const title = displayTitle(item.meta['title'] ?? item.url);
    // "điểm 6", "to chuc thuc hien": the result opens at that section, titled by its heading.
    const target = headingTarget(sections, readIntent(state.q).query, point) ?? undefined;
    a.href = target?.url ?? item.url;
    a.textContent = target ? `${target.title} · ${title}` : title;
    h.append(a);
    const p = document.createElement('p');
    p.className = 'dv-search__text';
    // A story is best told by its summary; a match deep in its metadata is not.
    if (item.meta['summary'] && item.meta['kind'] === text['kindStory']) {
      const words = queryVariants(readIntent(state.q).query, dWords).join(' ');
      p.append(
        ...highlightParts(item.meta['summary'], words, hasMarks(state.q)).map((part) => {
          if (!part.mark) return part.text;
          const mark = document.createElement('mark');
          mark.textContent = part.text;
          return mark;
        }),
      );
    } else p.innerHTML = item.excerpt;
    li.append(kind, h, p);
    const subs = item.sub_results
      .filter((s) => s.url !== item.url && s.url.includes('#') && s.url !== target?.url)
      .sort((a, b) => b.locations.length - a.locations.length)
      .slice(0, SUBS_SHOWN);
    if (subs.length) {
      const ul = document.createElement('ul');
      ul.className = 'dv-search__sub';
      ul.setAttribute('aria-label', fill('sub', { title }));
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

  function renderFilters(counts: Counts): void {
    // A heading only with options under it (or with the filter the reader chose, to clear it).
    const groups = FILTER_KEYS.filter(
      (key) => Object.values(counts[key] ?? {}).some((n) => n > 0) || state.filters[key],
    );
    filtersBox.replaceChildren(
      ...groups.map((key) => {
        const group = document.createElement('div');
        const title = document.createElement('p');
        title.className = 'dv-search__filter-title';
        title.textContent = text[`filter.${key}`] ?? key;
        const ul = document.createElement('ul');
        const values = Object.entries(counts[key] ?? {})
          .filter(([, n]) => n > 0)
          .sort(([a], [b]) => a.localeCompare(b, 'vi'));
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
    }, TYPING_PAUSE_MS);
  });
  input.form?.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { q: input.value.normalize('NFC').trim(), filters: state.filters };
    void search();
  });
  // More results come in one piece, and a second click while they load adds nothing twice.
  let loadingMore = false;
  more.addEventListener('click', async () => {
    if (loadingMore) return;
    loadingMore = true;
    const items: HTMLLIElement[] = [];
    try {
      if (await nextPage(run, (li) => items.push(li))) list.append(...items);
    } finally {
      loadingMore = false;
    }
  });
  if (state.q) void search();
}
