import { describe, expect, it } from 'vitest';
import { hasMarks, otherTonePlacement, phraseQuery, queryVariants } from './query-variants';

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
