import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { chunksFor, indexKey, preloadUrls, readMeta, type ChunkRange } from './preload-plan';

const CHUNKS: ChunkRange[] = [['0', 'gia', 'a'], ['giai', 'nhan', 'b'], ['nhanh', 'tu', 'c'], ['tua', '↩', 'd']];

describe('chunksFor', () => {
  it.each<[string[], string[]]>([
    [['hoa'], ['b']],
    [['giai'], ['b']],
    // A prefix that ends one chunk may continue in the next ("gia" → "giai", "giao"…).
    [['gia'], ['a', 'b']],
    [['nhan'], ['b', 'c']],
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
  it.each([['Khiếu', 'khieu'], ['ĐẢNG', 'đang'], ['dân', 'dan']])('%s → %s', (w, k) => expect(indexKey(w)).toBe(k));
});

describe('readMeta', () => {
  it('rejects a file without the signature', () => {
    expect(() => readMeta(new TextEncoder().encode('nope'))).toThrow(/pagefind_dcd/);
  });

  // Pagefind's real output, when a build exists: every chunk and filter file it names is there.
  const bundle = ['dist/pagefind', 'dist-sub/pagefind'].find((d) => existsSync(d));
  it.runIf(bundle)('reads the chunks and filters of a built index', () => {
    const meta = readdirSync(bundle!).find((f) => f.endsWith('.pf_meta'))!;
    const { chunks, filters } = readMeta(gunzipSync(readFileSync(`${bundle}/${meta}`)));
    expect(chunks.length).toBeGreaterThan(0);
    expect(filters.length).toBeGreaterThan(0);
    for (const [from, to, hash] of chunks) {
      expect(from <= to || to === '↩').toBe(true);
      expect(existsSync(`${bundle}/index/${hash}.pf_index`)).toBe(true);
    }
    for (const hash of filters) expect(existsSync(`${bundle}/filter/${hash}.pf_filter`)).toBe(true);
  });
});

describe('preloadUrls', () => {
  const plan = { tag: 'vi_1', files: ['pagefind.vi_1.pf_meta', 'wasm.unknown.pagefind'], chunks: CHUNKS };
  it('lists the module, the files, the query chunks and the entry with its cache tag', () => {
    expect(preloadUrls(plan, '/dan-van/pagefind/', 'hoa giai')).toEqual({
      module: '/dan-van/pagefind/pagefind.js',
      fetch: ['/dan-van/pagefind/pagefind.vi_1.pf_meta', '/dan-van/pagefind/wasm.unknown.pagefind', '/dan-van/pagefind/index/b.pf_index', '/dan-van/pagefind/pagefind-entry.json?ts=vi_1'],
    });
  });
  it('adds the đ chunk of a word typed with d', () => {
    expect(preloadUrls(plan, '/', 'danh').fetch.filter((u) => u.includes('/index/'))).toEqual(['/index/a.pf_index', '/index/d.pf_index']);
  });
  it('preloads no chunk without a query', () => {
    expect(preloadUrls(plan, '/', '').fetch.some((u) => u.includes('/index/'))).toBe(false);
  });
});
