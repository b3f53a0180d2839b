/**
 * What the import writes, the build accepts: a year of more than 999 units (four-digit
 * pseudonyms) and a chosen publication date go through `npm run import:results` into a temporary
 * data folder, and `astro build` then builds the site from it. The import's refusals (an impossible
 * date, an existing year without --replace) leave that folder as it was.
 *
 * The build runs with an untracked note in data/ and an ignored raw sheet in content/ (made here,
 * removed after): nothing in dist/ may name them, the source manifest included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/lib/results/load-data-fs';
import { ruleForYear } from '../../src/lib/results/rule-for-year';
import { seededRandom } from '../../src/lib/seeded-random';
import { rawUnit, unitsToCsv } from '../fixtures/results/synthetic-sheet';

const tmp = mkdtempSync(path.join(tmpdir(), 'import-build-'));
const resultsDir = path.join(tmp, 'results');
const outDir = path.join(tmp, 'dist');
const sheet = path.join(tmp, 'kq-2025.csv');
// Enough units that more than 999 rows stay published after k-anonymity hides a few.
const UNITS = 1200;

const importResults = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/import-results.ts', '--year', '2025', ...args, sheet], {
    encoding: 'utf8',
    env: { ...process.env, RESULTS_DATA_DIR: resultsDir },
  });

/** Files git does not track, put beside the sources for the build only (names unique to this run). */
const tag = randomUUID().slice(0, 8);
const untracked = [`data/ghi-chu-rieng-${tag}.txt`, `content/bang-diem-goc-${tag}.csv`];

let built: ReturnType<typeof spawnSync>;
beforeAll(() => {
  const rand = seededRandom(20261127);
  const rule = ruleForYear(loadRules('data/rules'), 2025);
  const units = [
    ...Array.from({ length: UNITS - 12 }, () => rawUnit(rand, rule, 'cap-xa', 2025)),
    ...Array.from({ length: 12 }, () => rawUnit(rand, rule, 'so-nganh', 2025)),
  ];
  writeFileSync(sheet, unitsToCsv(units, rule));
  const first = importResults('--published', '2025-12-26');
  if (first.status !== 0) throw new Error(String(first.stderr));
  try {
    for (const f of untracked) writeFileSync(f, 'riêng tư');
    built = spawnSync('npx', ['astro', 'build'], {
      encoding: 'utf8',
      env: { ...process.env, RESULTS_DATA_DIR: resultsDir, OUT_DIR: outDir, BASE_PATH: '/' },
    });
  } finally {
    for (const f of untracked) rmSync(f, { force: true });
  }
}, 300_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('import, then build', () => {
  it('the build accepts what the import wrote (1200 units, pseudonyms beyond ĐV-999)', () => {
    expect(built.status, String(built.stderr).slice(-2000)).toBe(0);
    const year = JSON.parse(readFileSync(path.join(outDir, 'du-lieu/ket-qua-2025.json'), 'utf8')) as {
      rows: { pseudonym?: string }[];
    };
    expect(year.rows.length).toBeGreaterThan(999);
    expect(year.rows.length).toBeLessThanOrEqual(UNITS);
    expect(JSON.stringify(year)).toMatch(/ĐV-\d{4}/);
    expect(readFileSync(path.join(outDir, 'ket-qua/2025/index.html'), 'utf8')).toMatch(/1[.\u00a0 ]?200\b/);
  });

  it('nothing in dist/ names a file git does not track; the source manifest lists only tracked files', () => {
    const tracked = spawnSync('git', ['ls-files', 'content', 'data'], { encoding: 'utf8' }).stdout.trim().split('\n');
    const manifest = readFileSync(path.join(outDir, 'du-lieu/nguon-sha256sums.txt'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => l.split('  ')[1]!);
    expect(manifest.length).toBeGreaterThan(10);
    expect(manifest.filter((f) => !tracked.includes(f))).toEqual([]);
    const hits = readdirSync(outDir, { recursive: true })
      .map(String)
      .filter((f) => statSync(path.join(outDir, f)).isFile() && !/\.(avif|webp|png|jpe?g|wasm|pf_\w+)$/.test(f))
      .filter((f) => untracked.some((u) => readFileSync(path.join(outDir, f), 'utf8').includes(path.basename(u))));
    expect(hits).toEqual([]);
  });

  it.each([
    [['--published', '2025-02-30', '--replace'], /Ngày công bố “2025-02-30” không hợp lệ/],
    [['--published', '2025-12-27'], /Năm 2025 đã có dữ liệu.*--replace/],
  ])('%j is refused and leaves the data as it was', (args, message) => {
    const before = readFileSync(path.join(resultsDir, '2025.json'), 'utf8');
    const run = importResults(...args);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(message);
    expect(readdirSync(resultsDir)).toEqual(['2025.json']);
    expect(readFileSync(path.join(resultsDir, '2025.json'), 'utf8')).toBe(before);
  });
});
