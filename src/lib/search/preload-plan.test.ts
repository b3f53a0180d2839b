import { describe, expect, it } from 'vitest';
import { chunksFor, indexKey, preloadUrls, readMeta, type ChunkRange } from './preload-plan';

const CHUNKS: ChunkRange[] = [
  ['0', 'gia', 'a'],
  ['giai', 'nhan', 'b'],
  ['nhanh', 'tu', 'c'],
  ['tua', '↩', 'd'],
];

describe('chunksFor', () => {
  it.each<[string[], string[]]>([
    [['hoa'], ['b']],
    [['giai'], ['b']],
    // Pagefind loads the chunk that holds the word, and only that one (not the next, where
    // longer words with the same start may be).
    [['gia'], ['a']],
    [['nhan'], ['b']],
    // A word between two chunks: the chunks whose bounds, cut to its length, hold it.
    [['giaa'], ['a']],
    [['nhanha'], ['c']],
    [['tu'], ['c']],
    [['Khiếu', 'nại'], ['b']],
    // đ is not folded by Pagefind and sorts after z.
    [['đánh'], ['d']],
    [['2024'], ['a']],
    [['"'], []],
    [['21/02/2022'], ['a']],
    [['"nhanh'], ['c']],
  ])('%j → %j', (words, expected) => {
    expect(chunksFor(words, CHUNKS).sort()).toEqual(expected);
  });
});

describe('indexKey', () => {
  it.each([
    ['Khiếu', 'khieu'],
    ['ĐẢNG', 'đang'],
    ['dân', 'dan'],
  ])('%s → %s', (w, k) => expect(indexKey(w)).toBe(k));
});

describe('readMeta', () => {
  it('rejects a file without the signature', () => {
    expect(() => readMeta(new TextEncoder().encode('nope'))).toThrow(/pagefind_dcd/);
  });

  /** A CBOR encoder for what Pagefind writes: unsigned integers, text and byte strings, arrays. */
  const cbor = (v: unknown): number[] => {
    const head = (major: number, n: number) =>
      n < 24 ? [(major << 5) | n] : n < 256 ? [(major << 5) | 24, n] : [(major << 5) | 25, n >> 8, n & 255];
    if (typeof v === 'number') return head(0, v);
    if (typeof v === 'string') {
      const b = [...new TextEncoder().encode(v)];
      return [...head(3, b.length), ...b];
    }
    if (v instanceof Uint8Array) return [...head(2, v.length), ...v];
    if (Array.isArray(v)) return [...head(4, v.length), ...v.flatMap(cbor)];
    throw new Error(`cbor: ${typeof v}`);
  };
  /** A meta file as Pagefind 1.6 lays it out: signature, then [version, pages, chunks, filters, sorts, meta fields]. */
  const metaFile = (chunks: unknown[], filters: unknown[], signature = 'pagefind_dcd') =>
    new Uint8Array([
      ...new TextEncoder().encode(signature),
      ...cbor(['1.6.0', [['vi_1071e5f', 281, '']], chunks, filters, [], ['title', 'kind']]),
    ]);

  it.each<[string, ChunkRange[], Array<[string, string]>]>([
    ['one chunk, no filter', [['0', '↩', 'vi_1086c84']], []],
    [
      'two chunks and four filters',
      [
        ['0', 'quan', 'vi_1086c84'],
        ['quat', '↩', 'vi_f1d5384'],
      ],
      [
        ['dia-ban', 'vi_3321ce7'],
        ['kind', 'vi_5f1bd1e'],
        ['linh-vuc', 'vi_d880256'],
        ['nam', 'vi_f3a6ee2'],
      ],
    ],
    // Words past 23 bytes and over 255 entries take longer CBOR heads.
    [
      'long words, many chunks',
      Array.from({ length: 300 }, (_, i) => [`từ-rất-dài-để-thử-độ-dài-${i}`, `${i}z`, `vi_${i}`] as ChunkRange),
      [['kind', 'vi_5f1bd1e']],
    ],
  ])('reads %s', (_name, chunks, filters) => {
    expect(readMeta(metaFile(chunks, filters))).toEqual({ chunks, filters: filters.map(([, hash]) => hash) });
  });

  it('rejects a layout it does not know', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('pagefind_dcd'), ...cbor(['1.6.0', 'pages?'])]);
    expect(() => readMeta(bytes)).toThrow(/unexpected layout/);
  });
});

describe('preloadUrls', () => {
  const plan = { tag: 'vi_1', files: ['pagefind.vi_1.pf_meta', 'wasm.unknown.pagefind'], chunks: CHUNKS };
  it('lists the module, the files, the query chunks and the entry with its cache tag', () => {
    expect(preloadUrls(plan, '/dan-van/pagefind/', 'hoa giai')).toEqual({
      module: '/dan-van/pagefind/pagefind.js',
      fetch: [
        '/dan-van/pagefind/pagefind.vi_1.pf_meta',
        '/dan-van/pagefind/wasm.unknown.pagefind',
        '/dan-van/pagefind/index/b.pf_index',
        '/dan-van/pagefind/pagefind-entry.json?ts=vi_1',
      ],
    });
  });
  it('adds the đ chunk of a word typed with d', () => {
    expect(preloadUrls(plan, '/', 'danh').fetch.filter((u) => u.includes('/index/'))).toEqual([
      '/index/a.pf_index',
      '/index/d.pf_index',
    ]);
  });
  it('preloads no chunk without a query', () => {
    expect(preloadUrls(plan, '/', '').fetch.some((u) => u.includes('/index/'))).toBe(false);
  });
});
