/**
 * What the search page can fetch before Pagefind asks for it. Pagefind finds its files one after
 * another (pagefind.js → entry → meta and wasm → index chunks → fragments); on a slow phone each
 * step costs a round trip. At build time the index is known, so the page carries a small plan of
 * the files every search needs (meta, wasm, filters) and of the index chunks with their word
 * ranges; as soon as the page opens with ?q=, the browser preloads them all at once, including
 * the chunks that hold the query's words (the biggest first: on HTTP/1.1 a browser opens six
 * connections to a host).
 */

/**
 * What the search page's `data-preload-plan` holds until the index exists; the Pagefind
 * integration replaces it with the plan once Pagefind has written its files.
 */
export const PRELOAD_PLAN_PLACEHOLDER = '__PAGEFIND_PRELOAD_PLAN__';

/** One index chunk of Pagefind's meta file: words from `from` to `to` (folded), in `hash`. */
export type ChunkRange = [from: string, to: string, hash: string];

export interface PreloadPlan {
  /** The meta file's hash (e.g. "vi_47ac890f97"), also the entry file's cache tag. */
  tag: string;
  /** Files under the bundle every search needs: wasm, meta. */
  files: string[];
  /** Index chunks and their word ranges, in order. */
  chunks: ChunkRange[];
  /** The chunk of the "kind" filter, which the searches of a query's intent read. */
  kind?: string;
  /** Each filter's URL parameter ("loai") and chunk: a filter chosen in the URL is read by every search. */
  params?: Array<[param: string, hash: string]>;
  /**
   * The index's words that start with d or đ (folded, đ kept, sorted by code unit): a d-word
   * typed without marks is tried with đ only when the index has that form (see queryVariants).
   */
  dWords?: string[];
}

/**
 * Fold a word the way Pagefind keys its index: marks stripped, lower case; đ stays (Pagefind
 * does not fold it).
 *
 * @example
 * indexKey('Khiếu') // 'khieu'
 * indexKey('Đảng') // 'đang'
 */
export function indexKey(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().normalize('NFC');
}

/**
 * The index chunks a search for `words` will load, chosen as Pagefind 1.6 chooses them
 * (`request_indexes` in pagefind_web/src/lib.rs), so that nothing is preloaded in vain: the
 * chunk whose range holds the word; only when none does, every chunk whose bounds, cut to the
 * word's length, still hold it (a word that falls between two chunks).
 *
 * @example
 * chunksFor(['hoa', 'giai'], [['0', 'h', 'a'], ['ha', 'n', 'b'], ['na', 'z', 'c']]) // ['b']
 */
export function chunksFor(words: readonly string[], chunks: readonly ChunkRange[]): string[] {
  const out = new Set<string>();
  const cut = (s: string, n: number) => Array.from(s).slice(0, n).join('');
  for (const raw of words) {
    // Pagefind drops punctuation inside a word too ("21/02/2022" is looked up as "21022022").
    const w = indexKey(raw).replace(/[^\p{L}\p{N}]/gu, '');
    if (!w) continue;
    const length = Array.from(w).length;
    const strict = chunks.filter(([from, to]) => from <= w && w <= to);
    const found = strict.length
      ? strict
      : chunks.filter(
          ([from, to]) =>
            cut(w, Array.from(from).length) >= cut(from, length) && cut(w, Array.from(to).length) <= cut(to, length),
        );
    for (const [, , hash] of found) out.add(hash);
  }
  return [...out];
}

/**
 * Read Pagefind's meta file (gzip already removed): its "pagefind_dcd" signature, then CBOR
 * `[version, pages, chunks[[from, to, hash]…], filters[[name, hash]…], sorts, metaFields]`.
 * Only what the plan needs is kept.
 *
 * @example
 * readMeta(bytes) // { chunks: [['0', 'to', 'vi_5abda55'], …], filters: ['vi_5f1bd1e', …], filterNames: { kind: 'vi_5f1bd1e', … } }
 */
