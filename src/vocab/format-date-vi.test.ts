import { describe, expect, it } from 'vitest';
import { formatDateShortVi, formatDateVi, parseIsoDate, toIsoDate } from './format-date-vi';

describe('formatDateVi', () => {
  it.each([
    ['2022-02-21', 'ngày 21 tháng 02 năm 2022'],
    ['2020-01-08', 'ngày 08 tháng 01 năm 2020'],
    ['2021-11-26', 'ngày 26 tháng 11 năm 2021'],
    ['2016-05-16', 'ngày 16 tháng 5 năm 2016'],
    ['2025-07-01', 'ngày 01 tháng 7 năm 2025'],
    ['2013-12-12', 'ngày 12 tháng 12 năm 2013'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDateVi(iso)).toBe(expected);
  });

  it('uses the calendar date of a Date, whatever the time zone', () => {
    expect(formatDateVi(new Date(Date.UTC(2022, 1, 21)))).toBe('ngày 21 tháng 02 năm 2022');
  });
});

describe('formatDateShortVi and toIsoDate', () => {
  it.each([
    ['2016-05-16', '16/05/2016'],
    ['2022-02-21', '21/02/2022'],
    ['2021-12-30', '30/12/2021'],
  ])('%s → %s', (iso, short) => {
    expect(formatDateShortVi(iso)).toBe(short);
    expect(toIsoDate(iso)).toBe(iso);
  });
});

describe('parseIsoDate', () => {
  it.each(['2022-02-30', '2022-13-01', '21/02/2022', '2022-2-1', '', 'hôm nay'])('rejects %j', (bad) => {
    expect(() => parseIsoDate(bad)).toThrow();
  });
});
