import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../tests/fixtures/results/write-xlsx';
import { encodeUtf16, encodeWindows1258 } from '../../../tests/fixtures/results/encode-csv';
import { decodeCsv, formatBytes, parseCsv, readSheet, SHEET_LIMITS } from './read-sheet';

const cells = (rows: { cells: string[] }[]) => rows.map((r) => r.cells);

describe('parseCsv', () => {
  it.each([
    [
      'comma',
      'a,b\n1,2\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'semicolon with decimal comma',
      'a;b\n1,5;2\n',
      [
        ['a', 'b'],
        ['1,5', '2'],
      ],
    ],
    [
      'BOM and CRLF',
      '\uFEFFa,b\r\n1,2\r\n',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
    [
      'quoted decimal comma in a comma file',
      'a,b\n"1,5",2\n',
      [
        ['a', 'b'],
        ['1,5', '2'],
      ],
    ],
    ['escaped quotes', 'a\n"say ""hi"""\n', [['a'], ['say "hi"']]],
    ['blank lines skipped, no final newline', 'a\n\n1', [['a'], ['1']]],
    [
      'cells trimmed',
      ' a , b \n 1 , 2 ',
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    ],
  ])('%s', (_name, text, expected) => {
    expect(cells(parseCsv(text))).toEqual(expected);
  });

  it('keeps the physical line of each row (header = 1, blank lines counted)', () => {
    expect(parseCsv('a\n1\n\n2\n"x\ny"\n3').map((r) => r.line)).toEqual([1, 2, 4, 5, 7]);
  });
});

describe('readSheet', () => {
  it('reads the first sheet of an .xlsx, numbers and Vietnamese text intact', async () => {
    const bytes = writeXlsx([
      ['ma_don_vi', 'ten_don_vi', 'tu_cham'],
      ['A1', 'Đơn vị thử', 12.5],
    ]);
    const { rows } = await readSheet('kq.xlsx', bytes);
    expect(cells(rows)).toEqual([
      ['ma_don_vi', 'ten_don_vi', 'tu_cham'],
      ['A1', 'Đơn vị thử', '12.5'],
    ]);
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
  });
  it('reads CSV bytes as UTF-8', async () => {
    const { rows } = await readSheet('kq.csv', new TextEncoder().encode('\uFEFFten\nỦy ban\n'));
    expect(cells(rows)).toEqual([['ten'], ['Ủy ban']]);
  });
});

describe('decodeCsv: the encodings Vietnamese spreadsheet programs save', () => {
  const text = 'ma_don_vi,ten_don_vi\nA1,Ủy ban nhân dân xã Đông Anh\nA2,Sở Nội vụ “Dân vận khéo” ưu tiên\n';
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]), 'utf-8'],
    ['UTF-16 LE with BOM (Excel “Unicode Text”)', encodeUtf16(text, 'le'), 'utf-16le'],
    ['UTF-16 BE with BOM', encodeUtf16(text, 'be'), 'utf-16be'],
    ['UTF-16 LE without BOM', encodeUtf16(text, 'le', false), 'utf-16le'],
    ['Windows-1258 (tone marks as combining bytes)', encodeWindows1258(text), 'windows-1258'],
  ])('%s reads as the same NFC text', (_name, bytes, encoding) => {
    expect(decodeCsv(bytes)).toEqual({ text, encoding });
  });

  it.each([
    // "Đông Anh" in TCVN3 (.VnTime): § and « are not Vietnamese letters in Windows-1258.
    ['TCVN3', new Uint8Array([...new TextEncoder().encode('ma_don_vi\nA1,'), 0xa7, 0xab, 0x6e, 0x67])],
    ['UTF-32', new Uint8Array([...'ma_don_vi\n'].flatMap((c) => [c.charCodeAt(0), 0, 0, 0]))],
    ['a binary file', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x9c, 0x81])],
  ])('%s is refused with one clear message, not garbled', (_name, bytes) => {
    expect(() => decodeCsv(bytes)).toThrow(/Không nhận ra bảng mã của tệp CSV.*CSV UTF-8/);
  });
});

describe('readSheet limits', () => {
  it('refuses a file over the size limit before decoding it', async () => {
    const big = new Uint8Array(SHEET_LIMITS.fileBytes + 1).fill(0x41);
    await expect(readSheet('kq.csv', big)).rejects.toThrow(/^Tệp nặng 10 MB, vượt giới hạn 10 MB/);
  });
  it('an .xlsx renamed .csv is named as such', async () => {
    await expect(readSheet('kq.csv', writeXlsx([['a']]))).rejects.toThrow(/không có đuôi \.xlsx/);
  });
  it.each([
    ['kq.xls', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['kq.csv', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
    ['kq.ods', writeXlsx([['a']]).slice(0, 10)],
  ])('%s in an old or other spreadsheet format is named as such', async (name, bytes) => {
    await expect(readSheet(name, bytes)).rejects.toThrow(/^Tệp này là bảng tính \.xls \(Excel 97–2003\) hoặc \.ods/);
  });
  it('formatBytes', () => {
    expect([formatBytes(850 * 1024), formatBytes(12.3 * 1024 * 1024), formatBytes(3 * 1024 ** 3)]).toEqual([
      '850 KB',
      '12,3 MB',
      '3 GB',
    ]);
  });
});
