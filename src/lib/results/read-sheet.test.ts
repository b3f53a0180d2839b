import { describe, expect, it } from 'vitest';
import { writeXlsx } from '../../../tests/fixtures/results/write-xlsx';
import { parseCsv, readSheet } from './read-sheet';

const cells = (rows: { cells: string[] }[]) => rows.map((r) => r.cells);

describe('parseCsv', () => {
  it.each([
    ['comma', 'a,b\n1,2\n', [['a', 'b'], ['1', '2']]],
    ['semicolon with decimal comma', 'a;b\n1,5;2\n', [['a', 'b'], ['1,5', '2']]],
    ['BOM and CRLF', '\uFEFFa,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['quoted decimal comma in a comma file', 'a,b\n"1,5",2\n', [['a', 'b'], ['1,5', '2']]],
    ['escaped quotes', 'a\n"say ""hi"""\n', [['a'], ['say "hi"']]],
    ['blank lines skipped, no final newline', 'a\n\n1', [['a'], ['1']]],
    ['cells trimmed', ' a , b \n 1 , 2 ', [['a', 'b'], ['1', '2']]],
  ])('%s', (_name, text, expected) => {
    expect(cells(parseCsv(text))).toEqual(expected);
  });

  it('keeps the physical line of each row (header = 1, blank lines counted)', () => {
    expect(parseCsv('a\n1\n\n2\n"x\ny"\n3').map((r) => r.line)).toEqual([1, 2, 4, 5, 7]);
  });
});

describe('readSheet', () => {
  it('reads the first sheet of an .xlsx, numbers and Vietnamese text intact', async () => {
    const bytes = writeXlsx([['ma_don_vi', 'ten_don_vi', 'tu_cham'], ['A1', 'Đơn vị thử', 12.5]]);
    const rows = await readSheet('kq.xlsx', bytes);
    expect(cells(rows)).toEqual([['ma_don_vi', 'ten_don_vi', 'tu_cham'], ['A1', 'Đơn vị thử', '12.5']]);
    expect(rows.map((r) => r.line)).toEqual([1, 2]);
  });
  it('reads CSV bytes as UTF-8', async () => {
    const rows = await readSheet('kq.csv', new TextEncoder().encode('\uFEFFten\nỦy ban\n'));
    expect(cells(rows)).toEqual([['ten'], ['Ủy ban']]);
  });
});
