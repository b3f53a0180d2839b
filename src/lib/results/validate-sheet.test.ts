import { describe, expect, it } from 'vitest';
import { loadGroups, loadRules } from './load-data-fs';
import { parseCsv, SHEET_LIMITS } from './read-sheet';
import { ruleForYear } from './rule-for-year';
import {
  clip,
  columnLetter,
  formatErrors,
  headerFor,
  parseDateVi,
  parseScore,
  QUOTE_CHARS,
  unitKey,
  validateSheet,
} from './validate-sheet';

const rules = loadRules('data/rules');
const groups = loadGroups('data/unit-groups.json');
const rule2024 = ruleForYear(rules, 2024);
const HEADER = headerFor(rule2024).join(',');
// TC1..TC6 maxima 15,15,20,20,15,15: criteria 10,10,15,15,10,10 sum to 70.
const GOOD = 'A1,Đơn vị thử A,so-nganh,14/11/2024,75,70,10,10,15,15,10,10';

function check(lines: string[], year = 2024) {
  return validateSheet(parseCsv(lines.join('\n')), { year, rule: ruleForYear(rules, year), groups });
}

describe('validateSheet accepts a good sheet', () => {
  it('in comma and in semicolon/decimal-comma form', () => {
    const a = check([HEADER, GOOD]);
    const b = check([HEADER.replaceAll(',', ';'), 'A1;Đơn vị thử A;so-nganh;14/11/2024;75,5;70;10;10;15;15;10;10']);
    expect(a.ok && a.units[0]).toMatchObject({
      code: 'A1',
      group: 'so-nganh',
      submitted: '2024-11-14',
      selfScore: 75,
      appraisedScore: 70,
    });
    expect(b.ok && b.units[0]!.selfScore).toBe(75.5);
  });
  it('tolerates header case and empty trailing columns from spreadsheet programs', () => {
    const result = check([`${HEADER.replace('ma_don_vi', 'Ma_Don_Vi').replace('TC1', 'tc1')},,`, `${GOOD},,`]);
    expect(result.ok).toBe(true);
  });
  it('tolerates a rounding difference of 0.01 between total and criteria', () => {
    expect(check([HEADER, 'A1,X,so-nganh,14/11/2024,75,70.01,10,10,15,15,10,10']).ok).toBe(true);
  });
});

