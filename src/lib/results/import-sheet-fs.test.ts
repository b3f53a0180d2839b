import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeUtf16, encodeWindows1258 } from '../../../tests/fixtures/results/encode-csv';
import { writeXlsx } from '../../../tests/fixtures/results/write-xlsx';
import { deflateEntry, writeZip } from '../../../tests/fixtures/results/write-zip';
import { yearResultsSchema } from '../../schemas/results';
import { rawUnit, unitsToCsv } from '../../../tests/fixtures/results/synthetic-sheet';
import { importSheet } from './import-sheet-fs';
import { loadGroups, loadRules } from './load-data-fs';
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
    const r = await importSheet({
      year: 2025,
      fileName: 'kq.csv',
      bytes: new TextEncoder().encode(csv),
      rules,
      groups,
      outDir: out,
      published: '2025-12-26',
    });
    expect(r.ok).toBe(true);
    expect(readdirSync(out)).toEqual(['2025.json']);
    const text = readFileSync(path.join(out, '2025.json'), 'utf8');
    for (const u of units) expect(text).not.toContain(u.code);
    expect(JSON.parse(text).groups).toMatchObject([
      { group: 'so-nganh', status: 'published', units: 6 },
      { group: 'doanh-nghiep', status: 'suppressed', reason: 'below-k' },
    ]);
  });

  it('reads .xlsx the same as CSV', async () => {
    const out = mkdtempSync(path.join(tmp, 'xlsx-'));
    const rows = csv
      .trim()
      .split('\n')
      .map((l, r) => l.split(',').map((c, i) => (r > 0 && i >= 4 ? Number(c) : c)));
    const r = await importSheet({
      year: 2025,
      fileName: 'kq.xlsx',
      bytes: writeXlsx(rows),
      rules,
      groups,
      outDir: out,
      published: '2025-12-26',
    });
    expect(r.ok && r.results.units.length).toBe(6);
  });

  it('reports an unreadable spreadsheet as an error, not a crash', async () => {
    const r = await importSheet({
      year: 2025,
      fileName: 'kq.xlsx',
      bytes: new TextEncoder().encode('not a zip'),
      rules,
      groups,
      outDir: tmp,
      published: '2025-12-26',
    });
    expect(!r.ok && r.errors[0]!.message).toMatch(/Không đọc được tệp/);
  });

  it('refuses a sheet with one bad row and leaves the existing file untouched', async () => {
    const out = mkdtempSync(path.join(tmp, 'bad-'));
    writeFileSync(path.join(out, '2025.json'), 'previous');
    const bad = csv.replace(/,so-nganh,/, ',cap-huyen,');
    const r = await importSheet({
      year: 2025,
      fileName: 'kq.csv',
      bytes: new TextEncoder().encode(bad),
      rules,
      groups,
      outDir: out,
      published: '2025-12-26',
      replace: true,
    });
    expect(r.ok).toBe(false);
    expect(readdirSync(out)).toEqual(['2025.json']);
    expect(readFileSync(path.join(out, '2025.json'), 'utf8')).toBe('previous');
  });
});

// Each case starts tsx in a child process: seconds on a busy machine.
describe('npm run import:results (CLI)', { timeout: 60_000 }, () => {
  const run = (args: string[], dir = 'cli') =>
    spawnSync('npx', ['tsx', 'scripts/import-results.ts', ...args], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, RESULTS_DATA_DIR: path.join(tmp, dir) },
    });

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

  it('a year already imported needs --replace', () => {
    const file = path.join(tmp, 'good.csv');
    const again = run(['--year', '2025', '--published', '2025-12-27', file]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/Năm 2025 đã có dữ liệu.*--replace/);
    const replaced = run(['--year', '2025', '--published', '2025-12-27', '--replace', file]);
    expect(replaced.stderr).toBe('');
    expect(JSON.parse(readFileSync(path.join(tmp, 'cli', '2025.json'), 'utf8')).published).toBe('2025-12-27');
  });

  it('a 50 MB sheet is refused at once, in Vietnamese, before it is read', () => {
    const file = path.join(tmp, 'huge.csv');
    const line = `${units[0]!.code},Đơn vị,so-nganh,14/11/2025,70,70,10,10,10,10,10,10,10\n`;
    writeFileSync(
      file,
      `${headerFor(rule).join(',')}\n${line.repeat(Math.ceil((50 * 1024 * 1024) / Buffer.byteLength(line)))}`,
    );
    const r = run(['--year', '2025', '--published', '2025-12-26', file], 'cli-huge');
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(/Maximum call stack/);
    expect(r.stderr.trim()).toBe(
      'Tệp nặng 50 MB, vượt giới hạn 10 MB. Bảng điểm một năm thường chỉ vài chục KB: kiểm tra xem có chọn nhầm tệp không, hoặc xóa ảnh, các trang tính và dòng thừa rồi lưu lại.',
    );
  });

  it('stderr lists every error, however many', () => {
    const file = path.join(tmp, 'many-errors.csv');
    const rows = Array.from(
      { length: 3000 },
      (_, i) => `X${i},Đơn vị ${i},khong-co,99/99/2025,abc,70,10,10,10,10,10,10,10`,
    );
    writeFileSync(file, `${headerFor(rule).join(',')}\n${rows.join('\n')}\n`);
    const r = run(['--year', '2025', '--published', '2025-12-26', file], 'cli-errors');
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('Không nhập tệp: có 9000 lỗi. Chưa ghi gì vào dữ liệu. Sửa các lỗi sau rồi chạy lại:');
    expect(lines).toHaveLength(9001);
    expect(lines.at(-1)).toMatch(/^Dòng 3001, cột tu_cham \(E\): “abc” không phải là số/);
  });
});

