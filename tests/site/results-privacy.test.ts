/**
 * End to end: a fixture sheet with unit names and codes (generated here, never committed) goes
 * through `npm run import:results` into a temporary data folder; the site is built from it into a
 * temporary OUT_DIR; no name and no code may appear anywhere in that build (Pagefind's compressed
 * index included), in the repository's data/, or in the temporary data. Also: the SHA-256 manifest
 * matches the files served, and two builds are byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/lib/results/load-data';
import { ruleForYear } from '../../src/lib/results/rule-for-year';
import { sampleSheet } from '../../src/lib/results/sample';
import { seededRandom } from '../../src/lib/seeded-random';
import type { RawUnit } from '../../src/lib/results/validate-sheet';
import { rawUnit, unitsToCsv } from '../fixtures/results/synthetic-sheet';
import { writeXlsx } from '../fixtures/results/write-xlsx';
import { requireBuild } from '../helpers/built-site';

const rules = loadRules('data/rules');
const tmp = mkdtempSync(path.join(tmpdir(), 'results-privacy-'));
const resultsDir = path.join(tmp, 'results');
const SIZES: Record<number, Record<string, number>> = {
  2024: { 'so-nganh': 7, 'cap-huyen': 10, 'su-nghiep': 5, 'doanh-nghiep': 2 },
  2025: { 'so-nganh': 6, 'cap-xa': 12, 'su-nghiep': 4, 'doanh-nghiep': 5 },
};
const units: Record<number, RawUnit[]> = {};
const secrets: string[] = [];

/** Every file under a folder, as [relative path, bytes], gzip members decompressed. */
function readTree(dir: string): [string, Buffer][] {
  return readdirSync(dir, { recursive: true })
    .map(String)
    .filter((f) => statSync(path.join(dir, f)).isFile())
    .sort()
    .map((f) => {
      const bytes = readFileSync(path.join(dir, f));
      const gz = bytes[0] === 0x1f && bytes[1] === 0x8b;
      return [f, gz ? gunzipSync(bytes) : bytes];
    });
}

function findSecrets(tree: [string, Buffer][], list: readonly string[]): string[] {
  const hits: string[] = [];
  for (const [file, bytes] of tree) {
    const text = bytes.toString('utf8');
    for (const s of list) if (text.includes(s) || text.includes(s.normalize('NFD'))) hits.push(`${s} in ${file}`);
  }
  return hits;
}

function build(outDir: string) {
  const run = spawnSync('npx', ['astro', 'build'], { encoding: 'utf8', env: { ...process.env, RESULTS_DATA_DIR: resultsDir, OUT_DIR: outDir, BASE_PATH: '/' } });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
}

beforeAll(() => {
  const rand = seededRandom(20261125);
  for (const year of [2024, 2025]) {
    const rule = ruleForYear(rules, year);
    units[year] = Object.entries(SIZES[year]!).flatMap(([group, n]) => Array.from({ length: n }, () => rawUnit(rand, rule, group, year)));
    secrets.push(...units[year]!.flatMap((u) => [u.code, u.name]));
    const csv = unitsToCsv(units[year]!, rule);
    const sheet = path.join(tmp, year === 2024 ? 'kq-2024.csv' : 'kq-2025.xlsx');
    if (year === 2024) writeFileSync(sheet, csv);
    else writeFileSync(sheet, writeXlsx(csv.trim().split('\n').map((l, r) => l.split(',').map((c, i) => (r > 0 && i >= 4 ? Number(c) : c)))));
    const run = spawnSync('npx', ['tsx', 'scripts/import-results.ts', '--year', String(year), '--published', `${year}-12-26`, sheet], { encoding: 'utf8', env: { ...process.env, RESULTS_DATA_DIR: resultsDir } });
    if (run.status !== 0) throw new Error(run.stderr);
  }
  build(path.join(tmp, 'dist'));
  build(path.join(tmp, 'dist-again'));
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('privacy of a real import, end to end', () => {
  it('the build used the fixture (k = 5: doanh-nghiep 2024 and su-nghiep 2025 suppressed)', () => {
    const y2024 = JSON.parse(readFileSync(path.join(tmp, 'dist/du-lieu/ket-qua-2024.json'), 'utf8'));
    const y2025 = JSON.parse(readFileSync(path.join(tmp, 'dist/du-lieu/ket-qua-2025.json'), 'utf8'));
    expect(y2024.rows).toHaveLength(7 + 10 + 5);
    expect(y2025.rows).toHaveLength(6 + 12 + 5);
    const suppressed = readFileSync(path.join(tmp, 'dist/du-lieu/an-danh.csv'), 'utf8');
    expect(suppressed).toContain('2024,doanh-nghiep');
    expect(suppressed).toContain('2025,su-nghiep');
    expect(readFileSync(path.join(tmp, 'dist/ket-qua/index.html'), 'utf8')).toContain('Ẩn để bảo vệ danh tính: nhóm dưới 5 đơn vị');
  });

  it('no name and no code anywhere in dist/, data/ or the imported data', () => {
    expect(secrets.length).toBe(2 * (24 + 27));
    expect(findSecrets(readTree(path.join(tmp, 'dist')), secrets)).toEqual([]);
    expect(findSecrets(readTree('data'), secrets)).toEqual([]);
    expect(findSecrets(readTree(resultsDir), secrets)).toEqual([]);
  });

  it('the sample sheets’ names and codes are not in the committed build either', () => {
    const sample = [2022, 2023, 2024, 2025].flatMap((y) => {
      const s = sampleSheet(y, ruleForYear(rules, y), 2022 * 10_000 + y);
      return [...s.names, ...s.codes];
    });
    expect(findSecrets(readTree(requireBuild('root')), sample)).toEqual([]);
  });

  it('the SHA-256 manifest matches every published file', () => {
    const dir = path.join(tmp, 'dist/du-lieu');
    const lines = readFileSync(path.join(dir, 'sha256sums.txt'), 'utf8').trim().split('\n');
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const [hash, file] = line.split('  ');
      expect(createHash('sha256').update(readFileSync(path.join(dir, file!))).digest('hex'), file).toBe(hash);
    }
  });

  it('two builds of the same data are byte-identical (results and open data)', () => {
    const pick = (dir: string) => readTree(dir).filter(([f]) => /^(ket-qua|du-lieu)\//.test(f.split(path.sep).join('/')));
    const a = pick(path.join(tmp, 'dist'));
    const b = pick(path.join(tmp, 'dist-again'));
    expect(a.length).toBeGreaterThan(20);
    expect(b.map(([f, bytes]) => `${f} ${createHash('sha256').update(bytes).digest('hex')}`)).toEqual(a.map(([f, bytes]) => `${f} ${createHash('sha256').update(bytes).digest('hex')}`));
  });
});