describe('validateSheet refuses, naming line and column', () => {
  it.each([
    ['unknown group', 'A1,X,khong-co,14/11/2024,75,70,10,10,15,15,10,10', 'nhom (C)', /không có/],
    [
      'group out of period (cap-xa in 2024)',
      'A1,X,cap-xa,14/11/2024,75,70,10,10,15,15,10,10',
      'nhom (C)',
      /chỉ có trong giai đoạn 01\/07\/2025/,
    ],
    ['impossible date', 'A1,X,so-nganh,31/11/2024,75,70,10,10,15,15,10,10', 'ngay_nop (D)', /không hợp lệ/],
    ['date in another format', 'A1,X,so-nganh,2024-11-14,75,70,10,10,15,15,10,10', 'ngay_nop (D)', /dd\/mm\/yyyy/],
    ['date years away', 'A1,X,so-nganh,14/11/2020,75,70,10,10,15,15,10,10', 'ngay_nop (D)', /ngoài năm/],
    ['criterion not a number', 'A1,X,so-nganh,14/11/2024,75,70,mười,10,15,15,10,10', 'TC1 (G)', /không phải là số/],
    ['criterion above max', 'A1,X,so-nganh,14/11/2024,75,76,16,10,15,15,10,10', 'TC1 (G)', /ngoài khoảng từ 0 đến 15/],
    ['criterion negative', 'A1,X,so-nganh,14/11/2024,75,60,-1,10,15,15,10,11', 'TC1 (G)', /ngoài khoảng/],
    [
      'total ≠ sum of criteria',
      'A1,X,so-nganh,14/11/2024,75,71,10,10,15,15,10,10',
      'tham_dinh (F)',
      /khác tổng điểm các tiêu chí \(70\)/,
    ],
    [
      'self score above 100',
      'A1,X,so-nganh,14/11/2024,101,70,10,10,15,15,10,10',
      'tu_cham (E)',
      /ngoài khoảng từ 0 đến 100/,
    ],
    ['empty name', 'A1,,so-nganh,14/11/2024,75,70,10,10,15,15,10,10', 'ten_don_vi (B)', /trống/],
  ])('%s', (_name, row, column, message) => {
    const result = check([HEADER, row]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toContainEqual(
      expect.objectContaining({ line: 2, column, message: expect.stringMatching(message) }),
    );
  });

  it('duplicate code, pointing at the first line', () => {
    const result = check([HEADER, GOOD, GOOD.replace('Đơn vị thử A', 'B')]);
    expect(!result.ok && result.errors).toEqual([
      { line: 3, column: 'ma_don_vi (A)', message: 'Mã đơn vị “A1” trùng với dòng 2.' },
    ]);
  });

  it('missing and unknown columns (a criterion of the other rule)', () => {
    const header = HEADER.replace(',TC6', ',TC7');
    const result = check([header, GOOD]);
    expect(!result.ok && result.errors.map((e) => `${e.line} ${e.column}`)).toEqual(['1 TC7 (L)', '1 TC6']);
  });

  it('lists every error of every row, not just the first', () => {
    const result = check([
      HEADER,
      GOOD,
      'A2,X,khong-co,xx,abc,70,10,10,15,15,10,10',
      'A3,Y,so-nganh,14/11/2024,75,80,10,10,15,15,10,10',
    ]);
    expect(!result.ok && result.errors.map((e) => `${e.line}:${e.column}`)).toEqual([
      '3:nhom (C)',
      '3:ngay_nop (D)',
      '3:tu_cham (E)',
      '4:tham_dinh (F)',
    ]);
    expect(!result.ok && formatErrors(result.errors).split('\n')[0]).toMatch(/^Dòng 3, cột nhom \(C\): /);
    expect(formatErrors([{ line: 0, column: '', message: 'Tệp nặng 50 MB.' }])).toBe('Tệp nặng 50 MB.');
  });

  it('an empty file and a header without rows', () => {
    expect(check([]).ok).toBe(false);
    expect(!check([HEADER]).ok && (check([HEADER]) as { errors: { line: number }[] }).errors[0]!.line).toBe(2);
  });
});

describe('helpers', () => {
  it.each([
    ['12', 12],
    ['12.5', 12.5],
    ['12,5', 12.5],
    ['-1', -1],
    ['', null],
    ['1.2.3', null],
    ['1e3', null],
  ])('parseScore(%j)', (s, n) => expect(parseScore(s)).toBe(n));
  it.each([
    ['1/2/2024', '2024-02-01'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2023', null],
    ['15-11-2024', null],
  ])('parseDateVi(%j)', (s, d) => expect(parseDateVi(s)).toBe(d));
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [701, 'ZZ'],
  ])('columnLetter(%i)', (i, l) => expect(columnLetter(i)).toBe(l));
});

