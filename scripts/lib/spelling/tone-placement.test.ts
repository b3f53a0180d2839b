import { describe, expect, it } from 'vitest';
import { misplacedTone, placeTone, toneOf } from './tone-placement';

describe('tone placement', () => {
  it.each([
    // word, style it shows, misplaced?
    ['hòa', 'old', false],
    ['hoà', 'new', false],
    ['Thủy', 'old', false],
    ['thuỷ', 'new', false],
    ['khỏe', 'old', false],
    ['khoẻ', 'new', false],
    ['Ủy', 'old', false],
    ['uỷ', 'new', false],
    ['hoàn', undefined, false], // final consonant: one place only
    ['quý', undefined, false], // "qu" is the initial
    ['già', undefined, false], // "gi" before a vowel is the initial
    ['gìn', undefined, false], // … but not before a consonant
    ['người', undefined, false],
    ['ngoài', undefined, false],
    ['khuỷu', undefined, false],
    ['mùa', undefined, false],
    ['huyện', undefined, false],
    ['quyết', undefined, false],
    ['giường', undefined, false],
    ['kheó', undefined, true],
    ['qúôc', undefined, true],
    ['muà', undefined, true],
    ['ngươì', undefined, true],
    ['hoàn', undefined, false],
    ['hòan', undefined, true],
  ])('%s: style %s, misplaced %s', (word, style, misplaced) => {
    expect(toneOf(word)?.style).toBe(style);
    expect(misplacedTone(word)).toBe(misplaced);
  });

  it.each([
    ['kheó', 'new', 'khéo'],
    ['qúôc', 'old', 'quốc'],
    ['hòan', 'old', 'hoàn'],
    ['hòa', 'new', 'hoà'],
    ['hoà', 'old', 'hòa'],
    ['Thuỷ', 'old', 'Thủy'],
    ['KHỎE', 'new', 'KHOẺ'],
    ['dân', 'new', 'dân'],
    ['camera', 'old', 'camera'],
  ])('placeTone(%s, %s) → %s', (word, style, expected) => {
    const placed = placeTone(word, style as 'old' | 'new');
    expect(placed).toBe(expected);
    expect(placed).toBe(placed.normalize('NFC'));
  });

  it.each(['camera', 'dân', 'ĐẢNG', 'hoàhoà', 'a'])('%s: no single Vietnamese tone to judge or already fine', (word) =>
    expect(misplacedTone(word)).toBe(false),
  );
});
