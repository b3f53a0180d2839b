import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { kb, sumWeights, weightGroup, type FetchedResource } from './page-weight';

const r = (url: string, type: string, body = 'x'): FetchedResource => ({
  url: `http://h${url}`,
  type,
  body: Buffer.from(body),
});

describe('weightGroup', () => {
  it.each([
    [r('/', 'document'), 'html'],
    [r('/_astro/a.css', 'stylesheet'), 'css'],
    [r('/_astro/chart.js', 'script'), 'js'],
    [r('/pagefind/pagefind.js', 'script'), 'js'],
    [r('/pagefind/wasm.unknown.pagefind', 'fetch'), 'search'],
    [r('/pagefind/index/vi_1.pf_index', 'fetch'), 'search'],
    [r('/fonts/a.woff2', 'font'), 'fonts'],
    [r('/_astro/cover.avif', 'image'), 'images'],
    [r('/du-lieu/ket-qua.json', 'fetch'), 'data'],
  ])('%j → %s', (resource, group) => {
    expect(weightGroup(resource)).toBe(group);
  });
});

describe('sumWeights', () => {
  it('adds the gzip size of each resource to its group', () => {
    const html = '<p>Dân vận khéo</p>'.repeat(50);
    const totals = sumWeights([r('/', 'document', html), r('/a.css', 'stylesheet', 'a{}')]);
    expect(totals.html).toBe(gzipSync(Buffer.from(html), { level: 9 }).length);
    expect(totals.css).toBeGreaterThan(0);
    expect(totals.js).toBe(0);
  });

  it('formats kilobytes', () => {
    expect(kb(30 * 1024)).toBe('30.0');
  });
});
