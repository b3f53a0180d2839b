import { describe, expect, it } from 'vitest';
import { readIntent } from './query-intent';

describe('readIntent', () => {
  it.each([
    ['21/02/2022', '21 tháng 02 năm 2022'],
    ['21/2/2022', '21 tháng 02 năm 2022'],
    ['chỉ thị ngày 21-02-2022', 'chỉ thị ngày 21 tháng 02 năm 2022'],
    ['chi thi 21/02', 'chi thi 21 tháng 02'],
    ['21.2.22', '21 tháng 02 năm 2022'],
    ['chi thi 21 / 2 / 2022', 'chi thi 21 tháng 02 năm 2022'],
  ])('date in %j → %j', (q, query) => {
    const intent = readIntent(q);
    expect(intent.query).toBe(query);
    expect(intent.datePhrases.length).toBeGreaterThan(0);
  });

  it('keeps the forms documents use, with and without leading zeros', () => {
    expect(readIntent('21/2/2022').datePhrases).toEqual([
      '21 tháng 02 năm 2022',
      '21 tháng 2 năm 2022',
      '21/02/2022',
      '21/2/2022',
    ]);
    expect(readIntent('chi thi 21/02').datePhrases).toEqual(['21 tháng 02', '21 tháng 2', '21/02', '21/2']);
  });

  it.each([
    ['chi thi ngay 21 thang 2 nam 2022', '21 tháng 02 năm 2022'],
    ['ngày 21 tháng 02', '21 tháng 02'],
  ])('a date written out in %j is read as %j', (q, phrase) => {
    const intent = readIntent(q);
    expect(intent.datePhrases[0]).toBe(phrase);
    expect(intent.query).toBe(q);
  });

  it.each(['16/CT-TTg', '32/13', '2024', 'quyet dinh 217', 'nam 2022'])('%j holds no date', (q) => {
    expect(readIntent(q).datePhrases).toEqual([]);
  });

  it.each<[string, number | null]>([
    ['điểm 6', 6],
    ['diem 8', 8],
    ['khoản 3', 3],
    ['Khoan 3', 3],
    ['muc 2 chi thi', 2],
    ['điểm thứ 6', 6],
    ['chi thi diem 5', 5],
    ['điểm 9', null],
    ['điểm 10', null],
    ['diem danh gia', null],
    ['điểm đánh giá 2024', null],
    ['điểm 8,5', null],
    ['6 diem', null],
  ])('point in %j → %j', (q, n) => {
    expect(readIntent(q).point).toBe(n);
  });

  it.each<[string, boolean]>([
    ['kết quả năm 2024', true],
    ['ket qua 2023', true],
    ['xếp loại', true],
    ['xep loai xa', true],
    ['điểm đánh giá', true],
    ['bang xep hang', true],
    ['du lieu mo', false],
    ['tải dữ liệu kết quả', false],
    ['ket qua csv', false],
    ['danh gia', false],
    ['qua tang', false],
  ])('results intent in %j → %s', (q, results) => {
    expect(readIntent(q).results).toBe(results);
  });
});
