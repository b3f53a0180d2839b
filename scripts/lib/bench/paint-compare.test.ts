import { describe, expect, it } from 'vitest';
import {
  compareRows,
  evaluateTargets,
  formatPaintTable,
  median,
  PAINT_KINDS,
  ratio,
  STARTER_PAGE_FOR_KIND,
  STARTER_PAGES,
  type PaintKind,
  type PaintRow,
  type PaintRun,
} from './paint-compare';
import { seededRandom } from '../../../src/lib/seeded-random';

describe('median', () => {
  it.each<[number[], number]>([
    [[5], 5],
    [[300, 100, 200], 200],
    [[4, 1, 3, 2], 2.5],
    [[384, 376, 390, 380, 1000], 384],
  ])('%j → %d', (values, expected) => {
    expect(median(values)).toBe(expected);
  });

  it('does not reorder its input', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it.each<[number[]]>([[[]], [[1, Number.NaN]], [[Infinity]]])(
    'refuses %j (a missing timing must not pass for a fast one)',
    (values) => {
      expect(() => median(values)).toThrow(/median/);
    },
  );

  it('is the middle of any odd list, whatever its order (seeded)', () => {
    const random = seededRandom(15);
    for (let i = 0; i < 50; i++) {
      const values = Array.from({ length: 1 + 2 * Math.floor(random() * 5) }, () => Math.round(random() * 2000));
      const m = median(values);
      expect(values.filter((v) => v < m).length).toBeLessThanOrEqual((values.length - 1) / 2);
      expect(values.filter((v) => v > m).length).toBeLessThanOrEqual((values.length - 1) / 2);
    }
  });
});

describe('ratio', () => {
  it.each([
    [300, 384, 0.78125],
    [384, 384, 1],
    [504, 384, 1.3125],
  ])('%d / %d = %d', (ours, starter, expected) => {
    expect(ratio(ours, starter)).toBeCloseTo(expected, 10);
  });
  it.each([
    [300, 0],
    [300, Number.NaN],
    [Number.NaN, 300],
  ])('refuses %d / %d', (ours, starter) => {
    expect(() => ratio(ours, starter)).toThrow(/ratio/);
  });
});

describe('STARTER_PAGE_FOR_KIND', () => {
  it('maps each of our six page kinds to one of the starter pages (home, blog index, a post, about)', () => {
    expect(PAINT_KINDS).toEqual(['home', 'directive', 'story', 'gallery', 'results', 'search']);
    for (const page of Object.values(STARTER_PAGE_FOR_KIND))
      expect(page).toMatch(/^\/(?:|blog\/|blog\/[a-z0-9-]+\/|about\/)$/);
    expect(STARTER_PAGE_FOR_KIND.home).toBe('/');
    expect(STARTER_PAGE_FOR_KIND.gallery).toBe('/blog/');
  });
  it('lists each starter page once', () => {
    expect(STARTER_PAGES.length).toBe(new Set(STARTER_PAGES).size);
    expect([...STARTER_PAGES].sort()).toEqual([...new Set(Object.values(STARTER_PAGE_FOR_KIND))].sort());
  });
});

const runs = (...fcps: number[]): PaintRun[] => fcps.map((fcp) => ({ fcp, lcp: fcp + 100 }));
const starterRuns = Object.fromEntries(STARTER_PAGES.map((p) => [p, runs(400, 380, 420, 390, 410)]));

describe('compareRows', () => {
  it('takes the median of each side per kind and divides', () => {
    const rows = compareRows({ home: runs(300, 310, 290, 1000, 305), search: runs(500, 500, 500) }, starterRuns);
    expect(rows.map((r) => r.kind)).toEqual(['home', 'search']);
    expect(rows[0]).toEqual({
      kind: 'home',
      starterPage: '/',
      fcp: { ours: 305, starter: 400, ratio: 305 / 400 },
      lcp: { ours: 405, starter: 500, ratio: 405 / 500 },
    });
    expect(rows[1]!.starterPage).toBe('/about/');
  });
  it('says which starter page is missing', () => {
    expect(() => compareRows({ gallery: runs(1) }, { '/': runs(1) })).toThrow(/\/blog\/.*gallery/);
  });
});

const row = (kind: PaintKind, fcpRatio: number): PaintRow => ({
  kind,
  starterPage: STARTER_PAGE_FOR_KIND[kind],
  fcp: { ours: 400 * fcpRatio, starter: 400, ratio: fcpRatio },
  lcp: { ours: 500, starter: 500, ratio: 1 },
});

describe('evaluateTargets', () => {
  it.each<[string, number[], { medianOk: boolean; everyOk: boolean; over: PaintKind[] }]>([
    ['all fast', [0.7, 0.75, 0.6, 0.8, 0.78, 0.9], { medianOk: true, everyOk: true, over: [] }],
    ['median fine, one over', [0.7, 0.75, 0.6, 0.8, 0.78, 1.05], { medianOk: true, everyOk: false, over: ['search'] }],
    ['median too high', [0.9, 0.95, 0.85, 0.82, 0.9, 0.99], { medianOk: false, everyOk: true, over: [] }],
    [
      'today (CSS blocks first paint)',
      [1.31, 1.57, 1.4, 1.37, 1.5, 1.45],
      { medianOk: false, everyOk: false, over: ['home', 'directive', 'story', 'gallery', 'results', 'search'] },
    ],
  ])('%s', (_name, ratios, expected) => {
    const v = evaluateTargets(ratios.map((r, i) => row(PAINT_KINDS[i]!, r)));
    expect(v).toMatchObject(expected);
    expect(v.medianRatio).toBe(median(ratios));
  });
  it('a ratio of exactly 0.8 on the median kind and 1.0 on one kind passes', () => {
    expect(evaluateTargets([row('home', 0.8), row('search', 1.0), row('story', 0.5)])).toMatchObject({
      medianOk: true,
      everyOk: true,
    });
  });
});

describe('formatPaintTable', () => {
  const text = formatPaintTable([row('home', 0.75), row('directive', 1.2)], 'test run');
  const lines = text.split('\n');
  it('prints a header, one aligned line per kind with ms and ratios, and the starter it compares with', () => {
    expect(lines[0]).toMatch(
      /^page kind\s*\| starter page\s*\| FCP ours \| FCP starter \| ratio \| LCP ours \| LCP starter \| ratio$/,
    );
    expect(lines[2]).toMatch(/^home\s+\| \/\s+\|\s+300 ms \|\s+400 ms \| 0\.75× \|\s+500 ms \|\s+500 ms \| 1\.00×$/);
    expect(lines[3]).toMatch(/^directive .*480 ms .* 1\.20× /);
    expect(new Set(lines.slice(0, 4).map((l) => l.length)).size).toBe(1);
    expect(text).toContain('(starter: test run)');
  });
  it('marks each target with ✓ or ✗ and names the kinds over 1.0×', () => {
    expect(text).toMatch(/✗ FCP on the median page kind: 0\.9[78]× .*≤ 0\.80×/);
    expect(text).toMatch(/✗ FCP on every page kind ≤ 1\.00× .*over: directive/);
    expect(formatPaintTable([row('home', 0.5)], 'x')).toMatch(/✓ FCP on the median.*\n✓ FCP on every/);
  });
});