/** An import into a fresh folder; returns the result and the folder. */
async function importInto(
  name: string,
  bytes: Uint8Array,
  opts: { fileName?: string; published?: string; replace?: boolean; outDir?: string } = {},
) {
  const out = opts.outDir ?? mkdtempSync(path.join(tmp, `${name}-`));
  const r = await importSheet({
    year: 2025,
    fileName: opts.fileName ?? 'kq.csv',
    bytes,
    rules,
    groups,
    outDir: out,
    published: opts.published ?? '2025-12-26',
    ...(opts.replace ? { replace: true } : {}),
  });
  return { r, out };
}
const messages = (r: Awaited<ReturnType<typeof importSheet>>) => (r.ok ? [] : r.errors.map((e) => e.message));

describe('attacks on the import', () => {
  it('a case-variant duplicate cannot make a group of 4 enterprises look like 5 (k = 5)', async () => {
    const four = units
      .filter((u) => u.group === 'so-nganh')
      .slice(0, 4)
      .map((u) => ({ ...u, group: 'doanh-nghiep' }));
    const fifth = { ...four[0]!, code: four[0]!.code.toLowerCase(), name: `${four[0]!.name}\u00A0` };
    const { r, out } = await importInto('k-bypass', new TextEncoder().encode(unitsToCsv([...four, fifth], rule)));
    expect(r.ok).toBe(false);
    expect(messages(r)).toEqual([
      expect.stringMatching(/^Mã đơn vị “.+” trùng với dòng 2\.$/),
      expect.stringMatching(/^Tên đơn vị “.+” trùng với dòng 2/),
    ]);
    expect(readdirSync(out)).toEqual([]);
  });

  it.each(['2025-02-30', '2025-2-3', '26/12/2025', 'hôm nay', ''])(
    '--published %j is refused, nothing written',
    async (published) => {
      const { r, out } = await importInto('published', new TextEncoder().encode(csv), { published });
      expect(messages(r)).toEqual([
        expect.stringMatching(/^Ngày công bố “.*” không hợp lệ: ghi theo dạng NĂM-THÁNG-NGÀY/),
      ]);
      expect(readdirSync(out)).toEqual([]);
    },
  );

  it('more than 999 units: what is written, the build’s schema accepts', async () => {
    const many = Array.from({ length: 1003 }, () => rawUnit(rand, rule, 'cap-xa', 2025));
    const { r } = await importInto('many', new TextEncoder().encode(unitsToCsv(many, rule)));
    expect(messages(r)).toEqual([]);
    const written = JSON.parse(readFileSync(r.ok ? r.file : '', 'utf8'));
    expect(yearResultsSchema.safeParse(written).success).toBe(true);
    // Every assessed unit is counted in its group; k-anonymity may hide a few rows, never a pseudonym twice.
    const pseudonyms: string[] = written.units.map((u: { pseudonym: string }) => u.pseudonym);
    expect(written.groups.find((g: { group: string }) => g.group === 'cap-xa').units).toBe(1003);
    expect(new Set(pseudonyms).size).toBe(pseudonyms.length);
    expect(pseudonyms.length).toBeGreaterThan(900);
    // One width for the year (as wide as the count of published rows), so text order is number order.
    const width = Math.max(3, String(pseudonyms.length).length);
    expect(pseudonyms.every((p) => new RegExp(`^ĐV-\\d{${width}}$`).test(p))).toBe(true);
  });

  it('a year already published needs replace, and the message says the pseudonyms change', async () => {
    const out = mkdtempSync(path.join(tmp, 'replace-'));
    const bytes = new TextEncoder().encode(csv);
    expect((await importInto('replace', bytes, { outDir: out })).r.ok).toBe(true);
    const first = readFileSync(path.join(out, '2025.json'), 'utf8');
    const again = await importInto('replace', bytes, { outDir: out });
    expect(messages(again.r)).toEqual([
      expect.stringMatching(/^Năm 2025 đã có dữ liệu .*mã ẩn danh \(ĐV-…\) của mọi đơn vị sẽ đổi.*--replace\.$/),
    ]);
    expect(readFileSync(path.join(out, '2025.json'), 'utf8')).toBe(first);
    expect((await importInto('replace', bytes, { outDir: out, replace: true })).r.ok).toBe(true);
  });

  it('removes what an interrupted import left behind', async () => {
    const out = mkdtempSync(path.join(tmp, 'stale-'));
    writeFileSync(path.join(out, '2025.json.4242.tmp'), '{"half":');
    writeFileSync(path.join(out, '2024.json.4242.tmp'), 'another year: left alone');
    expect((await importInto('stale', new TextEncoder().encode(csv), { outDir: out })).r.ok).toBe(true);
    expect(readdirSync(out).sort()).toEqual(['2024.json.4242.tmp', '2025.json']);
  });

  it.each([
    ['UTF-16 LE with BOM', (text: string) => encodeUtf16(text, 'le')],
    ['UTF-16 BE with BOM', (text: string) => encodeUtf16(text, 'be')],
    ['Windows-1258', encodeWindows1258],
  ])('a %s sheet imports like UTF-8', async (_name, encode) => {
    const utf8 = await importInto('utf8', new TextEncoder().encode(csv), { published: '2025-12-26' });
    const other = await importInto('enc', encode(csv));
    expect(messages(other.r)).toEqual([]);
    expect(other.r.ok && other.r.results.groups).toEqual(utf8.r.ok && utf8.r.results.groups);
  });

  it('a sheet in an unknown encoding gets one message, not one per column', async () => {
    const tcvn3 = new Uint8Array([
      ...new TextEncoder().encode(csv.split('\n')[0]),
      0x0a,
      0x41,
      0x2c,
      0xa7,
      0xab,
      0x6e,
      0x67,
    ]);
    expect(messages((await importInto('tcvn3', tcvn3)).r)).toEqual([expect.stringMatching(/^Không nhận ra bảng mã/)]);
  });

  it('an .xlsx zip bomb is refused in well under a second, without inflating it', async () => {
    const bomb = writeZip([
      { ...deflateEntry('xl/worksheets/sheet1.xml', new Uint8Array(64 * 1024 * 1024)), declaredSize: 4096 },
    ]);
    const start = performance.now();
    const { r } = await importInto('bomb', bomb, { fileName: 'kq.xlsx' });
    expect(performance.now() - start).toBeLessThan(1000);
    expect(messages(r)).toEqual([
      expect.stringMatching(/^Tệp \.xlsx khi giải nén lớn hơn kích thước chính nó khai báo .*bom nén/),
    ]);
  });

  it('an .xlsx that honestly declares gigabytes is refused by its central directory alone', async () => {
    const bomb = writeZip([
      { ...deflateEntry('xl/worksheets/sheet1.xml', new Uint8Array(1024)), declaredSize: 2.2 * 1024 ** 3 },
    ]);
    const { r } = await importInto('declared', bomb, { fileName: 'kq.xlsx' });
    expect(messages(r)).toEqual([
      'Tệp .xlsx khi giải nén nặng 2,2 GB, vượt giới hạn 20 MB: có thể là tệp hỏng hoặc tệp độc hại, nên chưa mở. Mở bằng Excel, chỉ giữ trang bảng điểm rồi lưu lại, hoặc lưu dưới dạng CSV UTF-8.',
    ]);
  });
});

describe('.gitignore keeps raw sheets and temporary files out of the repository', () => {
  const ignored = (p: string) => spawnSync('git', ['check-ignore', '-q', '--no-index', p]).status === 0;
  it.each([
    ['kq-2025.csv', true],
    ['data/ket-qua-2025.csv', true],
    ['content/stories/x/bang-diem.csv', true],
    ['scripts/tmp/kq.CSV', true],
    ['raw/kq.xlsx', true],
    ['Ket qua 2025.XLSX', true],
    ['data/kq.xls', true],
    ['data/kq.ods', true],
    ['data/results/2025.json.4242.tmp', true],
    ['data/results/2025.json', false],
    ['data/results/tong-hop.csv', false],
    ['tests/fixtures/results/mau.csv', false],
    ['data/dia-ban.yaml', false],
  ])('%s ignored: %s', (p, expected) => {
    expect(ignored(p)).toBe(expected);
  });
});
