import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import '../../../tests/helpers/fast-check-seed';
import { chunksFor, indexKey, preloadUrls, readMeta, searchWords, type ChunkRange } from './preload-plan';
import { searchJobs } from './search-jobs';
import { BENCH_QUERIES } from '../../../scripts/bench-search';

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
    expect(readMeta(metaFile(chunks, filters))).toEqual({
      chunks,
      filters: filters.map(([, hash]) => hash),
      filterNames: Object.fromEntries(filters),
    });
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

describe('preloadUrls for the searches of an intent', () => {
  const plan = { tag: 'vi_1', files: [], chunks: CHUNKS, kind: 'vi_k' };
  const filter = (q: string) => preloadUrls(plan, '/', q).fetch.filter((u) => u.includes('/filter/'));
  it.each([
    'ket qua 2024',
    'kết quả năm 2024',
    'xep loai',
    'điểm 6',
    'diem 8',
    'khoản 3',
    '21/02/2022',
    'chi thi 21/02',
  ])('“%s” preloads the kind filter with the index chunks', (q) =>
    expect(filter(q)).toEqual(['/filter/vi_k.pf_filter']),
  );
  it.each(['hoa giai', 'dan van kheo', 'du lieu ket qua csv', ''])('“%s” does not', (q) =>
    expect(filter(q)).toEqual([]),
  );
  it('preloads the chunk of each filter chosen in the URL, with a query', () => {
    const withParams = {
      ...plan,
      params: [
        ['loai', 'vi_k'],
        ['linh-vuc', 'vi_f'],
      ] as Array<[string, string]>,
    };
    const filters = (q: string, search: string) =>
      preloadUrls(withParams, '/', q, search).fetch.filter((u) => u.includes('/filter/'));
    expect(filters('hoa giai', '?q=hoa+giai&linh-vuc=X%C3%A3+h%E1%BB%99i')).toEqual(['/filter/vi_f.pf_filter']);
    expect(filters('diem 6', '?q=diem+6&loai=Trang')).toEqual(['/filter/vi_k.pf_filter']);
    expect(filters('hoa giai', '?q=hoa+giai&loai=+')).toEqual([]);
    expect(filters('', '?linh-vuc=X')).toEqual([]);
  });
  it('adds the chunk of “điểm” for “khoản 3” and those of the written date for “21/02”', () => {
    const chunks = [
      ['0', 'khoan', 'a'],
      ['khoana', 'tha', 'b'],
      ['thang', 'thang', 't'],
      ['thanh', 'z', 'c'],
      ['đ', 'đ↩', 'd'],
    ] as ChunkRange[];
    const index = (q: string) =>
      preloadUrls({ tag: 'vi_1', files: [], chunks }, '/', q)
        .fetch.filter((u) => u.includes('/index/'))
        .sort();
    expect(index('khoản 3')).toEqual(['/index/a.pf_index', '/index/d.pf_index']);
    expect(index('chi thi 21/02')).toEqual(['/index/a.pf_index', '/index/c.pf_index', '/index/t.pf_index']);
  });
});

describe('searchWords agrees with the searches the page runs (search-jobs.ts)', () => {
  /** The index keys a list of Pagefind queries looks up, as chunksFor reads them. */
  const keysOf = (terms: string[]) =>
    [...new Set(terms.flatMap((t) => t.split(/\s+/)).map((w) => indexKey(w).replace(/[^\p{L}\p{N}]/gu, '')))]
      .filter(Boolean)
      .sort();
  const kinds = { directive: 'Chỉ thị', results: 'Kết quả' };
  const check = (q: string, dWords?: string[]) => {
    const jobs = searchJobs(q, {}, kinds, dWords);
    const planned = searchWords(q, dWords);
    expect(keysOf(planned.words), q).toEqual(keysOf(jobs.map((j) => j.term)));
    expect(planned.kind, q).toBe(jobs.some((j) => j.filters['kind']));
  };
  const { queries } = JSON.parse(readFileSync('tests/search/queries.json', 'utf8')) as {
    queries: Array<{ q: string }>;
  };
  const typed = [
    ...queries.map((q) => q.q),
    ...BENCH_QUERIES,
    'chỉ thị ngày 21-02-2022',
    'ngay 21 thang 2 nam 2022',
    '21.2.22',
    'muc thu 2',
    'ket qua du lieu',
    'diem danh gia 2024',
    'Dao duc dan dang dung duong',
    'x-dao "dan van"',
  ];
  const dWords = ['dan', 'danh', 'dung', 'duc', 'đan', 'đang', 'đanh', 'đao', 'đuc', 'đung', 'đuong', 'điem'];
  it.each(typed)('“%s”', (q) => {
    check(q);
    check(q, dWords);
  });
  it('on generated queries of words, numbers, dates and punctuation', () => {
    const word = fc.constantFrom(
      ...'dao duc dan danh dang dung duong diem điểm khoan muc thu so ket qua xep loai du lieu csv tháng thang nam ngay chi thi 21/02/2022 6 3 2024 21-2 "dan Dao Đảng'.split(
        ' ',
      ),
    );
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), fc.boolean(), (words, withDWords) => {
        check(words.join(' '), withDWords ? dWords : undefined);
      }),
    );
  });
});
