import { describe, expect, it } from 'vitest';
import { hasMarks, indexHas, otherTonePlacement, phraseQuery, queryVariants } from './query-variants';

describe('queryVariants', () => {
  it.each([
    ['dang uy', ['dang uy', 'đang uy']],
    ['Dang uy', ['Dang uy', 'Đang uy']],
    ['danh gia xep loai', ['danh gia xep loai', 'đanh gia xep loai']],
    ['dan van kheo', ['dan van kheo', 'đan van kheo']],
    ['duong dan', ['duong dan', 'đuong dan', 'duong đan', 'đuong đan']],
    ['đánh giá', ['đánh giá']],
    ['dân vận', ['dân vận']],
    ['đang dan', ['đang dan']],
    ['  kết   quả ', ['kết quả']],
    ['"dan van"', ['"dan van"', '"đan van"']],
    ['16/CT-TTg', ['16/CT-TTg']],
    ['', []],
  ])('%j → %j', (q, expected) => {
    expect(queryVariants(q)).toEqual(expected);
  });

  it('caps the variants at 8 however many d-words are typed', () => {
    expect(queryVariants('d1 da db dc dd de')).toHaveLength(8);
    expect(queryVariants('da db dc dd de df')).toHaveLength(8);
  });

  describe("with the index's d- and đ-words", () => {
    const dWords = ['danh', 'dich', 'duc', 'đanh', 'đao', 'đuc', 'đuong'];
    it.each([
      // Both forms in the index: both tried.
      ['danh gia', ['danh gia', 'đanh gia']],
      // Only the đ-form: only it ("đạo", not "dao").
      ['dao duc cong vu', ['đao duc cong vu', 'đao đuc cong vu']],
      ['Dao', ['Đao']],
      // Neither form: as typed.
      ['dep', ['dep']],
      // Only the d-form.
      ['dich', ['dich']],
      // “dan” starts “danh” and “đanh”.
      ['dan', ['dan', 'đan']],
      // A start the index has ("đuo" of "đuong"), as Pagefind matches word starts.
      ['duo', ['đuo']],
      ['dân', ['dân']],
    ])('%j → %j', (q, expected) => expect(queryVariants(q, dWords)).toEqual(expected));
    it('caps only the words tried both ways', () => {
      expect(queryVariants('dao danh danh danh danh', dWords)).toHaveLength(8);
      expect(queryVariants('dao danh danh danh danh', dWords).every((v) => v.startsWith('đao '))).toBe(true);
    });
  });

  it('keeps NFD input equivalent to NFC', () => {
    expect(queryVariants('dân'.normalize('NFD'))).toEqual(queryVariants('dân'));
  });
});

describe('hasMarks', () => {
  it.each([
    ['dân vận', true],
    ['dan van', false],
    ['đường', true],
    ['đ', false],
    ['ủy', true],
    ['Hưng', true],
    ['16/CT-TTg', false],
  ])('%j → %s', (q, expected) => {
    expect(hasMarks(q)).toBe(expected);
  });
});

describe('phraseQuery', () => {
  it.each([
    ['dan biet dan ban', '"dan biet dan ban"'],
    ['camera', null],
    ['"thu chi"', null],
    ['  ', null],
  ])('%j → %j', (q, expected) => {
    expect(phraseQuery(q)).toBe(expected);
  });
});

describe('otherTonePlacement', () => {
  it.each([
    ['hoà giải', 'hòa giải'],
    ['hòa giải', 'hoà giải'],
    ['uỷ ban', 'ủy ban'],
    ['ủy ban', 'uỷ ban'],
    ['khoẻ', 'khỏe'],
    ['thuỷ lợi', 'thủy lợi'],
    // Only at the end of a syllable: "toàn", "hoạt", "khuyến" are spelled one way.
    ['toàn dân', 'toàn dân'],
    ['hoạt động', 'hoạt động'],
    ['khuyến', 'khuyến'],
    ['dân', 'dân'],
  ])('%j ↔ %j', (a, b) => {
    expect(otherTonePlacement(a)).toBe(b);
  });
});

describe('indexHas', () => {
  const words = ['dan', 'danh', 'đao', 'đuong'];
  it.each([
    ['dan', true],
    ['da', true],
    ['danh', true],
    ['danhx', false],
    ['đuo', true],
    ['đ', true],
    ['duo', false],
    ['e', false],
    ['', true],
  ])('%s → %s', (key, found) => expect(indexHas(words, key)).toBe(found));
});