export function readMeta(bytes: Uint8Array): {
  chunks: ChunkRange[];
  filters: string[];
  filterNames: Record<string, string>;
} {
  const signature = 'pagefind_dcd';
  if (new TextDecoder().decode(bytes.subarray(0, signature.length)) !== signature) {
    throw new Error('Pagefind meta: no pagefind_dcd signature (the Pagefind version may have changed its format)');
  }
  const meta = decodeCbor(bytes, signature.length);
  if (!Array.isArray(meta) || !Array.isArray(meta[2]) || !Array.isArray(meta[3])) {
    throw new Error('Pagefind meta: unexpected layout (the Pagefind version may have changed its format)');
  }
  const chunks = (meta[2] as unknown[][]).map((c) => [String(c[0]), String(c[1]), String(c[2])] as ChunkRange);
  const filters = (meta[3] as unknown[][]).map((f) => String(f[1]));
  const filterNames = Object.fromEntries((meta[3] as unknown[][]).map((f) => [String(f[0]), String(f[1])]));
  return { chunks, filters, filterNames };
}

/** A minimal CBOR decoder: unsigned/negative integers, byte and text strings, arrays, maps, simple values. */
function decodeCbor(bytes: Uint8Array, start: number): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = start;
  const read = (): unknown => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    let n = info;
    if (info === 24) n = bytes[at++]!;
    else if (info === 25) {
      n = view.getUint16(at);
      at += 2;
    } else if (info === 26) {
      n = view.getUint32(at);
      at += 4;
    } else if (info === 27) {
      n = Number(view.getBigUint64(at));
      at += 8;
    } else if (info === 31) n = -1;
    switch (major) {
      case 0:
        return n;
      case 1:
        return -1 - n;
      case 2: {
        const b = bytes.subarray(at, at + n);
        at += n;
        return b;
      }
      case 3: {
        const s = text.decode(bytes.subarray(at, at + n));
        at += n;
        return s;
      }
      case 4: {
        const items: unknown[] = [];
        if (n < 0) {
          while (bytes[at] !== 0xff) items.push(read());
          at++;
        } else for (let i = 0; i < n; i++) items.push(read());
        return items;
      }
      case 5: {
        const map: Record<string, unknown> = {};
        for (let i = 0; i < n; i++) {
          const k = String(read());
          map[k] = read();
        }
        return map;
      }
      case 7:
        return info === 20 ? false : info === 21 ? true : null;
      default:
        throw new Error(`Pagefind meta: CBOR major type ${major} not supported`);
    }
  };
  return read();
}

/*
 * What the search page will look up for a query, worked out here again rather than imported:
 * the search code (search-jobs.ts, query-variants.ts, query-intent.ts) is also imported by the
 * search script, and a module both scripts import becomes a shared file that this one would have
 * to fetch first, a round trip before any preload. preload-plan.test.ts checks that the two agree
 * (same index chunks, same filter) on every query of the relevance harness and on generated ones.
 */

