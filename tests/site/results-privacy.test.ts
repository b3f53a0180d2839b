/**
 * End to end: a fixture sheet with unit names and codes (generated here, never committed) goes
 * through `npm run import:results` into a temporary data folder; the site is built from it into a
 * temporary OUT_DIR; no name and no code may appear anywhere in that build (Pagefind's compressed
 * index included), in the repository's data/, or in the temporary data. The per-unit rows actually
 * published (CSV, JSON and the year pages' tables, parsed from the build) match at least k = 5
 * units on every subset of what an outsider may know, and the published group means narrow no
 * hidden score below the protection width. Also: the SHA-256 manifest matches the files served,
 * two builds are byte-identical, and a year of more than 999 units goes from import to build.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRules } from '../../src/lib/results/load-data-fs';
import { ratingFor, ruleForYear } from '../../src/lib/results/rule-for-year';
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
  // cap-xa past 999 units: pseudonyms and codes must work from import to build.
  2025: { 'so-nganh': 6, 'cap-xa': 1003, 'su-nghiep': 4, 'doanh-nghiep': 5 },
};
const K = 5;
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

/** RFC 4180 CSV (with the BOM the datasets carry) as records keyed by header. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
}

/** The per-unit table of a year page, as records keyed by column heading (text as shown). */
function pageRows(html: string): Record<string, string>[] {
  const start = html.indexOf('id="bang-diem"');
  const table = html.slice(html.indexOf('<table', start), html.indexOf('</table>', start));
  const text = (s: string) =>
    s
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .trim();
  const heads = [...table.matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => text(m[1]!));
  const body = table.slice(table.indexOf('<tbody'));
  return [...body.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => {
    const cells = [...m[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((c) => text(c[1]!));
    return Object.fromEntries(heads.map((h, i) => [h, cells[i] ?? '']));
  });
}

/** Whether a merged rating label ("Tốt trở lên", "Dưới mức Tốt") covers a rating. */
function mergedHolds(label: string, rating: string, rule: ReturnType<typeof ruleForYear>): boolean {
  const bands = [...rule.bands].sort((a, b) => b.min - a.min).map((b) => b.label);
  const top = bands.slice(0, 2);
  if (label === `${top.at(-1)} trở lên`) return top.includes(rating);
  if (label === `Dưới mức ${top.at(-1)}`) return !top.includes(rating);
  return false;
}

function build(outDir: string) {
  const run = spawnSync('npx', ['astro', 'build'], {
    encoding: 'utf8',
    env: { ...process.env, RESULTS_DATA_DIR: resultsDir, OUT_DIR: outDir, BASE_PATH: '/' },
  });
  if (run.status !== 0) throw new Error(`astro build failed:\n${run.stdout.slice(-2000)}\n${run.stderr.slice(-2000)}`);
}

beforeAll(() => {
  const rand = seededRandom(20261125);
  for (const year of [2024, 2025]) {
    const rule = ruleForYear(rules, year);
    units[year] = Object.entries(SIZES[year]!).flatMap(([group, n]) =>
      Array.from({ length: n }, (_v, i) => {
        const u = rawUnit(rand, rule, group, year);
        // One late unit per group (a reminder letter names it); the others on time.
        const submitted = i === 0 ? `${year}-11-20` : `${year}-11-0${1 + (i % 9)}`;
        // Many identical scores in one group: the case where exact means give scores back.
        return group === 'cap-huyen' && i > 2
          ? {
              ...u,
              submitted,
              selfScore: 100,
              appraisedScore: 100,
              criteria: Object.fromEntries(rule.criteria.map((c) => [c.code, c.max])),
            }
          : { ...u, submitted };
      }),
    );
    secrets.push(...units[year].flatMap((u) => [u.code, u.name]));
    const csv = unitsToCsv(units[year], rule);
    const sheet = path.join(tmp, year === 2024 ? 'kq-2024.csv' : 'kq-2025.xlsx');
    if (year === 2024) writeFileSync(sheet, csv);
    else
      writeFileSync(
        sheet,
        writeXlsx(
          csv
            .trim()
            .split('\n')
            .map((l, r) => l.split(',').map((c, i) => (r > 0 && i >= 4 ? Number(c) : c))),
        ),
      );
    const run = spawnSync(
      'npx',
      ['tsx', 'scripts/import-results.ts', '--year', String(year), '--published', `${year}-12-26`, sheet],
      { encoding: 'utf8', env: { ...process.env, RESULTS_DATA_DIR: resultsDir } },
    );
    if (run.status !== 0) throw new Error(run.stderr);
  }
  build(path.join(tmp, 'dist'));
  build(path.join(tmp, 'dist-again'));
}, 300_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('privacy of a real import, end to end', () => {
  it('the build used the fixture (k = 5: doanh-nghiep 2024 and su-nghiep 2025 suppressed)', () => {
    const summary = parseCsv(readFileSync(path.join(tmp, 'dist/du-lieu/tong-hop-theo-nhom.csv'), 'utf8'));
    const sizes = summary.filter((r) => r.trang_thai === 'cong-bo').map((r) => `${r.nam} ${r.nhom} ${r.so_don_vi}`);
    expect(sizes).toEqual([
      '2024 so-nganh 7',
      '2024 cap-huyen 10',
      '2024 su-nghiep 5',
      '2025 so-nganh 6',
      '2025 cap-xa 1003',
      '2025 doanh-nghiep 5',
    ]);
    const suppressed = readFileSync(path.join(tmp, 'dist/du-lieu/an-danh.csv'), 'utf8');
    expect(suppressed).toContain('2024,doanh-nghiep');
    expect(suppressed).toContain('2025,su-nghiep');
    expect(readFileSync(path.join(tmp, 'dist/ket-qua/index.html'), 'utf8')).toContain(
      'Ẩn để bảo vệ danh tính: nhóm dưới 5 đơn vị',
    );
  });

  it('no name and no code anywhere in dist/, data/ or the imported data', () => {
    expect(secrets.length).toBe(2 * (24 + 1018));
    expect(findSecrets(readTree(path.join(tmp, 'dist')), secrets)).toEqual([]);
    expect(findSecrets(readTree('data'), secrets)).toEqual([]);
    expect(findSecrets(readTree(resultsDir), secrets)).toEqual([]);
  });

  it.each([2024, 2025])(
    '%i: every published row matches at least k units on every subset of (group, self-score, on time, rating)',
    (year) => {
      const rule = ruleForYear(rules, year);
      const csv = parseCsv(readFileSync(path.join(tmp, `dist/du-lieu/ket-qua-${year}.csv`), 'utf8'));
      const json = JSON.parse(readFileSync(path.join(tmp, `dist/du-lieu/ket-qua-${year}.json`), 'utf8')).rows as Record<
        string,
        unknown
      >[];
      const page = pageRows(readFileSync(path.join(tmp, `dist/ket-qua/${year}/index.html`), 'utf8'));
      expect(csv.length).toBeGreaterThan(0);
      expect(json.length).toBe(csv.length);
      expect(page.length).toBe(csv.length);
      // What each output publishes of the quasi-identifiers, the rating as the appraised score gives it back.
      const fromFile = (r: Record<string, unknown>) => ({
        group: String(r.nhom),
        self: `${String(r.tu_cham_tu ?? '')}–${String(r.tu_cham_den ?? '')}`,
        onTime: String(r.dung_han ?? ''),
        rating: `${String(r.xep_loai ?? '')}|${r.tham_dinh === '' || r.tham_dinh === null ? '' : ratingFor(rule, Number(r.tham_dinh))}`,
      });
      const fromPage = (r: Record<string, string>) => ({
        group: r['Nhóm']!,
        self: r['Tự chấm']!,
        onTime: r['Đúng hạn']!,
        rating: `${r['Xếp loại']}|${/\d/.test(r['Thẩm định']!) ? ratingFor(rule, Number(r['Thẩm định']!.replace(/\./g, '').replace(',', '.'))) : ''}`,
      });
      for (const [name, rows] of [
        ['csv', csv.map(fromFile)],
        ['json', json.map(fromFile)],
        ['page', page.map(fromPage)],
      ] as const) {
        for (let mask = 1; mask < 16; mask++) {
          const key = (r: Record<string, string>) =>
            JSON.stringify(['group', 'self', 'onTime', 'rating'].filter((_q, i) => (mask >> i) & 1).map((q) => r[q]));
          const counts = new Map<string, number>();
          for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
          const small = [...counts].filter(([, n]) => n < K);
          expect(small, `${name}, subset ${mask}`).toEqual([]);
        }
      }
      // And from the outsider's side: for every real unit, the rows it could be number none or at least k.
      const deadline = `${year}-11-15`;
      for (const u of units[year]!) {
        const rating = ratingFor(rule, u.appraisedScore);
        for (let mask = 1; mask < 16; mask++) {
          const n = json.filter(
            (r) =>
              (!(mask & 1) || r.nhom === u.group) &&
              (!(mask & 2) ||
                r.tu_cham_tu === null ||
                (u.selfScore >= Number(r.tu_cham_tu) &&
                  (u.selfScore < Number(r.tu_cham_den) || u.selfScore === Number(r.tu_cham_den)))) &&
              (!(mask & 4) || r.dung_han === null || r.dung_han === u.submitted <= deadline) &&
              (!(mask & 8) ||
                ((r.tham_dinh === null || ratingFor(rule, Number(r.tham_dinh)) === rating) &&
                  (r.xep_loai === null || r.xep_loai === rating || mergedHolds(String(r.xep_loai), rating, rule)))),
          ).length;
          if (n > 0) expect(n, `${u.group} ${mask}`).toBeGreaterThanOrEqual(K);
        }
      }
    },
  );

  it('no published group mean narrows a hidden or banded score below 1 point', () => {
    const summary = parseCsv(readFileSync(path.join(tmp, 'dist/du-lieu/tong-hop-theo-nhom.csv'), 'utf8'));
    for (const year of [2024, 2025]) {
      const rule = ruleForYear(rules, year);
      const bands = [...rule.bands].sort((a, b) => a.min - b.min);
      const band = (label: string) => {
        const i = bands.findIndex((b) => b.label === label);
        return { lo: bands[i]!.min, hi: bands[i + 1]?.min ?? 100 };
      };
      const rows = JSON.parse(readFileSync(path.join(tmp, `dist/du-lieu/ket-qua-${year}.json`), 'utf8')).rows as Record<
        string,
        number | string | null
      >[];
      for (const s of summary.filter((r) => Number(r.nam) === year && r.trang_thai === 'cong-bo')) {
        const n = Number(s.so_don_vi);
        const mine = rows.filter((r) => r.nhom === s.nhom);
        const raw = units[year]!.filter((u) => u.group === s.nhom);
        // Self-scores: exact ones known; banded ones in their band; missing rows anywhere on the scale.
        const selfExact = mine
          .filter((r) => r.tu_cham_tu !== null && r.tu_cham_tu === r.tu_cham_den)
          .map((r) => Number(r.tu_cham_tu));
        const selfUnknown = [
          ...mine
            .filter((r) => r.tu_cham_tu !== null && r.tu_cham_tu !== r.tu_cham_den)
            .map((r) => ({ lo: Number(r.tu_cham_tu), hi: Number(r.tu_cham_den) })),
          ...Array.from({ length: n - mine.length + mine.filter((r) => r.tu_cham_tu === null).length }, () => ({
            lo: 0,
            hi: 100,
          })),
        ];
        // Appraised scores: the outsider knows every unit's rating.
        const shown = mine.filter((r) => r.tham_dinh !== null).map((r) => Number(r.tham_dinh));
        const ratings = raw.map((u) => ratingFor(rule, u.appraisedScore));
        for (const v of shown) ratings.splice(ratings.indexOf(ratingFor(rule, v)), 1);
        for (const [mean, exact, unknown] of [
          [s.tu_cham_tb, selfExact, selfUnknown],
          [s.tham_dinh_tb, shown, ratings.map(band)],
        ] as const) {
          if (mean === '' || unknown.length === 0) continue;
          expect(unknown.length, `${year} ${s.nhom}`).toBeGreaterThan(1);
          const half = 0.005;
          const sumLo = n * (Number(mean) - half) - exact.reduce((a, b) => a + b, 0);
          const sumHi = n * (Number(mean) + half) - exact.reduce((a, b) => a + b, 0);
          const allLo = unknown.reduce((a, i) => a + i.lo, 0);
          const allHi = unknown.reduce((a, i) => a + i.hi, 0);
          for (const i of unknown) {
            const width = Math.min(i.hi, sumHi - (allLo - i.lo)) - Math.max(i.lo, sumLo - (allHi - i.hi));
            expect(width, `${year} ${s.nhom} mean ${mean}`).toBeGreaterThanOrEqual(Math.min(1, i.hi - i.lo) - 1e-6);
          }
        }
      }
    }
  });

  it('pseudonyms past 999 units are as wide as the largest and in order', () => {
    const json = JSON.parse(readFileSync(path.join(tmp, 'dist/du-lieu/ket-qua-2025.json'), 'utf8')).rows as {
      ma_an_danh: string;
    }[];
    expect(json.length).toBeGreaterThan(999);
    expect(json.every((r) => /^ĐV-\d{4}$/.test(r.ma_an_danh))).toBe(true);
    expect(json.map((r) => r.ma_an_danh)).toEqual([...json.map((r) => r.ma_an_danh)].sort());
  });

  it('the shipped sample build: every published row of every year matches at least k rows on every subset of the quasi-identifiers', () => {
    const dir = path.join(requireBuild('root'), 'du-lieu');
    const files = readdirSync(dir).filter((f) => /^ket-qua-\d{4}\.csv$/.test(f));
    expect(files.length).toBeGreaterThanOrEqual(4);
    for (const file of files) {
      const rule = ruleForYear(rules, Number(/\d{4}/.exec(file)![0]));
      const rows = parseCsv(readFileSync(path.join(dir, file), 'utf8')).map((r) => ({
        group: r.nhom!,
        self: `${r.tu_cham_tu}–${r.tu_cham_den}`,
        onTime: r.dung_han!,
        rating: `${r.xep_loai}|${r.tham_dinh ? ratingFor(rule, Number(r.tham_dinh)) : ''}`,
      }));
      expect(rows.every((r) => r.rating)).toBe(true);
      for (let mask = 1; mask < 16; mask++) {
        const key = (r: Record<string, string>) =>
          JSON.stringify(['group', 'self', 'onTime', 'rating'].filter((_q, i) => (mask >> i) & 1).map((q) => r[q]));
        const counts = new Map<string, number>();
        for (const r of rows) counts.set(key(r), (counts.get(key(r)) ?? 0) + 1);
        expect(
          [...counts].filter(([, n]) => n < K),
          `${file}, subset ${mask}`,
        ).toEqual([]);
      }
    }
  });

  it('the shipped sample build: every chart figure, on the results pages and in embeds, says “minh họa” in its title and takeaway', () => {
    const root = requireBuild('root');
    const pages = [
      'ket-qua/index.html',
      ...readdirSync(path.join(root, 'ket-qua'))
        .filter((d) => /^\d{4}$/.test(d))
        .map((d) => `ket-qua/${d}/index.html`),
      ...readdirSync(path.join(root, 'nhung/bieu-do')).map((d) => `nhung/bieu-do/${d}/index.html`),
    ];
    let figures = 0;
    for (const rel of pages) {
      const html = readFileSync(path.join(root, rel), 'utf8');
      for (const m of html.matchAll(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/g)) {
        figures++;
        const [title, takeaway] = [...m[1]!.matchAll(/<(h[23]|p)[^>]*>([\s\S]*?)<\/\1>/g)].map((x) => x[2]!);
        expect(title, rel).toMatch(/\(minh họa\)$/);
        expect(takeaway, rel).toMatch(/^Số liệu minh họa: /);
      }
    }
    expect(figures).toBeGreaterThanOrEqual(14 + 5 + 12);
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
    const lines = readFileSync(path.join(dir, 'sha256sums.txt'), 'utf8')
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#'));
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) {
      const [hash, file] = line.split('  ');
      expect(
        createHash('sha256')
          .update(readFileSync(path.join(dir, file!)))
          .digest('hex'),
        file,
      ).toBe(hash);
    }
  });

  it('two builds of the same data are byte-identical (results and open data)', () => {
    const pick = (dir: string) =>
      readTree(dir).filter(([f]) => /^(ket-qua|du-lieu)\//.test(f.split(path.sep).join('/')));
    const a = pick(path.join(tmp, 'dist'));
    const b = pick(path.join(tmp, 'dist-again'));
    expect(a.length).toBeGreaterThan(20);
    expect(b.map(([f, bytes]) => `${f} ${createHash('sha256').update(bytes).digest('hex')}`)).toEqual(
      a.map(([f, bytes]) => `${f} ${createHash('sha256').update(bytes).digest('hex')}`),
    );
  });
});
