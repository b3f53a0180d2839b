import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../tests/fixtures/results/write-xlsx';
import { rawUnit, unitsToCsv } from '../../../tests/fixtures/results/synthetic-sheet';
import { importSheet } from './import-sheet';
import { loadGroups, loadRules } from './load-data';
import { ruleForYear } from './rule-for-year';
import { seededRandom } from '../seeded-random';
import { headerFor } from './validate-sheet';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');
const tmp = mkdtempSync(path.join(tmpdir(), 'import-results-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rule = ruleForYear(rules, 2025);
const rand = seededRandom(3);
const units = [
  ...Array.from({ length: 6 }, () => rawUnit(rand, rule, 'so-nganh', 2025)),
  ...Array.from({ length: 2 }, () => rawUnit(rand, rule, 'doanh-nghiep', 2025)),
];
const csv = unitsToCsv(units, rule);

describe('importSheet', () => {
  it('writes the anonymized year and nothing else', async () => {
    const out = mkdtempSync(path.join(tmp, 'ok-'));
    const r = await importSheet({ year: 2025, fileName: 'kq.csv', bytes: new TextEncoder().encode(csv), rules, groups, outDir: out, published: '2025-12-26' });
    expect(r.ok).toBe(true);
    expect(readdirSync(out)).toEqual(['2025.json']);
    const text = readFileSync(path.join(out, '2025.json'), 'utf8');
    for (const u of units) expect(text).not.toContain(u.code);
    expect(JSON.parse(text).groups).toMatchObject([{ group: 'so-nganh', status: 'published', units: 6 }, { group: 'doanh-nghiep', status: 'suppressed', reason: 'below-k' }]);
  });

  it('reads .xlsx the same as CSV', async () => {
    const out = mkdtempSync(path.join(tmp, 'xlsx-'));
    const rows = csv.trim().split('\n').map((l, r) => l.split(',').map((c, i) => (r > 0 && i >= 4 ? Number(c) : c)));
    const r = await importSheet({ year: 2025, fileName: 'kq.xlsx', bytes: writeXlsx(rows), rules, groups, outDir: out, published: '2025-12-26' });
    expect(r.ok && r.results.units.length).toBe(6);
  });

  it('reports an unreadable spreadsheet as an error, not a crash', async () => {
    const r = await importSheet({ year: 2025, fileName: 'kq.xlsx', bytes: new TextEncoder().encode('not a zip'), rules, groups, outDir: tmp, published: '2025-12-26' });
    expect(!r.ok && r.errors[0]!.message).toMatch(/Không đọc được tệp/);
  });

  it('refuses a sheet with one bad row and leaves the existing file untouched', async () => {
    const out = mkdtempSync(path.join(tmp, 'bad-'));
    writeFileSync(path.join(out, '2025.json'), 'previous');
    const bad = csv.replace(/,so-nganh,/, ',cap-huyen,');
    const r = await importSheet({ year: 2025, fileName: 'kq.csv', bytes: new TextEncoder().encode(bad), rules, groups, outDir: out, published: '2025-12-26' });
    expect(r.ok).toBe(false);
    expect(readdirSync(out)).toEqual(['2025.json']);
    expect(readFileSync(path.join(out, '2025.json'), 'utf8')).toBe('previous');
  });
});

// Each case starts tsx in a child process: seconds on a busy machine.
describe('npm run import:results (CLI)', { timeout: 60_000 }, () => {
  const run = (args: string[]) => spawnSync('npx', ['tsx', 'scripts/import-results.ts', ...args], { encoding: 'utf8', env: { ...process.env, RESULTS_DATA_DIR: path.join(tmp, 'cli') } });

  it('--template prints the header of the year’s rule', () => {
    const r = run(['--template', '--year', '2024']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe(headerFor(ruleForYear(rules, 2024)).join(','));
  });

  it('exits non-zero, lists every error in Vietnamese, writes nothing', () => {
    const file = path.join(tmp, 'bad.csv');
    writeFileSync(file, csv.replace(/,so-nganh,/, ',cap-huyen,').replace(/,doanh-nghiep,\d\d\//, ',doanh-nghiep,99/'));
    const r = run(['--year', '2025', file]);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/Không nhập tệp: có 2 lỗi/);
    expect(r.stderr).toMatch(/Dòng 2, cột nhom \(C\): Nhóm “cap-huyen” chỉ có trong giai đoạn/);
    expect(r.stderr).toMatch(/Dòng 8, cột ngay_nop \(D\): Ngày nộp “99\//);
    expect(existsSync(path.join(tmp, 'cli'))).toBe(false);
  });

  it('imports a good sheet', () => {
    const file = path.join(tmp, 'good.csv');
    writeFileSync(file, `\uFEFF${csv}`);
    const r = run(['--year', '2025', '--published', '2025-12-26', file]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(readdirSync(path.join(tmp, 'cli'))).toEqual(['2025.json']);
  });
});