describe('one unit, one row: codes and names compared after Unicode normalization', () => {
  const row = (code: string, name: string) => GOOD.replace('A1,Đơn vị thử A', `${code},${name}`);
  it.each([
    ['a case variant', 'dn01'],
    ['NBSP and spaces around', '\u00A0 DN01\u2003'],
    ['full-width letters', 'ＤＮ０１'],
    ['a zero-width space inside', 'DN\u200B01'],
    ['an ideographic space and mixed case', 'Dn01\u3000'],
  ])('code: %s is a duplicate', (_name, variant) => {
    const result = check([HEADER, row('DN01', 'Đơn vị một'), row(variant, 'Đơn vị hai')]);
    expect(!result.ok && result.errors).toEqual([
      { line: 3, column: 'ma_don_vi (A)', message: expect.stringMatching(/trùng với dòng 2/) },
    ]);
  });

  it.each([
    ['case', 'sở nội vụ'],
    ['NFD tone marks', 'Sở Nội vụ'.normalize('NFD')],
    ['doubled and no-break spaces', 'Sở\u00A0 Nội  vụ '],
  ])('name: a %s variant is a duplicate', (_name, variant) => {
    const result = check([HEADER, row('A1', 'Sở Nội vụ'), row('A2', variant)]);
    expect(!result.ok && result.errors).toEqual([
      { line: 3, column: 'ten_don_vi (B)', message: expect.stringMatching(/^Tên đơn vị “.+” trùng với dòng 2/) },
    ]);
  });

  it('a code of only spaces is empty', () => {
    const result = check([HEADER, row('\u00A0\u200B', 'X')]);
    expect(!result.ok && result.errors[0]).toMatchObject({
      column: 'ma_don_vi (A)',
      message: 'Ô này không được để trống.',
    });
  });

  it.each([
    ['DN01', 'dn01', true],
    [' Sở\u00A0 Nội vụ ', 'sở nội vụ', true],
    ['DN01', 'DN02', false],
    ['Đông', 'Dong', false],
  ])('unitKey(%j) === unitKey(%j): %s', (a, b, same) => expect(unitKey(a) === unitKey(b)).toBe(same));
});

describe('size limits and quoting', () => {
  it('an over-long cell is named by line and column and quoted by its first characters only', () => {
    const long = `X${'y'.repeat(60_000)}`;
    const result = check([HEADER, GOOD.replace('Đơn vị thử A', long)]);
    expect(!result.ok && result.errors).toEqual([
      {
        line: 2,
        column: 'B',
        message: `Ô dài 60.001 ký tự, vượt giới hạn ${SHEET_LIMITS.cellChars} ký tự; ô bắt đầu bằng “${long.slice(0, QUOTE_CHARS)}…”. Kiểm tra xem có dán nhầm nội dung vào ô này không.`,
      },
    ]);
  });

  it('no message quotes more than a cell’s first characters', () => {
    const junk = 'Z'.repeat(400);
    const result = check([
      HEADER.replace('TC6', junk),
      `${junk},${junk},${junk},${junk},${junk},${junk},${junk},${junk},${junk},${junk},${junk},${junk}`,
    ]);
    expect(result.ok).toBe(false);
    const withData = check([
      HEADER,
      [junk, junk, junk, junk, junk, junk, junk, junk, junk, junk, junk, junk].join(','),
    ]);
    for (const e of [...(!result.ok ? result.errors : []), ...(!withData.ok ? withData.errors : [])]) {
      expect(`${e.column} ${e.message}`).not.toContain('Z'.repeat(QUOTE_CHARS + 1));
    }
    expect(!withData.ok && withData.errors.length).toBeGreaterThan(5);
  });

  it('too many rows: one error, before any row is read', () => {
    const rows = [HEADER, ...Array.from({ length: SHEET_LIMITS.rows + 1 }, (_, i) => GOOD.replace('A1,', `A${i},`))];
    const result = check(rows);
    expect(!result.ok && result.errors).toEqual([
      {
        line: SHEET_LIMITS.rows + 2,
        column: '',
        message: `Bảng có ${SHEET_LIMITS.rows + 1} dòng đơn vị, vượt giới hạn ${SHEET_LIMITS.rows} dòng. Kiểm tra xem có dòng thừa không (ví dụ công thức kéo xuống hết trang) rồi xóa đi.`,
      },
    ]);
  });

  it('too many columns', () => {
    const result = check([HEADER + ',x'.repeat(SHEET_LIMITS.columns), GOOD]);
    expect(!result.ok && result.errors[0]!.message).toMatch(/vượt giới hạn 100 cột/);
  });

  it.each([
    ['short', 'short'],
    ['x'.repeat(40), 'x'.repeat(40)],
    ['x'.repeat(41), `${'x'.repeat(40)}…`],
    ['Ủ'.repeat(50), `${'Ủ'.repeat(40)}…`],
  ])('clip(%j)', (value, clipped) => {
    expect(clip(value)).toBe(clipped);
  });
});