/** Marks of tone or vowel (â, ơ, ư…), as in query-variants.ts's hasMarks. */
const MARK = /[\u0300-\u0309\u0323\u0302\u0306\u031b]/;
/** As query-variants.ts's MAX_D_WORDS. */
const MAX_D_WORDS = 3;
/** As query-intent.ts's DATE, DATE_WORDS, POINT, DATA_WORDS and RESULTS_WORDS. */
const DATE = /(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?(?!\d)/;
const DATE_WORDS = /(?<!\d)(\d{1,2})\s+thang\s+(\d{1,2})(?:\s+nam\s+(\d{4}))?(?!\d)/;
const POINT = /(?:^|\s)(?:diem|khoan|muc)\s+(?:thu\s+|so\s+)?([1-8])(?!\d|[.,]\d)/;
const DATA_WORDS = /(?:^|\s)(?:du lieu|csv|json|tai ve|tai xuong|tep)(?:\s|$)/;
const RESULTS_WORDS =
  /(?:^|\s)(?:ket qua|xep loai|xep hang|diem danh gia|cham diem|tu cham|tham dinh|bang diem)(?:\s|$)/;

/** As query-variants.ts's indexHas. */
function has(words: readonly string[], key: string): boolean {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < words.length && words[lo]!.startsWith(key);
}

/**
 * The words the search page's searches for `query` look up in the index (with đ-forms where
 * it tries them), and whether any of them looks within one kind of page.
 *
 * @example
 * searchWords('ket qua 2024') // { words: ['ket', 'qua', '2024'], kind: true }
 * searchWords('dao duc', ['đao', 'đuc']) // { words: ['đao', 'đuc'], kind: false }
 */
export function searchWords(query: string, dWords?: readonly string[]): { words: string[]; kind: boolean } {
  let q = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  const folded = indexKey(q).replace(/đ/g, 'd');
  const results = RESULTS_WORDS.test(folded) && !DATA_WORDS.test(folded);
  const pointMatch = results ? null : POINT.exec(folded);
  const written = DATE_WORDS.exec(folded);
  const date = DATE.exec(q) ?? written;
  const phrases: string[] = [];
  if (date) {
    const day = Number(date[1]);
    const month = Number(date[2]);
    const year = date[3] ? (date[3].length === 2 ? 2000 + Number(date[3]) : Number(date[3])) : null;
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
      const dd = String(day).padStart(2, '0');
      const mm = String(month).padStart(2, '0');
      const y = year ? ` năm ${year}` : '';
      const slashed = (d: string, m: string) => `${d}/${m}${year ? `/${year}` : ''}`;
      phrases.push(
        `${dd} tháng ${mm}${y}`,
        `${day} tháng ${month}${y}`,
        slashed(dd, mm),
        slashed(`${day}`, `${month}`),
      );
      if (date !== written) q = q.replace(date[0], phrases[0]!).replace(/\s+/g, ' ').trim();
    }
  }
  // Typed without marks or đ, a d-word is also (or only) looked up with đ, as queryVariants does.
  const variants = [q];
  if (!MARK.test(q.normalize('NFD')) && !/[đĐ]/.test(q)) {
    const toD = (s: string, at: number) => s.slice(0, at) + (s[at] === 'D' ? 'Đ' : 'đ') + s.slice(at + 1);
    const starts: number[] = [];
    for (const m of q.matchAll(/(?<![\p{L}\p{M}])[dD][\p{L}\p{M}]+/gu)) {
      if (dWords) {
        const key = m[0].toLowerCase();
        if (!has(dWords, `đ${key.slice(1)}`)) continue;
        if (!has(dWords, key)) {
          variants[0] = toD(variants[0]!, m.index);
          continue;
        }
      }
      if (starts.length < MAX_D_WORDS) starts.push(m.index);
    }
    for (const at of starts) variants.push(...variants.map((v) => toD(v, at)));
  }
  const words = [...new Set([...variants, ...phrases].flatMap((v) => v.split(' ')))];
  if (pointMatch) words.push('điểm', pointMatch[1]!);
  return { words, kind: results || Boolean(pointMatch) || phrases.length > 0 };
}

/**
 * The URLs to preload for a query (empty query: all but the index chunks), under `bundle`;
 * `search` is the page's query string, whose filters every search reads.
 * `pagefind.js` is a module (modulepreload); the rest are fetched by Pagefind (preload as fetch).
 *
 * @example
 * preloadUrls({ tag: 'vi_1', files: ['pagefind.vi_1.pf_meta'], chunks: [['0', '↩', 'vi_2']] }, '/pf/', 'hoa')
 * // { module: '/pf/pagefind.js', fetch: ['/pf/pagefind.vi_1.pf_meta', '/pf/index/vi_2.pf_index', '/pf/pagefind-entry.json?ts=vi_1'] }
 */
export function preloadUrls(
  plan: PreloadPlan,
  bundle: string,
  query: string,
  search = '',
): { module: string; fetch: string[] } {
  const { words, kind } = query.trim() ? searchWords(query, plan.dWords) : { words: [], kind: false };
  const params = new URLSearchParams(search);
  const filters = new Set(
    query.trim() ? (plan.params ?? []).filter(([param]) => params.get(param)?.trim()).map(([, hash]) => hash) : [],
  );
  // The searches of a query's intent look within one kind of page: Pagefind reads that filter's
  // chunk with the index chunks.
  if (kind && plan.kind) filters.add(plan.kind);
  return {
    module: `${bundle}pagefind.js`,
    fetch: [
      ...plan.files.map((f) => bundle + f),
      ...chunksFor(words, plan.chunks).map((h) => `${bundle}index/${h}.pf_index`),
      ...[...filters].map((h) => `${bundle}filter/${h}.pf_filter`),
      `${bundle}pagefind-entry.json?ts=${plan.tag}`,
    ],
  };
}
