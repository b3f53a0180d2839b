import { describe, expect, it } from 'vitest';
import { seededRandom } from '../seeded-random';
import { integerToWordsVi, monthWordsVi, numberToWordsVi, spokenDateVi, spokenIsoDateVi } from './spoken-number-vi';

describe('integerToWordsVi', () => {
  it.each([
    [0, 'không'],
    [1, 'một'],
    [4, 'bốn'],
    [5, 'năm'],
    [10, 'mười'],
    [11, 'mười một'],
    [14, 'mười bốn'],
    [15, 'mười lăm'],
    [20, 'hai mươi'],
    [21, 'hai mươi mốt'],
    [24, 'hai mươi tư'],
    [25, 'hai mươi lăm'],
    [55, 'năm mươi lăm'],
    [100, 'một trăm'],
    [101, 'một trăm linh một'],
    [105, 'một trăm linh năm'],
    [110, 'một trăm mười'],
    [115, 'một trăm mười lăm'],
    [136, 'một trăm ba mươi sáu'],
    [1000, 'một nghìn'],
    [1005, 'một nghìn không trăm linh năm'],
    [1010, 'một nghìn không trăm mười'],
    [2000, 'hai nghìn'],
    [2022, 'hai nghìn không trăm hai mươi hai'],
    [2025, 'hai nghìn không trăm hai mươi lăm'],
    [2031, 'hai nghìn không trăm ba mươi mốt'],
    [12345, 'mười hai nghìn ba trăm bốn mươi lăm'],
    [1_000_000, 'một triệu'],
    [1_000_005, 'một triệu không trăm linh năm'],
    [2_500_000, 'hai triệu năm trăm nghìn'],
    [1_000_000_000, 'một tỷ'],
    [-7, 'âm bảy'],
  ])('%d → %s', (n, words) => {
    expect(integerToWordsVi(n)).toBe(words);
  });

  it('reads a string of digits, ignoring leading zeros', () => {
    expect(integerToWordsVi('01')).toBe('một');
    expect(integerToWordsVi('000')).toBe('không');
  });

  it.each([1.5, Number.NaN, 'mười', '1e3'])('refuses %j', (bad) => {
    expect(() => integerToWordsVi(bad)).toThrow(/integerToWordsVi/);
  });

  // Property: every group of three after the first is read in full, so the words never say "linh"
  // without "trăm" before it, never "mươi một" or "mươi năm", and always end with a digit word.
  it('obeys the reading rules on seeded random numbers', () => {
    const random = seededRandom(17);
    for (let i = 0; i < 500; i++) {
      const n = Math.floor(random() * 10 ** (1 + Math.floor(random() * 9)));
      const words = integerToWordsVi(n);
      expect(words, String(n)).not.toMatch(/mươi một|mươi năm|mười năm|^linh|(?<!trăm) linh/);
      expect(words, String(n)).not.toMatch(/\s{2}|^\s|\s$/);
      if (n >= 1000 && n % 1000 !== 0 && n % 1000 < 100) expect(words, String(n)).toContain('không trăm');
    }
  });
});

describe('numberToWordsVi', () => {
  it.each<[number | string, string]>([
    [82.5, 'tám mươi hai phẩy năm'],
    [82.75, 'tám mươi hai phẩy bảy mươi lăm'],
    [0.5, 'không phẩy năm'],
    [3.05, 'ba phẩy không năm'],
    ['1.234', 'một nghìn hai trăm ba mươi tư'],
    ['1.234,05', 'một nghìn hai trăm ba mươi tư phẩy không năm'],
    ['72,5', 'bảy mươi hai phẩy năm'],
    [-1.5, 'âm một phẩy năm'],
    ['3,14159', 'ba phẩy một bốn một năm chín'],
  ])('%j → %s', (n, words) => {
    expect(numberToWordsVi(n)).toBe(words);
  });

  it.each(['1,2,3', '12.34', 'abc', Number.POSITIVE_INFINITY])('refuses %j', (bad) => {
    expect(() => numberToWordsVi(bad)).toThrow(/numberToWordsVi/);
  });
});

describe('spoken dates', () => {
  it.each<[number, number, number | undefined, string]>([
    [15, 11, undefined, 'ngày mười lăm tháng mười một'],
    [21, 2, 2022, 'ngày hai mươi mốt tháng hai năm hai nghìn không trăm hai mươi hai'],
    [1, 7, 2025, 'ngày mồng một tháng bảy năm hai nghìn không trăm hai mươi lăm'],
    [10, 4, undefined, 'ngày mồng mười tháng tư'],
    [24, 12, undefined, 'ngày hai mươi tư tháng mười hai'],
  ])('%d/%d/%s → %s', (d, m, y, words) => {
    expect(spokenDateVi(d, m, y)).toBe(words);
  });

  it('reads ISO dates and months', () => {
    expect(spokenIsoDateVi('2025-12-26')).toBe(
      'ngày hai mươi sáu tháng mười hai năm hai nghìn không trăm hai mươi lăm',
    );
    expect(monthWordsVi(4)).toBe('tháng tư');
    expect(monthWordsVi(1)).toBe('tháng một');
    expect(() => monthWordsVi(13)).toThrow(/1–12/);
    expect(() => spokenDateVi(0, 1)).toThrow(/1–31/);
    expect(() => spokenIsoDateVi('26/12/2025')).toThrow(/YYYY-MM-DD/);
  });
});
